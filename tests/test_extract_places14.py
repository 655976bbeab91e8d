"""Places and ground told by presence, by control taken, and by what is held:

- "X is present (mainly) in Y": X, a body, is in Y; not others "present in Y" whom X
  speaks of, nor "is no longer present in Y";
- "X had taken control of Y" with "of Y" hung on the verb by the parser: X holds Y, as
  when "of Y" is hung on "control"; not "tried to take control of Y";
- "the Z staff (workers, hostages) held by X": people held are no ground, so Z, whose
  people they are, is not held by X; "Y, a town held by X" still is;
- "X-held Y" holds a place or a facility; "the X-run Security Bureau" is a body run by
  X, no ground held;
- "X (XA), a Hema militia based in Y": X, the name set off before the noun, is in Y, not
  the people named before "militia" (the parser may hang the noun on the verb).

Every row is written for this table, with invented names and places.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

C, L = "CONTROLS", "LOCATED_IN"

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- present in a place
    ("is-present-mainly-in",
     "The Volta Liberation Army is present mainly in Kasai province, though it raids "
     "farther south.",
     [("Volta Liberation Army", L, "Kasai")]),
    ("rival-is-present-in-region",
     "The Volta Liberation Army, a rival of the Tano Front, is present mainly in the "
     "Kasai region in the north.",
     [("Volta Liberation Army", L, "Kasai")]),
    # --- control taken, "of" hung on the verb
    ("had-taken-control-of",
     "By Sunday, the Kivu Army had taken control of Las Tunas.",
     [("Kivu Army", C, "Las Tunas")]),
    ("had-seized-control-of",
     "By Tuesday the Tarvo Front had seized control of Las Flores.",
     [("Tarvo Front", C, "Las Flores")]),
    # --- ground held, people held
    ("town-held-by",
     "Bessa, a town held by the Tarvo Front, was shelled on Monday.",
     [("Tarvo Front", C, "Bessa")]),
    ("group-held-town",
     "Convoys moved through Tarvo-held Bessa overnight.",
     [("Tarvo", C, "Bessa")]),
    # --- a body set off before the noun it is based as
    ("militia-based-in",
     "The Union of Kasai Patriots, a Hema militia based in Bolo territory, attacked the "
     "camp.",
     [("Union of Kasai Patriots", L, "Bolo")]),
    ("acronym-militia-based-in",
     "Troops deployed to protect civilians from the Union of Kasai Patriots (UKP), an "
     "ethnic Hema militia based in Bolo territory, which sits on the lake shore.",
     [("Union of Kasai Patriots", L, "Bolo")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("others-present-in",
     "The Volta Liberation Army said foreign observers were present in Kasai province "
     "during the vote.",
     [("Volta Liberation Army", L, "Kasai")]),
    ("no-longer-present-in",
     "The Volta Liberation Army is no longer present in Kasai.",
     [("Volta Liberation Army", L, "Kasai")]),
    ("tried-to-take-control-of",
     "By Sunday, the Kivu Army had tried to take control of Las Tunas.",
     [("Kivu Army", C, "Las Tunas")]),
    ("staff-held-by",
     "The number of Kolo Relief Agency workers currently held by the Tarvo Front has "
     "risen to twelve.",
     [("Tarvo Front", C, "*")]),
    ("body-run-by",
     "Gunmen of the Tarvo-run Security Bureau raided the homes of three aid workers in "
     "Bessa.",
     [("*", C, "Security Bureau")]),
    ("people-before-militia",
     "Troops deployed to protect civilians from the Union of Kasai Patriots (UKP), an "
     "ethnic Hema militia based in Bolo territory, which sits on the lake shore.",
     [("Hema", L, "*")]),
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
