"""Facts told across sentences, eighth round (extract/aliases.py, extract/mentions.py):
a later mention that names an actor only by a short form given earlier.

- "the Frente Unido del Norte, or FUN, ...": an acronym in capitals set off by ", or"
  after a body's name, spelling its initials, is that body's name from there on ("the
  FUN controls ..." is the Frente's); one that does not spell the name stays its own;
- "the IRGC Navy" after "the Islamic Revolutionary Guard Corps Navy (IRGCN)": an acronym
  with the capitalised word after it is the actor named before as the acronym's full
  name with that word (the branch, not the whole body the acronym alone names); with no
  such actor named before, the words are read as before;
- "its fighters", "their men": whose the pronoun stands for (read by the coreference),
  never just the militia met last, which may be another group altogether;
- "the group that worries officials most is known as X": a definite noun narrowed by a
  relative clause not set off by a comma is one told there, not one named before ("the
  gang, which formed in 2004," still is);
- "its armed wing, the X Units, said its fighters ...": a subject that is no actor but
  has one set beside it in apposition speaks as that one;
- "the group" after "the X Company's Alta Vista district": a name whose possessive owns
  a place is named as a place there, no candidate for "the group".

Passages are invented, in the style of wire reports and backgrounders.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

FOUND: list[tuple[str, str, list[Triple]]] = [
    # ---- ", or ACRONYM," glossing a body's name
    ("c8-or-acronym-controls",
     "The strongest armed group in the valley is the Frente Unido del Norte, or FUN, a "
     "smuggling army of some 2,000 men. Along the river, the FUN controls most of Puerto "
     "Lleras and the gold dredges around it.",
     [("Frente Unido del Norte", "CONTROLS", "Puerto Lleras")]),
    ("c8-or-acronym-attacked",
     "Fighters of the Northern Liberation Movement, or NLM, have been active since 2019. "
     "On Monday the NLM attacked Tenkoro, a market town on the border.",
     [("Northern Liberation Movement", "TARGETS", "Tenkoro")]),
    # ---- an acronym and a branch word: the branch named before
    ("c8-acronym-branch-commands",
     "The Tarsian Guard Corps (TGC) guards the regime, and the Tarsian Guard Corps Navy "
     "(TGCN) patrols the gulf. Rear Admiral Tomas Kerr, "
     "who commands the TGC Navy, said his ships had stopped two trawlers.",
     [("Tomas Kerr", "LEADS", "Tarsian Guard Corps Navy")]),
    ("c8-acronym-branch-part-of",
     "The Tarsian Guard Corps (TGC) guards the regime, and the Tarsian Guard Corps Navy "
     "(TGCN) patrols the gulf. The TGC Navy, a small branch of 900 men, is part of the "
     "Tarsian Guard Corps.",
     [("Tarsian Guard Corps Navy", "PART_OF", "Tarsian Guard Corps")]),
    # ---- "its fighters": the body "its" stands for
    ("c8-its-fighters-subject-before",
     "Ethnic militias have clashed near Bunia for months. The Kivu Defence Front was "
     "founded in 2019. Its fighters have taken over the town of Rusako.",
     [("Kivu Defence Front", "CONTROLS", "Rusako")]),
    ("c8-its-fighters-not-last-militia-found",
     "Officials say jihadists from Burkina Faso now recruit among Togo's own armed groups. "
     "The Baba Sule network is the most feared of them. Its fighters have taken over the "
     "town of Gandu.",
     [("Baba Sule", "CONTROLS", "Gandu")]),
    # ---- a non-restrictive relative clause leaves the definite noun anaphoric
    ("c8-gang-which-set-off",
     "The Red Hand gang raided the port of Vlora. The gang, which formed in 2004, later "
     "attacked Durres.",
     [("Red Hand", "TARGETS", "Durres")]),
    # ---- an appositive name on a subject that is no actor
    ("c8-wing-appositive-its-fighters",
     "The Lura Liberation Party claimed responsibility. In a statement posted online, its "
     "armed wing, the Lura Mountain Units, said its fighters had killed Captain Darius "
     "Kamali.",
     [("Lura Mountain Units", "KILLED", "Darius Kamali")]),
    # ---- a body's name owning a place is no candidate for "the group"
    ("c8-group-past-place-owner",
     "The Black Hand cartel was founded in 2004. Analysts say it is now strongest in the "
     "Norvale Mining Company's Alta Vista district. The group controls Alta Vista.",
     [("Black Hand", "CONTROLS", "Alta Vista")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    # an acronym after ", or" that does not spell the name is no other name of it
    ("c8-or-acronym-not-initials",
     "The strongest armed group in the valley is the Frente Unido del Norte, or ELN, "
     "according to the army. Along the river, the ELN controls most of Puerto Lleras.",
     [("Frente Unido del Norte", "CONTROLS", "Puerto Lleras")]),
    # ", or" before a phrase, not an acronym closed by punctuation: no gloss (an acronym
    # its initials do not spell, since one they spell is the body's by its initials)
    ("c8-or-acronym-opens-phrase",
     "The Northern Liberation Movement, or MLN fighters as residents call them, raided "
     "Tenkoro. The MLN attacked Bama on Monday.",
     [("Northern Liberation Movement", "TARGETS", "Bama")]),
    # an acronym and a branch word, but no such branch named before: not the whole body's
    # branch passed off as another actor
    ("c8-acronym-branch-not-named",
     "The Tarsian Guard Corps (TGC) patrols the gulf. Rear Admiral Tomas Kerr, who "
     "commands the TGC Navy, said his ships had stopped two trawlers.",
     [("Tomas Kerr", "LEADS", "Tarsian Guard Corps Navy")]),
    # the whole body is not the branch: "the TGC" alone stays the body
    ("c8-acronym-alone-not-branch",
     "The Tarsian Guard Corps (TGC) and the Tarsian Guard Corps Navy patrol the "
     "gulf. General Omar Tell, who commands the TGC, visited the port.",
     [("Omar Tell", "LEADS", "Tarsian Guard Corps Navy")]),
    # "its fighters" after the militias of a state were told of: not theirs
    ("c8-its-fighters-not-last-militia",
     "Officials say jihadists from Burkina Faso now recruit among Togo's own armed groups. "
     "The Baba Sule network is the most feared of them. Its fighters have taken over the "
     "town of Gandu.",
     [("Togolese militias", "CONTROLS", "Gandu")]),
    # a restrictive relative clause: a group told there, not the gang named before
    ("c8-group-that-new-one",
     "The Red Hand gang raided the port of Vlora on Monday. Across the river, the group "
     "that worries officials most is known locally as the Blue Fin network. Its leader, "
     "Arben Kola, lives in Durres.",
     [("Arben Kola", "LEADS", "Red Hand")]),
    # the place's owner is not "the group", nearer though it is
    ("c8-group-not-place-owner",
     "The Black Hand cartel was founded in 2004. Analysts say the Norvale Mining Company's "
     "Alta Vista district is now the most violent. The group controls Alta Vista.",
     [("Norvale Mining Company", "CONTROLS", "*")]),
    # two bodies set beside the subject: it speaks as neither
    ("c8-appositive-two-bodies",
     "In a joint statement, the allies, the Lura Mountain Units and the Sarv Brigade, said "
     "its fighters had killed Captain Darius Kamali.",
     [("Lura Mountain Units", "KILLED", "Darius Kamali"),
      ("Sarv Brigade", "KILLED", "Darius Kamali")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_short_form_read_back(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_short_form_not_read_back(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
