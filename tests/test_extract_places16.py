"""A state's units through its bodies, envoys, and the parts only a group has:

- "X, a unit under the control of Kenya's defence ministry", "X, controlled by Kenya's
  defence ministry": a unit of a state's body named only by its kind is part of the state
  too, as "X, a formation of Kenya's defence ministry" is; not a force the ministry
  attacked, a denial, nor a body with a name of its own ("the Kenyan Ministry of
  Defence", the whole the sentence names);
- "Peru's ambassador, X", "Uganda's high commissioner, X", "the Chilean envoy, X": a
  state's envoy serves it in another state, and is not placed in his own (a state's
  prosecutor or governor still is);
- "X, the Y's external operations arm", "X, the Y's oldest faction": a unit or a faction
  set off beside its owner is part of it, never a person named after it ("and its
  commander, Z"), and a state's "faction" or "affiliate" is one inside the country, none
  of its state's ("X, Brazil's oldest criminal faction").

Every row is written for this table, with invented names and places.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

L, P = "LOCATED_IN", "PART_OF"

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- a unit of a state's body named by its kind
    ("unit-under-control-of-states-ministry",
     "Personnel of the Sahel Legion, a unit under the control of Kenya's defence ministry, "
     "have been stationed in Gulu since 2024.",
     [("Sahel Legion", P, "Kenya")]),
    ("unit-controlled-by-states-ministry",
     "Herders fled the army and, since 2023, the Sahel Legion controlled by Kenya's defence "
     "ministry.",
     [("Sahel Legion", P, "Kenya")]),
    ("which-is-part-of-states-ministry",
     "The Sahel Legion, which is part of Uganda's defence ministry, escorts army convoys.",
     [("Sahel Legion", P, "Uganda")]),
    # --- an office of a state that is no envoy's
    ("state-prosecutor-placed",
     "Peru's chief prosecutor, Lena Brandt, spoke to reporters.",
     [("Lena Brandt", L, "Peru")]),
    # --- a unit or a faction set off beside its owner
    ("owners-arm-set-off",
     "Sanctions hit the Kora Legion, the Tarvo Front's external operations arm, on Monday.",
     [("Kora Legion", P, "Tarvo Front")]),
    ("owners-faction-set-off",
     "The Red Comando, the Tarvo Front's oldest faction, was founded in a prison in 1979.",
     [("Red Comando", P, "Tarvo Front")]),
    ("states-contingent-set-off",
     "The Kora Legion, Kenya's contingent in Somalia, guards the airport.",
     [("Kora Legion", P, "Kenya")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("militia-attacked-by-states-ministry",
     "The Sahel Legion, a militia attacked by Kenya's defence ministry, escorts army convoys.",
     [("Sahel Legion", P, "Kenya")]),
    ("denied-part-of-army",
     "Kenya's defence ministry said the Sahel Legion is not part of the army.",
     [("Sahel Legion", P, "Kenya")]),
    ("named-ministry-is-the-whole",
     "The Sahel Legion, a force run by the Kenyan Ministry of Defence, escorts army convoys.",
     [("Sahel Legion", P, "Kenya")]),
    ("states-deputy-ambassador",
     "Peru's deputy ambassador, Lena Brandt, spoke to reporters.",
     [("Lena Brandt", L, "Peru")]),
    ("summoned-high-commissioner",
     "Kenya summoned Uganda's high commissioner, Paul Okello, on Friday.",
     [("Paul Okello", L, "Uganda")]),
    ("met-demonym-ambassador",
     "The minister met the Chilean ambassador, Tomas Vidal, on Monday.",
     [("Tomas Vidal", L, "Chile")]),
    ("commander-after-owners-arm",
     "Sanctions hit the Kora Legion, the Tarvo Front's external operations arm, and its "
     "commander, Omar Kaya.",
     [("Omar Kaya", P, "Tarvo Front")]),
    ("states-criminal-faction",
     "The Red Comando, Brazil's oldest criminal faction, was founded in a prison in 1979.",
     [("Red Comando", P, "Brazil")]),
]


# (a row is read or refused: one test over both tables, each row named by its id)
READINGS = [
    *(pytest.param(text, triples, True, id=row) for row, text, triples in POSITIVE),
    *(pytest.param(text, triples, False, id=f"not-{row}") for row, text, triples in NEGATIVE),
]


@pytest.mark.parametrize(("text", "triples", "read"), READINGS)
def test_places_read_or_refused(nlp: Language, text: str, triples: list[Triple],
                                read: bool) -> None:
    (assert_found if read else assert_absent)(nlp, text, triples)
