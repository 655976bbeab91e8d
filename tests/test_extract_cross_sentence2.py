"""Facts whose two ends are never named in one sentence, a second set (extract/coref.py,
extract/threads.py):

- "the killers", "the murderers" (plural, with "the" only): the one doer named (or
  credited) for the killings told in the sentence or the six before it, when every
  killing the article told with a doer before it was that one's; "the perpetrators",
  "the culprits", "the gunmen": for the attacks so told ("vowed to hunt down the
  killers" after "X killed nine villagers": a threat to X), whatever other group the
  sentences between name;
- "the attackers": the doer a claim or a blame gave the attack told last with no doer
  named, rather than the doer of an attack told before it; pursued and killed ("killed
  six of them") up to six sentences on when every attack told before had one doer;
- "its" in a sentence after one whose subject is "it": the body that "it" is read back
  to ("X was founded in 2010. It left the truce. Months later its fighters ...": X's);
- "Among those killed was Y" (or "among the dead") in the sentence just after an attack
  told by its one doer with no killing ("X attacked the village, burning 40 houses"): X
  KILLED Y.

Each has texts in which it must stay unread: killings by two doers told before, a
killing told with no doer, a killer noun that something narrows ("the killers of his
brother"), a killing told too far back; the dead after an attack by two doers, or after
a sentence that tells no attack.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

FOUND: list[tuple[str, str, list[Triple]]] = [
    # "the killers": the doer of the killing told before, past another group named
    ("killers-past-a-second-group", "Fighters of the Tana River Front killed nine villagers "
     "in a raid on Garsen on Monday. The front split from the Coast Liberation Army in "
     "2019. Omar Haji, the governor of Lamu, vowed to \"pursue the killers wherever they "
     "hide.\"", [("Omar Haji", "THREATENS", "Tana River Front")]),
    ("killers-after-a-claim", "Gunmen shot dead four teachers at a school near Garsen on "
     "Monday. The Tana River Front claimed the killings in a statement on Tuesday. "
     "Governor Paul Anders vowed to hunt down the killers.",
     [("Paul Anders", "THREATENS", "Tana River Front")]),
    ("murderers-two-sentences-on", "The Red Hand Brigade killed a village chief, Peter "
     "Olsen, near Marsk on Sunday. Hundreds of residents fled to the town. The Coast "
     "Liberation Army has fought in the hills since 2015. Mayor Ivan Petrov vowed to "
     "punish the murderers.", [("Ivan Petrov", "THREATENS", "Red Hand Brigade")]),
    # "the perpetrators": the doer of the attack told before
    ("perpetrators-to-justice", "Gunmen of the Tana River Front shot dead a district chief "
     "near Lamu on Sunday. Governor Paul Anders vowed to bring the perpetrators to justice.",
     [("Paul Anders", "THREATENS", "Tana River Front")]),
    ("culprits-after-a-bombing", "The Red Hand Brigade bombed a bus station in Marsk on "
     "Friday, wounding 30 people. The interior minister, Ivan Petrov, promised to crush "
     "the culprits.", [("Ivan Petrov", "THREATENS", "Red Hand Brigade")]),
    # "the gunmen": the doer of the attack told before
    ("gunmen-fought", "The Red Hand Brigade raided the town of Marsk before dawn on "
     "Friday. The brigade has fought in the hills since 2015. Soldiers of the Kivu Rifles "
     "fought the gunmen for several hours.", [("Kivu Rifles", "TARGETS", "Red Hand Brigade")]),
    # "the attackers" pursued: the doer blamed for the attack told last, six sentences on
    # when the story's attacks had that one doer
    ("attackers-pursued-further-on", "Armed men attacked a convoy near Garsen on Tuesday, "
     "killing two police officers. Governor Paul Anders blamed the Tana River Front. A "
     "spokesman for the front, Omar Haji, said the group had punished traitors. He said "
     "the hostages would be freed for a fee. The fee was not named. Soldiers of the Kivu "
     "Rifles pursued the attackers and killed six of them.",
     [("Kivu Rifles", "KILLED", "Tana River Front")]),
    ("attackers-of-the-blamed", "The Coast Liberation Army ambushed a patrol near Lamu in "
     "May. Armed men attacked a convoy near Garsen on Tuesday, killing two police "
     "officers. Governor Paul Anders blamed the Tana River Front. A spokesman for the "
     "front, Omar Haji, said the group had punished traitors. He said the hostages would "
     "be freed for a fee. Soldiers of the Kivu Rifles pursued the attackers and killed six "
     "of them.", [("Kivu Rifles", "KILLED", "Tana River Front")]),
    # "its" after a sentence whose subject is "it": the body that "it" is read back to
    ("its-through-it", "The Tana River Front was founded by a former officer in 2010. It "
     "walked out of its ceasefire with Nairobi in March 2015. Three months later its "
     "fighters ambushed a convoy of the Kenya Defence Forces near Garsen.",
     [("Tana River Front", "TARGETS", "Kenya Defence Forces")]),
    # the dead named just after an attack told with no killing
    ("among-those-killed-after-a-raid", "Armed men of the Tana River Front attacked the "
     "village of Garsen on Monday, burning 40 houses. Among those killed was Mary Otieno, "
     "a teacher.", [("Tana River Front", "KILLED", "Mary Otieno")]),
    ("among-the-dead-after-a-raid", "The Red Hand Brigade raided the town of Marsk before "
     "dawn on Friday. Among the dead was the town's mayor, Ivan Petrov.",
     [("Red Hand Brigade", "KILLED", "Ivan Petrov")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    # killings by two doers told before: "the killers" could be either's
    ("killers-two-doers", "The Tana River Front killed four soldiers in Garsen on Monday. "
     "On Tuesday the Coast Liberation Army killed six villagers near Lamu. Paul Anders "
     "vowed to hunt down the killers.", [("Paul Anders", "THREATENS", "*")]),
    # a killing told with no doer, a group named only as background
    ("killers-no-doer", "Four soldiers were killed near Garsen on Monday. The Tana River "
     "Front has been active in the area since 2019, and the Coast Liberation Army since "
     "2015. Paul Anders vowed to hunt down the killers.",
     [("Paul Anders", "THREATENS", "*")]),
    ("gunmen-two-doers", "The Red Hand Brigade raided the town of Marsk on Friday. The "
     "Coast Liberation Army attacked a police post near Lamu on Saturday. Soldiers of the "
     "Kivu Rifles fought the gunmen for several hours.", [("Kivu Rifles", "TARGETS", "*")]),
    # "the attackers" of an attack told with no doer and blamed on another: not the doer
    # of an attack told before it
    ("attackers-not-the-earlier-doer", "The Coast Liberation Army ambushed a patrol near "
     "Lamu in May. Armed men attacked a convoy near Garsen on Tuesday, killing two police "
     "officers. Governor Paul Anders blamed the Tana River Front. Soldiers of the Kivu "
     "Rifles pursued the attackers and killed six of them.",
     [("Kivu Rifles", "*", "Coast Liberation Army")]),
    # "its" through an "it" that stands for no one body ("it": a truce two signed)
    ("its-through-it-of-two", "Kenya and the Tana River Front signed a truce in 2010. It "
     "collapsed in 2015. Months later its fighters ambushed a convoy of the Kenya Defence "
     "Forces near Garsen.", [("*", "TARGETS", "Kenya Defence Forces")]),
    # "the group" after a state only
    ("group-after-a-state", "Kenya's army attacked a camp near Garsen on Monday. Paul "
     "Anders vowed to crush the group.", [("Paul Anders", "THREATENS", "*")]),
    # a killer noun something narrows: another's killers
    ("killers-of-another", "The Tana River Front killed four soldiers in Garsen on Monday. "
     "Paul Anders vowed to find the killers of his brother, who died in 2010.",
     [("Paul Anders", "THREATENS", "Tana River Front")]),
    # a killing told too far back
    ("killers-far-back", "The Tana River Front killed four soldiers in Garsen on Monday. "
     "Garsen lies on the river. Its market is the largest in the region. Most of its "
     "people farm rice. Many grow mangoes. The town has two schools. A new road opened "
     "in May. Paul Anders vowed to hunt down the killers.",
     [("Paul Anders", "THREATENS", "Tana River Front")]),
    # the dead after an attack by two doers, or after a sentence that tells no attack
    ("dead-after-a-joint-raid", "The Tana River Front and the Coast Liberation Army "
     "attacked the village of Garsen on Monday. Among those killed was Mary Otieno, a "
     "teacher.", [("*", "KILLED", "Mary Otieno")]),
    ("dead-after-another-sentence", "The Tana River Front attacked the village of Garsen on "
     "Monday. Kenyan police arrested two men on Tuesday. Among those killed was Mary "
     "Otieno, a teacher.", [("*", "KILLED", "Mary Otieno")]),
    ("wounded-after-a-raid", "The Red Hand Brigade raided the town of Marsk before dawn on "
     "Friday. Among the wounded was the town's mayor, Ivan Petrov.",
     [("*", "KILLED", "Ivan Petrov")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_read_across_sentences(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_not_read_across(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
