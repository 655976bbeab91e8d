"""Names cut or mistyped for their form, read whole and typed (round thirteen):

- a general staff named with the army it commands ("the General Staff of the Korvan
  Armed Forces", "the General Staff of the Armed Forces of Velmora"): one armed group,
  not a person called "Staff" beside the army; "General Staff" with no name after "of"
  is left as it was read.

Sentences of our own with invented names from several regions, short and inside long
wire sentences.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple
from .test_extract_names import Named
from .test_extract_names5 import check_names, name_params

Case = tuple[str, str, list[Named], list[Named], list[Triple], list[Triple]]

# (id, text, actors that must be read, actors that must not, triples that must,
#  triples that must not); a symmetric relation matches either way round.
GENERAL_STAFFS: list[Case] = [
    ("staff-of-armed-forces",
     "The General Staff of the Korvan Armed Forces said on Monday that its troops had "
     "repelled an attack near Dalsk.",
     [("General Staff of the Korvan Armed Forces", "ARMED_GROUP")], [("Staff", "*")],
     [], []),
    ("staff-of-peoples-army-long",
     "SEOUL, May 2 (Reuters) - A spokesman for the General Staff of the Zarian People's "
     "Army, Colonel Ivo Marek, warned the United States against further drills.",
     [("General Staff of the Zarian People's Army", "ARMED_GROUP"),
      ("Ivo Marek", "PERSON")],
     [("Staff", "*")],
     [("Ivo Marek", "SPOKESPERSON_FOR", "General Staff of the Zarian People's Army")], []),
    ("staff-of-forces-of-state",
     "The General Staff of the Armed Forces of Velmora said two drones were downed "
     "overnight.",
     [("General Staff of the Armed Forces of Velmora", "ARMED_GROUP")], [("Staff", "*")],
     [], []),
    # must-not: a state's general staff stays the state's, no name after "of"
    ("state-general-staff",
     "Ukraine's General Staff said Russian forces shelled Kupiansk.",
     [("Ukraine", "STATE")], [("Staff", "*"), ("Ukraine's General Staff", "ARMED_GROUP")],
     [], []),
    ("general-staff-officers",
     "General Staff officers of the army met in Dalsk on Friday.",
     [("Dalsk", "LOCATION")],
     [("General Staff officers of the army", "*"), ("General Staff of the army", "*")],
     [], []),
]

_NOT_YET: dict[str, str] = {}
_ARGS = ("text", "read", "not_read", "asserted", "not_asserted")


@pytest.mark.parametrize(_ARGS, name_params(GENERAL_STAFFS, _NOT_YET))
def test_general_staffs(nlp: Language, text: str, read: list[Named], not_read: list[Named],
                        asserted: list[Triple], not_asserted: list[Triple]) -> None:
    check_names(nlp, text, read, not_read, asserted, not_asserted)
