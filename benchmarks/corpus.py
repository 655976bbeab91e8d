"""Deterministic synthetic news-style documents for benchmarks (templates x actor lists)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

from actorgraph.domain import (
    Actor,
    ActorType,
    Evidence,
    Extraction,
    Relation,
    RelationType,
    actor_slug,
)

GROUPS = [
    "the Houthis",
    "Hezbollah",
    "Kataib Hezbollah",
    "the Islamic State",
    "al-Shabaab",
    "the Wagner Group",
    "the Syrian Democratic Forces",
    "Hamas",
    "Boko Haram",
    "the Taliban",
    "the Popular Mobilization Forces",
    "Asaib Ahl al-Haq",
]
STATES = [
    "the United States",
    "Iran",
    "Iraq",
    "Israel",
    "Saudi Arabia",
    "Turkey",
    "Russia",
    "Ukraine",
    "France",
    "Mali",
    "Syria",
    "Yemen",
    "Lebanon",
    "Somalia",
    "Nigeria",
]
PEOPLE = [
    "Ahmed Diriye",
    "Yahya Saree",
    "Mazloum Abdi",
    "Abu Ali al-Askari",
    "Assimi Goita",
    "Mohammed Abdulsalam",
    "Hassan Nasrallah",
    "Abdul-Malik al-Houthi",
]
PLACES = ["Baghdad", "Erbil", "Sanaa", "Hodeidah", "Aleppo", "Kharkiv", "Mopti", "Garowe"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

SENTENCES = [
    "{g1} attacked positions of {g2} near {p} on {d}.",
    "{per}, leader of {g1}, said the group would continue its operations.",
    "{s1} condemned the attacks and called on {s2} to restrain {g1}.",
    "The {adj}-backed militia {g1} fired rockets at a base housing troops of {s1}.",
    "Officials in {p} said {s1} killed two commanders of {g1} in an air strike.",
    "{per}, a spokesman for {g2}, denied that the group was involved.",
    "{s1} and {s2} agreed on a ceasefire after talks in {p}, the ministry said.",
    "{g2} does not support targeting civilians, {per} told reporters.",
    "Residents of {p} said the fighting had displaced thousands of families this week.",
    "{s2} sanctioned three companies accused of supplying {g1} with drones.",
]
ADJ = ["Iranian", "Russian", "Turkish", "Saudi", "US"]


def document(rng: random.Random, sentences: int) -> str:
    year = rng.randint(2015, 2025)
    month = rng.choice(MONTHS)
    place = rng.choice(PLACES).upper()
    lines = [f"{place} ({month} {rng.randint(1, 28)}, {year}) \u2014"]
    for _ in range(sentences):
        g1, g2 = rng.sample(GROUPS, 2)
        s1, s2 = rng.sample(STATES, 2)
        text = rng.choice(SENTENCES).format(
            g1=g1,
            g2=g2,
            s1=s1,
            s2=s2,
            per=rng.choice(PEOPLE),
            p=rng.choice(PLACES),
            d=f"{rng.choice(MONTHS)} {rng.randint(1, 28)}",
            adj=rng.choice(ADJ),
        )
        lines.append(text[0].upper() + text[1:])
    return " ".join(lines)


def documents(
    count: int, *, sentences: int = 12, seed: int = 7, prefix: str = "synthetic"
) -> Iterator[tuple[str, str]]:
    """(document id, text) pairs; the same seed always gives the same corpus. The ids
    are those of `synthetic_extractions` unless `prefix` differs: a store built from
    those already holds documents under them, and one written again is a replacement."""
    rng = random.Random(seed)
    for i in range(count):
        yield f"{prefix}-{i:06d}.txt", document(rng, sentences)


# ----------------------------------------------------------- synthetic extractions
#
# For the scale benchmarks: the same sentence templates, with the relation each one
# states, turned straight into `Extraction`s (no language pipeline), so that stores of
# 100,000 documents can be built on a small machine. Besides the named actors above
# (the hubs every story mentions), each size gets a long tail of minor groups and
# commanders, as real corpora do, so the graph widens as it grows.

# Per template of SENTENCES: (source slot, relation, target slot) triples it states.
TEMPLATE_RELATIONS: tuple[tuple[tuple[str, RelationType, str], ...], ...] = (
    (("g1", RelationType.TARGETS, "g2"),),
    (("per", RelationType.LEADS, "g1"),),
    (("s1", RelationType.CRITICIZES, "g1"), ("s1", RelationType.DEMANDS, "s2")),
    (("g1", RelationType.TARGETS, "s1"),),
    (("s1", RelationType.KILLED, "g1"),),
    (("per", RelationType.SPOKESPERSON_FOR, "g2"),),
    (("s1", RelationType.CEASEFIRE_WITH, "s2"),),
    (),
    (),
    (("s2", RelationType.SANCTIONS, "g1"),),
)
SLOT_TYPES = {
    "g1": ActorType.ARMED_GROUP,
    "g2": ActorType.ARMED_GROUP,
    "s1": ActorType.STATE,
    "s2": ActorType.STATE,
    "per": ActorType.PERSON,
}


@dataclass(frozen=True, slots=True)
class SyntheticDocument:
    id: str
    text: str
    extraction: Extraction


def tail_size(count: int) -> int:
    """Minor groups and people (each) in a corpus of `count` documents."""
    return max(50, count // 20)


def synthetic_extractions(
    count: int, *, sentences: int = 12, seed: int = 7
) -> Iterator[SyntheticDocument]:
    """`count` documents with their extraction, built from the templates; deterministic.

    Half of the group and person slots name one of the hubs above, half a member of
    the long tail ("Liwa 00042", "Commander 00042"), whose size grows with `count`.
    """
    rng = random.Random(seed)
    tail = tail_size(count)
    for i in range(count):
        yield _synthetic(rng, f"synthetic-{i:06d}.txt", sentences, tail)


def _synthetic(rng: random.Random, doc_id: str, sentences: int, tail: int) -> SyntheticDocument:
    year, month, day = rng.randint(2015, 2025), rng.randrange(12), rng.randint(1, 28)
    date = f"{year:04d}-{month + 1:02d}-{day:02d}"
    text = f"{rng.choice(PLACES).upper()} ({MONTHS[month]} {day}, {year}) \u2014"
    actors: dict[str, Actor] = {}
    relations: list[Relation] = []

    def actor(name: str, kind: ActorType) -> str:
        if name not in actors:
            actors[name] = Actor(f"a{len(actors) + 1}", name, kind)
        return actors[name].id

    for _ in range(sentences):
        g1, g2 = (
            rng.sample(GROUPS, 2) if rng.random() < 0.5 else [_tail("Liwa", rng, tail), "Hamas"]
        )
        s1, s2 = rng.sample(STATES, 2)
        per = rng.choice(PEOPLE) if rng.random() < 0.5 else _tail("Commander", rng, tail)
        slots = {"g1": g1, "g2": g2, "s1": s1, "s2": s2, "per": per}
        template = rng.randrange(len(SENTENCES))
        sentence = SENTENCES[template].format(
            **slots, p=rng.choice(PLACES), d=f"{rng.choice(MONTHS)} {day}", adj=rng.choice(ADJ)
        )
        sentence = sentence[0].upper() + sentence[1:]
        start = len(text) + 1
        text = f"{text} {sentence}"
        evidence = (Evidence(sentence, start, start + len(sentence)),)
        for source, kind, target in TEMPLATE_RELATIONS[template]:
            relations.append(
                Relation(
                    actor(slots[source], SLOT_TYPES[source]),
                    actor(slots[target], SLOT_TYPES[target]),
                    kind,
                    evidence,
                    date=date,
                    confidence=0.8,
                    state="agreed" if kind is RelationType.CEASEFIRE_WITH else None,
                )
            )
    extraction = Extraction(
        document=doc_id, actors=tuple(actors.values()), relations=tuple(relations), date=date
    )
    return SyntheticDocument(doc_id, text, extraction)


def _tail(prefix: str, rng: random.Random, tail: int) -> str:
    return f"{prefix} {rng.randrange(tail):05d}"


def hub_actor_ids() -> list[str]:
    """Store ids of the named actors: the fixed set the lookup benchmarks query."""
    return [actor_slug(name) for name in (*GROUPS, *STATES, *PEOPLE)]
