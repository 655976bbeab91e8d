"""Acts told in more of the ways news tells them: "shot dead X" (the parser hangs "dead" on
the victim), "killed six of X", a building struck "in" a town where the parser hangs the
town on the verb, the posts or camps a side keeps in a place, and an attack's author named
after the attack ("the raid was carried out by X") when the attack itself named no doer.
Each reading has a text in which it must stay unread: a miss, a place told apart from the
object, a denial, a condition, a vehicle that struck a mine.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

FOUND: list[tuple[str, str, list[Triple]]] = [
    # "shot dead X": a killing, as "shot X dead" is
    ("shot-dead-person", "Two gunmen of Boko Haram shot dead Musa Bello outside his shop.",
     [("Boko Haram", "KILLED", "Musa Bello")]),
    ("shot-dead-soldiers", "Militants from al-Shabaab shot dead four Kenyan soldiers at a "
     "checkpoint.", [("al-Shabaab", "KILLED", "Kenyan forces")]),
    # "killed six of X": some of a side's fighters killed
    ("killed-number-of", "Somali troops killed seven of the al-Shabaab gunmen who stormed "
     "the base.", [("Somali forces", "KILLED", "al-Shabaab")]),
    ("killed-several-of", "The Nigerian army said its jets had killed several of the Boko "
     "Haram commanders near Bama.", [("Nigerian forces", "KILLED", "Boko Haram")]),
    # a building struck "in" a town: the town was struck
    ("raided-market-in", "Boko Haram raided a crowded market in Maiduguri on Friday.",
     [("Boko Haram", "TARGETS", "Maiduguri")]),
    ("shelled-clinic-in", "Rebels of the Allied Democratic Forces shelled a clinic in Beni "
     "last week.", [("Allied Democratic Forces", "TARGETS", "Beni")]),
    # posts, camps or bases a side keeps or builds in a place
    ("set-up-camps-in", "Over the years al-Shabaab has set up camps in the forests of Gedo.",
     [("al-Shabaab", "LOCATED_IN", "Gedo")]),
    ("keeps-posts-in", "French troops still keep two bases in the desert of northern Kidal.",
     [("French forces", "LOCATED_IN", "Kidal")]),
    ("holds-dozens-of-posts", "Kenyan troops hold dozens of small posts across the plains "
     "of Gedo.", [("Kenyan forces", "LOCATED_IN", "Gedo")]),
    # an attack with no named doer, its author told next
    ("raid-carried-out-by", "Gunmen stormed the town of Maiduguri at dawn and looted shops. "
     "The assault was carried out by Boko Haram, officials said.",
     [("Boko Haram", "TARGETS", "Maiduguri")]),
    ("raid-launched-by", "The raid on Maiduguri was launched by Boko Haram at night.",
     [("Boko Haram", "TARGETS", "Maiduguri")]),
    ("attack-claimed-after-verb", "Gunmen attacked a police post near Maiduguri on Monday. "
     "Boko Haram claimed the attack a day later.", [("Boko Haram", "TARGETS", "Maiduguri")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    ("shot-at-missed", "Two gunmen of Boko Haram shot at Musa Bello outside his shop but "
     "missed.", [("*", "KILLED", "Musa Bello")]),
    ("shot-dead-denied", "Boko Haram denied that its men shot dead Musa Bello.",
     [("Boko Haram", "KILLED", "Musa Bello")]),
    ("lost-number-of", "Somali troops lost seven of their men when al-Shabaab gunmen "
     "stormed the base.", [("Somali forces", "KILLED", "*")]),
    ("would-kill-all-of", "Nigerian troops would kill all of the Boko Haram fighters if they "
     "refused to surrender.", [("Nigerian forces", "KILLED", "Boko Haram")]),
    ("place-before-verb", "In Maiduguri, Boko Haram raided a crowded market on Friday.",
     [("Boko Haram", "TARGETS", "Maiduguri")]),
    ("held-in-prison-in", "Fighters of the Allied Democratic Forces were held in a prison in "
     "Beni.", [("Allied Democratic Forces", "TARGETS", "Beni")]),
    ("fought-gunmen-in", "Kenyan police fought the gunmen in Mandera for hours on Monday.",
     [("*", "TARGETS", "Mandera")]),
    ("struck-a-mine-in", "Four Kenyan soldiers died when their truck struck a landmine in "
     "Gedo.", [("Kenyan forces", "TARGETS", "Gedo")]),
    ("burned-camps-in", "Over the years al-Shabaab has burned camps in the forests of Gedo.",
     [("al-Shabaab", "LOCATED_IN", "Gedo")]),
    ("posts-and-place-apart", "Kenyan troops hold dozens of small posts, and al-Shabaab "
     "still roams the plains of Gedo.", [("Kenyan forces", "LOCATED_IN", "Gedo")]),
    ("no-bases-in", "Officials said al-Shabaab does not have camps in Gedo.",
     [("al-Shabaab", "LOCATED_IN", "Gedo")]),
    ("raid-not-carried-out-by", "Gunmen stormed the town of Maiduguri at dawn and looted "
     "shops. Officials said the assault was not carried out by Boko Haram.",
     [("Boko Haram", "TARGETS", "Maiduguri")]),
    ("raid-only-threatened", "Gunmen would storm the town of Maiduguri if the army left, "
     "residents feared. The assault was later carried out by Boko Haram on a camp.",
     [("Boko Haram", "TARGETS", "Maiduguri")]),
]


@pytest.mark.parametrize(("text", "triples", "read"), [
    *(pytest.param(text, triples, True, id=case_id) for case_id, text, triples in FOUND),
    *(pytest.param(text, triples, False, id=case_id) for case_id, text, triples in ABSENT),
])
def test_acts(nlp: Language, text: str, triples: list[Triple], read: bool) -> None:
    """A reading gives its triples; its unread variant gives none of those forbidden."""
    (assert_found if read else assert_absent)(nlp, text, triples)
