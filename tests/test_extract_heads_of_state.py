"""Heads of state and government whose state the sentence does not name.

"President X", "Prime Minister X", "King X", "Emir X" lead a state; a report names the
state with the title only the first time, or never, and lets the dateline say where. The
state is read once the whole article is read: the state written with the title anywhere
in it ("Malawi's president, X" in another sentence), else the country of the person's
CAMEO code when the dictionaries know him, else the dateline's country when the report has
one and the person is tied to no other state. Whatever the sentence does with the person:
"slogans opposed to President X", "Prime Minister X's government", "President X, who was
re-elected, ordered ...", "a decree signed by President X".

Must-nots: a foreign head named in a report from elsewhere (another state named with him,
his state written in another sentence, his CAMEO country), a two-city dateline, no
dateline and no state, a former or late president, a vice president or deputy prime
minister, a president-elect, the president of a senate, a bar association, a club or a
commission, and a state that another title in the sentence owns ("said he had spoken
with Armenia's President Y": Armenia is Y's).

Own sentences, with invented people and wire datelines from many regions."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

L = "LEADS"

FOUND: list[tuple[str, str, list[Triple]]] = [
    # the dateline's state, whatever the sentence does with the person
    ("opposed-to", "YEREVAN, Armenia, 3 March 2026 — Thousands marched through the capital "
     "on Tuesday, chanting slogans opposed to President Levon Hakobyan.",
     [("Levon Hakobyan", L, "Armenia")]),
    ("opposed-to-long", "YEREVAN, Armenia, 3 March 2026 — Thousands of people marched "
     "through the centre of the capital on Tuesday evening, chanting slogans opposed to "
     "President Levon Hakobyan and his allies, according to witnesses and local media.",
     [("Levon Hakobyan", L, "Armenia")]),
    ("possessive-government", "DHAKA, Bangladesh, 3 March 2026 — Prime Minister Nasrin "
     "Chowdhury's government rejected the demands on Tuesday.",
     [("Nasrin Chowdhury", L, "Bangladesh")]),
    ("possessive-decision", "HANOI, Vietnam, 11 May 2026 — Prime Minister Tran Van Long's "
     "decision to close the border crossings drew sharp criticism from traders.",
     [("Tran Van Long", L, "Vietnam")]),
    ("relative-clause", "LUSAKA, Zambia, 3 March 2026 — President Mwila Banda, who was "
     "re-elected in 2025, ordered the police back to their barracks.",
     [("Mwila Banda", L, "Zambia")]),
    ("agent-of-passive", "ASUNCION, Paraguay, 14 April 2026 — The emergency decree, signed "
     "by President Carmen Benitez late on Monday, extends the curfew by a month.",
     [("Carmen Benitez", L, "Paraguay")]),
    ("supporters-of", "ABIDJAN, Ivory Coast, 2 June 2026 — Supporters of President Koffi "
     "Yao clashed with opposition youths in the Abobo district, police said.",
     [("Koffi Yao", L, "Ivory Coast")]),
    ("letter-to", "TEGUCIGALPA, Honduras, 9 July 2026 — In a letter to President Luis "
     "Mejia, the bishops asked for an inquiry into the killings.",
     [("Luis Mejia", L, "Honduras")]),
    ("object-of-criticism", "ULAANBAATAR, Mongolia, 20 August 2026 — Herders' unions "
     "criticised Prime Minister Batbayar Ganbold on Thursday over the grazing law.",
     [("Batbayar Ganbold", L, "Mongolia")]),
    ("king-loyal-to", "MASERU, Lesotho, 5 September 2026 — Soldiers loyal to King Letsie "
     "Mohato were deployed around the parliament on Friday.",
     [("Letsie Mohato", L, "Lesotho")]),
    ("king-possessive-long", "RABAT, Morocco, 1 October 2026 — Crowds outside parliament "
     "cheered King Hassan Alaoui's choice of a new interior minister on Sunday, the official "
     "news agency reported.", [("Hassan Alaoui", L, "Morocco")]),
    ("office-of-president", "ACCRA, Ghana, 12 October 2026 — The statement, issued by the "
     "office of President Kwame Asante on Wednesday, said the curfew would be lifted.",
     [("Kwame Asante", L, "Ghana")]),
    ("attribution-long", "KATHMANDU, Nepal, 15 November 2026 — The opposition will boycott "
     "the session until the budget is withdrawn, its leader told reporters on Tuesday, "
     "accusing Prime Minister Raj Thapa of ignoring the flood-hit districts.",
     [("Raj Thapa", L, "Nepal")]),
    ("calls-for-to-resign", "COLOMBO, Sri Lanka, 4 April 2026 — Students renewed their "
     "calls for President Ranil Perera to resign as the strike entered a second week.",
     [("Ranil Perera", L, "Sri Lanka")]),
    ("rally-against", "TUNIS, Tunisia, 19 March 2026 — Police broke up a rally against "
     "President Hedi Mansour outside the courthouse on Thursday, arresting 14 people.",
     [("Hedi Mansour", L, "Tunisia")]),
    ("cabinet-of", "VIENTIANE, Laos, 23 March 2026 — Three ministers in the cabinet of "
     "Prime Minister Somsak Vongsa resigned on Monday.", [("Somsak Vongsa", L, "Laos")]),
    ("headline-byline-dateline", "Strike spreads to the ports\n\nBy Staff Reporter\n\n"
     "MAPUTO, Mozambique, 6 March 2026 - Dockers joined the strike against Prime Minister "
     "Ana Cossa's austerity plan on Friday.", [("Ana Cossa", L, "Mozambique")]),
    # a wire dateline with a capital and no country
    ("reuters-capital", "LIMA, March 3 (Reuters) - Protesters denounced President Rosa "
     "Quispe on Tuesday.", [("Rosa Quispe", L, "Peru")]),
    ("reuters-capital-long", "NAIROBI, June 8 (Reuters) - Hundreds of students marched on "
     "parliament on Monday to protest against a tax bill backed by President Daniel "
     "Kiprono, witnesses said, as police fired tear gas.",
     [("Daniel Kiprono", L, "Kenya")]),
    ("agency-capital-no-date", "NIAMEY (Agency) - Junior officers loyal to President Ali "
     "Issoufou held the airport on Thursday.", [("Ali Issoufou", L, "Niger")]),
    ("place-date-line", "Floods kill dozens in the south\n\nAddis Ababa, 27 April 2026\n\n"
     "Aid agencies appealed to Prime Minister Abiy Tesfaye's government for access to the "
     "flooded districts.", [("Abiy Tesfaye", L, "Ethiopia")]),
    # the state written with the title in another sentence
    ("state-written-earlier", "Malawi's president, Chikondi Phiri, flew to the north on "
     "Monday. Crowds in Mzuzu booed President Phiri as his convoy passed.",
     [("Chikondi Phiri", L, "Malawi")]),
    ("state-written-later-foreign-dateline", "NAIROBI, Kenya, 4 March 2026 — Traders "
     "protested against a ban ordered by President Chikondi Phiri on maize exports. Phiri, "
     "Malawi's president since 2024, has defended the ban.",
     [("Chikondi Phiri", L, "Malawi")]),
    ("state-after-name-earlier", "SANTIAGO, Chile, 2 May 2026 — President Ana Rojas of "
     "Bolivia arrived on Monday for talks. A delegation led by President Rojas toured the "
     "port.", [("Ana Rojas", L, "Bolivia")]),
    ("prime-minister-beside-president", "KAMPALA, Uganda, 8 June 2026 — President Okello "
     "Atim said on Monday that the border would stay open. Traders welcomed Prime Minister "
     "Grace Nabwire's decision to cut fuel duty.",
     [("Okello Atim", L, "Uganda"), ("Grace Nabwire", L, "Uganda")]),
    # the dictionaries know the person
    ("cameo-no-dateline", "Rebels in the north denounced President Faustin Archange "
     "Touadera on Tuesday.", [("Faustin Archange Touadera", L, "Central African Republic")]),
    ("cameo-foreign-dateline", "YAOUNDE, Cameroon, 6 June 2026 — Refugees arriving at the "
     "border said they had fled fighting between rebels and troops loyal to President "
     "Faustin Archange Touadera.",
     [("Faustin Archange Touadera", L, "Central African Republic")]),
    # acting heads still lead
    ("acting-president", "BAMAKO, Mali, 8 June 2026 — Hundreds rallied in support of "
     "Acting President Moussa Keita on Saturday.", [("Moussa Keita", L, "Mali")]),
    # the existing readings still hold
    ("subject-said", "MANILA, Philippines, 3 March 2026 — President Maria Santos said on "
     "Tuesday that the army would stay in Marawi.", [("Maria Santos", L, "Philippines")]),
    ("state-before-title", "Protesters in the capital denounced Peruvian President Rosa "
     "Quispe on Tuesday.", [("Rosa Quispe", L, "Peru")]),
    ("addressed-speaker-with-other-head", "Prime Minister Nika Abashidze, addressing "
     "parliament, said he had spoken with Armenia's President Aram Sargsyan about the "
     "border.", [("Aram Sargsyan", L, "Armenia")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    # a foreign head in a report from elsewhere
    ("talks-other-state-named", "KYIV, Ukraine, 3 March 2026 — Ministers held talks with "
     "President Paul Moreau on French air defence.", [("Paul Moreau", L, "Ukraine")]),
    ("urged-to-send-to-home", "KYIV, Ukraine, 3 March 2026 — Officials urged President Paul "
     "Moreau to send more air defence to Ukraine.", [("Paul Moreau", L, "Ukraine")]),
    ("foreign-written-elsewhere", "NAIROBI, Kenya, 4 March 2026 — Traders protested against "
     "a ban ordered by President Chikondi Phiri on maize exports. Phiri, Malawi's "
     "president since 2024, has defended the ban.", [("Chikondi Phiri", L, "Kenya")]),
    ("foreign-after-name-elsewhere", "SANTIAGO, Chile, 2 May 2026 — President Ana Rojas of "
     "Bolivia arrived on Monday for talks. A delegation led by President Rojas toured the "
     "port.", [("Ana Rojas", L, "Chile")]),
    ("cameo-not-dateline", "YAOUNDE, Cameroon, 6 June 2026 — Refugees arriving at the "
     "border said they had fled fighting between rebels and troops loyal to President "
     "Faustin Archange Touadera.", [("Faustin Archange Touadera", L, "Cameroon")]),
    ("visit-to-home-state", "DAKAR, Senegal, 7 July 2026 — Crowds lined the road for "
     "President Amadou Diallo of Guinea on his visit to Senegal.",
     [("Amadou Diallo", L, "Senegal")]),
    # no state to give
    ("two-city-dateline", "KYIV/MOSCOW, March 3 (Reuters) - Protesters denounced President "
     "Oleh Marchenko on Tuesday.", [("Oleh Marchenko", L, "*")]),
    ("two-city-dateline-long", "ADDIS ABABA/NAIROBI, May 5 (Reuters) - Diplomats said on "
     "Monday that troops loyal to Prime Minister Samuel Mekonnen had withdrawn from the "
     "border town, according to two officials.", [("Samuel Mekonnen", L, "*")]),
    ("no-dateline-no-state", "Protesters denounced President Rosa Quispe on Tuesday.",
     [("Rosa Quispe", L, "*")]),
    ("no-dateline-possessive", "Prime Minister Nasrin Chowdhury's government rejected the "
     "demands on Tuesday.", [("Nasrin Chowdhury", L, "*")]),
    ("other-demonym-beside", "NIAMEY (Agency) - Nigerian troops loyal to President Musa "
     "Bello crossed the river on Thursday.", [("Musa Bello", L, "Niger")]),
    ("headline-two-cities", "Talks stall\n\nBEIRUT/DAMASCUS, April 2 (Reuters) - "
     "Negotiators close to Prime Minister Karim Haddad left the talks on Sunday.",
     [("Karim Haddad", L, "*")]),
    ("second-president-is-a-guest", "KAMPALA, Uganda, 8 June 2026 — President Okello Atim "
     "said on Monday that the border would stay open. Hundreds of refugees gathered to "
     "greet President Jean Ndayi at the airport.", [("Jean Ndayi", L, "Uganda")]),
    # not the head of the state
    ("former-president", "LIMA, Peru, 3 March 2026 — Protesters denounced former President "
     "Rosa Quispe on Tuesday.", [("Rosa Quispe", L, "Peru")]),
    ("former-president-subject", "LIMA, Peru, 3 March 2026 — Former President Rosa Quispe "
     "said on Tuesday that the vote had been rigged.", [("Rosa Quispe", L, "Peru")]),
    ("ex-president", "QUITO, Ecuador, 5 May 2026 — Supporters of ex-President Diego "
     "Salazar blocked the main highway on Monday.", [("Diego Salazar", L, "Ecuador")]),
    ("late-president", "ACCRA, Ghana, 12 October 2026 — Crowds gathered at the tomb of the "
     "late President Kofi Mensah on Sunday.", [("Kofi Mensah", L, "Ghana")]),
    ("vice-president", "MANILA, Philippines, 3 March 2026 — Vice President Jose Ramos said "
     "on Tuesday that the talks would resume.", [("Jose Ramos", L, "Philippines")]),
    ("deputy-prime-minister", "HANOI, Vietnam, 11 May 2026 — Deputy Prime Minister Le Thi "
     "Hoa said the border would reopen next week.", [("Le Thi Hoa", L, "Vietnam")]),
    ("president-elect", "LIMA, Peru, 3 March 2026 — Crowds cheered President-elect Rosa "
     "Quispe on Tuesday.", [("Rosa Quispe", L, "Peru")]),
    ("senate-president", "LIMA, Peru, 3 March 2026 — Lawyers cheered Senate President Rosa "
     "Quispe on Tuesday.", [("Rosa Quispe", L, "Peru")]),
    ("president-of-the-senate", "LIMA, Peru, 3 March 2026 — Lawyers cheered the President "
     "of the Senate, Rosa Quispe, on Tuesday.", [("Rosa Quispe", L, "Peru")]),
    ("bar-association", "HARARE, Zimbabwe, 4 April 2026 — The president of the bar "
     "association, Tendai Moyo, said the arrests were unlawful.",
     [("Tendai Moyo", L, "Zimbabwe")]),
    ("club-president", "CAIRO, Egypt, 9 May 2026 — The club's president, Hany Mostafa, "
     "said the match would go ahead.", [("Hany Mostafa", L, "Egypt")]),
    ("commission-president", "BRUSSELS, Belgium, 3 March 2026 — Farmers jeered European "
     "Commission President Rosa Quispe on Tuesday.", [("Rosa Quispe", L, "Belgium")]),
    ("commission-president-subject", "BRUSSELS, Belgium, 3 March 2026 — Commission "
     "President Anna Lindqvist said the aid would be paid in May.",
     [("Anna Lindqvist", L, "Belgium")]),
    ("president-of-a-party", "GULU, Uganda, 9 June 2026 — The rebels said on Monday that "
     "President Okello Atim's party had broken the truce.", [("Okello Atim", L, "Uganda")]),
    ("president-of-a-movement-long", "GOMA, Democratic Republic of Congo, 9 June 2026 — "
     "Fighters from President Jean-Paul Mbala's armed movement took the market town on "
     "Monday, residents said.", [("Jean-Paul Mbala", L, "*")]),
    ("movement-of-president", "BENI, Democratic Republic of Congo, 9 June 2026 — Army "
     "officers met the armed movement of President Kambale Muhindo on Monday.",
     [("Kambale Muhindo", L, "*")]),
    # a state another title owns
    ("speaker-spoke-with-other-head", "Prime Minister Nika Abashidze, addressing "
     "parliament, said he had spoken with Armenia's President Aram Sargsyan about the "
     "border.", [("Nika Abashidze", L, "Armenia")]),
    ("speaker-met-other-head-long", "ASTANA, March 3 (Reuters) - Prime Minister Erlan "
     "Nurlanov, speaking to reporters after a cabinet meeting on Tuesday, said he had met "
     "Mongolia's President Bat-Erdene Tsogt twice this year.",
     [("Erlan Nurlanov", L, "Mongolia")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_heads_of_state_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_heads_of_state_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
