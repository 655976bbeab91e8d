"""Later mentions read back to the actor named before (extract/resolve.py,
extract/coref.py, extract/aliases.py, extract/agents.py):

- "the government of Y", "the authorities of Y": the state Y, never the article's own
  state (the dateline's); "the government of President X", X a ruler the dictionaries
  code in another state: not the article's state either;
- "X, a unit that is part of Y, the movement that holds Z", "X is part of Y, the
  administration that runs Z", "X is an ally of Y, the movement that holds Z": a second
  description set off after a first that ends on a body's name is that body's; not when
  the first ends on a place ("X, a militia from Tarsk, the largest group ...");
- "Y, with which X worked", "Y, against which X fought", "Y, from which X withdrew": the
  relative pronoun after a preposition is the noun its clause hangs on; not when the
  clause denies it ("with which X has not worked");
- "KPDM", introduced in brackets and met as an actor of its own (a heading "Kesh
  People's Democratic Movement (KPDM)" the names were not read on) is the one body whose
  name's capitals spell it; not when two bodies spell it;
- "the Kesh-Tarsi regional government": a word joined by a hyphen is no short form of a
  body whose name it opens ("Kesh" for "the Kesh People's Liberation Movement");
- "officials from both sides met": not a body and the person named inside its own phrase
  ("X, led by Prime Minister Y,"), who is no side of their own;
- "the two cartels (gangs, clans) have fought each other": the two armed groups of the
  sentence before; not when it names three;
- "the force" with no name headed by "force": the armed group the story names far most,
  never a state's forces described by a nationality ("Kesh forces"); unread when two
  groups are as often named;
- "The main military force in the region is X. It ...": the subject of a copula is the
  actor named after it, not a force named before;
- "the Polish agency", "the Kenyan ministry": the one body named before with that head
  noun and that state ("Poland's Internal Security Agency"); unread after another
  state's;
- "X are trained by Y, which backs them", "X were set up in 2016. Y backs them": "them"
  taken by another's verb is the armed group named in the plural that is the subject
  of the main verb (of the sentence before); unread when another body is named between;
- "the navy" with no state of its own: the article's state's navy named in the article
  ("the Latvian Navy"), never its whole army ("the Latvian Defence Forces");
- "condemns these attacks" ("those raids"): a plural demonstrative points back as "the"
  does, to the one doer of the attacks told before; unread after two doers' attacks,
  and after the sentence before named an attack by the same noun with no doer ("had
  nothing to do with the attack on the train. 'We condemn this attack'").

Every row is written for this table, with invented names and places.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

B, C, CO, CR, M, T = "BACKS", "CONTROLS", "COOPERATES_WITH", "CRITICIZES", "MEETS_WITH", "TARGETS"

FOUND: list[tuple[str, str, list[Triple]]] = [
    # ---- "the government of Y": Y's
    ("c12-government-of-state",
     "LUSAKA, Zambia, 4 March 2025 — Zambian officials said on Monday that Russia backs the "
     "government of Malawi. Zambia's army is on alert.",
     [("Russia", B, "Malawi")]),
    ("c12-authorities-of-state",
     "KAMPALA, Uganda, 9 June 2025 — Uganda said the Kivu Front had attacked the "
     "authorities of Rwanda near the border. Uganda closed two crossings.",
     [("Kivu Front", T, "Rwanda")]),
    # ---- a second description after a first ending on a body's name
    ("c12-second-appos-movement",
     "The raid was carried out by the Storm Battalion, a unit that is part of the forces of "
     "the Northern Union (NU), the separatist movement that controls Varna and much of the "
     "north.",
     [("Northern Union", C, "Varna")]),
    ("c12-second-attr-administration",
     "The Kesh Coast Guard is part of the Government of National Accord (GNA), the "
     "Varna-based administration that controls Varna and much of the west.",
     [("Government of National Accord", C, "Varna")]),
    ("c12-ally-of-then-movement",
     "The Kesh Front is an ally of the Northern Union, the movement that controls Varna.",
     [("Northern Union", C, "Varna")]),
    # ---- a relative pronoun after a preposition
    ("c12-with-which-worked",
     "The inquiry was run jointly with the Tarvian Bureau of Police, with which the Norland "
     "Security Service worked for two years, the official said.",
     [("Norland Security Service", CO, "Tarvian Bureau of Police")]),
    ("c12-against-which-fought",
     "The rebels named the Kesh Front, against which the Norland Army fought for a decade.",
     [("Norland Army", T, "Kesh Front")]),
    # ---- an acronym read alone, spelled by one body's name
    ("c12-heading-acronym",
     "ASSOSA, Ethiopia, 3 February 2026 — A guide to the groups.\n\n"
     "Kesh People's Democratic Movement (KPDM)\n\n"
     "The Kesh People's Democratic Movement emerged in 2019 and signed a deal in 2022. The "
     "KPDM has criticised the ruling Unity Party.",
     [("Kesh People's Democratic Movement", CR, "Unity Party")]),
    # ---- "both sides": the body and its leader are one side
    ("c12-both-sides-not-leader",
     "In Varna, the Council of Unity, led by Prime Minister Ana Belo, publicly opposes the "
     "Kesh Front. Officials from both sides have met in Tarsk to discuss a joint command.",
     [("Council of Unity", M, "Kesh Front")]),
    # ---- "the two cartels"
    ("c12-two-cartels",
     "The Kesh Cartel's main enemy is the Tarsi Cartel, which long dominated the coastal "
     "routes through Varna. The two cartels have fought each other for five years.",
     [("Kesh Cartel", T, "Tarsi Cartel"), ("Tarsi Cartel", T, "Kesh Cartel")]),
    # ---- "the force": the group the story is about
    # ---- "the Polish agency": the one agency named before with that state
    ("c12-demonym-agency",
     "Poland's Internal Security Agency tracked the accounts on Monday, officials said. On "
     "Tuesday the Polish agency accused the Kesh Front of organising the plot.",
     [("Internal Security Agency", CR, "Kesh Front")]),
    # ---- "these attacks": the attacks told before by one doer
    ("c12-these-attacks",
     "The Kesh Mission has credible reports that aerial bombardments carried out by the "
     "Banyo Defence Force struck the market in Tarso on Monday. A further strike hit the "
     "outskirts of Abeche the following day. The Kesh Mission condemns these attacks and "
     "reminds all parties of the law.",
     [("Kesh Mission", CR, "Banyo Defence Force")]),
    # ---- "them" taken by another's verb: the plural-named group of the main clause
    ("c12-which-backs-them",
     "The Kesh Shield Forces were set up in 2016 and are trained and financed by Qatar, "
     "which backs them as the backbone of its effort in the south.",
     [("Qatar", B, "Kesh Shield Forces")]),
    ("c12-backs-them-sentence-before",
     "The Kesh Shield Forces were set up in 2016. Qatar backs them as the backbone of its "
     "effort in the south.",
     [("Qatar", B, "Kesh Shield Forces")]),
    ("c12-this-assault",
     "Personnel of the Kesh Security Command pushed and struck members of a Lowland Union "
     "patrol near Tarso on Monday. Two vehicles were damaged.\n\n"
     "The Lowland Union strongly condemns this assault on its personnel.",
     [("Lowland Union", CR, "Kesh Security Command")]),
    # ---- "the navy": the state's navy named in the article
    ("c12-the-navy-named",
     "RIGA, Latvia, 3 May 2025 — The Latvian Navy boarded the tanker near Ventspils. The "
     "jet entered Latvian airspace, according to the Latvian Defence Forces, of which the "
     "navy is a part.",
     [("Latvian Navy", "PART_OF", "Latvian Defence Forces")]),
    ("c12-main-force-is-named",
     "The Popular Armed Forces of Tarsi, a rebel army, split in 2016. The Varna Front grew "
     "out of it and fights in the hills.\n\n"
     "The main military force in the region is the Delta Joint Task Force of the Colombian "
     "military, based in Tarsk. It has carried out bombing raids against Varna Front camps "
     "in the hills.",
     [("Delta Joint Task Force", T, "Varna Front")]),
    ("c12-the-force-main-group",
     "A Kesh Coast Guard boat fired on a rescue ship off the town of Varna, the charity "
     "said, the latest clash between Tunisian forces and rescue ships. The Kesh Coast Guard "
     "said only warning shots were fired. The Kesh Coast Guard patrols the coast around "
     "Varna.\n\n"
     "The Lowland Union and Malta have long backed the force, which was trained under a "
     "deal signed in 2017.",
     [("Lowland Union", B, "Kesh Coast Guard"), ("Malta", B, "Kesh Coast Guard")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    # the dateline's state is not the government named after "of"
    ("c12-government-of-state-not-dateline",
     "LUSAKA, Zambia, 4 March 2025 — Zambian officials said on Monday that Russia backs the "
     "government of Malawi. Zambia's army is on alert.",
     [("Russia", B, "Zambia")]),
    # the first description ends on a place: the second is still the subject's
    ("c12-second-appos-after-place",
     "The Norland Guard, a militia from Tarsk, the largest armed group in the north, "
     "controls Varna.",
     [("Tarsk", C, "*")]),
    # the unit does not hold what its movement holds
    ("c12-second-appos-not-first",
     "The raid was carried out by the Storm Battalion, a unit that is part of the forces of "
     "the Northern Union (NU), the separatist movement that controls Varna and much of the "
     "north.",
     [("Storm Battalion", C, "Varna")]),
    # a denied clause after "with which"
    ("c12-with-which-not-worked",
     "The Kesh Police named the Tarvian Bureau of Police, with which the Norland Security "
     "Service has not worked.",
     [("Norland Security Service", CO, "Tarvian Bureau of Police")]),
    # two bodies spell the acronym: it stays apart
    ("c12-acronym-two-bodies",
     "Kesh People's Democratic Movement (KPDM)\n\n"
     "The Kesh People's Democratic Movement and the Kora Party for Democratic Militancy "
     "emerged in 2019. The KPDM has criticised the ruling Unity Party.",
     [("Kesh People's Democratic Movement", CR, "*"),
      ("Kora Party for Democratic Militancy", CR, "*")]),
    # a hyphened place word is not the movement's short form
    ("c12-hyphened-not-short-form",
     "The Kesh People's Liberation Movement denounced the Unity Party. Ana Belo, spokesman "
     "for the Kesh-Tarsi regional government, said the door was open.",
     [("Ana Belo", "SPOKESPERSON_FOR", "Kesh People's Liberation Movement")]),
    # the leader named in the body's phrase is no second side
    ("c12-both-sides-not-body-and-leader",
     "In Varna, the Council of Unity, led by Prime Minister Ana Belo, publicly opposes the "
     "Kesh Front. Officials from both sides have met in Tarsk to discuss a joint command.",
     [("Council of Unity", M, "Ana Belo"), ("Ana Belo", M, "Council of Unity")]),
    # three cartels before "the two cartels": unread
    ("c12-two-cartels-three-named",
     "The Kesh Cartel fights the Tarsi Cartel and the Varna Cartel along the coast. The two "
     "cartels have fought each other for five years.",
     [("Tarsi Cartel", T, "Varna Cartel"), ("Varna Cartel", T, "Tarsi Cartel")]),
    # "the force" is not the state's forces described by a nationality
    ("c12-the-force-not-state-forces",
     "A Kesh Coast Guard boat fired on a rescue ship off the town of Varna, the charity "
     "said, the latest clash between Tunisian forces and rescue ships. The Kesh Coast Guard "
     "said only warning shots were fired. The Kesh Coast Guard patrols the coast around "
     "Varna.\n\n"
     "The Lowland Union and Malta have long backed the force, which was trained under a "
     "deal signed in 2017.",
     [("*", B, "Tunisian forces")]),
    # "the Polish agency" after another state's agency: unread
    ("c12-demonym-agency-other-state",
     "Latvia's Internal Security Agency tracked the accounts on Monday, officials said. On "
     "Tuesday the Polish agency accused the Kesh Front of organising the plot.",
     [("Internal Security Agency", CR, "Kesh Front")]),
    # "these attacks" after two doers' attacks: unread
    ("c12-these-attacks-two-doers",
     "The Banyo Defence Force shelled the town of Tarso on Monday. The Tarsi Front raided "
     "the town of Abeche on Tuesday. The Kesh Mission condemns these attacks.",
     [("Kesh Mission", CR, "*")]),
    # another body named between: "them" stays unread
    ("c12-backs-them-two-before",
     "The Kesh Shield Forces fought the Tarsi Front in 2016. Qatar backs them as the "
     "backbone of its effort in the south.",
     [("Qatar", B, "*")]),
    # "this attack" after an attack named with no doer: that one, whose doer is unknown
    ("c12-this-attack-told-without-doer",
     "On Monday the Kesh Army said it had killed Omar Sadiq, a bandit leader, in the "
     "forest near Tarso. The Varna Front said it had nothing to do with the attack on the "
     "train.\n\n"
     "\"We condemn this attack in the strongest terms,\" Ana Belo, a spokesman for the "
     "Varna Front, said.",
     [("*", CR, "Kesh Army")]),
    # "the navy" of the article's state is not another state's navy named before
    ("c12-the-navy-not-another-states",
     "RIGA, Latvia, 3 May 2025 — The Estonian Navy boarded the tanker near Ventspils. The "
     "jet entered Latvian airspace, according to the Latvian Defence Forces, of which the "
     "navy is a part.",
     [("Estonian Navy", "PART_OF", "*")]),
    # "the main force ... is X": X, not a force named before
    ("c12-main-force-is-named-not-before",
     "The Popular Armed Forces of Tarsi, a rebel army, split in 2016. The Varna Front grew "
     "out of it and fights in the hills.\n\n"
     "The main military force in the region is the Delta Joint Task Force of the Colombian "
     "military, based in Tarsk. It has carried out bombing raids against Varna Front camps "
     "in the hills.",
     [("Popular Armed Forces of Tarsi", T, "Varna Front")]),
    # two groups as often named: "the force" stays unread
    ("c12-the-force-two-groups",
     "The Kesh Coast Guard and the Tarsi Rangers patrol the coast around Varna.\n\n"
     "The Lowland Union and Malta have long backed the force, which was trained under a "
     "deal signed in 2017.",
     [("*", B, "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_later_mention_read_back(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_later_mention_not_misread(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
