"""Who holds a place, told as a standing hold or a retaking, each once short and once inside
a long wire sentence (a dateline, an attribution, an appositive, a date).

Read -> CONTROLS: "the district, which Y has controlled for two decades", "Y has controlled
X since January", "X remains in the hands of Y" (also "most of X", a capital as its city),
"what remains in the hands of Y are A, B and C", "X is held by Y", "Y's forces hold A and
B", "regained (retook, recaptured) control of A and B" (each place, also where the
parser makes "retook" a compound of "control"), "took control of the A-B section of Route
9" (the road), "police describe Y as controlling much of X" (Y, not the police), "the
Y-held town of X, which the army said it had taken" (the army, and no longer Y).

Must-nots: an attempt, a threat, a failure, a loss, a hypothetical, a denial, a negation,
"control" as restraint ("a controlled explosion", "a controlled burn", "control of the
situation"), a person or a family as holder of a business, another act described ("as
recruiting in X"), the describer as holder.

Own sentences, with real towns and invented or real groups from several regions."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found
from .test_extract_control2 import C, read
from .test_extract_ground3 import held, never

ETH, COL, SUD, MAL = ("Ethiopian forces", "Colombian forces", "Sudanese forces",
                      "Malian forces")


READ: list[Any] = [
    # a standing hold, told in a relative clause or with its length
    read("area-of-city-long-controlled-by",
         "Gunmen raided Kibera, an area of the city long controlled by the Mungiki "
         "Brotherhood.", held("Mungiki Brotherhood", "Kibera")),
    read("which-has-controlled-for",
         "The district of Kalemie, which the Tanganyika Defence Brigade has controlled for "
         "two decades, was shelled overnight.",
         held("Tanganyika Defence Brigade", "Kalemie")),
    read("which-has-controlled-for-long",
         "KINSHASA, Congo (Reuters) - The district of Kalemie, which the Tanganyika Defence "
         "Brigade has controlled for two decades according to United Nations experts, was "
         "shelled overnight, residents said on Wednesday.",
         held("Tanganyika Defence Brigade", "Kalemie")),
    read("faction-that-has-controlled",
         "The Lord's Resistance Army, the faction that has controlled Obo for more than "
         "twenty years, denied the report.", held("Lord's Resistance Army", "Obo")),
    read("has-controlled-since",
         "The Chin National Front has controlled Falam since January.",
         held("Chin National Front", "Falam")),
    read("has-controlled-since-long",
         "YANGON, Myanmar (AP) - The Chin National Front, an ethnic armed group that "
         "signed a truce in 2015, has controlled Falam since January, two residents told "
         "The Associated Press on Thursday.", held("Chin National Front", "Falam")),
    # in someone's hands
    read("remains-in-hands-of",
         "Dawei remains in the hands of the Tenasserim Defence Army.",
         held("Tenasserim Defence Army", "Dawei")),
    read("remains-in-hands-of-long",
         "YANGON, Myanmar (Reuters) - Dawei, a port town on the Andaman coast, remains in "
         "the hands of the Tenasserim Defence Army, two residents said on Thursday.",
         held("Tenasserim Defence Army", "Dawei")),
    read("most-of-capital-remains-in-hands",
         "Most of Bamako remains in the hands of the Malian army.", held(MAL, "Bamako")),
    read("much-of-capital-in-hands",
         "Much of Lima is in the hands of the Tumbes Front.", held("Tumbes Front", "Lima")),
    read("what-remains-in-hands-each",
         "What remains in the hands of the Taliban are Kunduz and Herat.",
         held("Taliban", "Kunduz", "Herat")),
    read("what-remains-in-hands-each-long",
         "BAMAKO, Mali (AP) - After a week of air strikes, what remains in the hands of "
         "the Azawad Liberation Front are Kidal, Gao and Menaka, a military source said.",
         held("Azawad Liberation Front", "Kidal", "Gao", "Menaka")),
    # held, hold
    read("is-held-by",
         "Mosul is held by the Islamic State.", held("Islamic State", "Mosul")),
    read("has-been-held-by-since-long",
         "BAGHDAD (Reuters) - Mosul, Iraq's second city, has been held by the Islamic "
         "State since June, officials in Erbil said on Monday.",
         held("Islamic State", "Mosul")),
    read("troops-have-held-since",
         "Turkish troops have held Kyrenia since 1974.", held("Turkish forces", "Kyrenia")),
    read("forces-hold-each",
         "The Tigray Defence Forces' fighters hold Alamata and Korem.",
         held("Tigray Defence Forces", "Alamata", "Korem")),
    # regained, retook, recaptured, seized control
    read("regained-control-of-each",
         "Ethiopian troops regained control of Alamata and Korem on Sunday.",
         held(ETH, "Alamata", "Korem")),
    read("retook-control-of-each",
         "The Sudanese army retook control of Wad Madani and Sennar.",
         held(SUD, "Wad Madani", "Sennar")),
    read("retook-control-of-long",
         "KHARTOUM, Sudan (Reuters) - The Sudanese army retook control of Wad Madani and "
         "Sennar on Saturday after a week of fighting with the Rapid Support Forces, the "
         "army's spokesman said.", held(SUD, "Wad Madani", "Sennar")),
    read("recaptured-control-of",
         "The Sudanese army recaptured control of Sennar on Monday.", held(SUD, "Sennar")),
    read("retook-control-after-fighting",
         "Colombian troops retook control of Barbacoas after a week of fighting, the "
         "defence ministry said.", held(COL, "Barbacoas")),
    read("kurdish-retook-control",
         "Kurdish fighters retook control of Kobani and Tal Abyad on Monday after a week "
         "of clashes, a spokesman said.",
         held("Kurdish militants", "Kobani", "Tal Abyad")),
    read("took-control-of-section-of-road",
         "The Peshmerga took control of the Sinjar-Tal Afar section of Route 47.",
         held("Peshmerga", "Route 47")),
    read("seized-control-of-section-of-road-long",
         "ERBIL, Iraq (AP) - Kurdish fighters seized control of the Hasakah-Qamishli "
         "section of Route 7 on Friday, cutting a supply line, a monitor said.",
         held("Kurdish militants", "Route 7")),
    read("lost-control-to",
         "The Ogaden Front lost control of Gode to Ethiopian troops.", held(ETH, "Gode")),
    # described as controlling
    read("described-as-controlling-much-of",
         "Police describe the Barrio Norte Alliance as controlling much of Palmira.",
         held("Barrio Norte Alliance", "Palmira")),
    read("described-as-controlling-capital-and-parts",
         "Police describe the Tren de Aragua as controlling much of Caracas and parts of "
         "Maracay.", held("Tren de Aragua", "Caracas", "Maracay")),
    read("holds-most-of-and-parts-of",
         "The Houthis hold most of Sanaa and parts of Taiz.",
         held("Houthis", "Sanaa", "Taiz")),
    read("holds-most-of-and-parts-of-long",
         "ADEN, Yemen (Reuters) - The Houthis, who seized the capital in 2014, still hold "
         "most of Sanaa and parts of Taiz, according to a United Nations report released "
         "on Wednesday.", held("Houthis", "Sanaa", "Taiz")),
    read("seen-as-controlling",
         "Officials see the Rahanweyn Militia as controlling most of Baidoa.",
         held("Rahanweyn Militia", "Baidoa")),
    read("seen-as-controlling-valley",
         "Analysts see Hezbollah as controlling the Bekaa Valley.",
         held("Hezbollah", "Bekaa Valley")),
    read("which-police-describe-as-controlling",
         "The Barrio Norte Alliance, which police describe as controlling much of Palmira, "
         "denied the claim.", held("Barrio Norte Alliance", "Palmira")),
    read("described-by-police-as-controlling",
         "The Tren de Aragua is described by police as controlling much of Maracay.",
         held("Tren de Aragua", "Maracay")),
    read("controls-much-of-capital",
         "The Tumbes Front controls much of Lima.", held("Tumbes Front", "Lima")),
    # the taker of a place held by another
    read("held-village-which-army-had-taken",
         "Congolese troops entered the M23-held village of Lubero, which the army said it "
         "had taken.", held("Democratic Republic of the Congo forces", "Lubero")),
    read("recaptured-rebel-held",
         "Malian troops recaptured rebel-held Kidal on Friday.", held(MAL, "Kidal")),
    read("held-town-kept-when-failed-to-take",
         "Drones struck the M23-held town of Rubaya, which the army said it had failed "
         "to take.", held("March 23 Movement", "Rubaya")),
]

NOT_READ: list[Any] = [
    # attempts, threats, failures, losses, hypotheticals
    never("tried-to-take-control",
          "The army tried to take control of Menaka.", ("*", C, "*")),
    never("threatened-to-seize",
          "The Azawad Front threatened to seize Menaka.", ("*", C, "*")),
    never("failed-to-retake",
          "The army failed to retake Menaka.", ("*", C, "*")),
    never("failed-to-regain-control",
          "The army failed to regain control of Menaka.", ("*", C, "*")),
    never("tried-to-retake-control-long",
          "BAMAKO, Mali (Reuters) - Malian troops tried on Sunday to retake control of "
          "Menaka and Gao, a military source said, but were pushed back.", ("*", C, "*")),
    never("lost-control-of",
          "The army lost control of Menaka.", ("*", C, "*")),
    never("lost-control-to-not-loser",
          "The Ogaden Front lost control of Gode to Ethiopian troops.",
          ("Ogaden Front", C, "*")),
    never("would-control",
          "The Azawad Front would control Menaka under the plan.", ("*", C, "*")),
    never("may-soon-hold",
          "The Ogaden Front's forces may soon hold Gode.", ("*", C, "*")),
    never("denied-it-had-retaken-control",
          "The army denied that it had retaken control of Menaka.", ("*", C, "*")),
    # a negation
    never("does-not-control",
          "The Azawad Front does not control Menaka.", ("*", C, "*")),
    never("no-longer-in-hands-of",
          "Kidal no longer remains in the hands of the Azawad Front.", ("*", C, "*")),
    never("not-in-hands-of",
          "Gode is not in the hands of the Ogaden Front.", ("*", C, "*")),
    never("no-longer-described-as-controlling",
          "Police no longer describe the Tren de Aragua as controlling Maracay.",
          ("*", C, "*")),
    never("shelled-most-of-and-parts-of",
          "Houthi gunners shelled most of Marib and parts of Taiz.", ("*", C, "*")),
    # control as restraint or over no place
    never("controlled-explosion",
          "Engineers carried out a controlled explosion in Menaka.", ("*", C, "*")),
    never("controlled-burn",
          "Firefighters set a controlled burn near Menaka.", ("*", C, "*")),
    never("retook-control-of-situation",
          "The police retook control of the situation in Menaka.", ("*", C, "*")),
    # a person or a family as holder
    never("family-controls-business",
          "The Mendoza family controls the business in Oaxaca.", ("*", C, "*")),
    never("family-described-as-controlling-business",
          "Police describe the Mendoza family as controlling the cement business in "
          "Oaxaca.", ("*", C, "*")),
    # another act described, and never the describer
    never("described-as-recruiting",
          "Police describe the Barrio Norte Alliance as recruiting in much of Palmira.",
          ("*", C, "*")),
    never("described-as-trying-to-control",
          "Police describe the Barrio Norte Alliance as trying to control Palmira.",
          ("*", C, "*")),
    never("describer-is-not-holder",
          "Police describe the Tren de Aragua as controlling much of Caracas and parts of "
          "Maracay.", ("Venezuelan police", C, "*")),
    never("describer-is-not-holder-relative",
          "The Barrio Norte Alliance, which police describe as controlling much of "
          "Palmira, denied the claim.", ("Colombian police", C, "*")),
    # the side named in "X-held" after the place was taken
    never("held-village-taken-since",
          "Congolese troops entered the M23-held village of Lubero, which the army said it "
          "had taken.", ("March 23 Movement", C, "Lubero")),
    never("recaptured-rebel-held-not-rebels",
          "Malian troops recaptured Azawad Front-held Kidal on Friday.",
          ("Azawad Front", C, "Kidal")),
    never("held-town-not-the-attacker",
          "Malian troops shelled the Azawad Front-held town of Menaka on Sunday.",
          (MAL, C, "*")),
    # a capital held is its city, not the state
    never("much-of-capital-not-state",
          "The Tumbes Front controls much of Lima.", ("*", C, "Peru")),
    never("most-of-capital-not-state",
          "Most of Bamako remains in the hands of the Malian army.", ("*", C, "Mali")),
    never("section-of-road-not-the-towns",
          "The Peshmerga took control of the Sinjar-Tal Afar section of Route 47.",
          ("*", C, "Sinjar")),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_control_is_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), NOT_READ)
def test_control_must_nots(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)

