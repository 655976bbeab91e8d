"""More roles in news: a body's title with its owner and the holder after a comma ("the
party and its leader, X"), "commanded by his son X" on a body described up the tree, a
unit "is the armed wing of" a movement, and the wing apposed to a person's title that
describes the unit named in it. Own sentences; each reading has one that must not give
the edge."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # "B and its leader, X": the title joined to the body it belongs to
    # (links._owned_title_named)
    ("body-and-its-leader", "Mediators asked the Tana River Front and its leader, Joseph "
     "Wambua, to release the aid workers.", [("Joseph Wambua", "LEADS", "Tana River Front")]),
    ("body-and-its-spokeswoman", "Police questioned the Coastal Unity Party and its "
     "spokeswoman, Halima Odhiambo, about the leaflets.",
     [("Halima Odhiambo", "SPOKESPERSON_FOR", "Coastal Unity Party")]),
    # a deputy, or the chief of a part ("army chief"), is one of the body's people
    ("body-and-its-deputy-leader", "Mediators asked the Tana River Front and its deputy "
     "leader, Joseph Wambua, to release the aid workers.",
     [("Joseph Wambua", "MEMBER_OF", "Tana River Front")]),
    # "B, a faction loyal to X, now commanded by his son Y": Y leads B, past X
    # (leaders.led_by)
    ("commanded-by-his-son", "The Highland Guard, a militia loyal to Omar Bakri, now "
     "commanded by his son Yusuf Bakri, holds the northern passes.",
     [("Yusuf Bakri", "LEADS", "Highland Guard")]),
    # "X is the armed wing of Y" (patterns/roles.jsonl part.is_unit_of)
    ("is-the-armed-wing-of", "Observers say the Kivu Defence Brigade is the armed wing of "
     "the Ruvan Patriotic Army.", [("Kivu Defence Brigade", "PART_OF", "Ruvan Patriotic Army")]),
    # "X, a commander in the Y Brigade, the armed wing of Z": the wing is Y's
    # (links._unit_after_title)
    ("wing-apposed-to-title", "Soldiers detained Ahmed Farouk, a commander in the Salah "
     "Brigade, the armed wing of the Northern Justice Movement, at a checkpoint.",
     [("Salah Brigade", "PART_OF", "Northern Justice Movement")]),
    # "Defence Minister X" with the state only in the dateline (leaders.home_office)
    ("portfolio-minister-dateline", "LUSAKA, Zambia, 3 June 2026 - Defence Minister Mary "
     "Banda said the border posts would be reinforced.", [("Mary Banda", "MEMBER_OF", "Zambia")]),
    ("portfolio-secretary-capital-dateline", "LUSAKA (Coast Wire) - Foreign Secretary Mary "
     "Banda said the envoys would be recalled.", [("Mary Banda", "MEMBER_OF", "Zambia")]),
    # "its co-chair, X" (the owner hangs on "co")
    ("its-co-chair", "The Coastal Unity Party (CUP) condemned the arrests. Its co-chair, "
     "Halima Odhiambo, said the vote was rigged.",
     [("Halima Odhiambo", "LEADS", "Coastal Unity Party")]),
    # a member or head of a body's part belongs to the body (links._member_through_part)
    ("member-of-the-bodys-committee", "\"We will not wait,\" said Joseph Wambua, a senior "
     "member of the Tana River Front's executive committee, in a radio message.",
     [("Joseph Wambua", "MEMBER_OF", "Tana River Front")]),
    ("ran-the-groups-unit", "The Tana River Front seized the town. Joseph Wambua, who ran "
     "the group's finance unit, was killed in the fighting.",
     [("Joseph Wambua", "MEMBER_OF", "Tana River Front")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_expected_triples(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # the leader of another: a kinsman's title names no office of the holder
    ("body-and-its-leaders-wife", "Mediators met the Tana River Front and its leader's "
     "wife, Grace Wambua, in Garissa.", [("Grace Wambua", "*", "Tana River Front")]),
    # "Y's army chief": the head of a part (the army), not of the whole
    ("army-chief-leads-no-state", "Ruvia's army chief, General Tomas Okello, said the "
     "border was calm.", [("Tomas Okello", "LEADS", "Ruvia")]),
    # a son named with his father's group leads nothing for it
    ("a-son-of-the-founder", "Yusuf Bakri, a son of the Highland Guard founder Omar Bakri, "
     "was arrested in Nyala.", [("Yusuf Bakri", "LEADS", "*")]),
    # the clause on a person with no body above: no leader of anything
    ("commanded-troops-no-body", "Troops loyal to Omar Bakri, commanded by his son Yusuf "
     "Bakri, shelled the town.", [("Yusuf Bakri", "LEADS", "*")]),
    # a rival is no wing
    ("is-the-rival-of", "Observers say the Kivu Defence Brigade is the main rival of the "
     "Ruvan Patriotic Army.", [("Kivu Defence Brigade", "PART_OF", "*")]),
    # a person is never a part of a movement, even when the wing hangs on the name
    ("person-not-part-of", "Soldiers detained Ahmed Farouk, a commander in the Salah "
     "Brigade, the armed wing of the Northern Justice Movement, at a checkpoint.",
     [("Ahmed Farouk", "PART_OF", "*")]),
    ("kin-apposed-to-title", "Soldiers detained Ahmed Farouk, a commander in the Salah "
     "Brigade, the nephew of Omar Bakri, at a checkpoint.", [("Salah Brigade", "PART_OF", "*")]),
    # another state's minister named in front of the title serves that state
    ("portfolio-minister-other-state", "LUSAKA, Zambia, 3 June 2026 - Malawi's Defence "
     "Minister Mary Banda said the border posts would be reinforced.",
     [("Mary Banda", "MEMBER_OF", "Zambia")]),
    # no dateline: no state to serve
    ("portfolio-minister-no-dateline", "Defence Minister Mary Banda said the border posts "
     "would be reinforced.", [("Mary Banda", "MEMBER_OF", "*")]),
    # attacking or criticising a body's part makes no member of it
    ("attacked-the-bodys-unit", "Joseph Wambua, who attacked the Tana River Front's finance "
     "unit, was killed in Garissa.", [("Joseph Wambua", "MEMBER_OF", "*")]),
    ("critic-of-the-bodys-committee", "Joseph Wambua, a critic of the Tana River Front's "
     "executive committee, was killed in Garissa.", [("Joseph Wambua", "MEMBER_OF", "*")]),
]


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_forbidden_triples(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
