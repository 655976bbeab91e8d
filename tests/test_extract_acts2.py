"""Acts as unseen news tells them: a killing in a side's airstrike, a truce in force
between two sides, "the two governments", an accusation said in the same breath as a
denial or a demand, support named by its giver ("with Turkish support"), a town "held"
by a group, an attack suffered ("came under fire from X") or made by a unit of a group,
a "neutralised" enemy, a claim of the attack told before, where a group operates from,
and a statement's author as the accuser. Each reading has a text in which it must stay
unread.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

FRONT = "Tuareg Salvation Front"

FOUND: list[tuple[str, str, list[Triple]]] = [
    # a killing in a raid owned by a side: the side killed
    ("killed-in-demonym-airstrike", "Three Hamas fighters were killed in an Israeli airstrike "
     "on Rafah overnight.", [("Israel", "KILLED", "Hamas")]),
    ("died-in-state-strike", "Samir Haddad died in a US strike on his car near Deir ez-Zor.",
     [("United States", "KILLED", "Samir Haddad")]),
    ("killed-in-group-ambush", f"Four Nigerien soldiers were killed in a {FRONT} ambush near "
     "Arlit.", [(FRONT, "KILLED", "Nigerien forces")]),
    # a truce in force between two named sides
    ("despite-truce-between", "Drone strikes continued despite the ceasefire between Ukraine "
     "and Russia that began at Easter.", [("Ukraine", "CEASEFIRE_WITH", "Russia")]),
    ("under-truce-between", "Prisoners were swapped under the truce between Israel and Hamas "
     "last week.", [("Israel", "CEASEFIRE_WITH", "Hamas")]),
    # "the two governments": the pair named before, in the sentence or the one before
    ("two-governments-joint", "Mali and Niger have traded accusations for weeks. On Tuesday "
     "the two governments agreed to launch joint patrols.", [("Mali", "COOPERATES_WITH",
                                                               "Niger")]),
    ("two-governments-same-sentence", "Officials from Mali met envoys of Niger in Gao, and the "
     "two governments agreed to form a joint brigade.", [("Mali", "COOPERATES_WITH", "Niger")]),
    ("two-governments-hold-talks", "Mali and Niger recalled their ambassadors in March. In May "
     "the two governments agreed to hold talks in Niamey.", [("Mali", "MEETS_WITH", "Niger")]),
    # an accusation joined to a denial is said, not denied
    ("denied-then-accused", "Hamas denied that its fighters had attacked the crossing and "
     "accused Israel of inventing the story.", [("Hamas", "CRITICIZES", "Israel")]),
    # a stance the parser joins to the reported clause is the sentence subject's
    ("demanded-then-threatened", f"The {FRONT} demanded that Niger free its prisoners and "
     "threatened to keep attacking Nigerien territory until it does.",
     [(FRONT, "THREATENS", "Niger")]),
    ("reports-then-criticised", "Amnesty International said it had received reports that "
     "homes were looted and criticised the Nigerian army for its silence.",
     [("Amnesty International", "CRITICIZES", "Nigerian forces")]),
    # the victim as subject of the attack
    ("came-under-fire-from", f"A Nigerien army convoy came under fire from the {FRONT} near "
     "Agadez.", [(FRONT, "TARGETS", "Nigerien forces")]),
    ("came-under-attack-by", "A Kenyan army base came under attack by al-Shabaab fighters "
     "on Sunday.", [("al-Shabaab", "TARGETS", "Kenyan forces")]),
    # an attack or a killing by a unit of a named group
    ("attacked-by-cell-of", f"A Nigerien army patrol was attacked by a cell of the {FRONT} "
     "near Arlit.", [(FRONT, "TARGETS", "Nigerien forces")]),
    ("killed-by-unit-of", f"Moussa Diallo was killed by a unit of the {FRONT} near Agadez.",
     [(FRONT, "KILLED", "Moussa Diallo")]),
    # "neutralised": the army's word for fighters killed or captured
    ("neutralised", "The Nigerian army said it had neutralised seven Boko Haram fighters in "
     "Borno.", [("Nigerian forces", "TARGETS", "Boko Haram")]),
    # where a group operates from
    ("operated-from", "Hezbollah has operated from southern Lebanon since the 1980s.",
     [("Hezbollah", "LOCATED_IN", "Lebanon")]),
    # support named by its giver before the noun: the clause's doer is backed
    ("with-demonym-support", "The Somali army retook the port with Turkish support.",
     [("Turkey", "BACKS", "Somali forces")]),
    ("with-possessive-support", "The Somali army retook the port with Turkey's support.",
     [("Turkey", "BACKS", "Somali forces")]),
    # a town called held by a group
    ("group-held-town-of", "Aid trucks reached the M23-held town of Rubaya on Friday.",
     [("March 23 Movement", "CONTROLS", "Rubaya")]),
    # a claim of the attack told just before: the claimant struck its target (an army's
    # camp is the army's, as "a Kenyan army base" is)
    ("claimed-the-attack", "A rocket attack on a Nigerien army camp killed two soldiers on "
     f"Monday. The {FRONT} claimed the attack on Tuesday.",
     [(FRONT, "TARGETS", "Nigerien forces")]),
    ("attack-claimed-by", "A rocket attack on a Nigerien army camp killed two soldiers on "
     f"Monday. The attack was claimed by the {FRONT}.", [(FRONT, "TARGETS", "Nigerien forces")]),
    # a statement's author is the accuser
    ("statement-from-accused", "A statement from Hamas accused Israel of starving Gaza.",
     [("Hamas", "CRITICIZES", "Israel")]),
    ("banner-signed-by-blamed", f"A banner signed by the {FRONT} blamed Niger for the drought.",
     [(FRONT, "CRITICIZES", "Niger")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    ("survived-airstrike", "Three Hamas fighters survived an Israeli airstrike on Rafah "
     "overnight.", [("Israel", "KILLED", "*")]),
    ("killed-in-place-airstrike", "Samir Haddad was killed in a Gaza airstrike on Sunday.",
     [("*", "KILLED", "Samir Haddad")]),
    ("denied-killing-in-airstrike", "Israel denied that Samir Haddad was killed in an Israeli "
     "airstrike.", [("Israel", "KILLED", "Samir Haddad")]),
    ("called-for-truce-between", "Turkey called for a ceasefire between Ukraine and Russia "
     "on Monday.", [("Ukraine", "CEASEFIRE_WITH", "Russia")]),
    ("talks-on-truce-between", "Talks on a truce between Israel and Hamas stalled in Cairo.",
     [("Israel", "CEASEFIRE_WITH", "Hamas")]),
    ("three-governments", "Mali, Niger and Chad recalled their ambassadors in March. In May "
     "the two governments agreed to hold talks in Niamey.", [("*", "MEETS_WITH", "*")]),
    ("both-sides-not-subject-and-place", "The African Union mission in Somalia said it was "
     "alarmed by the fighting and called on both sides to hold their fire.",
     [("*", "DEMANDS", "Somalia")]),
    ("denied-both-acts", "Hamas denied that its fighters had attacked the crossing and killed "
     "Samir Haddad.", [("Hamas", "KILLED", "Samir Haddad")]),
    ("said-then-threatened", f"Niger said the {FRONT} had burned a village and threatened "
     "to attack Agadez.", [("Niger", "THREATENS", "*")]),
    ("came-under-fire-no-author", f"A Nigerien army convoy came under fire near Agadez, and the "
     f"{FRONT} denied any role.", [(FRONT, "TARGETS", "*")]),
    ("attacked-by-cell-that-left", f"A Nigerien army patrol was attacked by a cell that broke "
     f"away from the {FRONT}.", [(FRONT, "TARGETS", "*")]),
    ("neutralised-mine", "The Nigerian army said Boko Haram fighters had fled before it "
     "neutralised a roadside mine.", [("Nigerian forces", "TARGETS", "Boko Haram")]),
    ("operated-against", "Hezbollah has operated against Israeli troops in Lebanon since the "
     "1980s.", [("Hezbollah", "LOCATED_IN", "*")]),
    ("local-support", "The Somali army retook the port with local support.",
     [("*", "BACKS", "Somali forces")]),
    ("support-for-another", "The Somali army retook the port despite Turkish support for the "
     "militia.", [("Turkey", "BACKS", "Somali forces")]),
    ("town-near-group-camp", "Aid trucks reached the M23 camp outside the town of Rubaya on "
     "Friday.", [("March 23 Movement", "CONTROLS", "*")]),
    ("claimed-it-was-staged", f"The {FRONT} claimed the attack was staged by Niger.",
     [(FRONT, "TARGETS", "*")]),
    ("statement-about-accused", "A statement about Hamas accused Israel of starving Gaza.",
     [("Hamas", "CRITICIZES", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_acts_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_acts_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
