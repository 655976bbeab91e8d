"""Violence told through the weapon that did it:

- "Shells (rockets, a bomb) fired (launched, planted) by X killed Y", "Y was killed by a
  mortar round fired by X", "a missile launched by X destroyed Y": X killed (struck) Y;
  not a weapon fired *at* X, nor a killing denied;
- "Y was killed by X gunfire (X shelling, X's fire)": X killed Y, whose fire it was; not
  stray or friendly fire, nor a side that only reports the death;
- "Drones struck Y. ... the drones (the rockets) were launched (fired) by X": X, named
  after the attack as whoever sent its weapons, struck Y; not a launch denied or asked
  about.

Every row is written for this table, with invented names and places.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

K, T, TH = "KILLED", "TARGETS", "THREATENS"

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- the weapon told with whoever fired it
    ("shells-fired-by-had-killed",
     "The mayor said shells fired by the Doru People's Army had killed Ines Varga, a "
     "nurse, on Monday.",
     [("Doru People's Army", K, "Ines Varga")]),
    ("bomb-planted-by-killed",
     "A bomb planted by the Doru People's Army killed Ines Varga outside her office.",
     [("Doru People's Army", K, "Ines Varga")]),
    ("killed-by-round-fired-by",
     "Ines Varga was killed by a mortar round fired by the Doru People's Army.",
     [("Doru People's Army", K, "Ines Varga")]),
    ("drone-launched-by-destroyed",
     "A drone launched by the Doru People's Army destroyed the Pelto grain terminal.",
     [("Doru People's Army", T, "Pelto grain terminal")]),
    # --- fire owned by the side that shot
    ("killed-by-group-gunfire",
     "Ines Varga was killed by Doru People's Army gunfire as she crossed the bridge.",
     [("Doru People's Army", K, "Ines Varga")]),
    ("said-killed-by-group-gunfire",
     "A police officer said Ines Varga and her driver had been killed by Doru People's "
     "Army gunfire.",
     [("Doru People's Army", K, "Ines Varga")]),
    # --- the weapons of an attack told before, and who sent them
    ("attack-then-drones-launched-by",
     "Drones hit the Pelto grain terminal before dawn, port officials said. Investigators "
     "later said the drones had been launched by the Doru People's Army.",
     [("Doru People's Army", T, "Pelto grain terminal")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("shells-fired-at-killed",
     "The mayor said shells fired at the Doru People's Army had killed Ines Varga, a "
     "nurse, on Monday.",
     [("Doru People's Army", K, "Ines Varga")]),
    ("killed-by-round-fired-at",
     "Ines Varga was killed by a mortar round fired at the Doru People's Army.",
     [("Doru People's Army", K, "Ines Varga")]),
    ("denied-shells-fired-by-killed",
     "The mayor denied that shells fired by the Doru People's Army had killed Ines "
     "Varga.",
     [("Doru People's Army", K, "Ines Varga")]),
    ("drone-launched-at-destroyed",
     "A drone launched at the Doru People's Army destroyed the Pelto grain terminal.",
     [("Doru People's Army", T, "Pelto grain terminal")]),
    ("killed-by-stray-gunfire-group-said",
     "Ines Varga was killed by stray gunfire near Pelto, the Doru People's Army said.",
     [("Doru People's Army", K, "Ines Varga")]),
    ("not-killed-by-group-gunfire",
     "Ines Varga was not killed by Doru People's Army gunfire, the police said.",
     [("Doru People's Army", K, "Ines Varga")]),
    ("killed-by-gunfire-in-town",
     "Ines Varga was killed by gunfire in Pelto on Monday.",
     [("Pelto", K, "Ines Varga")]),
    ("attack-then-drones-not-launched-by",
     "Drones hit the Pelto grain terminal before dawn, port officials said. Investigators "
     "later said the drones had not been launched by the Doru People's Army.",
     [("Doru People's Army", T, "Pelto grain terminal")]),
    ("attack-then-asked-whether-launched-by",
     "Drones hit the Pelto grain terminal before dawn, port officials said. Investigators "
     "asked whether the drones had been launched by the Doru People's Army.",
     [("Doru People's Army", T, "Pelto grain terminal")]),
]


# (a row is read or refused: one test over both tables, each row named by its id)
READINGS = [
    *(pytest.param(text, triples, True, id=row) for row, text, triples in POSITIVE),
    *(pytest.param(text, triples, False, id=f"not-{row}") for row, text, triples in NEGATIVE),
]


@pytest.mark.parametrize(("text", "triples", "read"), READINGS)
def test_violence_read_or_refused(nlp: Language, text: str, triples: list[Triple],
                                  read: bool) -> None:
    (assert_found if read else assert_absent)(nlp, text, triples)
