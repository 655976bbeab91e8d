"""Roles in news: who leads, speaks for, belongs to or is a unit of whom, when a rank
stands between the title and the name, when the owner is "its" or a state, and when a
group is "led by" a titled person. Own sentences; each reading has a sentence that must
not give the edge."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # a rank after the title's comma, the owner named by "its" (rules._titles,
    # leaders.past_ranks)
    ("its-title-comma-rank", "The Ruvan Liberation Front seized the border post on Monday. "
     "Its commander, Admiral Ruth Okafor, said the fighters would hold it.",
     [("Ruth Okafor", "LEADS", "Ruvan Liberation Front")]),
    ("its-spokesman-comma-rank", "The Zambezi People's Army seized the bridge. Its "
     "spokesman, Major Pedro Lunga, said the valley was calm.",
     [("Pedro Lunga", "SPOKESPERSON_FOR", "Zambezi People's Army")]),
    # a rank between the title and the name, no comma
    ("acronym-title-rank-name", "ALF spokesperson Brigadier Sara Mwangi said two soldiers "
     "were wounded.", [("Sara Mwangi", "SPOKESPERSON_FOR", "Animal Liberation Front")]),
    # a state's military leader leads the state
    ("state-military-leader-rank", "Egypt's military leader, Field Marshal Omar Tali, met "
     "envoys from Sudan.", [("Omar Tali", "LEADS", "Egypt")]),
    # a title that runs on ("chief of staff") of a state's army: one of the state's people
    ("army-chief-of-staff", "Chad's army chief of staff, General Omar Tali, said the "
     "attack had been repelled.", [("Omar Tali", "MEMBER_OF", "Chad")]),
    # "led / headed by the <title> X": the person named, not the title's noun
    # (rules._compound_backing, leaders.titled_name)
    ("headed-by-titled-person", "The Zambezi People's Army seized the bridge. The "
     "movement, headed by the former rebel colonel Ines Moyo, now holds the valley.",
     [("Ines Moyo", "LEADS", "Zambezi People's Army")]),
    # "X, the Y unit ...": a named unit of a named group (patterns/roles.jsonl)
    ("appos-named-unit", "The Kivu Defence Brigade, the Ruvan Patriotic Army unit in the "
     "hills, shelled the town.", [("Kivu Defence Brigade", "PART_OF", "Ruvan Patriotic Army")]),
    # "belongs to": a unit is part of the body, a person one of its members (the
    # source's type decides: patterns/roles.jsonl with checks unit_of_body, person_and_body)
    ("unit-belongs-to", "The Kivu Defence Brigade, which belongs to the Ruvan Patriotic "
     "Army, shelled the town.", [("Kivu Defence Brigade", "PART_OF", "Ruvan Patriotic Army")]),
    # a government's title with no state named: the state the report is filed from, by
    # its dateline's capital (links._government_title, leaders.home_state)
    ("government-spokesperson-of-the-dateline", "NIAMEY (Lake Wire) - Fighters raided a "
     "post near the border with Mali, killing 12 soldiers of Niger's army. Government "
     "spokesperson Amadou Sani said the council would meet.",
     [("Amadou Sani", "SPOKESPERSON_FOR", "Niger")]),
    ("president-of-the-dateline-capital", "NIAMEY (Lake Wire) - Fighters raided a post near "
     "the border with Mali. Burkina Faso's army reported raids too. President Ali Lamine "
     "convened the security council.", [("Ali Lamine", "LEADS", "Niger")]),
    ("person-belongs-to", "Ines Moyo, who belongs to the Zambezi People's Army, was "
     "arrested in Harare.", [("Ines Moyo", "MEMBER_OF", "Zambezi People's Army")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_expected_triples(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # the ranked person is someone the title holder meets, not the holder
    ("rank-after-a-verb", "The Ruvan Liberation Front seized the border post on Monday. "
     "Its commander spoke with Admiral Ruth Okafor, who said the fighters would hold it.",
     [("Ruth Okafor", "LEADS", "*")]),
    ("spokesman-thanked-a-major", "The Zambezi People's Army seized the bridge. Its "
     "spokesman thanked Major Pedro Lunga, who said the valley was calm.",
     [("Pedro Lunga", "SPOKESPERSON_FOR", "*")]),
    ("leader-met-a-marshal", "Egypt's military leader met Field Marshal Omar Tali, an "
     "envoy from Sudan.", [("Omar Tali", "LEADS", "Egypt")]),
    # a nationality adjective before "militant" is where the person is from
    ("nationality-of-a-militant", "The Zambezi People's Army seized the bridge. The "
     "movement, led by the Malian militant Ines Moyo, now holds the valley.",
     [("Ines Moyo", "MEMBER_OF", "Mali")]),
    ("hunted-by-titled-person", "The Zambezi People's Army seized the bridge. The "
     "movement, hunted by the former rebel colonel Ines Moyo, now holds the valley.",
     [("Ines Moyo", "LEADS", "*")]),
    ("unit-that-fought", "The Kivu Defence Brigade, the unit that fought the Ruvan "
     "Patriotic Army in the hills, shelled the town.",
     [("Kivu Defence Brigade", "PART_OF", "*")]),
    ("thing-belongs-to", "The farm of Ines Moyo, who fled to Harare, belongs to the "
     "Zambezi People's Army.", [("Ines Moyo", "*", "Zambezi People's Army")]),
    ("government-spokesperson-without-dateline", "Fighters raided a post near the border "
     "with Mali, killing 12 soldiers of Niger's army. Government spokesperson Amadou Sani "
     "said the council would meet.", [("Amadou Sani", "SPOKESPERSON_FOR", "*")]),
    ("another-states-government-spokesperson", "NIAMEY (Lake Wire) - Fighters raided a post "
     "near the border with Mali. Malian government spokesperson Amadou Sani said the "
     "attackers came from Niger.", [("Amadou Sani", "SPOKESPERSON_FOR", "Niger")]),
    ("person-is-no-part", "Ines Moyo, who belongs to the Zambezi People's Army, was "
     "arrested in Harare.", [("Ines Moyo", "PART_OF", "*")]),
]


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_forbidden_triples(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
