"""Small made-up news stories and their hand-made extractions, shared by tests.

The texts are invented; evidence offsets index them exactly.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from actorgraph.documents import sha256_text
from actorgraph.domain import Actor, ActorType, Evidence, Extraction, Relation, RelationType
from actorgraph.graph.models import DocumentInfo
from actorgraph.graph.store import GraphStore

if TYPE_CHECKING:
    from spacy.language import Language

RAID_TEXT = (
    "HARBOUR CITY, March 4 - The Crimson Brigade, led by Omar Haddad, shelled the "
    "Northgate airbase on Tuesday. Haddad said the Crimson Brigade does not support "
    "attacks on the Eastport embassy."
)
TRUCE_TEXT = (
    "Valdoria condemned the Crimson Brigade on Friday. Valdoria and Ostrava agreed a "
    "ceasefire in the border region."
)
EVIL_NAME = "<script>alert(1)</script>"
EVIL_TEXT = f"The {EVIL_NAME} cell attacked the Northgate airbase.</script><script>alert(2)"


def sentence(text: str, fragment: str) -> Evidence:
    start = text.index(fragment)
    return Evidence(text=fragment, start=start, end=start + len(fragment))


def raid() -> Extraction:
    return Extraction(
        document="raid.txt",
        date="2021-03-04",
        actors=(
            Actor("a1", "Crimson Brigade", ActorType.ARMED_GROUP),
            Actor("a2", "Omar Haddad", ActorType.PERSON, aliases=("Haddad",)),
            Actor("a3", "Northgate airbase", ActorType.FACILITY),
            Actor("a4", "Eastport embassy", ActorType.FACILITY),
        ),
        relations=(
            Relation(
                "a2",
                "a1",
                RelationType.LEADS,
                (sentence(RAID_TEXT, "The Crimson Brigade, led by Omar Haddad"),),
                date="2021-03-04",
                confidence=0.9,
            ),
            Relation(
                "a1",
                "a3",
                RelationType.TARGETS,
                (
                    sentence(
                        RAID_TEXT,
                        "The Crimson Brigade, led by Omar Haddad, shelled the Northgate "
                        "airbase on Tuesday.",
                    ),
                ),
                date="2021-03-02",
                confidence=0.8,
                cameo="19",
            ),
            Relation(
                "a1",
                "a4",
                RelationType.TARGETS,
                (
                    sentence(
                        RAID_TEXT,
                        "Haddad said the Crimson Brigade does not support attacks on the "
                        "Eastport embassy.",
                    ),
                ),
                negated=True,
                date="2021-03-04",
                source_actor="a2",
            ),
        ),
    )


def truce() -> Extraction:
    return Extraction(
        document="2021/03/truce.txt",
        date="2021-03-05",
        actors=(
            Actor("v", "Valdoria", ActorType.STATE),
            Actor("c", "Crimson Brigade", ActorType.ARMED_GROUP),
            Actor("o", "Ostrava", ActorType.STATE),
        ),
        relations=(
            Relation(
                "v",
                "c",
                RelationType.CRITICIZES,
                (sentence(TRUCE_TEXT, "Valdoria condemned the Crimson Brigade on Friday."),),
                date="2021-03-05",
                cameo="11",
            ),
            Relation(
                "v",
                "o",
                RelationType.CEASEFIRE_WITH,
                (
                    sentence(
                        TRUCE_TEXT,
                        "Valdoria and Ostrava agreed a ceasefire in the border region.",
                    ),
                ),
                date="2021-03-05",
                state="agreed",
            ),
        ),
    )


def evil() -> Extraction:
    return Extraction(
        document="evil.txt",
        actors=(
            Actor("x", EVIL_NAME, ActorType.ARMED_GROUP),
            Actor("n", "Northgate airbase", ActorType.FACILITY),
        ),
        relations=(
            Relation("x", "n", RelationType.TARGETS, (Evidence(EVIL_TEXT, 0, len(EVIL_TEXT)),)),
        ),
    )


def info(extraction: Extraction, text: str) -> DocumentInfo:
    return DocumentInfo(
        id=extraction.document,
        sha256=sha256_text(text),
        date=extraction.date,
        words=len(text.split()),
        ingested_at="2021-03-06T00:00:00+00:00",
    )


def raid_told_in(numbers: Sequence[int]) -> list[tuple[DocumentInfo, Extraction]]:
    """The raid story told in one document per number (`raid-NN.txt`), in the order
    given, every third number with a second sentence for the same facts: edges that
    gather many statements over documents of one or two."""
    told = []
    for number in numbers:
        extraction = dataclasses.replace(raid(), document=f"raid-{number:02d}.txt")
        if number % 3 == 0:
            extraction = dataclasses.replace(
                extraction,
                relations=tuple(
                    dataclasses.replace(r, evidence=(*r.evidence, sentence(RAID_TEXT, "Haddad")))
                    for r in extraction.relations
                ),
            )
        told.append((info(extraction, RAID_TEXT + str(number)), extraction))
    return told


def fill(store: GraphStore) -> None:
    """Ingest the three sample documents (7 actors, 6 statements)."""
    for extraction, text in ((raid(), RAID_TEXT), (truce(), TRUCE_TEXT), (evil(), EVIL_TEXT)):
        store.upsert_document(info(extraction, text), extraction)


Triple = tuple[str, str, str]


def actors_and_triples(nlp: Language, text: str) -> tuple[dict[str, ActorType], set[Triple]]:
    """What `text` reads as: each actor's type by its name, and the asserted relations as
    (source name, type, target name)."""
    from actorgraph.extract import extract_document

    ex = extract_document(nlp, text, "case.txt")
    names = {a.id: a.name for a in ex.actors}
    triples = {(names[r.source], r.type.value, names[r.target])
               for r in ex.relations if not r.negated}
    return {a.name: a.type for a in ex.actors}, triples


def assert_read_whole(nlp: Language, text: str, name: str, type_: ActorType | None = None,
                      absent: Sequence[str] = ()) -> None:
    """`text` reads `name` as one actor (of `type_` when given) and none of `absent`."""
    actors, _ = actors_and_triples(nlp, text)
    assert name in actors, sorted(actors)
    assert type_ is None or actors[name] is type_, actors
    assert not [n for n in absent if n in actors], sorted(actors)
