"""Territory in the ways news tells it: who holds, takes or leaves a place or a facility
(CONTROLS, WITHDRAWS_FROM) and where a facility is (LOCATED_IN). Each form a reporter
uses (active, passive, a noun with "of"/"by", a "Y-held" compound, a relative clause,
apposition, reported speech, a long sentence with a date and a toll, a subject carried
from the sentence before) has its sentences; must-nots hold a failed or wanted capture,
a denial, a condition, a question, a claim the text rejects, a place that is only where
fighting was, a place lost, a person or a date in the place slot, a figurative "control"
and a siege. Own sentences, with names from many conflicts."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

C, W, L = "CONTROLS", "WITHDRAWS_FROM", "LOCATED_IN"

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # active verbs of taking and holding
    ("seized-town-with-toll",
     "The Rapid Support Forces seized the town of Babanusa in West Kordofan on Thursday after "
     "a three-day assault in which at least 40 soldiers were killed, local monitors said.",
     [("Rapid Support Forces", C, "Babanusa")]),
    ("captured-with-apposition",
     "The Arakan Army captured Maungdaw, a coastal township on the border with Bangladesh, in "
     "December after months of clashes with junta troops.",
     [("Arakan Army", C, "Maungdaw")]),
    ("overran-town",
     "M23 rebels overran Sake, a market town about 25 kilometres west of Goma, late on "
     "Tuesday, forcing thousands of families to flee east.",
     [("March 23 Movement", C, "Sake")]),
    ("retook-village-of",
     "Ukrainian troops retook the village of Robotyne in the southern Zaporizhzhia region in "
     "late August, the general staff said.",
     [("Ukrainian forces", C, "Robotyne")]),
    ("took-town-of",
     "Al-Shabaab fighters took the town of Mahas in central Somalia on Sunday, hours after "
     "government soldiers abandoned their positions there.",
     [("al-Shabaab", C, "Mahas")]),
    ("recaptured-capital-appos",
     "The Sudanese Armed Forces recaptured Wad Madani, the capital of Gezira state, on "
     "Saturday, ending more than a year of occupation.",
     [("Sudanese Armed Forces", C, "Wad Madani")]),
    ("captured-two-towns",
     "The Taliban captured Ghazni and Kandahar within a day of each other, leaving the "
     "government in Kabul with a shrinking hold on the south.",
     [("Taliban", C, "Ghazni"), ("Taliban", C, "Kandahar")]),
    ("occupied-for-years",
     "Ethiopian troops occupied the town of Badme for nearly two decades after the "
     "1998-2000 border war with Eritrea.",
     [("Ethiopian forces", C, "Badme")]),
    ("controls-much-of",
     "The Taliban now controls much of Helmand province, including the provincial capital, "
     "according to two local officials.",
     [("Taliban", C, "Helmand")]),
    ("controls-large-parts",
     "Al-Shabaab still controls large parts of Middle Shabelle despite an 18-month "
     "government offensive backed by clan militias.",
     [("al-Shabaab", C, "Middle Shabelle")]),
    # facilities
    ("handed-over-control-of-base",
     "The United States handed over control of Ain al-Asad air base to Iraqi forces in "
     "January, the Pentagon said.",
     [("Iraqi security forces", C, "Ain al-Asad air base")]),
    # passive
    ("passive-captured-by",
     "Bakhmut was captured by Wagner fighters in May after a ten-month battle that left tens "
     "of thousands dead on both sides.",
     [("Wagner Group", C, "Bakhmut")]),
    ("passive-seized-by",
     "The town of Sinjar was seized by the Islamic State in August 2014 and declared part of "
     "a caliphate by the group's leader.",
     [("Islamic State", C, "Sinjar")]),
    # nouns
    ("capture-of-by",
     "The capture of Lashio by the Myanmar National Democratic Alliance Army in August was "
     "the first loss of a regional command by the junta.",
     [("Myanmar National Democratic Alliance Army", C, "Lashio")]),
    ("possessive-seizure-of",
     "Hayat Tahrir al-Sham's seizure of Hama on Thursday left government forces holding only "
     "a thin strip along the coast, analysts said.",
     [("Hayat Tahrir al-Sham", C, "Hama")]),
    ("possessive-takeover-of",
     "Since the Taliban's takeover of Kabul in August 2021, women have been barred from most "
     "jobs in the civil service.",
     [("Taliban", C, "Kabul")]),
    ("fall-of-to",
     "Western diplomats said the fall of Zalingei to the Rapid Support Forces in October had "
     "opened the way to the rest of Darfur.",
     [("Rapid Support Forces", C, "Zalingei")]),
    ("stronghold-of",
     "Israeli aircraft struck Hezbollah's stronghold of Baalbek overnight, killing at least "
     "nine people, Lebanese health officials said.",
     [("Hezbollah", C, "Baalbek")]),
    # compounds
    ("controlled-compound",
     "Aid convoys have not reached Houthi-controlled Saada since March, the World Food "
     "Programme said in a statement on Tuesday.",
     [("Houthis", C, "Saada")]),
    ("demonym-occupied-compound",
     "Shelling killed seven civilians in Russian-occupied Horlivka on Sunday, the "
     "Moscow-installed mayor said.",
     [("Russia", C, "Horlivka")]),
    ("acronym-held-town-of",
     "Medics in the RSF-held town of Geneina reported at least 60 wounded after the drone "
     "strikes on Monday.",
     [("Rapid Support Forces", C, "Geneina")]),
    ("held-compound-name",
     "Residents fled Taliban-held Kunduz as government troops massed outside the city.",
     [("Taliban", C, "Kunduz")]),
    # relative clauses and participles
    ("relative-which-seized",
     "Bunagana, which M23 seized in June 2022, has become the group's main source of customs "
     "revenue on the Ugandan border.",
     [("March 23 Movement", C, "Bunagana")]),
    ("relative-which-recaptured",
     "Kupiansk, which Ukrainian forces recaptured in September 2022, has been under renewed "
     "attack since the summer.",
     [("Ukrainian forces", C, "Kupiansk")]),
    ("relative-which-controls",
     "The Arakan Army, which now controls most of northern Rakhine, said on Tuesday it would "
     "open talks with Bangladesh.",
     [("Arakan Army", C, "Rakhine")]),
    ("held-by-since",
     "Sirte, held by the Libyan National Army since 2020, lies on the front line between the "
     "rival administrations in Tripoli and Benghazi.",
     [("Libyan National Army", C, "Sirte")]),
    ("appos-city-controlled-by",
     "Residents of Raqqa, a city controlled by the Syrian Democratic Forces since 2017, "
     "protested against conscription on Monday.",
     [("Syrian Democratic Forces", C, "Raqqa")]),
    # "under control", "in control"
    ("under-acronym-control",
     "Most of Gezira is now under RSF control, according to the United Nations, which says "
     "nearly half a million people have fled.",
     [("Rapid Support Forces", C, "Gezira")]),
    ("under-possessive-control",
     "Large parts of Jubaland remain under al-Shabaab's control, aid agencies said.",
     [("al-Shabaab", C, "Jubaland")]),
    ("in-the-hands-of",
     "By the time aid workers reached it on Thursday, Kumba was in the hands of the Ambazonia "
     "Defence Forces, who had driven out two army units.",
     [("Ambazonia Defence Forces", C, "Kumba")]),
    ("fell-into-own-hands",
     "Sirte fell into Islamic State hands in early 2015 and stayed there until a US-backed "
     "offensive drove the group out a year later.",
     [("Islamic State", C, "Sirte")]),
    ("appos-a-stronghold",
     "Saudi jets struck Saada, a Houthi stronghold near the border, at least a dozen times "
     "on Sunday, residents said.",
     [("Houthis", C, "Saada")]),
    ("consolidated-control-over",
     "The Taliban consolidated their control over Kandahar within days of the government's "
     "collapse, according to residents reached by phone.",
     [("Taliban", C, "Kandahar")]),
    ("in-full-control-of",
     "The Malian army said on Sunday it was in full control of Anefis after two days of "
     "fighting with separatist groups.",
     [("Malian forces", C, "Anefis")]),
    # reported speech and claims
    ("said-it-had-captured",
     "The Arakan Army said on Monday it had captured Buthidaung after weeks of fighting, a "
     "claim the junta did not dispute.",
     [("Arakan Army", C, "Buthidaung")]),
    ("claimed-to-have-captured",
     "The Russian army claimed to have captured Avdiivka on Sunday, a day after Ukrainian "
     "commanders admitted the town was under heavy pressure.",
     [("Russian Armed Forces", C, "Avdiivka")]),
    ("according-to-seized",
     "According to local officials, al-Shabaab fighters seized El Bur late on Wednesday and "
     "raised their flag over the district offices.",
     [("al-Shabaab", C, "El Bur")]),
    ("fell-to-after-siege",
     "After a siege of nearly four months, Avdiivka fell to Russian forces in February, the "
     "biggest gain for Moscow since Bakhmut.",
     [("Russian forces", C, "Avdiivka")]),
    # a subject carried from the sentence before
    ("carried-the-group",
     "Hayat Tahrir al-Sham launched its offensive from Idlib in late November. Within a week "
     "the group had taken Aleppo and was advancing on Hama.",
     [("Hayat Tahrir al-Sham", C, "Aleppo")]),
    # leaving a place
    ("withdrew-from-city",
     "Ethiopian forces withdrew from Mekelle on Monday, eight months after entering the city, "
     "and local fighters raised their flag over the regional council.",
     [("Ethiopian forces", W, "Mekelle")]),
    ("pulled-fighters-out-of",
     "The Wagner Group pulled its fighters out of Bakhmut in late May and handed their "
     "positions to the regular army.",
     [("Wagner Group", W, "Bakhmut")]),
    ("retreated-from",
     "Ukrainian forces retreated from Avdiivka in February to avoid encirclement, the "
     "commander-in-chief said.",
     [("Ukrainian forces", W, "Avdiivka")]),
    ("possessive-withdrawal-from",
     "France's withdrawal from Niger was completed in December, ending a decade of "
     "counter-insurgency operations in the Sahel.",
     [("France", W, "Niger")]),
    ("completed-its-withdrawal",
     "MINUSMA completed its withdrawal from Mali on 31 December after a decade in the "
     "country.",
     [("MINUSMA", W, "Mali")]),
    ("withdrew-troops-from-town",
     "Uganda withdrew most of its troops from Bunia in 2003 after a deal brokered by the "
     "United Nations.",
     [("Uganda", W, "Bunia")]),
    ("said-it-had-pulled-out",
     "Russia said on Thursday it had pulled its peacekeepers out of Karabakh after the "
     "fighting ended.",
     [("Russia", W, "Karabakh")]),
    ("relative-which-abandoned",
     "Kherson, which Russian forces abandoned in November 2022, has been shelled almost "
     "daily from across the river.",
     [("Russian forces", W, "Kherson")]),
    # where a facility is
    ("facility-in-province",
     "Drones struck Ain al-Asad air base in Anbar province overnight, two Iraqi security "
     "officials said.",
     [("Ain al-Asad air base", L, "Anbar")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("tried-to-seize",
     "M23 rebels tried to seize Sake on Tuesday but were pushed back by Congolese troops and "
     "their Burundian allies.",
     [("*", C, "Sake")]),
    ("attempt-to-recapture",
     "The Sudanese Armed Forces' attempt to recapture Wad Madani in March collapsed within "
     "days, officers said.",
     [("*", C, "Wad Madani")]),
    ("vowed-to-retake",
     "The junta vowed to retake Paletwa from the Arakan Army before the rains.",
     [("*", C, "Paletwa")]),
    ("preparing-to-seize",
     "Russia is preparing to seize Pokrovsk, Ukrainian officials warned on Friday.",
     [("*", C, "Pokrovsk")]),
    ("relative-failed-to-capture",
     "Sake, which M23 failed to capture in February, is now guarded by Burundian troops.",
     [("*", C, "Sake")]),
    ("denied-it-had-captured",
     "The Arakan Army denied that it had captured Sittwe, saying fighting continued on the "
     "outskirts of the state capital.",
     [("Arakan Army", C, "Sittwe")]),
    ("have-not-taken",
     "Houthi fighters have not taken Marib despite a two-year offensive that has killed "
     "thousands.",
     [("Houthis", C, "Marib")]),
    ("if-they-capture",
     "If the Rapid Support Forces capture El Obeid, the road to Khartoum will be open, a "
     "senior officer warned.",
     [("Rapid Support Forces", C, "El Obeid")]),
    ("whether-could-hold",
     "Analysts asked whether the Taliban could hold Kunduz for long.",
     [("Taliban", C, "Kunduz")]),
    ("false-report-of-seizure",
     "Reports that al-Shabaab had seized Beledweyne were false, the regional governor said on "
     "Friday.",
     [("al-Shabaab", C, "Beledweyne")]),
    ("fighting-in",
     "Heavy fighting between the Rapid Support Forces and the army raged in El Fasher on "
     "Sunday, killing at least 20 civilians.",
     [("*", C, "El Fasher")]),
    ("lost-to",
     "The Sudanese Armed Forces lost Wad Madani to the Rapid Support Forces in December 2023.",
     [("Sudanese Armed Forces", C, "Wad Madani")]),
    ("lost-when-retaken",
     "Russia lost Kherson in November 2022 when Ukrainian forces retook the city.",
     [("Russia", C, "Kherson")]),
    ("loss-of",
     "The army's loss of Tessalit to the separatists shook the junta in Bamako.",
     [("*", C, "Tessalit")]),
    ("seized-the-initiative-date",
     "Hayat Tahrir al-Sham seized the initiative in late November, when the army was "
     "stretched thin.",
     [("Hayat Tahrir al-Sham", C, "*")]),
    ("captured-a-person",
     "Al-Shabaab captured Abdi Warsame, a district commissioner, on the road to Afgoye.",
     [("al-Shabaab", C, "Abdi Warsame")]),
    ("controls-a-trade",
     "Wagner controls a large share of the gold trade in Mali, according to a report by "
     "investigators.",
     [("Wagner Group", C, "Mali")]),
    ("controls-the-narrative",
     "Critics argue that Hezbollah controls the narrative in Lebanon's media.",
     [("Hezbollah", C, "*")]),
    ("besieged-city",
     "The Rapid Support Forces besieged El Fasher for more than a year before the army "
     "broke the blockade.",
     [("Rapid Support Forces", C, "El Fasher")]),
    ("besieged-compound",
     "Food ran out in RSF-besieged El Fasher in August, doctors said.",
     [("Rapid Support Forces", C, "El Fasher")]),
    ("plans-to-retake",
     "Ukraine abandoned plans to retake Crimea in 2024, officials said.",
     [("*", C, "Crimea")]),
    ("offensive-to-recapture",
     "Ukrainian forces launched an offensive to recapture Kupiansk in May.",
     [("*", C, "Kupiansk")]),
    ("took-a-person-to",
     "Al-Shabaab fighters took Abdi Warsame to a camp outside Jilib on Tuesday.",
     [("al-Shabaab", C, "*")]),
    ("took-a-person-hostage",
     "The Houthis took Ali Nasser hostage near Hodeidah in March.",
     [("Houthis", C, "*")]),
    ("demonym-made",
     "A Russian-made drone hit Kharkiv overnight.",
     [("Russia", C, "Kharkiv")]),
    ("near-a-stronghold",
     "Saudi jets struck Saada, a city near a Houthi stronghold, on Sunday, residents said.",
     [("Houthis", C, "Saada")]),
    ("in-the-sights-of",
     "By Thursday Kumba was in the sights of the Ambazonia Defence Forces, officials warned.",
     [("*", C, "Kumba")]),
    ("refused-to-withdraw",
     "Russian forces refused to withdraw from the Zaporizhzhia Nuclear Power Plant despite "
     "repeated calls by inspectors.",
     [("*", W, "*")]),
    ("threatened-to-pull-out",
     "Ethiopia threatened to pull its troops out of Somalia if the new mission excluded them.",
     [("Ethiopia", W, "Somalia")]),
    ("denied-withdrawing",
     "Ukraine's army denied that its troops had withdrawn from Chasiv Yar, saying the town "
     "was still contested.",
     [("*", W, "Chasiv Yar")]),
    ("demanded-withdrawal",
     "Mali's junta demanded the withdrawal of MINUSMA from Mali in June.",
     [("MINUSMA", W, "Mali")]),
    ("withdrew-an-offer",
     "The Tatmadaw withdrew its offer of a ceasefire to the Arakan Army on Friday.",
     [("Tatmadaw", W, "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_territory_is_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_territory_must_nots(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
