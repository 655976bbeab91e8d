"""Facts told across sentences, seventh round (extract/coref.py):

- a backgrounder's section under a heading that spells a body's name ("THE X GANG"):
  "the gang", "the group" opening it, with no body named in the section before it, is
  the heading's body (when its type fits the noun), and "its" in the next sentence too;
- "In a statement carried by the state news agency, it demanded ...": the outlet that
  carried the statement is no rival for "it"; the subject of the sentence before is;
- "the battalion", "the brigade": the one named group described so before ("X, a local
  battalion,"), not the state's army the word alone would be; two so described leave it
  unread; and "its" after such a subject ("The battalion said its fighters ...") is
  that group's;
- "Police arrested its leader, X": a plural common noun as the clause's subject is never
  what a singular "its" stands for; the body the sentence before was about is, unless a
  capitalised word no actor was read from is a party before the pronoun ("accused the
  X of abuses, and its leader ..." may be of that X).

Passages are invented, in the style of wire reports and backgrounders.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

# A backgrounder of two gangs, one section each; {} is the second section's first words.
_GANGS = (
    "BACKGROUNDER: The gangs of Durres\n\n"
    "DURRES, Albania — Police say the Black Scorpions gang and the Red Hand gang fight for "
    "the port.\n\n"
    "THE BLACK SCORPIONS\n\n"
    "The gang grew out of a dockworkers' union in the 1990s and turned the harbour into "
    "its base. Its leader is Arben Kola, who fled to Greece in 2015.\n\n"
    "THE RED HAND\n\n"
    "{} Its leader is Fatos Dema.")

FOUND: list[tuple[str, str, list[Triple]]] = [
    # ---- a section's opening definite noun: the body of its heading
    ("c7-heading-gang-then-its-leader",
     _GANGS.format("The group was founded by fishermen in 2004."),
     [("Arben Kola", "LEADS", "Black Scorpions"), ("Fatos Dema", "LEADS", "Red Hand")]),
    # ---- the outlet that carried a statement is no rival for "it"
    ("c7-it-after-carried-statement",
     "The Armenian Ministry of Foreign Affairs condemned the shelling of the border town. "
     "In a statement carried by the state news agency, it demanded that Azerbaijan pull "
     "its troops back from the frontier.",
     [("Armenian Ministry of Foreign Affairs", "DEMANDS", "Azerbaijan")]),
    # ---- "the battalion": the named group described as one
    ("c7-battalion-described-its-fighters",
     "Two days earlier fighters of the Sierra Roja Front, a local battalion that answers "
     "to the rebel council, overran an army outpost near Tolima. The battalion said its "
     "fighters killed the outpost commander, Captain Juan Ortega Ruiz.",
     [("Sierra Roja Front", "KILLED", "Juan Ortega Ruiz")]),
    # with no group so described, the battalion is still the army's
    ("c7-battalion-undescribed-army",
     "Colombian troops moved into Tolima on Monday. The battalion said its soldiers "
     "killed a rebel commander, Jaime Rojas Pardo.",
     [("Colombian forces", "KILLED", "Jaime Rojas Pardo")]),
    # ---- "its" past a plural subject: the body told before
    ("c7-its-past-plural-subject",
     "The Black Scorpions broke away from a larger clan in 2012. Police arrested its "
     "leader, Arben Kola, in May.",
     [("Arben Kola", "LEADS", "Black Scorpions")]),
    ("c7-its-past-two-plural-subjects",
     "The Black Scorpions broke away from a larger clan in 2012. Officers said the "
     "brothers had shot its leader, Arben Kola, in May.",
     [("Arben Kola", "LEADS", "Black Scorpions")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    # a body the section names before the noun: that one is meant, not the heading's
    ("c7-heading-other-body-first",
     _GANGS.format("Officers say the Black Scorpions gang was founded in 2004."),
     [("Fatos Dema", "LEADS", "Red Hand")]),
    # a heading's body of another kind than the noun: "the gang" is no police force
    ("c7-heading-police-not-gang",
     "BACKGROUNDER: Policing Durres\n\n"
     "DURRES, Albania — The Durres Port Police and the Black Scorpions gang have clashed "
     "for years, the Albanian Helsinki Committee says.\n\n"
     "THE DURRES PORT POLICE\n\n"
     "The gang's leader is Fatos Dema.",
     [("Fatos Dema", "LEADS", "Durres Port Police")]),
    # an outlet that only reported the statement is still not the one "it" is: the
    # sentence before tells two bodies alike, so "it" stays unread
    ("c7-it-two-bodies-before",
     "The Armenian Ministry of Foreign Affairs and the Georgian Ministry of Defence traded "
     "accusations over the shelling. In a statement carried by the state news agency, it "
     "demanded that Azerbaijan pull its troops back.",
     [("Armenian Ministry of Foreign Affairs", "DEMANDS", "Azerbaijan"),
      ("Georgian Ministry of Defence", "DEMANDS", "Azerbaijan")]),
    # the outlet is never "it" itself, even with no body told before
    ("c7-it-not-the-carrier",
     "Shelling hit the border town overnight. In a statement carried by the state news "
     "agency, it demanded that Azerbaijan pull its troops back from the frontier.",
     [("state news agency", "DEMANDS", "Azerbaijan")]),
    # two groups described as battalions: "the battalion" is either
    ("c7-battalion-two-described",
     "The Sierra Roja Front, a local battalion, and the Northern Falcons Front, a mountain "
     "battalion, overran an army outpost near Tolima. The battalion said its fighters "
     "killed the outpost commander, Captain Juan Ortega Ruiz.",
     [("Sierra Roja Front", "KILLED", "Juan Ortega Ruiz"),
      ("Northern Falcons Front", "KILLED", "Juan Ortega Ruiz")]),
    # a name no actor was read from, told before the pronoun, may be its owner
    ("c7-its-unread-name-before",
     "The Black Scorpions broke away from a larger clan in 2012. Human rights groups have "
     "long accused the Kolavi of abuses, and its leader, Arben Kola, now works with the "
     "army.",
     [("Arben Kola", "LEADS", "Black Scorpions")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_told_across_sentences(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_not_told_across_sentences(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
