"""Who acts told through a decision, a repeated preposition or a hearsay relative clause:
"the decision of the Council to impose sanctions on X" (the Council sanctions X),
"sanctions on A, on B and on C" (each is sanctioned), "X, a group which officials say is
allied with Y" (X is allied with Y); what a noun reports is denied with it ("denied
(dismissed) reports that it had urged Y"). Own sentences, with near misses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

FOUND: list[tuple[str, str, list[Triple]]] = [
    ("decision-of-to-sanction", "The envoy welcomed the decision of the UN Security Council "
     "to impose sanctions on Joseph Kiru, the deputy commander of the Tana Front.",
     [("UN Security Council", "SANCTIONS", "Joseph Kiru")]),
    ("decision-of-to-sanction-wire", "GENEVA, 4 May 2026 - Rights groups on Monday "
     "welcomed the decision of the European Union to impose sanctions on the Kiru Brigade "
     "over abuses in Lamu county, saying it was overdue.",
     [("European Union", "SANCTIONS", "Kiru Brigade")]),
    ("on-said-again", "In May the European Union imposed sanctions on the Tana Front, on its "
     "commander Joseph Kiru, and on the Kiru Brigade, accusing them of abuses.",
     [("European Union", "SANCTIONS", "Tana Front"), ("European Union", "SANCTIONS", "Joseph Kiru"),
      ("European Union", "SANCTIONS", "Kiru Brigade")]),
    ("allied-hearsay-relative", "Lakuro, a jihadist group which security officials say is "
     "allied with the Tana Front, moved into the region last year.",
     [("Lakuro", "ALLIED_WITH", "Tana Front")]),
    ("allied-hearsay-relative-name", "Residents fear Lakuro, which officials say is allied "
     "with the Tana Front, will return.", [("Lakuro", "ALLIED_WITH", "Tana Front")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    ("denied-reports-that-it-urged", "Kenya denied reports that it had urged the Tana Front "
     "to release the hostages.", [("Kenya", "DEMANDS", "Tana Front")]),
    ("dismissed-reports-that-it-imposed", "Kenya on Monday dismissed reports that it had "
     "imposed sanctions on the Tana Front.", [("Kenya", "SANCTIONS", "Tana Front")]),
    ("plan-not-done", "Rights groups backed the plan of the European Union to impose "
     "sanctions on the Kiru Brigade.", [("European Union", "SANCTIONS", "Kiru Brigade")]),
    ("decision-of-victim", "The envoy condemned the killing of Joseph Kiru to silence the "
     "Tana Front.", [("Joseph Kiru", "*", "Tana Front")]),
    ("sanctions-lifted-not-imposed", "In May the European Union refused to impose sanctions "
     "on the Tana Front, on Joseph Kiru or on the Kiru Brigade.",
     [("European Union", "SANCTIONS", "*")]),
    ("not-allied-relative", "Lakuro, a jihadist group which officials say is not allied with "
     "the Tana Front, moved into the region.", [("Lakuro", "ALLIED_WITH", "Tana Front")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_decisions_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected, both_ways=True)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_decisions_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden, both_ways=True)
