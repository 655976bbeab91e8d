"""Fighting read from framing words: wars named by their sides, the party backed in its
fight, killings in a raid, liberation from a group's control. Own sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    ("hyphen-war", "Qanbar served as an officer during the Iran-Iraq War.",
     [("Iran", "TARGETS", "Iraq"), ("Iraq", "TARGETS", "Iran")]),
    ("backed-in-its-fight", "The UK backs the Government of Iraq in its fight against ISIL.",
     [("United Kingdom", "BACKS", "Government of Iraq"),
      ("Government of Iraq", "TARGETS", "Islamic State")]),
    ("backed-in-their-efforts",
     "Britain supports the Peshmerga in their efforts to defeat ISIL.",
     [("Peshmerga", "TARGETS", "Islamic State")]),
    ("killed-in-a-raid-by", "Omar Haddad was killed in an overnight raid by US "
     "Special Operations forces.", [("US forces", "KILLED", "Omar Haddad")]),
    ("liberated-from-control", "The Syrian Democratic Forces liberated Raqqa from ISIL control.",
     [("Syrian Democratic Forces", "TARGETS", "Islamic State")]),
    ("recaptured-from", "The Peshmerga recaptured Sinjar from the Islamic State.",
     [("Peshmerga", "TARGETS", "Islamic State"), ("Peshmerga", "CONTROLS", "Sinjar")]),
    ("drove-out", "The Peshmerga drove ISIL out of Kobane.",
     [("Peshmerga", "TARGETS", "Islamic State")]),
    ("support-for-in-the-fight",
     "In a statement, Dana Hale renewed UK backing for Iraq in the fight against ISIL.",
     [("United Kingdom", "BACKS", "Iraq"), ("Iraq", "TARGETS", "Islamic State")]),
    ("ruler-regime", "The Asad regime's relentless attacks on Aleppo went on.",
     [("Asad regime", "TARGETS", "Aleppo")]),
    ("known-ruler-regime", "The Assad regime shelled Homs.",
     [("Assad regime", "TARGETS", "Homs")]),
    ("opposition-forces", "Syrian opposition forces liberated Dabiq from ISIL control.",
     [("Syrian opposition forces", "TARGETS", "Islamic State")]),
    ("threatened-to-attack", "Kataib Hezbollah threatened to attack US forces in Iraq.",
     [("Kataib Hezbollah", "THREATENS", "US forces")]),
    ("joint-state-forces", "US and British forces struck Houthi positions in Yemen.",
     [("US forces", "TARGETS", "Houthis"), ("British forces", "TARGETS", "Houthis")]),
    ("ruler-leads-regime", "Sanctions add pressure on Assad's regime.",
     [("Bashar al-Assad", "LEADS", "Assad regime")]),
    ("took-control-of-capital", "The Houthis took control of Sanaa in 2014.",
     [("Houthis", "CONTROLS", "Sanaa")]),
    ("claims-control", "By Friday the Syrian army claimed control of Aleppo.",
     [("Syrian forces", "CONTROLS", "Aleppo")]),
    ("fall-to", "Speaking after the fall of Mosul to ISIL, Dana Hale said so.",
     [("Islamic State", "CONTROLS", "Mosul")]),
    ("provided-to", "Iran provided weapons and training to the Houthis.",
     [("Iran", "BACKS", "Houthis")]),
    ("provide-with", "The UK will provide the Government of Iraq with military support.",
     [("United Kingdom", "BACKS", "Government of Iraq")]),
    ("possessive-liberation-of", "We welcome the Peshmerga's liberation of Sinjar.",
     [("Peshmerga", "CONTROLS", "Sinjar")]),
    ("recapture-of-by", "The recapture of Ramadi by Iraqi forces was a blow to ISIL.",
     [("Iraqi security forces", "CONTROLS", "Ramadi")]),
    ("re-taking-by-of-including", "Britain supported the re-taking by the Peshmerga of much "
     "of the province, including Sinjar.", [("Peshmerga", "CONTROLS", "Sinjar")]),
    ("shoulder-to-shoulder", "The UK will stand shoulder to shoulder with the Iraqi Army, the "
     "minister said.", [("United Kingdom", "BACKS", "Iraqi Army")]),
    ("shoulder-to-shoulder-hyphens", "France stands shoulder-to-shoulder with the Peshmerga.",
     [("France", "BACKS", "Peshmerga")]),
    ("captured-a-person", "ISIL captured Omar Haddad near Mosul.",
     [("Islamic State", "TARGETS", "Omar Haddad")]),
    ("sum-in-assistance-to", "Germany will provide about $40 million in humanitarian "
     "assistance to the Free Syrian Army.", [("Germany", "BACKS", "Free Syrian Army")]),
    ("sum-to", "Japan will give 5 million dollars to the Government of Iraq.",
     [("Japan", "BACKS", "Government of Iraq")]),
    ("supports-state-cause", "Iran supports Syrian unity and sovereignty.",
     [("Iran", "BACKS", "Syria")]),
    ("backs-possessed-cause", "The EU backs Ukraine's independence.",
     [("European Union", "BACKS", "Ukraine")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("supporter-does-not-fight",
     "The UK backs the Government of Iraq in its fight against ISIL.",
     [("United Kingdom", "TARGETS", "Islamic State")]),
    ("war-without-hyphen", "Iran and Iraq signed a treaty after the war.",
     [("*", "TARGETS", "*")]),
    ("freed-prisoners-no-foe", "Hamas freed two hostages on Monday.", [("*", "TARGETS", "*")]),
    ("provided-information", "Iran provided information to the Houthis.",
     [("*", "BACKS", "*")]),
    ("reporter-is-not-fighter",
     "In a statement, Dana Hale renewed UK backing for Iraq in the fight "
     "against ISIL.", [("Dana Hale", "TARGETS", "*")]),
    ("opposition-is-not-state-forces",
     "Syrian opposition forces liberated Dabiq from ISIL control.",
     [("Syrian forces", "*", "*")]),
    ("place-of-condemned-attack", "The United States condemned the attacks in Iraq.",
     [("United States", "CRITICIZES", "Iraq")]),
    ("other-state-leader", "The Prime Minister and President Macron talked about UK-France "
     "defence ties.", [("*", "LEADS", "United Kingdom")]),
    ("threat-is-no-attack", "Kataib Hezbollah threatened to attack US forces in Iraq.",
     [("*", "TARGETS", "*")]),
    ("lost-control", "The Houthis lost control of Sanaa.", [("*", "CONTROLS", "*")]),
    ("called-for-liberation", "We call for the liberation of Mosul by Iraqi forces.",
     [("*", "CONTROLS", "*")]),
    ("battle-for-liberation", "The battle for the liberation of Mosul by Iraqi forces began.",
     [("*", "CONTROLS", "*")]),
    ("capture-of-a-person", "ISIL's capture of Omar Haddad shocked Iraq.",
     [("*", "CONTROLS", "*")]),
    ("not-shoulder-to-shoulder", "France does not stand shoulder to shoulder with the "
     "Peshmerga.", [("*", "BACKS", "*")]),
    ("person-is-not-held", "ISIL captured Omar Haddad near Mosul.", [("*", "CONTROLS", "*")]),
    ("sum-given-away", "Critics said Japan gave away 5 million dollars to the Government of "
     "Iraq.", [("*", "BACKS", "*")]),
    ("gave-a-number-not-a-sum", "The Houthis handed 3 hostages to Oman.",
     [("*", "BACKS", "*")]),
    ("supports-a-call", "The UK supports Iraqi calls for calm.", [("*", "BACKS", "*")]),
    ("denied-support-for-cause", "Russia does not support Ukrainian sovereignty.",
     [("*", "BACKS", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_expected_triples(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_forbidden_triples(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
