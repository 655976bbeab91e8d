"""Facts told across sentences, fifth round (extract/coref.py, extract/aliases.py):

- a backgrounder's section headed by a group's name ("THE X FRONT"): "it" and "its" at
  the head of a paragraph in it, or after a sentence whose subject is no actor, are that
  group's; never when the sentence before has another body as its subject or party,
  nor when the heading names no one body;
- a name in another language glossed in English in brackets before its acronym ("X (Red
  Command, CV)") or after it ("X (EMC), or Central General Staff,"): the acronym and
  the gloss are that name's, so "it" after it is not read as two bodies.

Passages are invented, in the style of backgrounders and wire reports.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.extract import extract_document

from .test_extract import Triple, assert_absent, assert_found, cases

FOUND: list[tuple[str, str, list[Triple]]] = [
    # ---- the section's group, across a paragraph break
    ("c5-heading-its-leader-new-paragraph",
     "Backgrounder: the gangs of Port Selwyn\n\nTHE BLUE RIVER BOYS\n\n"
     "The Blue River Boys emerged in the early 2000s from street crews in the harbour "
     "district. Officers describe them as the better armed of the two gangs.\n\n"
     "Its alleged leader, Tomasz Wielicki, was arrested in Lisbon in 2023 and is awaiting "
     "trial.",
     [("Tomasz Wielicki", "LEADS", "Blue River Boys")]),
    ("c5-heading-it-subject-then-its",
     "Backgrounder: who holds the east\n\nTHE KORVA FRONT\n\nThe Korva Front was founded "
     "in 2014 by former army officers in the eastern hills. Investigators regard it as "
     "the most disciplined of the armed groups.\n\nIt controls the town of Meridal and the road "
     "to the coast.",
     [("Korva Front", "CONTROLS", "Meridal")]),
    ("c5-heading-its-after-it-fought",
     "THE SALT COAST BRIGADE\n\nThe Salt Coast Brigade has its base in the port of "
     "Tavrin. Smaller than its rival, it nonetheless fought the Harbour Lions to a "
     "standstill in 2022.\n\nIts commander, Rafael Ostrowski, was killed in an ambush "
     "last year.",
     [("Rafael Ostrowski", "LEADS", "Salt Coast Brigade")]),
    # ---- the section's group, after a sentence whose subject is no actor
    ("c5-heading-its-after-object",
     "THE FREE HIGHLANDS ARMY\n\nIn May 2023 a dozen commanders who rejected the truce "
     "walked out of the talks and formed the Free Highlands Army. Its leader, Daniel "
     "Mbeki-Osei, is a former police inspector.",
     [("Daniel Mbeki-Osei", "LEADS", "Free Highlands Army")]),
    ("c5-heading-its-unit-after-strength",
     "Backgrounder: who holds the north\n\nTHE NORTHERN HILLS FRONT\n\nThe Northern Hills "
     "Front was formed in 2019 by deserters from the army.\n\n"
     "The front's main strength lies in the lowlands, but it also has cells in the "
     "mountains. Its principal unit there is the Tarek Hussein Column, which operates "
     "around Beldor.",
     [("Tarek Hussein Column", "PART_OF", "Northern Hills Front")]),
    # ---- a gloss and an acronym in brackets
    ("c5-gloss-then-acronym",
     "The Frente Unido del Sur (United Southern Front, FUS) was founded in 2009 in a "
     "prison in Tarija. It is led by Mateo Quispe Rojas, a former union organiser.",
     [("Mateo Quispe Rojas", "LEADS", "Frente Unido del Sur")]),
    ("c5-gloss-acronym-used-later",
     "The Comando Unido del Norte (United Northern Command, CUN) controls the drug trade in the "
     "port. On Sunday the CUN ambushed Brazilian soldiers near Belém.",
     [("Comando Unido del Norte", "TARGETS", "Brazilian forces")]),
    # ---- "it" in a sentence whose subject is a body's possession
    ("c5-owner-of-subject-it",
     "The Zamora Liberation Front's power rests on what it seized in 2022, when its "
     "fighters overran Velmora and Osk.",
     [("Zamora Liberation Front", "CONTROLS", "Velmora")]),
    ("c5-owner-of-subject-it-after-places",
     "The Zamora Liberation Front's main strength lies in Velmora and Osk, but it also "
     "attacked Ukrainian soldiers near Kherson last year.",
     [("Zamora Liberation Front", "TARGETS", "Ukrainian forces")]),
    # ---- "it" after a sentence that says what its subject is
    ("c5-copula-then-it",
     "The strongest armed group in the valley is the Zamora Liberation Front. It "
     "ambushed Peruvian soldiers near Pichari on Monday.",
     [("Zamora Liberation Front", "TARGETS", "Peruvian forces")]),
    ("c5-copula-then-its-leader",
     "The oldest of the rebel movements is the Zamora Liberation Front. Its leader, "
     "Hernán Quiroga, lives in the hills.",
     [("Hernán Quiroga", "LEADS", "Zamora Liberation Front")]),
    # ---- "he said" closing a quotation that opened sentences before: the person named
    # before the quotation
    ("c5-he-said-after-long-quote",
     "Mireille Tshala, the mayor of Kananga, welcomed the arrests but said they came too "
     "late. \"We have buried eleven people this month. I call on the Congolese government "
     "to send more police,\" she said.",
     [("Mireille Tshala", "DEMANDS", "Democratic Republic of the Congo")]),
    ("c5-acronym-then-or-gloss",
     "The Junta Patriótica Rural (JPR), or Rural Patriotic Council, was built from the "
     "village militias that refused to disarm in 2018. It is led by Andrés Villca "
     "Mamani, a former soldier.",
     [("Andrés Villca Mamani", "LEADS", "Junta Patriótica Rural")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    # the sentence before has another group as its subject
    ("c5-heading-other-group-subject",
     "THE KORVA FRONT\n\nThe Korva Front was founded in 2014 by former army officers.\n\n"
     "The Meridal Defence Militia later split from the front. Its leader, Anton "
     "Brezhko, lives in exile.",
     [("Anton Brezhko", "LEADS", "Korva Front")]),
    # the sentence before takes another group as its object
    ("c5-heading-other-group-object",
     "THE KORVA FRONT\n\nThe Korva Front was founded in 2014 by former army officers.\n\n"
     "In 2020 a faction of commanders broke away and formed the Meridal Defence Militia. "
     "Its leader, Anton Brezhko, lives in exile.",
     [("Anton Brezhko", "LEADS", "Korva Front")]),
    # a heading that names no body: the state's section
    ("c5-heading-of-no-body",
     "THE STATE'S RESPONSE\n\nThe Korva Front and the Meridal Defence Militia have both "
     "lost ground since the offensive began.\n\nIts commander, Anton Brezhko, has asked "
     "for more troops.",
     [("Anton Brezhko", "LEADS", "*")]),
    # a heading naming the group, but a new section (another heading) between
    ("c5-heading-not-this-section",
     "THE KORVA FRONT\n\nThe Korva Front was founded in 2014 by former army officers.\n\n"
     "WHAT NEXT\n\nElections are due in the autumn.\n\nIts leader, Anton Brezhko, "
     "has called for a boycott.",
     [("Anton Brezhko", "LEADS", "*")]),
    # with no heading, "its" opening a paragraph stays unread
    ("c5-no-heading-paragraph",
     "The Korva Front was founded in 2014 by former army officers. Investigators regard "
     "it as the most disciplined of the armed groups.\n\nIts leader, Anton Brezhko, "
     "lives in exile.",
     [("Anton Brezhko", "LEADS", "Korva Front")]),
    # brackets of a place and a year are no gloss
    ("c5-bracket-place-no-gloss",
     "The Frente Unido del Sur (Tarija, 2009) is one of the oldest groups. It is led by "
     "Mateo Quispe Rojas.",
     [("*", "LEADS", "Tarija")]),
    # another doer named between the owned subject and "its": could be its
    ("c5-owner-of-subject-other-doer",
     "The Zamora Liberation Front's leadership has treated Peru as a priority target "
     "since its intervention in Velmora in 2015.",
     [("Zamora Liberation Front", "TARGETS", "Velmora"),
      ("Zamora Liberation Front", "LOCATED_IN", "Velmora")]),
    # two bodies own the subject: neither is "it"
    ("c5-owner-of-subject-two-owners",
     "The Zamora Liberation Front's and the Osk Defence Militia's fighters met in Velmora. "
     "It later attacked Peruvian soldiers near Pichari.",
     [("*", "TARGETS", "Peruvian forces")]),
    # the copula's subject is itself a body: not the one after it
    ("c5-copula-subject-a-body",
     "The Osk Defence Militia is the main rival of the Zamora Liberation Front. Its "
     "leader, Hernán Quiroga, lives in the hills.",
     [("Hernán Quiroga", "LEADS", "Zamora Liberation Front")]),
    # another speaker credited between: the quotation is not the first person's
    ("c5-he-said-other-speaker-between",
     "Mireille Tshala, the mayor of Kananga, welcomed the arrests. \"We need more "
     "officers,\" said Patrice Ilunga, the provincial governor. \"I call on the Congolese "
     "government to send more police. The city cannot wait,\" he said.",
     [("Mireille Tshala", "DEMANDS", "*")]),
    # a sentence between that is outside the quotation: the quotation's speaker unknown
    ("c5-he-said-narration-between",
     "Mireille Tshala, the mayor of Kananga, welcomed the arrests. Police said the men "
     "were held in Mbuji-Mayi. \"I call on the Congolese government to send more police. "
     "The city cannot wait,\" he said.",
     [("Mireille Tshala", "DEMANDS", "*")]),
    # "it" after a name with two bodies named before it stays unread
    ("c5-acronym-or-two-bodies",
     "The Junta Patriótica Rural (JPR) and the Frente Unido del Sur were built from the "
     "village militias. It is led by Andrés Villca Mamani, a former soldier.",
     [("Andrés Villca Mamani", "LEADS", "*")]),
]

# (text, name, other names it must have, names no actor may bear)
NAMES: list[tuple[str, str, str, list[str], list[str]]] = [
    ("c5-gloss-one-actor", "The Comando Unido del Norte (United Northern Command, CUN) "
     "controls the drug trade in the port.", "Comando Unido del Norte",
     ["CUN", "United Northern Command"], ["CUN", "United Northern Command"]),
    ("c5-or-gloss-one-actor", "The Junta Patriótica Rural (JPR), or Rural Patriotic Council, "
     "was built from village militias.", "Junta Patriótica Rural",
     ["JPR", "Rural Patriotic Council"], ["Rural Patriotic Council"]),
    # the acronym spells the gloss, not the name: neither is taken for the name's
    ("c5-gloss-acronym-not-spelled", "The Comando Unido del Norte (United Northern Command, UNC) "
     "controls the drug trade in the port.", "Comando Unido del Norte", [], []),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_told_across_sentences(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_not_told_across_sentences(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)


@pytest.mark.parametrize(("text", "name", "aliases", "not_actors"),
                         [pytest.param(*row[1:], id=row[0]) for row in NAMES])
def test_glossed_name(nlp: Language, text: str, name: str, aliases: list[str],
                      not_actors: list[str]) -> None:
    ex = extract_document(nlp, text, "gloss.txt")
    actor = next(a for a in ex.actors if a.name == name)
    for alias in aliases:
        assert alias in actor.aliases, f"{alias} not in {actor.aliases}"
    if not aliases:
        assert "UNC" not in actor.aliases and "United Northern Command" not in actor.aliases
    others = {a.name for a in ex.actors if a.id != actor.id}
    assert not others & set(not_actors), others
