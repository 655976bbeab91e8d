"""Deterministic synthetic news-style documents for benchmarks (templates x actor lists)."""

from __future__ import annotations

import random
from collections.abc import Iterator

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


def documents(count: int, *, sentences: int = 12, seed: int = 7) -> Iterator[tuple[str, str]]:
    """(document id, text) pairs; the same seed always gives the same corpus."""
    rng = random.Random(seed)
    for i in range(count):
        yield f"synthetic-{i:06d}.txt", document(rng, sentences)
