"""Facts told across sentences, sixth round (extract/coref.py):

- "the gang", "the cartel": the armed group named just before (a name with that head
  first), as "the group" is; never a state's force (a police, a gendarmerie, an army,
  a defence force), and never when a gang or cartel with no name ("members of a rival
  gang") is told between the name and the reference: that one is meant.

Passages are invented, in the style of wire reports and backgrounders.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

# A story of one state's army, named first by "Mali's army" and then in full.
_ARMY_STORY = (
    "Mali's army vows retaliation after drone strike on Gao depot\n\n"
    "GAO, Mali, 3 May 2026 — Mali's army promised on Wednesday to hunt down the crews "
    "behind a drone strike on a fuel depot in Gao{}.\n\n"
    "\"The terrorists will pay for this,\" Colonel Souleymane Dembele, the spokesman of "
    "the Malian Armed Forces, said in a statement.\n\n"
    "The army's commander, General Oumar Diallo, visited the depot in the afternoon.")

FOUND: list[tuple[str, str, list[Triple]]] = [
    # ---- "the gang", "the cartel": the armed group named before
    ("c6-gang-killed-after-quote",
     "\"This is the work of the Karimov gang,\" the district police chief said. Officers "
     "said a night watchman, Timur Abdulov, was shot dead by the gang when he tried to "
     "raise the alarm.",
     [("Karimov", "KILLED", "Timur Abdulov")]),
    ("c6-gang-subject-then-its-leader",
     "Prosecutors blame the Vargas Norte Cartel, a transnational network, for most of the "
     "killings. The cartel grew out of a dockworkers' union in the port of Maldonia. Its "
     "leader is Ernesto Quiroga Bellido.",
     [("Ernesto Quiroga Bellido", "LEADS", "Vargas Norte Cartel")]),
    ("c6-gang-owner-of-leader",
     "The Karimov gang ambushed a cash van outside Tashgar on Friday. The gang's leader, "
     "Rustam Sadykov, was arrested two days later.",
     [("Rustam Sadykov", "LEADS", "Karimov")]),
    # ---- "its" post held by the one a noun is named as
    ("c6-its-commander-known-as",
     "The strongest armed force in the valley is the Sierra Roja Front. Its overall "
     "commander is the guerrilla known as Joaquín Ledesma, a former miner.",
     [("Joaquín Ledesma", "LEADS", "Sierra Roja Front")]),
    ("c6-its-leader-identified-as",
     "The Ostrava Brotherhood has run the smuggling routes since 2019. Its leader is a "
     "man police identified as Pavel Hruska.",
     [("Pavel Hruska", "LEADS", "Ostrava Brotherhood")]),
    # ---- "the army's commander": the one state's army
    ("c6-army-commander-one-state",
     _ARMY_STORY.format(""),
     [("Oumar Diallo", "LEADS", "Malian Armed Forces")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    # a gang with no name told between: "the gang" is that one, not the one named before
    ("c6-gang-rival-between",
     "The Karimov gang ambushed a cash van outside Tashgar on Friday. Police later arrested "
     "four members of a rival gang in Osh. The gang's leader, Rustam Sadykov, escaped.",
     [("Rustam Sadykov", "LEADS", "Karimov")]),
    # a state's force is never "the gang", however it is typed
    ("c6-gang-not-gendarmerie",
     "Sergeant Paul Randria of the National Gendarmerie was killed in the raid, a "
     "spokesman for the National Gendarmerie said. In a message sent to the family of "
     "the abducted mayor, Jean Rabe, the gang threatened to kill him.",
     [("National Gendarmerie", "THREATENS", "Jean Rabe")]),
    ("c6-cartel-not-police",
     "The Federal Police of Corvania raided three warehouses in the port of Maldonia. The "
     "cartel threatened the mayor, Ana Ribeiro Costa, in a video posted on Sunday.",
     [("Federal Police of Corvania", "THREATENS", "Ana Ribeiro Costa")]),
    # a deputy or a former holder so named leads nothing
    ("c6-its-deputy-known-as",
     "The strongest armed force in the valley is the Sierra Roja Front. Its deputy "
     "commander is the guerrilla known as Joaquín Ledesma.",
     [("Joaquín Ledesma", "LEADS", "Sierra Roja Front")]),
    ("c6-its-former-known-as",
     "The strongest armed force in the valley is the Sierra Roja Front. Its former "
     "commander is the guerrilla known as Joaquín Ledesma.",
     [("Joaquín Ledesma", "LEADS", "Sierra Roja Front")]),
    # two states' armies named before: "the army" is either
    ("c6-army-commander-two-states",
     _ARMY_STORY.format(", and Niger's army sent troops to the border"),
     [("Oumar Diallo", "LEADS", "Malian Armed Forces"),
      ("Oumar Diallo", "LEADS", "Nigerien forces")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_told_across_sentences(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_not_told_across_sentences(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
