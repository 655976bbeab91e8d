"""Violence told in a clause of time, whose doers the parser loses:

- "(Kenya promised more troops) after gunmen from Y killed (ambushed) Z", the parser
  reading the men as the object of "after" and the deed as joined to the sentence's
  verb: Y's deed, not the sentence's subject's; not a deed of the subject's own told
  after "and" ("after the gunmen fled, and its soldiers killed Z");
- "(the killings began) when gunmen linked to Y ambushed Z", the deed joined to the
  sentence's verb: the side the men serve;
- "X is locked in a feud with Y", "the feud between X and Y", "X ordered the shooting as
  part of a feud with Y": X and Y fight each other, as in a war; not a feud of two
  people (a quarrel), nor one only feared ("could be drawn into a feud with Y").

Every row is written for this table, with invented names and places.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

K, T, TH = "KILLED", "TARGETS", "THREATENS"

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- the men of a clause of time read as the object of "after"
    ("after-gunmen-from-killed",
     "Kenya's government promised on Tuesday to send more troops to the province after "
     "gunmen from the Dune Liberation Front killed Pavel Tomic, a district officer.",
     [("Dune Liberation Front", K, "Pavel Tomic")]),
    ("after-fighters-of-ambushed-killing",
     "Tarvo closed its border on Monday after fighters of the Dune Liberation Front "
     "ambushed a police convoy near Karvo, killing Ivan Petrov, a police inspector.",
     [("Dune Liberation Front", K, "Ivan Petrov")]),
    ("after-gunmen-from-ambushed-named-force",
     "Kenya's government promised on Tuesday to flood the province with troops after "
     "gunmen from the Dune Liberation Front ambushed a Kenyan Navy patrol boat on the "
     "river.",
     [("Dune Liberation Front", T, "Kenyan Navy")]),
    # --- men serving a side, their deed joined to the sentence's verb
    ("when-gunmen-linked-to-ambushed",
     "The killings began on Friday night when gunmen linked to the Dune Liberation Front "
     "ambushed a convoy of the Tarvo Patriotic Army in Dorvale.",
     [("Dune Liberation Front", T, "Tarvo Patriotic Army")]),
    ("when-gunmen-linked-to-ambushed-killing",
     "The feud began on Friday night when gunmen linked to a gang known as the Red Boys "
     "ambushed a car in Dorvale, killing Pavel Tomic, a senior figure in a rival gang.",
     [("Red Boys", K, "Pavel Tomic")]),
    # --- a feud of two groups
    ("locked-in-feud-with",
     "The Dune Liberation Front has been locked for more than a year in a violent feud "
     "with the Tarvo Patriotic Army over the river trade.",
     [("Dune Liberation Front", T, "Tarvo Patriotic Army"),
      ("Tarvo Patriotic Army", T, "Dune Liberation Front")]),
    ("feud-between",
     "The feud between the Dune Liberation Front and the Tarvo Patriotic Army has left "
     "dozens dead since 2019.",
     [("Dune Liberation Front", T, "Tarvo Patriotic Army"),
      ("Tarvo Patriotic Army", T, "Dune Liberation Front")]),
    ("as-part-of-feud-with",
     "Police believe members of the Dune Liberation Front ordered the shooting as part of "
     "a feud with the rival Tarvo Patriotic Army.",
     [("Dune Liberation Front", T, "Tarvo Patriotic Army")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("after-gunmen-fled-subject-killed",
     "Kenyan troops reached the village after gunmen from the Dune Liberation Front had "
     "fled, and the troops killed Pavel Tomic.",
     [("Dune Liberation Front", K, "Pavel Tomic")]),
    ("after-gunmen-from-did-not-kill",
     "Kenya's government promised on Tuesday to send more troops to the province after "
     "gunmen from the Dune Liberation Front did not kill Pavel Tomic.",
     [("Dune Liberation Front", K, "Pavel Tomic")]),
    ("after-gunmen-from-killed-not-the-government",
     "Kenya's government promised on Tuesday to send more troops to the province after "
     "gunmen from the Dune Liberation Front killed Pavel Tomic, a district officer.",
     [("Kenya", K, "Pavel Tomic"), ("Kenya", T, "Pavel Tomic")]),
    ("feud-of-two-people",
     "The feud between President Anton Bela and his deputy, Pavel Tomic, has paralysed "
     "the cabinet.",
     [("Anton Bela", T, "*"), ("Pavel Tomic", T, "*")]),
    ("feud-only-feared",
     "The Dune Liberation Front could be drawn into a feud with the Tarvo Patriotic Army, "
     "analysts said.",
     [("Dune Liberation Front", T, "Tarvo Patriotic Army")]),
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
