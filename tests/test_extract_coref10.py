"""Later mentions read back to the actor named before (extract/coref.py,
extract/mentions.py, extract/aliases.py, extract/context.py): an acronym the gazetteer
knows glossing a name it does not ("The UN Child Rights Agency (UNICEF)"); a title before
a surname ("Ms Otieno"); "X, or Y," and "X (XA), known as Brigade 12" giving X another
name (Y is no second subject of "it"); "the government's spokesman" as the article's
state's; "the envoy's office" as the Office of the Special Envoy named before; "the
attack on the clinic" as the attack told on a clinic with its doer; a force's first word
glossed as a region ("Galmudug, a semi-autonomous region") as the region.

Each reading has must-not cases: the acronym of words inside the name, a surname two
people bear, two subjects, two brigades, two envoys' offices, another title's office,
an attack on another target, the force beside its region.

Passages are invented, in the style of wire and agency reports.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

FOUND: list[tuple[str, str, list[Triple]]] = [
    # ---- a known acronym glossing a name the gazetteer does not hold is that name's
    ("c10-acronym-glosses-name",
     "The UN Child Rights Agency (UNICEF) said on Friday it had suspended work in Kidal. "
     "UNICEF is working with the Malian Red Cross to shelter families.",
     [("UN Child Rights Agency", "COOPERATES_WITH", "Malian Red Cross")]),
    # ---- a title before the surname of the one person who bears it
    ("c10-titled-surname",
     "Grace Wanjiru Otieno, the agency's head of mission in Chad, visited Abeche on "
     "Monday. During the visit, Ms Otieno met Mahamat Saleh Annadif, the governor.",
     [("Grace Wanjiru Otieno", "MEETS_WITH", "Mahamat Saleh Annadif")]),
    # ---- "X, or Y, ...": Y is X's other name, not a second subject "it" could be
    ("c10-or-other-name-it",
     "The Lions of Tal Afar, or Brigade 44, calls itself a Turkmen force, though many of "
     "its men are Arabs. It is led by Jabbar Hamid al-Obeidi, a former police officer.",
     [("Jabbar Hamid al-Obeidi", "LEADS", "Lions of Tal Afar")]),
    # ---- "X (XA), known as Brigade 12": the numbered name is X's, read back later
    ("c10-known-as-numbered-after-acronym",
     "The Sinjar Resistance Units (SRU), known as Brigade 12, recruit among the Yazidis. "
     "Brigade 12 holds Sinune. The brigade was commanded for years by Khalaf Murad Haji, "
     "a Yazidi politician.",
     [("Sinjar Resistance Units", "CONTROLS", "Sinune")]),
    # ---- "the government's spokesman": the article's state, another state named before
    ("c10-government-spokesman",
     "BANGUI, Central African Republic, 3 March 2026 — Gunmen attacked a convoy near Obo "
     "on Sunday, officials said. Chad said it had closed the border.\n\nFidele "
     "Gouandjika, the government's spokesman, condemned the attack.",
     [("Fidele Gouandjika", "SPOKESPERSON_FOR", "Central African Republic")]),
    # ---- "the envoy's office": the one Office of the ... Envoy named before
    ("c10-envoy-office",
     "The Office of the Special Envoy for the Great Lakes convened the talks in Luanda. "
     "The Kivu Peace Movement criticised the envoy's office for its bias.",
     [("Kivu Peace Movement", "CRITICIZES",
       "Office of the Special Envoy for the Great Lakes")]),
    # ---- "condemned the attack on the clinic": the doer of the attack on a clinic told
    ("c10-attack-on-told-target",
     "Members of the Kivu Defence Militia attacked a clinic in Kanyabayonga on "
     "Monday.\n\nSofia Lindgren, the UN Humanitarian Coordinator, condemned the attack "
     "on the clinic.",
     [("Sofia Lindgren", "CRITICIZES", "Kivu Defence Militia")]),
    # ---- a force's first word glossed as a region is the region, not the force
    ("c10-opener-glossed-region",
     "The navy coordinated with the Galmudug Coastal Police Force (GCPF) during the "
     "operation.\n\nGalmudug, a semi-autonomous region led by President Ahmed Abdi "
     "Karie, has relied on its own forces.",
     [("Ahmed Abdi Karie", "LEADS", "Galmudug")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    # the acronym of words inside the name is theirs, not the name's
    ("c10-acronym-of-inner-name",
     "The Task Force against the Islamic State (ISIS) said it had struck ISIS positions "
     "near Raqqa. ISIS attacked Syrian Democratic Forces near Hasakah.",
     [("Task Force against the Islamic State", "TARGETS", "Syrian Democratic Forces")]),
    # a name the gazetteer holds keeps its own actor beside another's acronym
    ("c10-acronym-of-known-other",
     "Fighting between the Rapid Support Forces (SAF) and militias spread to Nyala. "
     "SAF shelled positions of the Sudan Liberation Movement near El Fasher.",
     [("Rapid Support Forces", "TARGETS", "*")]),
    # a surname two people bear: "Mr Otieno" is neither
    ("c10-titled-surname-shared",
     "Grace Wanjiru Otieno, the agency's head of mission in Chad, visited Abeche with "
     "Peter Otieno, a logistics officer. Later, Mr Otieno met Mahamat Saleh Annadif.",
     [("Grace Wanjiru Otieno", "MEETS_WITH", "*"), ("Peter Otieno", "MEETS_WITH", "*")]),
    # two subjects, one or the other: "it" is neither
    ("c10-either-subject-it",
     "Either the Lions Brigade or the Hawks Brigade carried out the raid on Sinune. It is "
     "led by Jabbar Hamid al-Obeidi, a former police officer.",
     [("Jabbar Hamid al-Obeidi", "LEADS", "*")]),
    # the other name glossed after "the X of the Y (YA)" is not Y's
    ("c10-known-as-after-inner-acronym",
     "The 12th Brigade of the Sinjar Resistance Units (SRU), known as Brigade 12, "
     "recruits among the Yazidis. Brigade 12 holds Sinune.",
     [("Sinjar Resistance Units", "CONTROLS", "*")]),
    # "the government's spokesman" is not the spokesman of a state named just before
    ("c10-government-spokesman-not-neighbour",
     "BANGUI, Central African Republic, 3 March 2026 — Gunmen attacked a convoy near Obo "
     "on Sunday, officials said. Chad said it had closed the border.\n\nFidele "
     "Gouandjika, the government's spokesman, condemned the attack.",
     [("Fidele Gouandjika", "SPOKESPERSON_FOR", "Chad")]),
    # "the governor's office" is not the Office of the Special Envoy
    ("c10-other-title-office",
     "The Office of the Special Envoy for the Great Lakes convened the talks in Luanda. "
     "The Kivu Peace Movement criticised the governor's office for its bias.",
     [("Kivu Peace Movement", "CRITICIZES", "*")]),
    # two offices of envoys: "the envoy's office" stays unread
    ("c10-two-envoy-offices",
     "The Office of the Special Envoy for the Great Lakes and the Office of the Special "
     "Envoy for Burundi convened the talks in Luanda. The Kivu Peace Movement "
     "criticised the envoy's office for its bias.",
     [("Kivu Peace Movement", "CRITICIZES", "*")]),
    # "the attack on the school": no attack told on a school, so no doer is read
    ("c10-attack-on-other-target",
     "Members of the Kivu Defence Militia attacked a clinic in Kanyabayonga on "
     "Monday.\n\nSofia Lindgren, the UN Humanitarian Coordinator, condemned the attack "
     "on the school.",
     [("Sofia Lindgren", "CRITICIZES", "*")]),
    # ... so its leader is not the force's
    ("c10-opener-glossed-region-not-force",
     "The navy coordinated with the Galmudug Coastal Police Force (GCPF) during the "
     "operation.\n\nGalmudug, a semi-autonomous region led by President Ahmed Abdi "
     "Karie, has relied on its own forces.",
     [("Ahmed Abdi Karie", "LEADS", "Galmudug Coastal Police Force")]),
    # two brigades named just before: "the brigade" stays unread
    ("c10-two-brigades",
     "The Hawks Brigade clashed with Brigade 12 near Sinune on Monday. The brigade was "
     "commanded for years by Khalaf Murad Haji, a Yazidi politician.",
     [("Khalaf Murad Haji", "LEADS", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_later_mention_read_back(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_later_mention_not_misread(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
