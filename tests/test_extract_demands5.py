"""DEMANDS (CAMEO 10) addressed to a named party: a call on the authorities,
government or officials of a state by where they govern ("the authorities in Zambia",
"officials in Nairobi", "the government in Dodoma": the capital stands for its state)
or by its possessive ("Myanmar's government"); "demanded that X hand over (withdraw,
release) ...", "demanding that the government put ..." (the dateline's state), "has
repeatedly demanded the disarmament (release, withdrawal) of ..."; "pressed X on
Tuesday to ..."; a press release's list under its speaker's heading ("The Council
therefore:\n- Calls on X to ...;\n- Urges Y to ..."); an order in quotes with the one
told named after it ("\"Hand them over,\" the minister told Kinshasa").

Must-nots: restraint urged of nobody, the speaker's own supporters, fighters or
officials, officials of a city or a region, another state's officials posted in a
capital, a call rejected or reported of another, a demand to come, planned, hoped for
or supposed, a list under a heading that is no actor, a quote that is no order, said
rather than told, told to reporters or one's own troops, a warning; and the one asking
is not where the authorities it asks govern.

Every sentence is written for this table, with invented people and groups in several
regions, short and inside a long wire sentence or release.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

D = "DEMANDS"

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- a call on the authorities, government or officials in a state or its capital ---
    ("officials-in-state", "Amnesty International called on officials in Tajikistan to "
     "free the detained lawyers.", [("Amnesty International", D, "Tajikistan")]),
    ("officials-in-state-two-states", "Kenya called on officials in Tanzania to free the "
     "detained lawyers.", [("Kenya", D, "Tanzania")]),
    ("authorities-in-state-two-states", "Malawi urged the authorities in Zambia to reopen "
     "the Mwami border post, the foreign ministry said on Monday.",
     [("Malawi", D, "Zambia")]),
    ("government-in-capital", "Kenya urged the government in Dodoma to free the detained "
     "lawyers.", [("Kenya", D, "Tanzania")]),
    ("authorities-in-capital-long", "NAIROBI, March 4 (Reuters) - Uganda on Tuesday pressed "
     "the authorities in Kinshasa to hand over the rebel commanders sheltering in Ituri, "
     "according to a statement from the foreign ministry.",
     [("Uganda", D, "Democratic Republic of the Congo")]),
    ("officials-in-capital", "Human Rights Watch asked officials in Nairobi to investigate "
     "the deaths of the protesters.", [("Human Rights Watch", D, "Kenya")]),
    ("states-government-pressed", "The United Nations on Tuesday pressed Myanmar's "
     "government to let aid convoys reach the camps in northern Rakhine, a spokesman said.",
     [("United Nations", D, "Myanmar")]),
    ("states-authorities-asked", "Human Rights Watch asked Bolivia's authorities to "
     "investigate the killings in Sacaba.", [("Human Rights Watch", D, "Bolivia")]),
    ("government-of-state", "The African Union urged the government of Mozambique to "
     "protect civilians in Cabo Delgado.", [("African Union", D, "Mozambique")]),
    ("demonym-authorities-pressed", "The European Union pressed the Tajik authorities to "
     "drop the charges against the protesters.", [("European Union", D, "Tajikistan")]),
    ("demonym-border-guards", "Poland urged the Belarusian border guards to stop pushing "
     "migrants back into the forest.", [("Poland", D, "Belarusian forces")]),
    ("border-guards-of-state", "Uzbekistan urged the border guards of Kyrgyzstan to stop "
     "firing on the villagers near Batken.", [("Uzbekistan", D, "Kyrgyzstan")]),
    ("states-authorities-long", "WASHINGTON, Oct 3 - The Organization of American States "
     "urged Nicaragua's authorities on Wednesday to release the bishops held since August, "
     "the body said in a statement.",
     [("Organization of American States", D, "Nicaragua")]),
    # --- demanded that X hand over, withdraw, release ---
    ("demanded-that-hand-over-group", "Colombia demanded that Venezuela hand over the ELN "
     "commanders sheltering in Apure.", [("Colombia", D, "Venezuela")]),
    ("demanded-that-withdraw", "Ghana demanded that Burkina Faso withdraw its soldiers from "
     "the border village.", [("Ghana", D, "Burkina Faso")]),
    ("demanded-that-release", "Lithuania demanded that Belarus release the two border "
     "guards detained on Sunday.", [("Lithuania", D, "Belarus")]),
    ("demanded-that-withdraw-long", "ADDIS ABABA, Jan 9 - Somalia on Thursday demanded that "
     "Ethiopia withdraw its troops from Gedo, according to a statement from the foreign "
     "ministry in Mogadishu.", [("Somalia", D, "Ethiopia")]),
    ("demanding-that-the-government", "ABUJA, Nigeria, 4 June 2024 - The Nigeria Labour "
     "Congress staged a rally in Abuja on Tuesday, demanding that the government put an "
     "end to the fuel subsidy cuts.", [("Labour Congress", D, "Nigeria")]),
    ("demanding-that-the-government-walkout", "DHAKA, Bangladesh (AP) - The Bangladesh "
     "Nationalist Party walked out of parliament, demanding that the government put the "
     "caretaker system back in place.",
     [("Bangladesh Nationalist Party", D, "Bangladesh")]),
    # --- has repeatedly demanded the release, disarmament, withdrawal of ---
    ("repeatedly-demanded-disarmament", "Ethiopia has repeatedly demanded the disarmament "
     "of the Oromo Liberation Army.", [("Ethiopia", D, "Oromo Liberation Army")]),
    ("repeatedly-demanded-release-held-by", "The Jubaland Front has repeatedly demanded "
     "the release of its fighters held by Kenya.", [("Jubaland Front", D, "Kenya")]),
    ("repeatedly-demanded-withdrawal-of-forces", "Azerbaijan has repeatedly demanded the "
     "withdrawal of Armenia's forces from the border villages.",
     [("Azerbaijan", D, "Armenia")]),
    # --- a list under its speaker's heading ---
    ("heading-federal-and-state-governments",
     "The United Nations:\n"
     "- Calls on the Federal Government of Nigeria to protect the displaced in Borno;\n"
     "- Urges the Zamfara State Government to free the detained herders;\n"
     "- Requests all parties to respect humanitarian law.",
     [("United Nations", D, "Federal Government of Nigeria"),
      ("United Nations", D, "Zamfara State Government")]),
    ("heading-therefore",
     "The European Union therefore:\n"
     "- Calls on Rwanda to withdraw its soldiers from North Kivu;\n"
     "- Urges the Congolese government to stop arming the FDLR.",
     [("European Union", D, "Rwanda"),
      ("European Union", D, "Democratic Republic of the Congo")]),
    ("heading-with-aside",
     "The European Union, in its statement on Monday:\n"
     "- Calls on Rwanda to withdraw its soldiers from North Kivu;\n"
     "- Urges the Congolese government to stop arming the FDLR.",
     [("European Union", D, "Rwanda")]),
    ("heading-also-lower-case",
     "The European Union also:\n"
     "- calls on Rwanda to withdraw its soldiers from North Kivu;\n"
     "- urges the Congolese government to stop arming the FDLR.",
     [("European Union", D, "Rwanda"),
      ("European Union", D, "Democratic Republic of the Congo")]),
    ("heading-council-therefore",
     "The Security Council therefore:\n"
     "- Calls on the Rapid Support Forces to lift the siege of El Fasher;\n"
     "- Urges the Sudanese Armed Forces to allow aid across the lines.",
     [("UN Security Council", D, "Rapid Support Forces"),
      ("UN Security Council", D, "Sudanese Armed Forces")]),
    ("heading-bullets-requests",
     "The Group of Seven:\n"
     "• Urges Russia to withdraw its forces from Ukraine;\n"
     "• Requests all parties to respect the safety of the Zaporizhzhia plant.",
     [("Group of Seven", D, "Russia")]),
    # --- a quoted order, the one told named after ---
    ("quoted-told-capital", "\"Hand them over,\" Rwanda's foreign minister Olivier "
     "Nduhungirehe told Kinshasa.",
     [("Olivier Nduhungirehe", D, "Democratic Republic of the Congo")]),
    ("quoted-told-state-long", "\"Withdraw your troops from our border,\" Guyana told "
     "Venezuela in a note delivered to Caracas on Friday, according to the foreign ministry "
     "in Georgetown.", [("Guyana", D, "Venezuela")]),
    ("quoted-told-by-title", "\"Stop firing on our villages,\" the Armenian prime minister "
     "told Azerbaijan.", [("Armenia", D, "Azerbaijan")]),
    ("quoted-told-group", "\"Lay down your weapons and come home,\" President Faustin "
     "Mbeki told the Kivu Liberation Front on state radio.",
     [("Faustin Mbeki", D, "Kivu Liberation Front")]),
    ("quoted-urged-exclaimed", "\"Open the crossings now!\" Jordan urged Israel.",
     [("Jordan", D, "Israel")]),
    ("officials-in-capital-for-state", "The opposition Kuomintang urged officials in "
     "Beijing to release the detained Taiwanese publisher.", [("Kuomintang", D, "China")]),
    ("government-in-capital-one-state", "The Arab League urged the government in Tripoli "
     "to protect the migrants held in Zawiya.", [("Arab League", D, "Libya")]),
    ("group-and-authorities-in-capital", "The Arab League urged the Libyan National Army "
     "and the authorities in Tripoli to stop the fighting around the airport.",
     [("Arab League", D, "Libya"), ("Arab League", D, "Libyan National Army")]),
    ("pressed-on-day-then-to", "Uganda on Tuesday pressed the authorities in Kinshasa to "
     "hand over the rebel commanders sheltering in Ituri.",
     [("Uganda", D, "Democratic Republic of the Congo")]),
    ("pressed-on-day-then-to-long", "ADDIS ABABA, Feb 2 - The African Union on Monday "
     "pressed the Sahel Liberation Front to free the aid workers seized near Menaka, its "
     "commission chairman said in a statement.",
     [("African Union", D, "Sahel Liberation Front")]),
    ("quoted-told-head-by-office", "\"Free the hostages,\" Qatar's emir told Hamas during "
     "the talks in Doha.", [("Qatar", D, "Hamas")]),
    ("quoted-asked", "\"Release the fishermen,\" Sri Lanka asked India on Sunday.",
     [("Sri Lanka", D, "India")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # --- no one asked, or the speaker's own people ---
    ("urged-restraint", "The Kenyan president urged restraint after the clashes in "
     "Marsabit.", [("*", D, "*")]),
    ("urged-restraint-all-sides", "Kenya urged restraint on all sides.", [("*", D, "*")]),
    ("called-on-supporters-to-vote", "The Movement for Democratic Change called on "
     "supporters to vote in the by-election.", [("*", D, "*")]),
    ("called-on-its-supporters", "The Movement for Democratic Change called on its "
     "supporters to stay home on polling day.", [("*", D, "*")]),
    ("urged-its-fighters", "The Jubaland Front urged its fighters to hold their positions.",
     [("*", D, "*")]),
    ("own-officials-in-capital", "Kenya's officials in Dodoma urged calm.",
     [("*", D, "*")]),
    ("officials-in-a-city", "Kenya urged officials in Mombasa to reopen the port.",
     [("Kenya", D, "*")]),
    ("officials-in-a-region", "Kenya urged officials in Tanzania's Kagera region to "
     "reopen the market.", [("Kenya", D, "Tanzania")]),
    ("foreign-officials-in-capital", "Amnesty International urged US officials in Kabul to "
     "speed up the visas.", [("*", D, "Afghanistan")]),
    # --- a demand refused, reported of another, or not yet made ---
    ("rejected-calls-to-withdraw", "Sudan rejected calls to withdraw its troops from "
     "Abyei.", [("*", D, "*")]),
    ("rejected-calls-from-to-release", "Mali rejected calls from Algeria to release the "
     "detained rebels.", [("Mali", D, "*")]),
    ("said-had-demanded", "Ghana said Togo had demanded that Accra reopen the border.",
     [("Ghana", D, "*")]),
    ("said-had-urged", "Ghana said Togo had urged Accra to reopen the border.",
     [("Ghana", D, "*")]),
    ("would-urge", "Ghana would urge Togo to reopen the border if talks failed.",
     [("*", D, "*")]),
    ("said-would-urge-long", "ACCRA, May 2 - Ghana said on Friday it would urge Togo to "
     "reopen the border if the talks in Lome failed, according to a government "
     "spokesman.", [("*", D, "*")]),
    ("could-call-on", "Ghana could call on Togo to reopen the border.", [("*", D, "*")]),
    ("plans-to-urge", "Ghana plans to urge Togo to reopen the border.", [("*", D, "*")]),
    ("hopes-to-persuade-press", "Ghana hopes to press Togo to reopen the border before "
     "the harvest.", [("*", D, "*")]),
    # --- a list under no actor's heading ---
    ("heading-key-points",
     "Key points:\n"
     "- Calls on Russia to withdraw its forces from Ukraine;\n"
     "- Urges Belarus to stop hosting Russian troops.", [("*", D, "*")]),
    ("heading-recommendations",
     "Recommendations:\n"
     "- Urge the Government of Chad to open the Adre crossing;\n"
     "- Call on the Rapid Support Forces to free the detained aid workers.",
     [("*", D, "*")]),
    # --- a quote that is no order, or not to a named party ---
    ("quoted-we-will", "\"We will hand them over,\" the minister told Kinshasa.",
     [("*", D, "*")]),
    ("quoted-said-not-told", "\"Hand them over,\" the minister said, adding that Kinshasa "
     "had refused.", [("*", D, "*")]),
    ("quoted-told-reporters", "\"Hand them over,\" President Paul Kagame told reporters.",
     [("*", D, "*")]),
    ("quoted-told-own-troops", "\"Withdraw now,\" General Ochieng told his troops.",
     [("*", D, "*")]),
    ("quoted-warned-not-asked", "\"Leave our waters,\" Vietnam warned China.",
     [("Vietnam", D, "China")]),
    ("told-that-would-withdraw", "Chad told Sudan it would withdraw its soldiers from the "
     "border.", [("Chad", D, "*")]),
    ("urged-officials-in-the-region", "Aid groups urged officials in the region to open "
     "the roads to Kidal.", [("*", D, "*")]),
    ("urged-government-in-exile", "Kenya urged the government in exile to return to "
     "Mogadishu.", [("Kenya", D, "*")]),
    ("the-asker-is-not-where-they-govern", "The Arab League urged the government in "
     "Tripoli to protect the migrants held in Zawiya.",
     [("Arab League", "LOCATED_IN", "*")]),
    ("quoted-told-soldiers-at-gate", "\"Go back to your barracks,\" Colonel Assimi Diallo "
     "told the soldiers at the gate.", [("*", D, "*")]),
    ("quoted-question", "\"Will you hand them over?\" the minister asked Kinshasa.",
     [("*", D, "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_demand_addressed(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_demand_not_addressed(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
