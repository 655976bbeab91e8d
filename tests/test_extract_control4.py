"""Who holds a place, told by describing the place or the holder, each once short and once
inside a long wire sentence (a dateline, an attribution, an appositive, a date).

Read -> CONTROLS: "X, a town held by Y since 2023", "the Y-controlled mining town of X"
(a word between the participle and the town noun), "Y is believed (said, thought) to
control X", "Y, which controls most of the X zone" (a zone is a place noun), "accuse Y of
controlling X", "Y is accused (suspected) of holding X", "the army retook X from Y" (the
taker, also where the tagger reads "retook" as a noun), "regained X", "Since 1966 A's
troops have held X", "A has held X since 1992", "troops of A hold X" (the state of the
troops; the town typed as ground where the model read a person or nothing).

Must-nots: "held a meeting (talks, a ceremony, hostages) in X", a person held by police
or a court, an attempt, a failure, a hope, a denial, a negation, a time still to come
("once Y controls X, the port will close"), a holding told as over
("which once controlled X", "formerly held by Y", "controlled by Y until Z seized it"),
the side a place was retaken from, "the Y-held prisoners", "controls the purse strings",
"the drug trade in X", a place inside a group's name ("the Kidal Liberation Front holds
Menaka": not Kidal), the towns at the ends of a road taken ("the road between A and B":
a road with no name is no place in the graph, and its towns are not held).

Own sentences, with real towns and invented or real groups from several regions."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found
from .test_extract_control2 import C, read
from .test_extract_ground3 import held, never

SUD, MAL, ETH, IND = ("Sudanese forces", "Malian forces", "Ethiopian forces", "Indian forces")
DRC = "Democratic Republic of the Congo forces"


READ: list[Any] = [
    # a place described as held, with the time since
    read("town-held-by-since",
         "Gunmen attacked Kalo, a town held by the Mbeya Liberation Front since 2023.",
         held("Mbeya Liberation Front", "Kalo")),
    read("town-held-by-since-long",
         "NIAMEY (AP) - In Tillaberi, a town held by the Liptako Brigade since 2022 "
         "according to local officials, gunmen killed four people on Sunday.",
         held("Liptako Brigade", "Tillaberi")),
    read("port-held-by-since-opening",
         "In Kalemie, a port held by the Tanganyika Defence Brigade since March, residents "
         "fled.", held("Tanganyika Defence Brigade", "Kalemie")),
    # "the Y-controlled <kind> town of X"
    read("controlled-mining-town-of",
         "Drones hit the M23-controlled mining town of Rubaya on Monday.",
         held("March 23 Movement", "Rubaya")),
    read("controlled-border-town-of-long",
         "GOMA, Congo (Reuters) - Congolese drones on Monday hit the M23-controlled border "
         "town of Bunagana, where the rebels collect customs duties, two residents said.",
         held("March 23 Movement", "Bunagana")),
    read("held-desert-town-of",
         "Fighters moved into the Azawad Front-held desert town of Menaka overnight.",
         held("Azawad Front", "Menaka")),
    # believed, said, thought to control
    read("believed-to-control",
         "The Gulf Clan is believed to control Turbo.", held("Gulf Clan", "Turbo")),
    read("widely-believed-to-control-long",
         "BOGOTA, Colombia (AP) - The Gulf Clan, the country's largest drug trafficking "
         "group, is widely believed to control Turbo and much of the Uraba region, according "
         "to a police report seen by The Associated Press.",
         held("Gulf Clan", "Turbo", "Uraba")),
    read("said-to-control-most-of",
         "The Arakan Army is said to control most of Rakhine.", held("Arakan Army", "Rakhine")),
    read("thought-to-control-each",
         "MEDELLIN, Colombia (AP) - The Gulf Clan, a drug trafficking group, is thought to "
         "control Turbo and Apartado, according to police.",
         held("Gulf Clan", "Turbo", "Apartado")),
    # which controls most of the X zone (territory, province)
    read("which-controls-most-of-zone",
         "The Oromo Liberation Army, which controls most of the West Wollega zone, denied "
         "the report.", held("Oromo Liberation Army", "West Wollega")),
    read("which-controls-much-of-region-long",
         "ADDIS ABABA, Ethiopia (AP) - The Oromo Liberation Army, which controls much of "
         "western Oromia according to diplomats, on Monday denied any role in the killings.",
         held("Oromo Liberation Army", "Oromia")),
    read("which-controls-most-of-territory",
         "The Kivu Defence League, which controls most of the Masisi territory, rejected "
         "the deal.", held("Kivu Defence League", "Masisi")),
    # accused or suspected of holding
    read("accuse-of-controlling",
         "Officials in Goma accuse the Kivu Defence League of controlling Masisi.",
         held("Kivu Defence League", "Masisi")),
    read("accuse-of-controlling-of-on-noun",
         "Authorities accuse the Gulf Clan of controlling Turbo.", held("Gulf Clan", "Turbo")),
    read("accused-of-controlling-passive-each",
         "The Gulf Clan is accused of controlling Turbo and Necocli.",
         held("Gulf Clan", "Turbo", "Necocli")),
    read("suspected-of-holding",
         "The Gulf Clan is suspected of holding Turbo.", held("Gulf Clan", "Turbo")),
    read("accused-of-controlling-long",
         "GOMA, Congo (Reuters) - Officials in North Kivu on Tuesday accused the Kivu "
         "Defence League of controlling the town of Masisi, a claim the group's spokesman "
         "rejected.",
         held("Kivu Defence League", "Masisi")),
    # retaken from another: the taker holds it now
    read("army-retook-from",
         "The Malian army retook Kidal from the Azawad Front after a week of fighting.",
         held(MAL, "Kidal")),
    read("army-retook-from-long",
         "BAMAKO, Mali (Reuters) - The Malian army retook Kidal from the Azawad Front after "
         "a week of fighting, the army said on Tuesday.", held(MAL, "Kidal")),
    read("troops-retook-from",
         "Ethiopian troops retook Gode from the Ogaden Front.", held(ETH, "Gode")),
    read("troops-said-had-taken-rebel-held",
         "GOMA, Congo (Reuters) - Congolese troops said on Sunday they had taken the "
         "rebel-held village of Kibati after two days of fighting, according to an army "
         "spokesman.", held(DRC, "Kibati")),
    read("regained",
         "Sudanese troops regained Sennar on Monday.", held(SUD, "Sennar")),
    read("regained-long",
         "KHARTOUM, Sudan (Reuters) - The Sudanese army on Saturday regained Sennar, a city "
         "it lost to the Rapid Support Forces in June, the army's spokesman said.",
         held(SUD, "Sennar")),
    read("regained-from-two-word-town",
         "The Sudanese army regained Wad Madani from the Rapid Support Forces.",
         held(SUD, "Wad Madani")),
    read("after-recaptured-then-returned",
         "After the Sudanese army recaptured Sennar, the refugees returned.",
         held(SUD, "Sennar")),
    # a state's troops have held a place since a year
    read("since-year-states-troops-have-held",
         "Since 1966 India's troops have held Kargil.", held(IND, "Kargil")),
    read("troops-of-state-have-held-since",
         "Troops of Morocco have held Smara since 1976.", held("Moroccan forces", "Smara")),
    read("state-has-held-since",
         "Kenya has held Kismayo since 2012.", held("Kenya", "Kismayo")),
    read("state-has-held-since-two",
         "Armenia has held Shusha since 1992.", held("Armenia", "Shusha")),
    read("state-which-has-held-since-long",
         "RABAT (Reuters) - Morocco, which has held Smara since 1976, said on Monday it "
         "would not negotiate over the town, according to state media.",
         held("Morocco", "Smara")),
    read("troops-of-army-have-held-long",
         "Since 2019, troops of the Rwandan army have held Kibumba, a hill town north of "
         "Goma.", held("Rwandan forces", "Kibumba")),
    read("group-has-held-untagged-town",
         "The Arakan Army has held Paletwa since 2024, residents say.",
         held("Arakan Army", "Paletwa")),
    read("group-has-held-untagged-town-long",
         "SITTWE, Myanmar (Reuters) - The Arakan Army, an ethnic armed group, has held "
         "Paletwa since January, according to two residents reached by telephone on "
         "Tuesday.", held("Arakan Army", "Paletwa")),
]

NOT_READ: list[Any] = [
    # "hold" of a meeting, talks, a ceremony, hostages, a person
    never("held-a-meeting-in",
          "The Azawad Front held a meeting in Kidal on Sunday.", ("*", C, "*")),
    never("holds-talks-in",
          "The Ogaden Front holds talks in Gode with the elders.", ("*", C, "*")),
    never("held-hostages-in",
          "The Azawad Front held hostages in Kidal for months.", ("*", C, "*")),
    never("held-residents-hostage",
          "The Azawad Front held Kidal residents hostage for months.", ("*", C, "*")),
    never("troops-held-ceremony-in",
          "Malian troops held a ceremony in Gao on Sunday.", ("*", C, "*")),
    never("police-have-held-person-since",
          "Police have held Morris since Monday.", ("*", C, "*")),
    never("court-held-person",
          "The court held Rahman in contempt.", ("*", C, "*")),
    # an attempt, a failure, a hope, a negation, a denial
    never("tried-to-take",
          "Ethiopian troops tried to take Gode on Sunday.", ("*", C, "*")),
    never("failed-to-retake-from",
          "Ethiopian troops failed to retake Gode from the Ogaden Front.", ("*", C, "*")),
    never("failed-to-regain",
          "The Sudanese army failed to regain Sennar.", ("*", C, "*")),
    never("hopes-to-regain",
          "The Sudanese army hopes to regain Sennar before the rains.", ("*", C, "*")),
    never("not-believed-to-control",
          "The Arakan Army is not believed to control Paletwa.", ("*", C, "*")),
    never("believed-to-be-planning-to-seize",
          "The Arakan Army is believed to be planning to seize Paletwa.", ("*", C, "*")),
    never("believed-to-have-lost",
          "The Arakan Army was believed to have lost Paletwa.", ("*", C, "*")),
    never("denied-accusations-that-it-controls",
          "The Gulf Clan denied accusations that it controls Turbo.", ("*", C, "*")),
    never("accused-of-trying-to-control",
          "Officials in Goma accuse the Kivu Defence League of trying to control Masisi.",
          ("*", C, "*")),
    never("accused-of-losing-control",
          "Prosecutors accused the Gulf Clan of losing control of Turbo.", ("*", C, "*")),
    # another act told of the holder
    never("believed-to-be-recruiting-in",
          "The Arakan Army is believed to be recruiting in Paletwa.", ("*", C, "*")),
    never("accused-of-running-ring-in",
          "Prosecutors accused the Gulf Clan of running a smuggling ring in Turbo.",
          ("*", C, "*")),
    never("accused-of-holding-talks-in",
          "Officials in Goma accuse the Kivu Defence League of holding talks in Masisi.",
          ("*", C, "*")),
    never("described-as-controlling-drug-trade-in",
          "Police describe the Gulf Clan as controlling the drug trade in Turbo.",
          ("*", C, "*")),
    never("controls-the-purse-strings",
          "The finance ministry controls the purse strings in Bamako.", ("*", C, "*")),
    never("believed-to-control-purse-strings",
          "The Gulf Clan is believed to control the purse strings of several mayors in "
          "Uraba.", ("*", C, "*")),
    never("regained-sovereignty",
          "Iraq regained its sovereignty in 2004.", ("*", C, "*")),
    never("regained-confidence-of-voters-in",
          "The army regained the confidence of voters in Sennar.", ("*", C, "*")),
    # a holding at a time still to come
    never("once-holds-then-will",
          "Once the Tanganyika Defence Brigade controls Kalemie, the port will close.",
          ("*", C, "*")),
    never("when-retakes-then-will-long",
          "KHARTOUM, Sudan (AP) - When the Sudanese army retakes Sennar, the refugees in "
          "the camps near Kosti will return home, officials say.", ("*", C, "*")),
    # a holding told as over
    never("which-once-controlled",
          "The Tanganyika Defence Brigade, which once controlled Kalemie, is now in "
          "disarray.", ("*", C, "*")),
    never("which-had-previously-held",
          "The Tanganyika Defence Brigade, which had previously held Kalemie, is now in "
          "disarray.", ("*", C, "*")),
    never("formerly-held-by",
          "Kalemie, formerly held by the Tanganyika Defence Brigade, is quiet.",
          ("*", C, "*")),
    never("once-held-by-long",
          "KINSHASA, Congo (AP) - Kalemie, a lakeside port once held by the Tanganyika "
          "Defence Brigade, reopened to trade on Monday, officials said.", ("*", C, "*")),
    never("controlled-by-until-seized",
          "Kalemie was controlled by Congolese troops until the Tanganyika Defence Brigade "
          "seized it in 2019.", (DRC, C, "Kalemie")),
    # the side a place was taken from
    never("retook-from-not-the-loser",
          "Ethiopian troops retook Gode from the Ogaden Front.", ("Ogaden Front", C, "*")),
    never("army-retook-from-not-the-loser-long",
          "BAMAKO, Mali (Reuters) - The Malian army retook Kidal from the Azawad Front after "
          "a week of fighting, the army said on Tuesday.", ("Azawad Front", C, "*")),
    never("regained-from-not-the-loser",
          "The Sudanese army regained Wad Madani from the Rapid Support Forces.",
          ("Rapid Support Forces", C, "*")),
    # people held, not a place
    never("held-prisoners",
          "Aid workers visited the Azawad Front-held prisoners in Kidal.", ("*", C, "*")),
    # a place inside a group's name
    never("place-in-group-name-holds",
          "The Kidal Liberation Front holds Menaka.", ("Kidal", C, "*")),
    never("place-in-group-name-controls",
          "The Gao Patriotic Movement controls Ansongo.", ("Gao", C, "*")),
    # the towns at the ends of a road
    never("road-between-towns",
          "The Mbeya Liberation Front took control of the road between Mbeya and Tunduma.",
          ("*", C, "Tunduma"), ("*", C, "Mbeya")),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_described_control_is_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), NOT_READ)
def test_described_control_must_nots(nlp: Language, text: str,
                                     forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
