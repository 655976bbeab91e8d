"""Where people live and whom they work for: appositions, copulas, birthplaces, hometowns,
a town's officials. Own sentences; each rule has a sentence that must not give the edge."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # a bare title spoken after the news: held in the body the news is about
    # (links._bare_title_speaker)
    ("bare-title-after-the-news", "Acme Corp. will close the plant in May, said spokesman "
     "Tom Ellery.", [("Tom Ellery", "SPOKESPERSON_FOR", "Acme Corp.")]),
    ("bare-apposed-title-after-the-news", "The Coastal Authority rescued seven fishermen "
     "near the reef, said Dana Ruiz, a senior official.",
     [("Dana Ruiz", "MEMBER_OF", "Coastal Authority")]),
    # job titles beyond the common ones: an agency's administrator heads it; a
    # legislature's deputy, a body's inspector or scientist belongs to it (rules._titles)
    ("copula-town-native", "Dana Hale is a Tulsa native who joined the army in 1990.",
     [("Dana Hale", "LOCATED_IN", "Tulsa")]),
    ("title-for-the-named-body", "The Water Quality Agency is testing the river, said Emma "
     "Lind, a spokeswoman for the agency in Ottawa.",
     [("Emma Lind", "SPOKESPERSON_FOR", "Water Quality Agency")]),
    ("agency-administrator", "Port Authority Administrator Mary Collins issued the order.",
     [("Mary Collins", "LEADS", "Port Authority")]),
    ("body-scientist", "Northern Geological Survey seismologist Nina Ruiz said the dam held.",
     [("Nina Ruiz", "MEMBER_OF", "Northern Geological Survey")]),
    ("ministry-deputy", "Defense Ministry Deputy Ivan Kolar said the talks would go on.",
     [("Ivan Kolar", "MEMBER_OF", "Defense Ministry")]),
    # "Y's title, X" (rules._titles)
    ("possessive-title-then-name", "Hamas's military spokesman, Tom Ellery, said the talks "
     "had failed.", [("Tom Ellery", "SPOKESPERSON_FOR", "Hamas")]),
    ("possessive-title-job-then-name", "Acme Corp's technical manager, engineer Dana Hale, "
     "said the river was clean.", [("Dana Hale", "MEMBER_OF", "Acme Corp")]),
    ("born-in-apposition", "Rami Nasser, a Cairo-born Christian Arab, was sentenced in 1969.",
     [("Rami Nasser", "LOCATED_IN", "Cairo")]),
    # a party's candidate belongs to it (rules._titles)
    ("party-candidate", "Labour Party candidate Lena Brandt won the seat.",
     [("Lena Brandt", "MEMBER_OF", "Labour Party")]),
    ("candidate-of", "Lena Brandt, candidate of the Green Party, won the seat.",
     [("Lena Brandt", "MEMBER_OF", "Green Party")]),
    # an office of a state or town places its holder there (origins._place_title)
    ("state-office-places-its-holder", "U.S. Attorney Dana Hale filed charges.",
     [("Dana Hale", "LOCATED_IN", "United States")]),
    ("state-possessive-office", "Peru's deputy prosecutor, Lena Brandt, spoke to reporters.",
     [("Lena Brandt", "LOCATED_IN", "Peru")]),
    ("demonym-office", "U.S. Sen. Dana Hale voted against the bill.",
     [("Dana Hale", "LOCATED_IN", "United States")]),
    # copulas and appositions (links._holder)
    ("copula-subject-named-in-apposition", "The mayor's wife, Rana Haddad, is a native of Aleppo.",
     [("Rana Haddad", "LOCATED_IN", "Aleppo")]),
    ("capitalised-common-noun-appos", "Dana Hale, a Democrat from Tulsa, voted against the bill.",
     [("Dana Hale", "LOCATED_IN", "Tulsa")]),
    ("one-of-the-experts-in", "Omar Kaya, one of the best-known rocket engineers in Turkey, spoke.",
     [("Omar Kaya", "LOCATED_IN", "Turkey")]),
    ("one-of-the-members-of", "Omar Kaya, one of the leaders of Hamas, said so.",
     [("Omar Kaya", "MEMBER_OF", "Hamas")]),
    ("one-of-as-a-later-conjunct", "Dana Hale, an adviser at Orbis Dynamics and one of the "
     "best-known drone engineers in the U.S., spoke.",
     [("Dana Hale", "LOCATED_IN", "United States")]),
    ("believed-to-be", "Police arrested Omar Kaya, believed to be a senior commander of Hamas, "
     "on Monday.", [("Omar Kaya", "MEMBER_OF", "Hamas")]),
    ("said-to-be", "Omar Kaya, said to be a member of the Islamic State, was killed.",
     [("Omar Kaya", "MEMBER_OF", "Islamic State")]),
    ("title-of-org-then-name", "Former commander of the Pacific Fleet Omar Kaya wrote the "
     "memoirs.", [("Omar Kaya", "MEMBER_OF", "Pacific Fleet")]),
    ("title-of-org-then-name-leads", "The leader of Hezbollah Hassan Nasrallah said Israel "
     "would pay.", [("Hassan Nasrallah", "LEADS", "Hezbollah")]),
    ("joined", "Omar Kaya joined the Islamic State in 2014.",
     [("Omar Kaya", "MEMBER_OF", "Islamic State")]),
    ("who-joined", "Omar Kaya, who joined Hezbollah as a teenager, was killed.",
     [("Omar Kaya", "MEMBER_OF", "Hezbollah")]),
    ("role-with-org", "Omar Kaya, a commander with the Free Syrian Army, said so.",
     [("Omar Kaya", "MEMBER_OF", "Free Syrian Army")]),
    ("of-the-org-s-unit", "Rana Haddad, of the UNHCR's legal division, said the camp was full.",
     [("Rana Haddad", "MEMBER_OF", "UNHCR")]),
    ("adviser-to", "Omar Kaya, senior adviser to Hamas, said so.",
     [("Omar Kaya", "MEMBER_OF", "Hamas")]),
    ("owner-s-presence-in", "Omar Kaya's presence in Palmyra worried the army.",
     [("Omar Kaya", "LOCATED_IN", "Palmyra")]),
    ("title-in-place-for-org", "Omar Kaya, spokesman in Yemen for the Houthis, said so.",
     [("Omar Kaya", "SPOKESPERSON_FOR", "Houthis")]),
    ("job-on-the-copula", "Omar Kaya was treasurer at the Red Crescent Society when he was "
     "arrested.", [("Omar Kaya", "MEMBER_OF", "Red Crescent Society")]),
    # a title with the name in apposition (resolve.titled_person)
    ("title-then-name-speaks", "The leader of Hezbollah, Hassan Nasrallah, said Israel would pay.",
     [("Hassan Nasrallah", "LEADS", "Hezbollah")]),
    ("title-then-name-born", "In 1850, the 9th president of Ruritania, Omar Kaya, was born in "
     "Tulsa, Okla.", [("Omar Kaya", "LOCATED_IN", "Tulsa")]),
    # birthplaces and hometowns (origins.py)
    ("where-born", "We drove through Tulsa, where Dana Hale was born, and on to Dallas.",
     [("Dana Hale", "LOCATED_IN", "Tulsa")]),
    ("native-son-of-the-city", "Crowds in Tulsa cheered as the street was named for Dana Hale, "
     "the city's most famous native son.", [("Dana Hale", "LOCATED_IN", "Tulsa")]),
    ("place-native-daughter", "Tulsa's most famous native daughter, Dana Hale, returned home.",
     [("Dana Hale", "LOCATED_IN", "Tulsa")]),
    ("place-resident-name", "Mosul resident Omar Kaya said the bridge fell.",
     [("Omar Kaya", "LOCATED_IN", "Mosul")]),
    ("name-a-place-resident", "Dana Hale, a Tulsa resident, said so.",
     [("Dana Hale", "LOCATED_IN", "Tulsa")]),
    ("name-a-place-native", "Omar Kaya, an Aleppo native, fled in 2012.",
     [("Omar Kaya", "LOCATED_IN", "Aleppo")]),
    ("place-native-name", "Chicago native Dana Hale won the race.",
     [("Dana Hale", "LOCATED_IN", "Chicago")]),
    ("his-native-place", "Omar Kaya returned to his native Mosul in 2019.",
     [("Omar Kaya", "LOCATED_IN", "Mosul")]),
    ("demonym-born", "Iraqi-born Omar Kaya was arrested.", [("Omar Kaya", "LOCATED_IN", "Iraq")]),
    ("place-based-person", "Dubai-based businessman Omar Kaya was arrested.",
     [("Omar Kaya", "LOCATED_IN", "Dubai")]),
    ("owner-place-dwelling", "Police raided Omar Kaya's Mosul apartment.",
     [("Omar Kaya", "LOCATED_IN", "Mosul")]),
    ("his-capital-bunker", "Omar Kaya died in his Berlin bunker.",
     [("Omar Kaya", "LOCATED_IN", "Berlin")]),
    ("town-attorney", "The spill reached the river, said Marston County Attorney Nina Ferris.",
     [("Nina Ferris", "LOCATED_IN", "Marston County")]),
    ("the-village-mayor", "Floods hit the village of Marston on Monday. The village's mayor, "
     "Dana Hale, asked for help.", [("Dana Hale", "LOCATED_IN", "Marston")]),
    ("place-possessive-mayor", "Tulsa's mayor, Dana Hale, asked for help.",
     [("Dana Hale", "LOCATED_IN", "Tulsa")]),
    ("hometown-of-town-state", "Dana Hale vanished in 1988. Volunteers searched the hills near "
     "her hometown of Gallup, N.M., on Sunday.",
     [("Dana Hale", "LOCATED_IN", "Gallup"), ("Dana Hale", "LOCATED_IN", "New Mexico")]),
    ("hometown-after-town-country", "Meanwhile, the local paper in Mosul, Iraq, Omar Kaya's "
     "hometown, plans to print a tribute.",
     [("Omar Kaya", "LOCATED_IN", "Mosul"), ("Omar Kaya", "LOCATED_IN", "Iraq")]),
    # people listed before "of Y" share it (links._conjoined_people)
    ("pair-of-an-org", "Tom Ellery and Dana Hale of Human Rights Watch wrote the report.",
     [("Tom Ellery", "MEMBER_OF", "Human Rights Watch"),
      ("Dana Hale", "MEMBER_OF", "Human Rights Watch")]),
    ("list-of-an-org", "Tom Ellery, Lena Brandt and Dana Hale of the World Bank wrote it.",
     [("Tom Ellery", "MEMBER_OF", "World Bank"), ("Lena Brandt", "MEMBER_OF", "World Bank")]),
    ("pair-of-a-town", "Tom Ellery and Dana Hale of Tulsa were arrested on Monday.",
     [("Tom Ellery", "LOCATED_IN", "Tulsa"), ("Dana Hale", "LOCATED_IN", "Tulsa")]),
    # a later conjunct of an apposition, a relative clause on a kin noun
    ("native-as-later-conjunct", "The award went to Omar Kaya, the head of the relief agency "
     "and a Mosul native.", [("Omar Kaya", "LOCATED_IN", "Mosul")]),
    ("who-lives-after-kin-and-name", "Omar Kaya asked that his sister Mariam, who lives in "
     "Basra, be told.", [("Mariam", "LOCATED_IN", "Basra")]),
    # a lower-case noun in a title names a part's post (rules._titles)
    ("org-noun-title-name", "Hamas floor leader Omar Kaya said the vote would fail.",
     [("Omar Kaya", "MEMBER_OF", "Hamas")]),
    # (a press officer speaks for the body: the ontology's SPOKESPERSON_FOR)
    ("org-two-nouns-title-name", "Human Rights Watch press relations officer Dana Hale said "
     "so.", [("Dana Hale", "SPOKESPERSON_FOR", "Human Rights Watch")]),
    ("org-two-nouns-title-name-member", "Human Rights Watch field research officer Dana Hale "
     "said so.", [("Dana Hale", "MEMBER_OF", "Human Rights Watch")]),
    ("acronym-spelled-out-title-name", "The MDC (Movement for Democratic Change) candidate "
     "Dana Hale won the seat.", [("Dana Hale", "MEMBER_OF", "MDC")]),
    ("title-of-kind-then-named-body", "Omar Kaya, chairman of the largest opposition party, "
     "the Democratic Union Party, said so.", [("Omar Kaya", "LEADS", "Democratic Union Party")]),
    # the copula with the organisation in front of the job (links._copula_modifiers)
    ("copula-org-job", "Dana Hale is a former World Bank economist.",
     [("Dana Hale", "MEMBER_OF", "World Bank")]),
    ("copula-org-leader", "Omar Kaya is the Hamas leader.", [("Omar Kaya", "LEADS", "Hamas")]),
    ("copula-place-job", "Omar Kaya was a Mosul schoolteacher before the war.",
     [("Omar Kaya", "LOCATED_IN", "Mosul")]),
    # "served as" a post (links._holder) and "employed by" (the pattern people.employed_by)
    ("serves-as-spokesman-for", "Omar Kaya serves as spokesman for Hamas.",
     [("Omar Kaya", "SPOKESPERSON_FOR", "Hamas")]),
    ("worked-as-job-for", "Omar Kaya worked as a translator for the African Union.",
     [("Omar Kaya", "MEMBER_OF", "African Union")]),
    ("served-as-a-commander-in", "Omar Kaya served as a commander in the Free Syrian Army.",
     [("Omar Kaya", "MEMBER_OF", "Free Syrian Army")]),
    ("employed-by", "Dana Hale is employed by the World Bank.",
     [("Dana Hale", "MEMBER_OF", "World Bank")]),
    # a post given to someone (links._appointee)
    ("appointed-commander-of", "Dana Hale has been appointed commander of the Free Syrian "
     "Army.", [("Dana Hale", "LEADS", "Free Syrian Army")]),
    ("elected-chairman-of", "Dana Hale was elected chairman of the African Union last year.",
     [("Dana Hale", "LEADS", "African Union")]),
    ("named-object-job-of", "The board named Dana Hale chief executive of the World Bank.",
     [("Dana Hale", "MEMBER_OF", "World Bank")]),
    ("became-member-of", "Dana Hale became a member of Hamas in 2004.",
     [("Dana Hale", "MEMBER_OF", "Hamas")]),
    # a body named in front of a noun for its kind (links._prep_link)
    ("of-the-named-company", "Spokesman Tom Ellery of the Siemens company said the plant "
     "would close.", [("Tom Ellery", "MEMBER_OF", "Siemens")]),
    ("with-the-named-group", "Tom Ellery, an analyst with the Brookings Institution research "
     "group, said so.", [("Tom Ellery", "MEMBER_OF", "Brookings Institution")]),
    # a body's own person ("the World Bank's X", links._possessive_place)
    ("body-possessive-person", "Prices will fall, said the World Bank's Omar Kaya.",
     [("Omar Kaya", "MEMBER_OF", "World Bank")]),
    # a second title joined to the first (rules._titles)
    ("second-title-in-apposition", "Tom Ellery, a lawyer and president of the Carnegie "
     "Endowment, said so.", [("Tom Ellery", "LEADS", "Carnegie Endowment")]),
    ("town-superintendent", "Tulsa's superintendent, Dana Hale, said the schools would "
     "open.", [("Dana Hale", "LOCATED_IN", "Tulsa")]),
    ("state-title-acting-state", "President Tom Ellery said Zimbabwe will send food aid "
     "to Malawi.", [("Tom Ellery", "LEADS", "Zimbabwe")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_expected_triples(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # a nationality set off after a name says whose the person is, not where they are
    # (links._modifier_links; a city does place them: "an Istanbul lawyer")
    ("lawyer-demonym-no-place", "Omar Kaya, a Syrian lawyer, spoke to reporters.",
     [("Omar Kaya", "LOCATED_IN", "Syria")]),
    ("owned-title-after-the-news", "Acme Corp. will close the plant in May, said Beta Inc. "
     "spokesman Tom Ellery.", [("Tom Ellery", "SPOKESPERSON_FOR", "Acme Corp.")]),
    ("title-for-another-body", "Acme Corp. will close the plant in May, said Tom Ellery, "
     "a spokesman for the union.", [("Tom Ellery", "*", "Acme Corp.")]),
    ("copula-subject-unnamed", "His wife is a native of Salzburg, Maria Berger said.",
     [("Maria Berger", "LOCATED_IN", "*")]),
    ("capitalised-title-is-no-residence",
     "Dana Hale, the Special Envoy for Refugees in Central Asia, will travel to Kabul.",
     [("Dana Hale", "LOCATED_IN", "Central Asia")]),
    ("one-of-as-object", "Dana Hale met one of the best-known rocket engineers in Turkey.",
     [("Dana Hale", "LOCATED_IN", "*")]),
    ("unnamed-resident", "A Mosul resident told Omar Kaya the bridge fell.",
     [("Omar Kaya", "LOCATED_IN", "*")]),
    ("resident-as-object", "Omar Kaya spoke to a Mosul resident.",
     [("Omar Kaya", "LOCATED_IN", "*")]),
    ("title-of-org-then-other-name", "The head of Hamas met Omar Kaya in Cairo.",
     [("Omar Kaya", "*", "Hamas")]),
    ("joined-in-acting", "Britain joined France in calling for a ceasefire.",
     [("*", "MEMBER_OF", "*")]),
    ("plans-to-join", "Omar Kaya plans to join Hamas.", [("Omar Kaya", "MEMBER_OF", "*")]),
    ("demonym-before-born-on", "Syrian officials said Omar Kaya, born on May 3, was freed.",
     [("Omar Kaya", "LOCATED_IN", "*")]),
    ("based-group-not-person", "Dubai-based Acme Corp. hired Omar Kaya.",
     [("Omar Kaya", "LOCATED_IN", "*")]),
    ("dwelling-of-someone-else", "Omar Kaya raided the Mosul apartment of a smuggler.",
     [("Omar Kaya", "LOCATED_IN", "*")]),
    ("role-with-org-is-no-lead", "Omar Kaya, a commander with the Free Syrian Army, said so.",
     [("Omar Kaya", "LEADS", "*")]),
    ("of-a-person-s-unit", "Rana Haddad, of Omar Kaya's legal team, said so.",
     [("Rana Haddad", "MEMBER_OF", "*")]),
    ("sent-an-adviser-to", "Omar Kaya sent an adviser to Hamas.",
     [("Omar Kaya", "MEMBER_OF", "*")]),
    ("owner-s-envoy-in", "Omar Kaya's envoy in Cairo met the mediators.",
     [("Omar Kaya", "LOCATED_IN", "*")]),
    ("owner-s-son-in", "The talks were requested by Omar Kaya's son in Cairo.",
     [("Omar Kaya", "LOCATED_IN", "*")]),
    ("title-in-a-place-is-not-of-it", "The Houthis fired missiles. Omar Kaya, the group's "
     "spokesman in Yemen, said so.", [("Omar Kaya", "SPOKESPERSON_FOR", "Yemen")]),
    ("wanting-to-be-is-not-being", "Omar Kaya wants to be a member of Hamas.",
     [("Omar Kaya", "MEMBER_OF", "*")]),
    ("believed-of-a-group", "Hamas, said to be a member of the alliance, denied it.",
     [("*", "MEMBER_OF", "*")]),
    ("a-state-role-is-a-role", "Chilean President Rosa Vidal met the envoys.",
     [("Rosa Vidal", "LOCATED_IN", "*")]),
    ("a-place-before-the-title-in-another-phrase", "In Turkey Minister Tom Ellery met the "
     "refugees.", [("Tom Ellery", "LOCATED_IN", "*")]),
    ("a-state-candidate-is-a-nationality", "U.S. presidential candidate Dana Hale spoke.",
     [("Dana Hale", "MEMBER_OF", "*")]),
    ("possessive-title-then-someone-else", "Hamas's military spokesman, Tom Ellery's "
     "brother, said the talks had failed.", [("Tom Ellery", "SPOKESPERSON_FOR", "*")]),
    ("born-phrase-of-someone-else", "Rami Nasser met a Cairo-born poet in Paris.",
     [("Rami Nasser", "LOCATED_IN", "Cairo")]),
    ("kin-is-no-office", "Kenya's rival, Lena Brandt, spoke to reporters.",
     [("Lena Brandt", "LOCATED_IN", "*")]),
    ("an-employer-is-no-place", "Acme Corp engineer Dan Ruiz left the firm.",
     [("Dan Ruiz", "LOCATED_IN", "*")]),
    ("where-a-shooting-happened", "Lena Brandt shot Tom Ellery at the ferry terminal in Tulsa.",
     [("Lena Brandt", "LOCATED_IN", "*"), ("Tom Ellery", "LOCATED_IN", "*")]),
    ("where-a-plea-was-made", "Lena Brandt pleaded guilty in Tulsa to the murder of Tom Ellery.",
     [("Lena Brandt", "LOCATED_IN", "*")]),
    ("not-a-job-on-the-copula", "It was chaos at the Red Crescent Society when Omar Kaya was "
     "arrested.", [("Omar Kaya", "MEMBER_OF", "*")]),
    ("title-with-other-apposition", "The president of Ruritania, Omar Kaya's old rival, was "
     "born in Tulsa.", [("Omar Kaya", "LOCATED_IN", "*")]),
    ("where-someone-else-was-born", "Dana Hale drove to Tulsa, where her son was born.",
     [("Dana Hale", "LOCATED_IN", "*")]),
    ("native-without-a-place", "Dana Hale, the family's native son, returned.",
     [("Dana Hale", "LOCATED_IN", "*")]),
    ("the-town-with-no-town-named", "The town's mayor, Dana Hale, asked for help.",
     [("Dana Hale", "LOCATED_IN", "*")]),
    ("a-modified-community-is-no-town", "Floods hit Marston on Monday. The international "
     "community's commissioner, Dana Hale, asked for help.", [("Dana Hale", "LOCATED_IN", "*")]),
    ("hometown-after-a-list", "They visited Mosul, Kirkuk and Omar Kaya's hometown.",
     [("Omar Kaya", "LOCATED_IN", "*")]),
    ("each-with-own-org", "Tom Ellery of the Red Cross and Dana Hale of Amnesty "
     "International spoke.", [("Tom Ellery", "MEMBER_OF", "Amnesty International")]),
    ("critic-of-a-place-as-conjunct", "Omar Kaya, an engineer and a critic of the Mosul "
     "council, spoke.", [("Omar Kaya", "LOCATED_IN", "*")]),
    ("who-lives-after-unnamed-noun", "Omar Kaya met the man who lives in Basra.",
     [("Omar Kaya", "LOCATED_IN", "*")]),
    ("title-of-kind-then-a-place", "Omar Kaya, leader of the party, the oldest in Syria, "
     "said so.", [("Omar Kaya", "*", "Syria")]),
    ("bracketed-aside-is-no-body", "Hamas (the group that rules Gaza) leader Omar Kaya "
     "said so.", [("Omar Kaya", "*", "Gaza Strip")]),
    ("copula-supporter-is-no-member", "Omar Kaya is a Hamas supporter.",
     [("Omar Kaya", "*", "Hamas")]),
    ("copula-deputy-is-no-lead", "Omar Kaya is Hamas's deputy leader.",
     [("Omar Kaya", "LEADS", "*")]),
    ("copula-critic-is-no-member", "Dana Hale is a World Bank critic.",
     [("Dana Hale", "*", "World Bank")]),
    ("a-commander-in-is-no-lead", "Omar Kaya served as a commander in the Free Syrian Army.",
     [("Omar Kaya", "LEADS", "*")]),
    ("serves-as-a-thing", "The deal serves as a warning to Hamas.", [("*", "MEMBER_OF", "*")]),
    ("mediator-between", "Omar Kaya served as a mediator between Hamas and Fatah.",
     [("Omar Kaya", "MEMBER_OF", "*")]),
    ("noun-title-is-no-lead", "Hamas floor leader Omar Kaya said the vote would fail.",
     [("Omar Kaya", "LEADS", "*")]),
    ("noun-before-title-without-org", "Residents told the village water chairman, Omar Kaya, "
     "about Hamas.", [("Omar Kaya", "*", "Hamas")]),
    ("appointed-deputy-is-no-lead", "Dana Hale was appointed deputy commander of the Free "
     "Syrian Army.", [("Dana Hale", "LEADS", "*")]),
    # (asking the body to act is a demand made of it, no role in it)
    ("asked-to-name-someone", "Dana Hale asked the African Union to name a chairman of the "
     "commission.", [("Dana Hale", r, "African Union")
                     for r in ("LEADS", "MEMBER_OF", "SPOKESPERSON_FOR")]),
    ("met-the-named-group", "Tom Ellery met officials of the Siemens group in Berlin.",
     [("Tom Ellery", "MEMBER_OF", "*")]),
    ("critic-of-the-named-group", "Tom Ellery, a critic of the Siemens group, said so.",
     [("Tom Ellery", "MEMBER_OF", "*")]),
    ("listed-with-an-appositive", "Tom Ellery, a farmer, and Dana Hale of the World Bank "
     "met.", [("Tom Ellery", "MEMBER_OF", "*")]),
    ("body-possessive-title-is-no-member", "Hamas's victim, Omar Kaya, was buried on Friday.",
     [("Omar Kaya", "MEMBER_OF", "Hamas")]),
    # people who left the place named with them (links._AWAY_NOUNS)
    ("refugee-in-apposition", "Omar Kaya, a Syrian refugee, spoke to reporters.",
     [("Omar Kaya", "LOCATED_IN", "Syria")]),
    ("refugee-before-name", "Syrian refugee Omar Kaya spoke to reporters.",
     [("Omar Kaya", "LOCATED_IN", "Syria")]),
    ("refugee-from", "Omar Kaya, a refugee from Syria, spoke to reporters.",
     [("Omar Kaya", "LOCATED_IN", "Syria")]),
    # a speaker's untold state is not one named only after a preposition
    # (rules._state_titles)
    ("state-title-other-leaders-state", "President Tom Ellery said he would keep working "
     "with President Dana Hale of Zimbabwe.", [("Tom Ellery", "LEADS", "Zimbabwe")]),
    ("state-title-destination", "President Tom Ellery said he would end his trip with a "
     "visit to Zimbabwe.", [("Tom Ellery", "LEADS", "Zimbabwe")]),
    ("title-of-a-cause-then-another-title", "Tom Ellery, a spokesman for reform and "
     "president of the Carnegie Endowment, said so.",
     [("Tom Ellery", "SPOKESPERSON_FOR", "Carnegie Endowment")]),
    # where a harm happened says nothing of where its people live (links._where_done)
    ("harm-with-a-later-verb", "Karim Nasser raped a woman on May 2, 2001, in Tulsa, "
     "Oklahoma, then stabbed her to death.", [("Karim Nasser", "LOCATED_IN", "*")]),
]


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_forbidden_triples(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
