"""Facts told across sentences, ninth round (extract/coref.py, extract/mentions.py):
a later mention read back to the actor named before, and not to a wrong one.

- "the group" after "the largest anti-X force is Y": X is named there as Y's foe, never
  what "the group" stands for, however often the story names X (Y is);
- "the naval force" after "the X Naval Force Somalia": a definite noun whose lower-case
  words (adjectives too) are the name's words before a place or an "of"/"in" phrase that
  only narrows it is that body, not the state's forces a descriptor would make; never a
  name that has the words only in the phrase after its head ("the X Command of the Y
  Armed Forces" is no "the armed forces"), nor a body whose name has other words;
- "The Humanitarian Coordinator" read as a name: title words only, after "the", are the
  one person given that title beside their name before ("X, the UN Resident and
  Humanitarian Coordinator in Y"), and "she" after it is that person; with no person so
  titled, or the title words only near a name across a verb, it is left as it was.

Passages are invented, in the style of wire reports, releases and backgrounders.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

_STORY = ("Boko Haram has attacked Maiduguri many times. Boko Haram also raided Konduga, "
          "and Boko Haram still holds the Sambisa forest.\n\n")
_ANTI = (_STORY + "The main anti-Boko Haram militia is the Civilian Joint Task Force, set up "
         "in 2013 by local youths. Commander Ali Modu leads the group, which patrols the "
         "roads around the city.")

FOUND: list[tuple[str, str, list[Triple]]] = [
    # ---- "anti-X": X's foe, not X
    ("c9-anti-leads",
     _ANTI,
     [("Ali Modu", "LEADS", "Civilian Joint Task Force")]),
    # ---- "the naval force": the body whose name has those words before a place
    ("c9-naval-force-cooperates",
     "According to the European Union Naval Force Somalia (EUNAVFOR), pirates seized the "
     "dhow on Monday. \"We tracked the skiffs for hours,\" said Commander Ana Gil, a "
     "spokeswoman for EUNAVFOR. She said the naval force had coordinated closely with the "
     "Puntland Maritime Police Force during the operation.",
     [("European Union Naval Force Somalia", "COOPERATES_WITH", "Puntland Maritime Police Force")]),
    # ---- "the Humanitarian Coordinator": the person so titled before
    ("c9-title-coordinator-demands",
     "\"The shelling of the clinic is unacceptable,\" said Ingrid Solberg, the UN Resident "
     "and Humanitarian Coordinator in Chad. The Humanitarian Coordinator also called on the "
     "Sudanese Armed Forces to withdraw from civilian areas.",
     [("Ingrid Solberg", "DEMANDS", "Sudanese Armed Forces")]),
    ("c9-title-coordinator-she",
     "\"The shelling of the clinic is unacceptable,\" said Ingrid Solberg, the UN Resident "
     "and Humanitarian Coordinator in Chad. The Humanitarian Coordinator also called on the "
     "Sudanese Armed Forces to withdraw from civilian areas. She urged the Rapid Support "
     "Forces to lift their siege of El Geneina.",
     [("Ingrid Solberg", "DEMANDS", "Rapid Support Forces")]),
    ("c9-title-before-name",
     "The UN Humanitarian Coordinator for Sudan, Paul Mensah, visited Kassala on Monday. "
     "The Humanitarian Coordinator called on the Rapid Support Forces to open the roads.",
     [("Paul Mensah", "DEMANDS", "Rapid Support Forces")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    # the foe named most often is still no candidate
    ("c9-anti-not-foe",
     _ANTI,
     [("Ali Modu", "LEADS", "Boko Haram")]),
    # "the naval force" is not a body whose name has other words ("Maritime Force")
    ("c9-naval-force-other-words",
     "The Combined Maritime Force in the Gulf said it was watching the strait. The naval "
     "force has worked with the Yemeni Coast Guard since 2019.",
     [("Combined Maritime Force", "COOPERATES_WITH", "*")]),
    # "the armed forces" in what a leader demands is not the X Command of the Y Armed Forces
    ("c9-tail-after-head",
     "General Ramon Ortega's regional command forms part of the Strategic Command of the "
     "Bolivarian National Armed Forces. \"We demand that the armed forces respect our "
     "autonomy,\" said Luis Pena, a leader of the Pemon Territorial Guard.",
     [("*", "DEMANDS", "Strategic Command of the Bolivarian National Armed Forces")]),
    # two people titled alike: the title is left unread
    ("c9-title-two-holders",
     "\"The shelling is unacceptable,\" said Ingrid Solberg, the Humanitarian Coordinator "
     "for Chad, and Paul Mensah, the Humanitarian Coordinator for Sudan. The Humanitarian "
     "Coordinator also called on the Sudanese Armed Forces to withdraw.",
     [("Ingrid Solberg", "DEMANDS", "*"), ("Paul Mensah", "DEMANDS", "*")]),
    # another's title: the Resident Coordinator is not the Humanitarian Coordinator
    ("c9-title-other-title",
     "\"The shelling is unacceptable,\" said Ingrid Solberg, the UN Resident Coordinator in "
     "Chad. The Humanitarian Coordinator also called on the Sudanese Armed Forces to "
     "withdraw from civilian areas.",
     [("Ingrid Solberg", "DEMANDS", "*")]),
    # the title words near a name across a verb are no title of that person
    ("c9-title-across-verb",
     "UN Humanitarian Coordinator condemns shelling of Tarhoun\n\nThe Humanitarian "
     "Coordinator called on the Libyan National Army to investigate the attack.",
     [("Tarhoun", "DEMANDS", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_later_mention_read_back(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_later_mention_not_misread(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
