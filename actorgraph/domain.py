"""Domain types every layer speaks: actors, relations, evidence, extractions.

These are plain frozen dataclasses so that nothing outside `extract/` ever sees a
spaCy object, and so that stores, the API and the CLI agree on one vocabulary
(see the ontology in the README).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from typing import Any


class ActorType(StrEnum):
    PERSON = "PERSON"
    ARMED_GROUP = "ARMED_GROUP"
    STATE = "STATE"
    GOVERNMENT_BODY = "GOVERNMENT_BODY"
    ORGANIZATION = "ORGANIZATION"
    MEDIA = "MEDIA"
    FACILITY = "FACILITY"
    LOCATION = "LOCATION"


class RelationType(StrEnum):
    LEADS = "LEADS"
    MEMBER_OF = "MEMBER_OF"
    SPOKESPERSON_FOR = "SPOKESPERSON_FOR"
    PART_OF = "PART_OF"
    BACKS = "BACKS"
    ALLIED_WITH = "ALLIED_WITH"
    COOPERATES_WITH = "COOPERATES_WITH"
    MEETS_WITH = "MEETS_WITH"
    CEASEFIRE_WITH = "CEASEFIRE_WITH"
    DEMANDS = "DEMANDS"
    CRITICIZES = "CRITICIZES"
    OPPOSES = "OPPOSES"
    THREATENS = "THREATENS"
    SANCTIONS = "SANCTIONS"
    WITHDRAWS_FROM = "WITHDRAWS_FROM"
    TARGETS = "TARGETS"
    KILLED = "KILLED"
    CONTROLS = "CONTROLS"
    LOCATED_IN = "LOCATED_IN"


SYMMETRIC_RELATIONS: frozenset[RelationType] = frozenset(
    {
        RelationType.ALLIED_WITH,
        RelationType.COOPERATES_WITH,
        RelationType.MEETS_WITH,
        RelationType.CEASEFIRE_WITH,
    }
)

# The main CAMEO root code of each relation type (None for roles and places).
CAMEO_CODES: dict[RelationType, str | None] = {
    RelationType.LEADS: None,
    RelationType.MEMBER_OF: None,
    RelationType.SPOKESPERSON_FOR: None,
    RelationType.PART_OF: None,
    RelationType.BACKS: "07",
    RelationType.ALLIED_WITH: "05",
    RelationType.COOPERATES_WITH: "06",
    RelationType.MEETS_WITH: "04",
    RelationType.CEASEFIRE_WITH: "0871",
    RelationType.DEMANDS: "10",
    RelationType.CRITICIZES: "11",
    RelationType.OPPOSES: "12",
    RelationType.THREATENS: "13",
    RelationType.SANCTIONS: "16",
    RelationType.WITHDRAWS_FROM: "0874",
    RelationType.TARGETS: "19",
    RelationType.KILLED: "186",
    RelationType.CONTROLS: None,
    RelationType.LOCATED_IN: None,
}

# Families used to colour edges in the explorer.
RELATION_FAMILIES: dict[RelationType, str] = {
    RelationType.LEADS: "hierarchy",
    RelationType.MEMBER_OF: "hierarchy",
    RelationType.SPOKESPERSON_FOR: "hierarchy",
    RelationType.PART_OF: "hierarchy",
    RelationType.LOCATED_IN: "hierarchy",
    RelationType.CONTROLS: "violence",
    RelationType.BACKS: "cooperation",
    RelationType.ALLIED_WITH: "cooperation",
    RelationType.COOPERATES_WITH: "cooperation",
    RelationType.MEETS_WITH: "cooperation",
    RelationType.CEASEFIRE_WITH: "cooperation",
    RelationType.DEMANDS: "statements",
    RelationType.CRITICIZES: "statements",
    RelationType.OPPOSES: "statements",
    RelationType.THREATENS: "statements",
    RelationType.SANCTIONS: "statements",
    RelationType.WITHDRAWS_FROM: "statements",
    RelationType.TARGETS: "violence",
    RelationType.KILLED: "violence",
}


@dataclass(frozen=True, slots=True)
class Evidence:
    """A sentence a relation was read from; `start`/`end` index the original text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor as found in one document. `id` is local to its extraction ("a1")."""

    id: str
    name: str
    type: ActorType
    aliases: tuple[str, ...] = ()
    cameo_code: str | None = None  # CAMEO actor code where known: "IRQ", "USAMIL", "COLREB"


@dataclass(frozen=True, slots=True)
class Relation:
    """A directed, typed statement between two actors of the same extraction."""

    source: str
    target: str
    type: RelationType
    evidence: tuple[Evidence, ...]
    negated: bool = False
    date: str | None = None
    confidence: float = 0.5
    cameo: str | None = None
    state: str | None = None  # CEASEFIRE_WITH: "agreed" or "ended"
    source_actor: str | None = None  # who made the claim, for reported speech
    # the id of the extraction pattern that read it (provenance, not identity)
    pattern: str | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything read from one document."""

    document: str
    actors: tuple[Actor, ...] = ()
    relations: tuple[Relation, ...] = ()
    date: str | None = None  # the document's date (dateline), ISO 8601
    provenance: tuple[str, ...] = ()  # outlets that reported the story
    meta: dict[str, Any] = field(default_factory=dict, compare=False)

    def actor(self, actor_id: str) -> Actor:
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        raise KeyError(f"no actor {actor_id!r} in extraction of {self.document!r}")

    def to_json(self) -> dict[str, Any]:
        """The JSON Lines contract of the evaluation (one object per document)."""
        return {
            "document": self.document,
            "date": self.date,
            "provenance": list(self.provenance),
            "actors": [
                {"id": a.id, "name": a.name, "type": a.type.value, "aliases": list(a.aliases),
                 "cameo_code": a.cameo_code}
                for a in self.actors
            ],
            "relations": [
                {
                    "source": r.source,
                    "target": r.target,
                    "type": r.type.value,
                    "negated": r.negated,
                    "evidence": [
                        {"text": e.text, "start": e.start, "end": e.end} for e in r.evidence
                    ],
                    "date": r.date,
                    "confidence": r.confidence,
                    "cameo": r.cameo,
                    "state": r.state,
                    "source_actor": r.source_actor,
                    "pattern": r.pattern,
                }
                for r in self.relations
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Extraction:
        """Inverse of `to_json` (used by imports and tests)."""
        return cls(
            document=str(data["document"]),
            date=data.get("date"),
            provenance=tuple(data.get("provenance", ())),
            actors=tuple(
                Actor(
                    id=str(a["id"]),
                    name=str(a["name"]),
                    type=ActorType(a["type"]),
                    aliases=tuple(a.get("aliases", ())),
                    cameo_code=str(a["cameo_code"]) if a.get("cameo_code") else None,
                )
                for a in data.get("actors", ())
            ),
            relations=tuple(
                Relation(
                    source=str(r["source"]),
                    target=str(r["target"]),
                    type=RelationType(r["type"]),
                    evidence=tuple(
                        Evidence(text=e["text"], start=int(e["start"]), end=int(e["end"]))
                        for e in r.get("evidence", ())
                    ),
                    negated=bool(r.get("negated", False)),
                    date=r.get("date"),
                    confidence=float(r.get("confidence", 0.5)),
                    cameo=r.get("cameo"),
                    state=r.get("state"),
                    source_actor=r.get("source_actor"),
                    pattern=r.get("pattern"),
                )
                for r in data.get("relations", ())
            ),
        )


_PUNCT = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "`": "'"})


@lru_cache(maxsize=1 << 16)  # (the same names are keyed again and again while reading)
def name_key(name: str) -> str:
    """A normalised lookup key for an actor name or alias.

    NFKC, accents and case folded, curly quotes, a leading "the" and a possessive
    "'s" dropped, hyphens/underscores as spaces, other punctuation removed:
    "the Asa’ib Ahl al-Haq" and "Asaib Ahl Al Haq" get the same key.
    """
    text = unicodedata.normalize("NFKC", name).translate(_QUOTES)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"'s\b", "", text)
    text = text.replace("-", " ").replace("_", " ").replace("'", "")
    text = _PUNCT.sub("", text)
    text = _SPACES.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


def actor_slug(name: str) -> str:
    """A stable, URL-safe actor id derived from the canonical name."""
    key = name_key(name)
    slug = re.sub(r"[^a-z0-9]+", "-", key).strip("-")
    if slug and slug.replace("-", " ") == key:
        return slug
    # Non-ASCII or punctuation-only names: keep them distinct with a short hash.
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
    return f"{slug}-{digest}" if slug else f"actor-{digest}"
