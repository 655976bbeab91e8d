"""Readings that failed on news the rules had not seen, each in sentences of our own:
leaders named with no title, a rank read as a body, places of events read as homes,
the wrong end of a charge, and verbs of leaving a bloc, relying on a supplier, refusing
talks. Each class has sentences that must yield a relation and sentences that must not.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

FOUND: list[tuple[str, str, list[Triple]]] = [
    ("ruled-since", "Isaias Afwerki, who has ruled Eritrea since independence, spoke on Monday.",
     [("Isaias Afwerki", "LEADS", "Eritrea")]),
    ("governed-since", "President Yoweri Museveni, who has governed Uganda since 1986, met "
     "the envoy.", [("Yoweri Museveni", "LEADS", "Uganda")]),
    ("seized-power-dateline", "NIAMEY, Niger, 3 May 2026 — General Abdourahamane Tiani, who "
     "took power in a coup in July 2023, addressed the nation.",
     [("Abdourahamane Tiani", "LEADS", "Niger")]),
    ("seized-power-in-state", "Colonel Mamady Doumbouya, who took power in Guinea in 2021, "
     "promised elections.", [("Mamady Doumbouya", "LEADS", "Guinea")]),
    ("quit-bloc", "Guinea and Chad quit the African Union in March.",
     [("Guinea", "WITHDRAWS_FROM", "African Union"), ("Chad", "WITHDRAWS_FROM", "African Union")]),
    ("left-bloc", "Niger left the Economic Community of West African States last year.",
     [("Niger", "WITHDRAWS_FROM", "ECOWAS")]),
    ("left-bloc-listed", "Gabon, Togo and Benin, all led by elected presidents, quit the "
     "Southern Trade Compact in May and formed a new bloc.",
     [("Benin", "WITHDRAWS_FROM", "Southern Trade Compact")]),
    ("depends-on-for", "Eritrea depends on China for weapons.",
     [("China", "BACKS", "Eritrea")]),
    ("rejected-talks", "The National Resistance Front rejected negotiations with the Taliban.",
     [("National Resistance Front", "OPPOSES", "Taliban")]),
    ("fights-beside", "The regime has armed thousands of herders in the Tahoua Defence "
     "Volunteers, a militia that fights beside the Nigerien army in the west.",
     [("Tahoua Defence Volunteers", "ALLIED_WITH", "Nigerien forces")]),
    ("council-controls-group", "The Kivu Liberation Council, which sits in Brussels and "
     "controls the Kivu Defence Brigades, called a strike.",
     [("Kivu Liberation Council", "LEADS", "Kivu Defence Brigades")]),
    ("commander-title-kept", "Lieutenant Colonel Hassan Abdi Warsame, commander of the 5th "
     "Brigade, told reporters in Kismayo that ten fighters had died.",
     [("Hassan Abdi Warsame", "LEADS", "5th Brigade")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    ("charge-not-the-chargers-act", "The United States last month charged two Eritrean "
     "exiles living in Virginia with sending money and rifles to the Tigray Defence Forces.",
     [("United States", "BACKS", "*"), ("United States", "LOCATED_IN", "*")]),
    ("arrest-not-the-arresters-act", "Kenya arrested three traders living in Mombasa with "
     "smuggling rifles to al-Shabaab.",
     [("Kenya", "BACKS", "*"), ("Kenya", "LOCATED_IN", "*")]),
    ("left-a-city", "The foreign minister of Gabon left Paris for talks with France.",
     [("*", "WITHDRAWS_FROM", "*")]),
    ("depends-for-no-aid", "Eritrea depended on Qatar to host the talks.",
     [("Qatar", "BACKS", "*")]),
    ("court-ruled", "A court in Equatorial Guinea ruled that Teodoro Mba could stand again.",
     [("*", "LEADS", "*")]),
    ("refused-talks-no-meeting", "The National Resistance Front rejected negotiations with "
     "the Taliban.", [("*", "MEETS_WITH", "*")]),
    ("spoke-to-reporters-there", "Lieutenant Colonel Hassan Abdi Warsame, commander of the "
     "5th Brigade, told reporters in Kismayo that ten fighters had died.",
     [("Hassan Abdi Warsame", "LOCATED_IN", "*")]),
    ("branch-place-not-parents", "ISWAP, the Islamic State's affiliate in West Africa, "
     "claimed the raid.", [("Islamic State", "LOCATED_IN", "*")]),
    ("group-branch-not-parents", "Ahlu Sunna, the Islamic State's branch in Cabo Delgado, "
     "burned the village.", [("Islamic State", "LOCATED_IN", "*")]),
    ("raided-not-home", "Fighters of the Lord's Resistance Army raided a village in Haut-Uele "
     "province, killing six people.", [("Lord's Resistance Army", "LOCATED_IN", "*")]),
    ("rank-no-body", "Brigadier General Samuel Okonjo, the division's commander, said his "
     "troops had cleared the road.", [("*", "MEMBER_OF", "Brigadier General")]),
    ("rank-not-backed", "The offensive was backed by Field Marshal Idriss Mahamat, the "
     "commander of the eastern forces.", [("*", "*", "Field Marshal")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_class_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_class_not_misread(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)


@pytest.mark.parametrize(("name", "rank"), [
    ("Brigadier General", True), ("Field Marshal", True), ("Lt. Gen.", True),
    ("Vice-Admiral", True), ("General Staff of the Army", False), ("Marshal Ky", False),
])
def test_rank_only_names(name: str, rank: bool) -> None:
    """A name made only of rank words (the model may take one for a body) ends no relation."""
    from actorgraph.extract.rules import _rank_only

    assert _rank_only(name) is rank
