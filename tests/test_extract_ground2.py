"""Ground held and lost, meetings and sanctions, in short sentences and in the long ones wire
copy prints (a title and an acronym around the names, a date, "in the northern town of X", a
participial tail, an appositive).

Ground: "overran (seized, took) the town (village, district) of X" -> CONTROLS X; "has held X
since January", "X, which it has controlled since 2023" -> CONTROLS; "X remains in Y's
hands", "X is under rebel control" (the one rebel group of the story), "the Y-held town of
X" -> CONTROLS; "Burundian troops pulled out of X", "Y soldiers abandoned their posts in X",
"Y forces withdrew from X" -> WITHDRAWS_FROM. Meetings: "met X and Y", "held separate talks
with X and Y", "met with leaders of X" -> MEETS_WITH each. Sanctions: "blacklisted both X and
Y", "X, whom the European Union placed under sanctions", "imposed an asset freeze on X and
Y" -> SANCTIONS each.

Must-nots: a place only where something happened ("clashes near the village of X"), ground
held before ("had controlled X until 2020"), troops leaving talks, a threat or a lifting of
sanctions, "met reporters", "met resistance", a denial, a hope, a question.

Own sentences, with invented groups, people and towns, so each case shows the construction."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

C, W, M, S = "CONTROLS", "WITHDRAWS_FROM", "MEETS_WITH", "SANCTIONS"
TREASURY = "United States Department of the Treasury"
ALA = "Arakan Liberation Army"
SUF, KA, TV, LH = "Sahel Unity Front", "Kivu Alliance", "Los Tigres del Valle", "Los Halcones"

GROUND: list[tuple[str, str, list[Triple]]] = [
    # taking a town named after "the town of"
    ("overran-town-of",
     "The Sahel Unity Front overran the town of Tessalit on Sunday.",
     [(SUF, C, "Tessalit")]),
    ("overran-town-of-long",
     "Fighters of the Sahel Unity Front (SUF), an alliance of armed factions, overran the "
     "town of Tessalit in the northern region of Kidal on Sunday, killing at least 12 "
     "soldiers, according to residents.",
     [(SUF, C, "Tessalit")]),
    ("acronym-overran-next-sentence",
     "The Sahel Unity Front (SUF) has fought the army since 2019. The SUF overran the town "
     "of Tessalit on Sunday.",
     [(SUF, C, "Tessalit")]),
    ("seized-district-of",
     "The Sahel Unity Front seized the district of Kaboro on Monday.",
     [(SUF, C, "Kaboro")]),
    ("seized-district-of-long",
     "The Sahel Unity Front (SUF), which says it defends herders, seized the district of "
     "Kaboro in central Mali on Monday after a three-day assault that left dozens dead, "
     "local officials said.",
     [(SUF, C, "Kaboro")]),
    ("took-village-of",
     "The Kivu Alliance took the village of Ngungu on Monday.",
     [(KA, C, "Ngungu")]),
    ("took-village-of-long",
     "Fighters of the Kivu Alliance, a coalition of armed groups backed by Kigali, took the "
     "village of Ngungu in North Kivu province on Monday, forcing thousands to flee toward "
     "Goma, according to aid workers.",
     [(KA, C, "Ngungu")]),
    # holding since
    ("has-held-since",
     "The Kivu Alliance has held Masisi since January.",
     [(KA, C, "Masisi")]),
    ("has-held-two-since-long",
     "The Kivu Alliance, a coalition of armed groups backed by Kigali, has held Masisi and "
     "Walikale since January, according to a United Nations report seen on Tuesday.",
     [(KA, C, "Masisi"), (KA, C, "Walikale")]),
    ("has-run-for-years",
     "The Kivu Alliance has run Bunia for two years.",
     [(KA, C, "Bunia")]),
    ("has-run-for-years-long",
     "The Kivu Alliance (KA), whose fighters are accused of abuses by rights groups, has run "
     "the town of Masisi for two years, collecting taxes at checkpoints, residents say.",
     [(KA, C, "Masisi")]),
    ("which-it-has-controlled-since",
     "The Kivu Alliance freed 20 prisoners in Masisi, which it has controlled since 2023.",
     [(KA, C, "Masisi")]),
    ("which-it-has-held-since-long",
     "The Tamil Eelam Front freed 20 prisoners on Tuesday in the northern town of "
     "Kilinochchi, which it has held since 2021, according to a statement from the group.",
     [("Tamil Eelam Front", C, "Kilinochchi")]),
    # in hands, under control, -held
    ("remains-in-hands",
     "Masisi remains in the hands of the Kivu Alliance.",
     [(KA, C, "Masisi")]),
    ("remains-in-army-hands-long",
     "The town of Uvira, on the northern tip of Lake Tanganyika, remains in the hands of the "
     "Kivu Alliance after a week of fighting that killed at least 30 people, officials said.",
     [(KA, C, "Uvira")]),
    ("under-rebel-control",
     "The Kivu Alliance has fought the army for a year. Masisi is under rebel control.",
     [(KA, C, "Masisi")]),
    ("held-town-of",
     "Fighting spread to the M30-held town of Rutongo on Friday.",
     [("M30", C, "Rutongo")]),
    ("held-town-of-long",
     "Shelling hit the Kivu Alliance-held town of Rutongo in North Kivu province on Friday, "
     "killing at least five civilians, according to a local rights group.",
     [(KA, C, "Rutongo")]),
    # leaving ground
    ("demonym-troops-pulled-out",
     "Burundian troops pulled out of Uvira on Friday.",
     [("Burundian forces", W, "Uvira")]),
    ("demonym-troops-pulled-out-long",
     "Burundian troops, deployed under a bilateral pact with Kinshasa in 2023, pulled out of "
     "the town of Uvira on Friday, hours after the Kivu Alliance reached its outskirts, "
     "according to residents.",
     [("Burundian forces", W, "Uvira")]),
    ("abandoned-posts-in",
     "Burundian soldiers abandoned their posts in Uvira on Friday.",
     [("Burundian forces", W, "Uvira")]),
    ("abandoned-positions-in-long",
     "Kenyan soldiers abandoned their positions in the border town of Dhobley on Thursday, "
     "leaving weapons and vehicles behind, according to local elders.",
     [("Kenyan forces", W, "Dhobley")]),
    ("forces-withdrew-from",
     "Kenyan forces withdrew from Dhobley on Friday.",
     [("Kenyan forces", W, "Dhobley")]),
    ("forces-withdrew-from-long",
     "Kenyan forces, part of the African Union mission in Somalia, withdrew from the town of "
     "Dhobley in the Lower Juba region on Friday, handing their bases to Somali troops, an "
     "army officer said.",
     [("Kenyan forces", W, "Dhobley")]),
    ("withdrew-after-a-demand",
     "Burundi withdrew its troops from Uvira after the Kivu Alliance demanded it.",
     [("Burundi", W, "Uvira")]),
    ("controls-two-territories",
     "The Kivu Alliance controls the Masisi and Rutshuru territories, according to a UN "
     "report.",
     [(KA, C, "Masisi"), (KA, C, "Rutshuru")]),
    ("controls-much-of-territory",
     "The Kivu Alliance controls much of Masisi territory.",
     [(KA, C, "Masisi")]),
    ("control-parts-of-two-districts-long",
     "Ethiopian troops, who entered the region during the 2020-2022 war, still control parts "
     "of the Irob and Alitena districts in northern Tigray, according to local officials.",
     [("Ethiopian forces", C, "Irob"), ("Ethiopian forces", C, "Alitena")]),
    ("runs-autonomous-region",
     "The Kivu Alliance now runs the Masisi autonomous region, and thousands of its fighters "
     "have been sent home.",
     [(KA, C, "Masisi")]),
    ("seized-control-of-two",
     "The Arakan Liberation Army seized control of Paletwa and Sittwe on Monday.",
     [(ALA, C, "Paletwa"), (ALA, C, "Sittwe")]),
    ("seized-control-of-two-long",
     "Troops of the Arakan Liberation Army (ALA), an ethnic armed group fighting Myanmar's "
     "junta, seized control of Paletwa and Sittwe in western Rakhine state on Monday, "
     "according to local media.",
     [(ALA, C, "Paletwa"), (ALA, C, "Sittwe")]),
    ("has-been-in-the-hands-of-since",
     "The town of Paletwa has been in the hands of the Arakan Liberation Army since 2022.",
     [(ALA, C, "Paletwa")]),
    ("has-controlled-town-of-since",
     "The Kivu Alliance has controlled the town of Masisi since January, according to a "
     "United Nations report.",
     [(KA, C, "Masisi")]),
    ("withdrew-from-posts-in-long",
     "Pakistani troops, deployed along the Afghan border since 2017, withdrew from their "
     "posts in the Lower Dir district on Friday after Taliban fighters shelled them, "
     "officials said.",
     [("Pakistani forces", W, "Lower Dir")]),
    ("pulled-out-of-positions-in",
     "Chadian troops pulled out of their positions in the town of Bardai on Sunday.",
     [("Chadian forces", W, "Bardai")]),
    ("pulled-back-from",
     "Hezbollah fighters pulled back from the village of Khiam on Sunday.",
     [("Hezbollah", W, "Khiam")]),
    ("fell-back-from-long",
     "Fighters of the Tarim Brigade, a militia loyal to the regional governor, fell back from "
     "the village of Qusayr in western Syria on Sunday after two days of air strikes, "
     "according to a war monitor.",
     [("Tarim Brigade", W, "Qusayr")]),
    ("retreated-from-town-long",
     "Fighters of the Tarim Brigade retreated from the town of Qusayr in western Syria on "
     "Sunday, leaving the town to the army, according to a war monitor.",
     [("Tarim Brigade", W, "Qusayr")]),
]

GROUND_NOT: list[tuple[str, str, list[Triple]]] = [
    ("clashes-near-village-of",
     "Clashes broke out near the village of Ngungu on Sunday.",
     [("*", C, "*")]),
    ("clashes-near-village-of-long",
     "Clashes between the Kivu Alliance and the army broke out near the village of Ngungu in "
     "North Kivu province on Sunday, killing at least eight people, according to residents.",
     [("*", C, "Ngungu")]),
    ("had-controlled-until",
     "The Kivu Alliance had controlled Masisi until 2020.",
     [("*", C, "*")]),
    ("had-controlled-until-long",
     "The Sahel Unity Front (SUF), an alliance of armed factions, had controlled the town of "
     "Tessalit until 2020, when French troops drove it into the desert, officials said.",
     [(SUF, C, "*")]),
    ("troops-withdrew-from-talks",
     "Burundian troops withdrew from the talks on Friday.",
     [("*", W, "*")]),
    ("did-not-pull-out",
     "Burundian troops did not pull out of Uvira on Friday, the army said.",
     [("*", W, "*")]),
    ("denied-abandoning-posts",
     "The army denied that Kenyan soldiers had abandoned their posts in Dhobley.",
     [("*", W, "*")]),
    ("could-overrun",
     "Officials fear the Sahel Unity Front could overrun the town of Tessalit within days.",
     [("*", C, "*")]),
    ("under-rebel-control-two-groups",
     "The Kivu Alliance and the Ruzizi Front have fought the army for a year. Masisi is under "
     "rebel control.",
     [("*", C, "*")]),
    ("abandoned-plans-in",
     "Kenyan soldiers abandoned their plans for a base in Dhobley on Friday.",
     [("*", W, "*")]),
    ("shelled-village-of",
     "The army shelled the village of Ngungu on Sunday.",
     [("*", C, "*")]),
    ("village-of-where-clashes",
     "Clashes erupted in the village of Ngungu, where the Kivu Alliance and the army traded "
     "fire.",
     [("*", C, "*")]),
    ("sought-to-seize",
     "The Kivu Alliance sought to seize the town of Masisi on Sunday.",
     [("*", C, "*")]),
    ("held-until-when",
     "The Kivu Alliance held the town of Masisi until March, when the army returned.",
     [("*", C, "*")]),
    ("which-held-until",
     "The Kivu Alliance, which held Masisi until 2020, now operates from the hills.",
     [("*", C, "*")]),
    ("hopes-to-run",
     "The Kivu Alliance hopes to run the town of Masisi within two years, its spokesman said.",
     [("*", C, "*")]),
    ("ran-until-when",
     "The Kivu Alliance ran the town of Masisi until 2020, when the army returned.",
     [("*", C, "*")]),
    ("demanded-that-withdraw",
     "The Kivu Alliance has repeatedly demanded that Burundi withdraw its troops from Uvira.",
     [("*", W, "*")]),
    ("insisted-that-pull-out-long",
     "The Kivu Alliance (KA), which has fought Kinshasa since 2021, insisted on Tuesday that "
     "Burundian troops pull out of the town of Uvira before any talks, a spokesman said.",
     [("*", W, "*")]),
    ("withdrew-from-the-race",
     "Burundian troops withdrew from the race for the regional command.",
     [("*", W, "*")]),
    ("pulled-back-the-wounded",
     "Chadian troops pulled back the wounded from the front and rested in the town of "
     "Bardai.",
     [("*", W, "*")]),
]

MEETINGS: list[tuple[str, str, list[Triple]]] = [
    ("met-two-objects",
     "Qatar's envoy Khalid al-Misnad met Bahati Kanyere and Joseph Mutombo in Doha.",
     [("Khalid al-Misnad", M, "Bahati Kanyere"), ("Khalid al-Misnad", M, "Joseph Mutombo")]),
    ("met-two-objects-long",
     "The African Union envoy, Khalid al-Misnad, met Bahati Kanyere, the leader of the Kivu "
     "Alliance, and Joseph Mutombo in Doha on Tuesday, according to a statement from his "
     "office.",
     [("Khalid al-Misnad", M, "Bahati Kanyere"), ("Khalid al-Misnad", M, "Joseph Mutombo")]),
    ("separate-talks-with-two",
     "Qatar held separate talks with the Kivu Alliance and the Ruzizi Front on Tuesday.",
     [("Qatar", M, KA), ("Qatar", M, "Ruzizi Front")]),
    ("separate-talks-with-two-long",
     "Qatar, which has mediated between the parties since 2024, held separate talks with the "
     "Kivu Alliance and the Ruzizi Front in Doha on Tuesday, two diplomats said.",
     [("Qatar", M, KA), ("Qatar", M, "Ruzizi Front")]),
    ("met-with-leaders-of",
     "Khalid al-Misnad met with leaders of the Kivu Alliance in Doha on Tuesday.",
     [("Khalid al-Misnad", M, KA)]),
    ("met-with-leaders-of-long",
     "Khalid al-Misnad, the African Union envoy for the Great Lakes, met with leaders of the "
     "Kivu Alliance in Doha on Tuesday to press for a ceasefire, his office said.",
     [("Khalid al-Misnad", M, KA)]),
    ("met-separately-with-two",
     "Khalid al-Misnad met separately with Bahati Kanyere and Joseph Mutombo in Doha.",
     [("Khalid al-Misnad", M, "Bahati Kanyere"), ("Khalid al-Misnad", M, "Joseph Mutombo")]),
    ("met-with-leaders-of-two",
     "Gustavo Petro met with the leaders of the Kivu Alliance and the Ruzizi Front in "
     "Caracas.",
     [("Gustavo Petro", M, KA), ("Gustavo Petro", M, "Ruzizi Front")]),
    ("met-with-leaders-of-two-long",
     "Colombian President Gustavo Petro, who has staked his term on ending the conflict, met "
     "with the leaders of the Kivu Alliance and the Ruzizi Front in Caracas on Tuesday, his "
     "office said.",
     [("Gustavo Petro", M, KA), ("Gustavo Petro", M, "Ruzizi Front")]),
]

MEETINGS_NOT: list[tuple[str, str, list[Triple]]] = [
    ("met-reporters",
     "Khalid al-Misnad met reporters in Doha on Tuesday.",
     [("*", M, "*")]),
    ("met-resistance",
     "Burundian troops met resistance near Uvira on Friday.",
     [("*", M, "*")]),
    ("met-stiff-resistance-from",
     "Burundian troops met stiff resistance from the Kivu Alliance near Uvira on Friday.",
     [("*", M, "*")]),
    ("refused-to-meet",
     "Bahati Kanyere refused to meet Khalid al-Misnad in Doha on Tuesday.",
     [("*", M, "*")]),
    ("will-meet",
     "Khalid al-Misnad hopes to meet Bahati Kanyere and Joseph Mutombo next month.",
     [("*", M, "*")]),
    ("met-his-death",
     "Khalid al-Misnad met his death in Doha in 2019.",
     [("*", M, "*")]),
]

SANCTIONS_CASES: list[tuple[str, str, list[Triple]]] = [
    ("blacklisted-both",
     "Washington blacklisted both Los Tigres del Valle and Los Halcones on Tuesday.",
     [("United States", S, TV), ("United States", S, LH)]),
    ("blacklisted-both-long",
     "The U.S. Treasury Department blacklisted both Los Tigres del Valle and Los Halcones, two "
     "gangs that control the port of Guayaquil, on Tuesday over drug trafficking, according "
     "to a statement.",
     [(TREASURY, S, TV), (TREASURY, S, LH)]),
    ("whom-placed-under-sanctions",
     "A court jailed Rodrigo Vela, whom the European Union placed under sanctions in 2022.",
     [("European Union", S, "Rodrigo Vela")]),
    ("whom-placed-under-sanctions-long",
     "Police in the southern city of Cali arrested Rodrigo Vela, a former commander of Los "
     "Halcones whom the European Union placed under sanctions in 2022, on Tuesday, the "
     "attorney general said.",
     [("European Union", S, "Rodrigo Vela")]),
    ("imposed-asset-freeze-on-two",
     "The European Union imposed an asset freeze on Los Tigres del Valle and Los Halcones on "
     "Tuesday.",
     [("European Union", S, TV), ("European Union", S, LH)]),
    ("imposed-asset-freeze-on-two-long",
     "The European Union, which has pressed Quito to curb the gangs, imposed an asset freeze "
     "and a travel ban on Los Tigres del Valle and Los Halcones on Tuesday, according to its "
     "official journal.",
     [("European Union", S, TV), ("European Union", S, LH)]),
    ("sanctioned-by-passive",
     "Rodrigo Vela was sanctioned by the European Union in 2022.",
     [("European Union", S, "Rodrigo Vela")]),
    ("who-was-sanctioned-by",
     "Rodrigo Vela, who was sanctioned by the European Union in 2022, was arrested in Cali on "
     "Tuesday.",
     [("European Union", S, "Rodrigo Vela")]),
    ("added-to-sanctions-list",
     "The United States added Los Halcones and Los Tigres del Valle to its sanctions list on "
     "Tuesday.",
     [("United States", S, LH), ("United States", S, TV)]),
    ("added-to-sanctions-list-long",
     "Canada, which has pressed Ecuador to curb the gangs since 2023, added Los Halcones, a "
     "drug-trafficking network based in the port city of Esmeraldas, to its sanctions list "
     "on Tuesday, according to a government notice.",
     [("Canada", S, LH)]),
    ("which-blacklisted",
     "Los Halcones, which the U.S. Treasury blacklisted in 2023, runs the port of "
     "Esmeraldas.",
     [("United States", S, LH)]),
]

SANCTIONS_NOT: list[tuple[str, str, list[Triple]]] = [
    ("threatened-to-sanction",
     "The European Union threatened to sanction Los Tigres del Valle.",
     [("*", S, "*")]),
    ("lifted-sanctions-on",
     "The European Union lifted sanctions on Los Tigres del Valle on Tuesday.",
     [("*", S, "*")]),
    ("lifted-sanctions-on-long",
     "The European Union, citing progress in talks, lifted sanctions on Los Tigres del Valle and "
     "Los Halcones on Tuesday, two years after it listed them, a spokesman said.",
     [("*", S, "*")]),
    ("called-for-an-asset-freeze",
     "Rights groups called for an asset freeze on Los Tigres del Valle and Los Halcones.",
     [("*", S, "*")]),
    ("did-not-blacklist",
     "Washington did not blacklist Los Tigres del Valle or Los Halcones on Tuesday.",
     [("*", S, "*")]),
    ("threatened-to-blacklist",
     "The European Union threatened to blacklist Los Halcones.",
     [("*", S, "*")]),
    ("eased-sanctions-on",
     "The European Union eased sanctions on Los Halcones on Tuesday.",
     [("*", S, "*")]),
    ("urged-to-sanction",
     "The United States urged Ecuador to sanction Los Halcones.",
     [("*", S, "*")]),
    ("called-for-sanctions-against",
     "Rights groups called for sanctions against Los Halcones and Los Tigres del Valle.",
     [("*", S, "*")]),
    ("added-to-list-of-partners",
     "Canada added Los Halcones to its list of groups invited to the talks.",
     [("*", S, "*")]),
    ("plans-to-sanction",
     "The European Union plans to sanction Los Halcones and Los Tigres del Valle next month.",
     [("*", S, "*")]),
]


# Cases not read yet, and why.
NOT_YET: dict[str, str] = {
    "control-parts-of-two-districts-long": "'parts of the X and Y districts' stands for the "
                                           "first name only: the second is not carried "
                                           "through 'parts of'",
    "under-rebel-control": "'rebel control' names no holder; the one rebel group of the story "
                           "is not looked up for a bare 'rebel' modifier",
}


def _cases(table: list[tuple[str, str, list[Triple]]]) -> list[Any]:
    """The table's cases, those in NOT_YET marked as expected failures."""
    return [pytest.param(*p.values, id=p.id, marks=pytest.mark.xfail(
        strict=True, reason=NOT_YET[p.id])) if p.id in NOT_YET else p for p in cases(table)]


@pytest.mark.parametrize(("text", "expected"), _cases(GROUND + MEETINGS + SANCTIONS_CASES))
def test_ground_meetings_and_sanctions_are_read(nlp: Language, text: str,
                                                expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"),
                         _cases(GROUND_NOT + MEETINGS_NOT + SANCTIONS_NOT))
def test_ground_meetings_and_sanctions_must_nots(nlp: Language, text: str,
                                                 forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
