"""Facts whose two ends are never named in one sentence, a third set: references by
pronoun, possessive, definite noun, title and a quote's "we" (extract/coref.py,
extract/ownedtitles.py):

- a bare spokesman's title ('"We did not attack the village," spokesman Y said', with
  no owner, no body word before it and no "of"/"for" after it): Y speaks for the body
  that was the one main subject of the sentence just before (its subject, not an object
  nor a body in a clause below), and the quote's "we" is then that body;
- "its fighters", "the group's members" (a plural member noun owned by a reference):
  the body, never the one member of it read before; "his men", "its gunmen": the body
  (or the group the person leads) the pronoun stands for;
- the sentence's subject where the parser hangs it on the main verb's auxiliary ("From
  the start X was divided. Its leader, Y, ..."): still the subject "its" stands for;
- "the group" after a sentence whose subject is "it" or an owner "its": the body the
  pronoun stands for counts as named there (its subject), not a body in a clause below;
- "he" after two men: the subject of the sentence before; "its fighters", "it had
  taken", "the group, which is led by": the body that was the subject before; "its
  spokesman": the subject's; "our" in a spokeswoman's quote: her body.

Each has texts in which it must stay unread: a spokesman after a sentence whose subject
is two bodies, a state or a person; after a paragraph break; a title owned by a body of
its own ("army spokesman", "spokesman of Y", "a spokesman for Y"); a sentence whose
clauses have two bodies as subjects; "the group" after a state only; "its" or "their"
after two groups.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

FOUND: list[tuple[str, str, list[Triple]]] = [
    # a bare spokesman's title: the body that was the subject just before
    ("spokesman-after-a-group", "The Sahel Liberation Front denied the claim on Sunday. "
     "\"We did not attack the village,\" spokesman Ahmadou Ba said by telephone.",
     [("Ahmadou Ba", "SPOKESPERSON_FOR", "Sahel Liberation Front")]),
    ("spokeswoman-after-a-group", "The Frente Andino rejected the offer of talks. \"The "
     "government is lying,\" spokeswoman Lucia Ramirez told reporters in Cusco.",
     [("Lucia Ramirez", "SPOKESPERSON_FOR", "Frente Andino")]),
    ("spokesperson-after-an-office", "Kenya's Foreign Office rejected the remarks. \"We "
     "condemn the provocative statements by the Tana River Front,\" spokesperson Omar Haji "
     "said at a briefing in Nairobi.",
     [("Omar Haji", "SPOKESPERSON_FOR", "Kenyan Foreign Office")]),
    # the quote's "we" is then the body spoken for
    ("spokesman-we-the-body", "The Sahel Liberation Front rejected the report on Sunday. "
     "\"We condemn the raid by the Kivu Rifles,\" spokesman Ahmadou Ba said.",
     [("Sahel Liberation Front", "CRITICIZES", "Kivu Rifles"),
      ("Ahmadou Ba", "SPOKESPERSON_FOR", "Sahel Liberation Front")]),
    # the subject, not the object, is the body spoken for
    ("spokesman-subject-over-object", "The Red Hand Brigade accused the Kivu Rifles of "
     "burning homes near Marsk. \"They lie about everything,\" spokesman Nikolai Sorokin "
     "said.", [("Nikolai Sorokin", "SPOKESPERSON_FOR", "Red Hand Brigade")]),
    # "he" after two men: the subject
    ("he-after-two-men", "General Amadou Diallo met Colonel Pierre Okafor in Bamako on "
     "Monday. He accused the Sahel Liberation Front of attacking the convoy.",
     [("Amadou Diallo", "CRITICIZES", "Sahel Liberation Front")]),
    # "its fighters", "it had taken", "the group, which is led by": the subject before
    ("its-fighters-after-for-its-part", "Wanjiru Kamau, a breakaway commander, signed a "
     "deal with the government in 2024. The Oromo Freedom Front, for its part, has been "
     "accused of abductions along the main roads. In late January its fighters ambushed a "
     "convoy of the Kivu Rifles near Gimbi, a regional official told journalists.",
     [("Oromo Freedom Front", "TARGETS", "Kivu Rifles")]),
    # "its fighters", "his men": the body (the group its person leads), not one member
    ("its-fighters-not-a-member", "Dawit Bekele, a fighter of the Oromo Freedom Front, "
     "spoke to reporters in 2024. The Oromo Freedom Front has been accused of abductions "
     "along the main roads. In late January its fighters ambushed a convoy of the Kivu "
     "Rifles near Gimbi.", [("Oromo Freedom Front", "TARGETS", "Kivu Rifles")]),
    ("his-men-the-group-led", "Ivan Petrov was named head of the Red Hand Brigade in 2020. "
     "In May his men attacked a base of the Kivu Rifles near Marsk.",
     [("Red Hand Brigade", "TARGETS", "Kivu Rifles")]),
    # a subject the parser hangs on the main verb's auxiliary is still the subject
    ("its-leader-subject-on-the-auxiliary", "The Red Hand Brigade (RHB) was founded in 1990 "
     "in the hills near Marsk. From the start the RHB was divided. Its political leader, "
     "the lawyer Ivan Petrov, signed a truce with the government in 2004.",
     [("Ivan Petrov", "LEADS", "Red Hand Brigade")]),
    ("its-leader-subject-on-the-auxiliary-2", "The Union of Forces for Democracy and Renewal "
     "(UFDR) took up arms in 2006. From the start the UFDR was divided. Its leader, "
     "Zakaria Damane, signed a truce in 2007.",
     [("Zakaria Damane", "LEADS", "Union of Forces for Democracy and Renewal")]),
    # "the group" after "It was formed when the old X split. Its leader": the body "it"
    # and "its" stand for, named there as subject and owner, not X in a clause below
    ("group-after-it-and-its", "The Naga Liberation Army (NLA) is the most powerful of "
     "the hill groups. It was formed in 1988, when the original Naga Front split along "
     "tribal lines. Its general secretary, Vizol Angami, has led the group in negotiations "
     "since 1997.", [("Vizol Angami", "LEADS", "Naga Liberation Army")]),
    ("it-had-taken", "The Red Hand Brigade launched an offensive in the north in May. By "
     "December it had taken the town of Marsk and now holds most of the district.",
     [("Red Hand Brigade", "CONTROLS", "Marsk")]),
    ("group-which-is-led", "The Red Hand Brigade is the largest armed group in the north. "
     "The group, which is led by Ivan Petrov, controls most of the border.",
     [("Ivan Petrov", "LEADS", "Red Hand Brigade")]),
    ("its-spokesman", "The Coast Liberation Army rejected the truce on Monday. Its "
     "spokesman, Omar Haji, warned that the army of Kenya would pay a heavy price.",
     [("Omar Haji", "SPOKESPERSON_FOR", "Coast Liberation Army")]),
    # "our" in the quote of a spokeswoman named before
    ("our-in-a-spokeswomans-quote", "Amina Yusuf, the spokeswoman of the Sahel Liberation "
     "Front, spoke on Monday. \"Our fighters will attack the army of Mali wherever it is,\" "
     "she said.", [("Sahel Liberation Front", "THREATENS", "Malian forces")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    # a bare spokesman after two bodies, a state, a person, or a paragraph break
    ("spokesperson-after-two-bodies", "Kenya's Foreign Office and the Tana River Front "
     "traded accusations on Monday. \"We condemn the statements,\" spokesperson Omar Haji "
     "said.", [("Omar Haji", "SPOKESPERSON_FOR", "*")]),
    ("spokesperson-after-a-state", "Kenya rejected the remarks on Monday. \"We condemn the "
     "statements by the Tana River Front,\" spokesperson Omar Haji said.",
     [("Omar Haji", "SPOKESPERSON_FOR", "*")]),
    ("spokesman-after-a-person", "Governor Paul Anders visited Garsen on Monday. \"The town "
     "is safe,\" spokesman Ahmadou Ba said.", [("Ahmadou Ba", "SPOKESPERSON_FOR", "*")]),
    ("spokesman-after-a-break", "The Sahel Liberation Front rejected the report on "
     "Sunday.\n\n\"We condemn the raid by the Kivu Rifles,\" spokesman Ahmadou Ba said.",
     [("Ahmadou Ba", "SPOKESPERSON_FOR", "*"), ("Sahel Liberation Front", "*", "*")]),
    # a title owned by a body of its own
    ("spokesman-of-another", "The Sahel Liberation Front rejected the report on Sunday. "
     "Spokesman Ahmadou Ba of the Kivu Rifles said the raid went on.",
     [("*", "SPOKESPERSON_FOR", "Sahel Liberation Front")]),
    ("a-spokesman-for-another", "The Sahel Liberation Front rejected the report on Sunday. "
     "A spokesman for the Kivu Rifles, Ahmadou Ba, said the raid went on.",
     [("Ahmadou Ba", "*", "Sahel Liberation Front")]),
    ("army-spokesman", "The Sahel Liberation Front rejected the report on Sunday. \"They "
     "are terrorists,\" army spokesman Ahmadou Ba said.",
     [("Ahmadou Ba", "SPOKESPERSON_FOR", "Sahel Liberation Front")]),
    # two bodies the subjects of the sentence's clauses
    ("spokesman-after-two-clause-subjects", "The Sahel Liberation Front said the Kivu "
     "Rifles had burned the camp. \"It was a massacre,\" spokesman Ahmadou Ba said.",
     [("Ahmadou Ba", "SPOKESPERSON_FOR", "*")]),
    # "the group" after a state only; "he" after two men is not the object
    ("group-after-a-state", "Kenya's army attacked a camp near Garsen on Monday. Paul "
     "Anders, the governor, condemned the group.", [("Paul Anders", "CRITICIZES", "*")]),
    ("he-not-the-object", "General Amadou Diallo met Colonel Pierre Okafor in Bamako on "
     "Monday. He accused the Sahel Liberation Front of attacking the convoy.",
     [("Pierre Okafor", "CRITICIZES", "*")]),
    # "the group" is not the body a clause below the pronoun's subject names
    ("group-not-the-split-one", "The Kivu Rifles are the strongest of the militias. It was "
     "formed in 1988, when the old Marsk Front split along tribal lines. Its commander, "
     "Jean Bahati, has led the group since 1997.", [("Jean Bahati", "LEADS", "Marsk Front")]),
    # "its members" are many: not the one member named before
    ("its-members-not-one", "Dawit Bekele, a member of the Oromo Freedom Front, spoke to "
     "reporters in 2024. The Oromo Freedom Front has been accused of abductions along the "
     "main roads. In late January its members ambushed a convoy of the Kivu Rifles near "
     "Gimbi.", [("Dawit Bekele", "TARGETS", "*")]),
    # "its", "their" after two groups and no cue
    ("its-after-two-groups", "The Tana River Front and the Coast Liberation Army clashed "
     "near Garsen on Monday. Its fighters ambushed a convoy of the Kivu Rifles near Gimbi.",
     [("*", "TARGETS", "Kivu Rifles")]),
    ("their-after-two-groups", "The Tana River Front and the Coast Liberation Army fought "
     "for the town in May. Their fighters attacked a convoy of the Kivu Rifles near Gimbi.",
     [("*", "TARGETS", "Kivu Rifles")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_read_across_sentences(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_not_read_across(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
