"""Later mentions read back to the actor named before (extract/context.py,
extract/aliases.py, extract/agents.py, extract/coref.py):

- "the army", "the government", "security forces" in a story datelined where the talks
  it tells of were held ("LILONGWE, Malawi — ... after talks in the Malawian capital",
  "the Lilongwe talks", "talks hosted by Malawi"): the one other state the headline
  names, the dateline's state only the venue; not when the lead tells of no talks there,
  nor when the headline names two other states;
- "United States Central Command (CENTCOM) ... CENTCOM said": a name with a state or
  body spelled out ("United States", "United Kingdom", "United Nations") is one actor
  with the name the dictionaries give in short ("US Central Command");
- "X, whose fighters serve in Y": the fighters are X's (the relative's antecedent), not
  the militia met last before X; a militia of one's own ("the militia's fighters") is
  still read as before;
- "X called on Y to halt the work, its spokesman Z said": the "its" of a speaker told
  after what was said is the body the reported clause has as subject, not the one it
  calls on; not a person's ("Ana Belo called on Y ..., its spokesman Z said");
- "governments have long relied on tribal militias": a plural with no determiner that an
  adjective sorts into a kind is that kind, not the militia met before; "the militias"
  still is;
- "Jamaat Nasr al-Din fi Bilad Tarsi, better known as Nasruddin, broke away from X": a
  long name opening its clause before ", better known as" and a body's name is that
  body's other name, the relations told of the short one told of it too; not a name
  that does not open the clause ("fighters of the ..., better known as").

Every row is written for this table, with invented names and places.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.extract import extract_document

from .test_extract import Triple, assert_absent, assert_found, cases

CO, D, M, S, T = "COOPERATES_WITH", "DEMANDS", "MEMBER_OF", "SPOKESPERSON_FOR", "TARGETS"

FOUND: list[tuple[str, str, list[Triple]]] = [
    # ---- the dateline's state only hosts the talks: the headline's state is the story's
    ("c13-venue-capital-talks",
     "Zambia and Kora Front rebels agree truce at Lilongwe talks\n\n"
     "LILONGWE, Malawi, 3 March 2025 — Zambia's government and the Kora Front agreed on "
     "Monday to a truce after three days of talks in the Malawian capital.\n\n"
     "The Kora Front said it had attacked the army near Solwezi in January.",
     [("Kora Front", T, "Zambian forces")]),
    ("c13-venue-hosted-by",
     "Zambia's rulers and Kora rebels sign pact in Lilongwe\n\n"
     "LILONGWE, Malawi, 3 March 2025 — Delegates of Zambia and the Kora Front signed a "
     "pact on Monday at talks hosted by Malawi, officials said.\n\n"
     '"We call on the government to free our men," said Tomas Ndulo, a spokesman for the '
     "Kora Front.",
     [("Kora Front", D, "Zambia")]),
    # ---- a name spelled out and its short form in the dictionaries: one actor
    ("c13-spelled-out-state-in-name",
     "Jets from United States Central Command (CENTCOM) struck hideouts of the Kora Front "
     "near Tarsk. CENTCOM said the raid was carried out in coordination with the Kesh "
     "Army.",
     [("United States Central Command", CO, "Kesh Army")]),
    # ---- "whose fighters": the relative's antecedent
    ("c13-whose-fighters-antecedent",
     "Officials blamed an Iraqi militia for the raid on the Kora dam. The Tarsi Brigades, "
     "whose fighters serve in the Popular Mobilization Forces, denied the charge.",
     [("Tarsi Brigades", M, "Popular Mobilization Forces")]),
    # ---- "its spokesman" told after what the body said
    ("c13-its-spokesman-after-report",
     "In Lusaka, the Zambian Interior Ministry urged the Kora Front to leave the mines "
     "near Kitwe, its spokesman Peter Mwale said at a briefing on Friday.",
     [("Peter Mwale", S, "Zambian Interior Ministry")]),
    ("c13-its-spokesman-told-reporters",
     "The Kora Front asked the Zambian Interior Ministry to free its fighters, its "
     "spokesman Tomas Ndulo told reporters.",
     [("Tomas Ndulo", S, "Kora Front")]),
    # ---- "the militias": still the militia met before
    ("c13-the-militias-met-before",
     "Officials in Lusaka blamed Angolan militias for the raid on Kasempa. The militias "
     "attacked Solwezi on Friday.",
     [("Angolan militias", T, "Solwezi")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    # the lead tells of no talks in the dateline's state: its army is the dateline's
    ("c13-venue-no-talks",
     "Zambia and Kora Front rebels trade blame\n\n"
     "LILONGWE, Malawi, 3 March 2025 — Zambia's government and the Kora Front blamed each "
     "other on Monday for a raid near the Malawian border.\n\n"
     "The Kora Front said it had attacked the army near Mchinji in January.",
     [("Kora Front", T, "Zambian forces")]),
    # the headline names two other states: which one is the story's is unclear
    ("c13-venue-two-states",
     "Zambia and Angola agree border truce at Lilongwe talks\n\n"
     "LILONGWE, Malawi, 3 March 2025 — Zambia and Angola agreed on Monday to a truce after "
     "three days of talks in the Malawian capital.\n\n"
     "The Kora Front said it had attacked the army near the border in January.",
     [("Kora Front", T, "Zambian forces"), ("Kora Front", T, "Angolan forces")]),
    # two actors, not one: the spelled-out name is another body's
    ("c13-spelled-out-other-body",
     "Jets from United States Central Command struck hideouts of the Kora Front near "
     "Tarsk. US Africa Command said the raid was carried out with the Kesh Army.",
     [("United States Central Command", CO, "Kesh Army")]),
    # the militia met last before the relative is not whose fighters these are
    ("c13-whose-fighters-not-last-militia",
     "Officials blamed an Iraqi militia for the raid on the Kora dam. The Tarsi Brigades, "
     "whose fighters serve in the Popular Mobilization Forces, denied the charge.",
     [("Iraqi militias", M, "*")]),
    # the body called on is not whose spokesman speaks
    ("c13-its-spokesman-not-the-called-on",
     "In Lusaka, the Zambian Interior Ministry urged the Kora Front to leave the mines "
     "near Kitwe, its spokesman Peter Mwale said at a briefing on Friday.",
     [("Peter Mwale", S, "Kora Front")]),
    # a person as the reported subject: no body of his for "its"
    ("c13-its-spokesman-person-reported",
     "Ana Belo urged the Kora Front to leave the mines near Kitwe, its spokesman Peter "
     "Mwale said.",
     [("Peter Mwale", S, "Kora Front")]),
    # "tribal militias": a kind of militia, not the one met before
    ("c13-kind-of-militias",
     "Officials in Lusaka blamed Angolan militias for the raid on Kasempa. Zambian "
     "governments have long relied on tribal militias to guard the border.",
     [("Angolan militias", "BACKS", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_later_mention_read_back(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_later_mention_not_misread(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)


# (text, a name of the body, the long name it must (or must not) have among its aliases)
LONG_NAMES = [
    pytest.param("Harakat Ahrar wal-Ansar fi Bilad Kesh, better known as the Ansar Front, "
                 "split from the Tarsi Army in 2014.", "Ansar Front",
                 "Harakat Ahrar wal-Ansar fi Bilad Kesh", True, id="c13-long-name-cut"),
    pytest.param("Jamaat Nasr al-Din fi Bilad al-Tarsi, better known as the Varna Brigades, "
                 "split from the Kesh Front in 2014.", "Varna Brigades",
                 "Jamaat Nasr al-Din fi Bilad al-Tarsi", True, id="c13-long-name-joiners"),
    pytest.param("Fighters of Jamaat Nasr al-Din fi Bilad al-Tarsi, better known as the Varna "
                 "Brigades, attacked the Kesh Front in 2014.", "Varna Brigades",
                 "Jamaat Nasr al-Din fi Bilad al-Tarsi", False, id="c13-long-name-not-opening"),
]


@pytest.mark.parametrize(("text", "short", "long", "alias"), LONG_NAMES)
def test_long_name_before_known_as(nlp: Language, text: str, short: str, long: str,
                                   alias: bool) -> None:
    ex = extract_document(nlp, text, "long-name.txt")
    body = next(a for a in ex.actors if short in a.aliases)
    assert (long in body.aliases) is alias, body.aliases
