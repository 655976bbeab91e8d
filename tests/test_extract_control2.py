"""Who holds which place, in further ways news tells it, each once short and once inside a
long wire sentence (a dateline, an attribution, an appositive, a date).

Read -> CONTROLS: a site taken "at" or "in" its town ("captured the militants' base at X",
"took over the police headquarters in X", "seized the command headquarters in X"), a
site whose control is taken with its town hung on the verb or after "in the village of"
("took control of the army base in X", "took control of the compound in the village of
X"), ground taken around a town ("retook the forest enclaves around X"), "secured the town
of X", "X, an area long controlled by Y", "X, a district controlled by Y", "Y has
controlled X, the capital of ..., since January", "troops said they had taken the
Y-held village of X" (the taker).

Must-nots: a raid or an attack on the site, an attempt, a failure, a loss, a denial, a
purpose ("were sent to secure X", "deployed to retake the villages around X"), a future,
"secured the release (the backing) of ...", a person captured near a town, shelling or
fleeing the villages around a town, "control of the situation", "a controlled explosion",
"X, where Y operates" (presence, not holding), people taken to a base, a post taken up.

Own sentences, with real or invented towns and groups from several regions."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found
from .test_extract_ground3 import held, never

C = "CONTROLS"
CDLF, RSF, TAL, AA = ("Cabo Delgado Liberation Front", "Rapid Support Forces", "Taliban",
                      "Arakan Army")


def read(case_id: str, text: str, expected: list[Triple]) -> Any:
    return pytest.param(text, expected, id=case_id)


READ: list[Any] = [
    # a site taken "at" or "in" its town
    read("captured-base-at",
         "Kenyan troops captured the militants' main base at Badhaadhe on Friday.",
         held("Kenyan forces", "Badhaadhe")),
    read("captured-base-at-long",
         "NAIROBI, Kenya (AP) - Kenyan troops serving with the African Union mission "
         "captured an al-Shabaab base at Kolbiyow near the Somali border on Friday, a "
         "military spokesman said, after two days of fighting in which 12 militants were "
         "killed.",
         held("Kenyan forces", "Kolbiyow")),
    read("took-over-headquarters-in",
         "The Taliban took over the police headquarters in Kunduz on Monday.",
         held(TAL, "Kunduz")),
    read("took-over-headquarters-in-long",
         "KABUL, Afghanistan (Reuters) - Taliban fighters took over the provincial police "
         "headquarters in Kunduz on Monday after government forces withdrew overnight, "
         "according to two local officials who spoke on condition of anonymity.",
         held(TAL, "Kunduz")),
    read("seized-command-headquarters-in",
         "The Arakan Army seized the junta's regional command headquarters in Buthidaung on "
         "Thursday.",
         held(AA, "Buthidaung")),
    read("overran-garrison-at-long",
         "The Arakan Army, which has fought the junta since late 2023, said on Sunday it had "
         "overrun the army's last garrison at Maungdaw after a siege of nearly six months, "
         "a claim that could not be independently verified.",
         held(AA, "Maungdaw")),
    read("captured-barracks-in",
         "The Rapid Support Forces captured the army barracks in Nyala on Thursday.",
         held(RSF, "Nyala")),
    # control of a site, its town on the verb or "in the village of"
    read("took-control-of-base-in",
         "The Rapid Support Forces took control of the army base in Nyala.",
         held(RSF, "Nyala")),
    read("took-control-of-base-in-long",
         "KHARTOUM, Sudan (AP) - The Rapid Support Forces said on Thursday they had taken "
         "full control of the army's 16th Infantry Division base in Nyala, the capital of "
         "South Darfur, after weeks of shelling that killed dozens of civilians.",
         held(RSF, "Nyala")),
    read("took-control-of-compound-in-village-of",
         "The Cabo Delgado Liberation Front took control of the compound in the village of "
         "Mbau.",
         held(CDLF, "Mbau")),
    read("took-control-of-compound-in-village-of-long",
         "PEMBA, Mozambique - Fighters of the Cabo Delgado Liberation Front took control of "
         "the government compound in the village of Mbau late on Saturday, burning the "
         "district offices and a clinic, according to a church group that works in the "
         "area.",
         held(CDLF, "Mbau")),
    read("took-control-of-station-in-town-of",
         "The Ogaden National Liberation Front took control of the police station in the "
         "town of Degehabur.",
         held("Ogaden National Liberation Front", "Degehabur")),
    # ground around a town
    read("retook-enclaves-around",
         "Somali troops retook the forest enclaves around Bulo Burde, the army said.",
         held("Somali forces", "Bulo Burde")),
    read("had-retaken-enclaves-around-long",
         "MOGADISHU, Somalia (Reuters) - Somali troops and allied clan militias had retaken "
         "the forest enclaves around Bulo Burde by Wednesday, a week after al-Shabaab "
         "fighters overran an army post there, a regional official told Reuters.",
         held("Somali forces", "Bulo Burde")),
    read("recaptured-villages-around",
         "Ugandan troops recaptured the villages around Kasindi after a week of clashes.",
         held("Ugandan forces", "Kasindi")),
    # "secured the town of X"
    read("secured-town-of",
         "Nigerian troops secured the town of Gwoza on Sunday.",
         held("Nigerian forces", "Gwoza")),
    read("secured-town-of-long",
         "MAIDUGURI, Nigeria (AP) - Nigerian troops secured the town of Gwoza on Sunday, "
         "three days after Boko Haram fighters had raised their flag over the emir's palace, "
         "a military spokesman said.",
         held("Nigerian forces", "Gwoza")),
    # a place described as held
    read("area-long-controlled-by",
         "Farmers returned to Walikale, an area long controlled by the Nduma Defence of "
         "Congo.",
         held("Nduma Defence of Congo", "Walikale")),
    read("area-long-controlled-by-long",
         "GOMA, Congo (AP) - Hundreds of families returned this week to Walikale, an area "
         "long controlled by the Nduma Defence of Congo, after the militia's leader agreed "
         "to let aid convoys through, the United Nations said.",
         held("Nduma Defence of Congo", "Walikale")),
    read("district-controlled-by",
         "Aid workers reached Mweso, a district controlled by the Raia Mutomboki, on "
         "Tuesday.",
         held("Raia Mutomboki", "Mweso")),
    read("has-controlled-capital-of-since",
         "The Arakan Army has controlled Paletwa, the capital of a township in Chin state, "
         "since January.",
         held(AA, "Paletwa")),
    read("has-controlled-capital-of-since-long",
         "DHAKA, Bangladesh (Reuters) - The Arakan Army, which says it is fighting for "
         "self-rule in Rakhine, has controlled Paletwa, the capital of a township in Chin "
         "state, since January, according to local residents.",
         held(AA, "Paletwa")),
    read("said-they-had-taken-held-village",
         "Congolese troops said they had taken the M23-held village of Kibati.",
         held("Democratic Republic of the Congo forces", "Kibati")),
]

NOT_READ: list[Any] = [
    # a raid or an attack is no holding
    never("raided-base-at",
          "Kenyan troops raided the militants' base at Badhaadhe on Friday.", ("*", C, "*")),
    never("raided-base-at-long",
          "NAIROBI, Kenya (AP) - Kenyan special forces raided an al-Shabaab base at Kolbiyow "
          "before dawn on Friday and flew back to their camp across the border, a military "
          "spokesman said.", ("*", C, "Kolbiyow")),
    never("attacked-base-at",
          "Kenyan troops attacked an al-Shabaab base at Kolbiyow on Friday.", ("*", C, "*")),
    never("stormed-headquarters-in",
          "Taliban fighters stormed the police headquarters in Kunduz on Monday.",
          ("*", C, "Kunduz")),
    # attempts, failures, losses, denials, aims
    never("tried-to-capture-base-at",
          "Kenyan troops tried to capture the al-Shabaab base at Kolbiyow on Friday.",
          ("*", C, "*")),
    never("failed-to-retake-base-in",
          "The Rapid Support Forces failed to retake the army base in Nyala.", ("*", C, "*")),
    never("lost-control-of-base-in",
          "The Rapid Support Forces lost control of the army base in Nyala.", ("*", C, "*")),
    never("lost-control-of-base-in-long",
          "KHARTOUM, Sudan (AP) - The Rapid Support Forces lost control of the army base in "
          "Nyala on Thursday after a week of air strikes, two residents said.",
          (RSF, C, "Nyala")),
    never("denied-capturing-garrison-at",
          "The Arakan Army denied capturing the army garrison at Maungdaw.",
          (AA, C, "Maungdaw")),
    never("denied-controlling",
          "The Arakan Army denied controlling Paletwa.", (AA, C, "Paletwa")),
    never("said-it-had-never-controlled",
          "The Arakan Army said it had never controlled Paletwa.", (AA, C, "Paletwa")),
    never("claim-the-group-denied",
          "The army said the Ogaden National Liberation Front controlled Degehabur, a claim "
          "the group denied.", ("*", C, "Degehabur")),
    never("will-take-garrison-at",
          "The Arakan Army will take the army garrison at Maungdaw, its leader said.",
          ("*", C, "*")),
    never("sent-to-secure",
          "Nigerian troops were sent to secure the town of Gwoza on Sunday.", ("*", C, "*")),
    never("sent-to-secure-long",
          "MAIDUGURI, Nigeria (AP) - Two battalions were sent on Sunday to secure the town "
          "of Gwoza, where Boko Haram fighters had raised their flag over the emir's palace, "
          "a military spokesman said.", ("*", C, "Gwoza")),
    never("deployed-to-retake-villages-around",
          "Somali troops were deployed to retake the villages around Bulo Burde.",
          ("*", C, "*")),
    never("moved-in-to-retake",
          "Ugandan troops moved in to retake Kasindi on Tuesday.", ("*", C, "*")),
    # other things secured, other people captured, ground only around
    never("secured-the-release-of",
          "Nigerian troops secured the release of 20 hostages near Gwoza on Sunday.",
          ("*", C, "*")),
    never("secured-the-backing-of",
          "Nigerian troops secured the backing of local vigilantes in Gwoza.", ("*", C, "*")),
    never("captured-commander-near",
          "Kenyan troops captured the militants' commander near Badhaadhe on Friday.",
          ("*", C, "*")),
    never("shelled-enclaves-around",
          "Somali troops shelled the forest enclaves around Bulo Burde.", ("*", C, "*")),
    never("fled-villages-around",
          "Thousands of families fled the villages around Bulo Burde.", ("*", C, "*")),
    never("took-journalists-to-base-at",
          "Taliban fighters took two journalists to the base at Kunduz.", ("*", C, "*")),
    never("took-up-post-in",
          "The new governor took up his post in Kunduz on Monday.", ("*", C, "*")),
    # figurative control, presence
    never("control-of-the-situation",
          "The police took control of the situation in Kunduz on Monday.", ("*", C, "*")),
    never("controlled-explosion-at-base",
          "Army engineers carried out a controlled explosion at the base in Kunduz.",
          ("*", C, "*")),
    never("where-operates",
          "Mweso, where the Raia Mutomboki operates, was quiet on Tuesday.", ("*", C, "*")),
    never("where-operates-long",
          "GOMA, Congo (AP) - Aid workers reached Mweso, a farming district where the Raia "
          "Mutomboki and several smaller militias operate, on Tuesday for the first time "
          "since March, the United Nations said.", ("*", C, "Mweso")),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_control_is_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), NOT_READ)
def test_control_must_nots(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
