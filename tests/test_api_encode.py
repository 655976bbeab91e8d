"""The connections body built as plain dicts and encoded once (api/encode.py): the
same JSON as the documented response models, byte for byte, on both embedded stores."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pydantic_core
import pytest
from fastapi.testclient import TestClient

from actorgraph.api.encode import EvidenceFields, to_json
from actorgraph.api.schemas import Connections, EvidenceOut
from actorgraph.domain import Actor, ActorType, Evidence, Extraction, Relation, RelationType
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.models import Direction, DocumentInfo, Statement
from actorgraph.graph.store import GraphStore
from tests.test_api import make_client

# A made-up bulletin with names in several scripts and an event dated before the report.
BULLETIN = (
    "Les Forces armées du Nord ont bombardé le dépôt de Šabac le 28 avril. "
    "Общество «Красный крест» a condamné les Forces armées du Nord. "
    "Le comité de Zürich a rencontré l'Общество «Красный крест»."
)
FORCES = Actor("fan", "Forces armées du Nord", ActorType.ARMED_GROUP)
DEPOT = Actor("sabac", "dépôt de Šabac", ActorType.FACILITY)
RED_CROSS = Actor("krk", "Общество «Красный крест»", ActorType.ORGANIZATION, aliases=("ОКК",))
ZURICH = Actor("zurich", "Le comité de Zürich", ActorType.ORGANIZATION)


def said(fragment: str) -> tuple[Evidence]:
    start = BULLETIN.index(fragment)
    return (Evidence(fragment, start, start + len(fragment)),)


def bulletin() -> Extraction:
    first, second, third = BULLETIN.split(". ")
    return Extraction(
        document="bulletin-été.txt",
        date="2024-05-02",
        actors=(FORCES, DEPOT, RED_CROSS, ZURICH),
        relations=(
            Relation(
                "fan",
                "sabac",
                RelationType.TARGETS,
                said(first),
                date="2024-04-28",
                confidence=0.85,
            ),
            Relation("krk", "fan", RelationType.CRITICIZES, said(second), confidence=1.0),
            Relation(
                "zurich",
                "krk",
                RelationType.MEETS_WITH,
                said(third[:-1]),
                negated=True,
                confidence=0.35,
            ),
        ),
    )


def fill(store: GraphStore) -> None:
    extraction = bulletin()
    store.upsert_document(
        DocumentInfo(
            id=extraction.document,
            sha256="1" * 64,
            date="2024-05-02",
            words=len(BULLETIN.split()),
            title="Dépôt bombardé — «mise à jour»",
            url="https://presse.example/d%C3%A9p%C3%B4t",
            published="2024-05-02",
            publisher="Gazette du Nord",
            reliability="C",
        ),
        extraction,
    )
    copy = Extraction(document="reprise.txt")
    store.upsert_document(
        DocumentInfo(
            id="reprise.txt",
            sha256="2" * 64,
            publisher="Ежедневная газета",
            duplicate_of=extraction.document,
        ),
        copy,
    )


@pytest.fixture(params=["sqlite", "ladybug"])
def client(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[TestClient]:
    store: GraphStore = (
        EmbeddedStore(tmp_path / "g.sqlite3")
        if request.param == "sqlite"
        else LadybugStore(tmp_path / "ladybug")
    )
    fill(store)
    with make_client(store, tmp_path=tmp_path) as test_client:
        yield test_client
    store.close()


def actor_id(client: TestClient, name: str) -> str:
    """The id the store gave the actor of that name."""
    ids = {a["name"]: a["id"] for a in client.get("/actors").json()["items"]}
    return ids[name]


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"include_negated": "true"},
        {"include_negated": "true", "depth": "2", "evidence_limit": "0"},
        {"type": "TARGETS", "direction": "out"},
        {"date_from": "2024-04", "include_negated": "true"},
        {"limit": "1", "offset": "1", "include_negated": "true"},
    ],
)
@pytest.mark.parametrize("name", [FORCES.name, RED_CROSS.name])
def test_the_body_is_what_the_response_model_writes(
    client: TestClient, name: str, params: dict[str, str]
) -> None:
    actor = actor_id(client, name)
    response = client.get(f"/actors/{actor}/connections", params=params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    # The documented model reads the body, and writes it back the same, byte for byte:
    # the same fields, in the same order, with the same types and the same encoding.
    model = Connections.model_validate_json(response.content)
    assert model.model_dump_json() == response.text
    assert model.actor.id == actor


def test_names_dates_and_sources_are_kept_exactly(client: TestClient) -> None:
    actor = actor_id(client, FORCES.name)
    response = client.get(f"/actors/{actor}/connections", params={"include_negated": "true"})
    raw = response.content
    # Non-ASCII text is sent as UTF-8, not as \u escapes.
    for text in ("Forces armées du Nord", "Общество «Красный крест»", "Šabac", "Ежедневная"):
        assert text.encode("utf-8") in raw
    assert b"\\u" not in raw
    body = response.json()
    assert body["actor"]["name"] == "Forces armées du Nord"
    assert body["actor"]["explorer_url"] is None
    by_type = {c["type"]: c for c in body["connections"]}
    assert set(by_type) == {"TARGETS", "CRITICIZES"}
    targets = by_type["TARGETS"]
    assert (targets["neighbour"]["name"], targets["direction"], targets["hops"]) == (
        "dépôt de Šabac",
        "out",
        1,
    )
    assert targets["confidence"] == 0.85 and b'"confidence":0.85' in raw
    assert b'"confidence":1.0' in raw  # a float stays a float
    (evidence,) = targets["evidence"]
    assert (
        evidence["text"] == "Les Forces armées du Nord ont bombardé le dépôt de Šabac le 28 avril"
    )
    assert (evidence["date"], evidence["event_date"], evidence["report_date"]) == (
        "2024-04-28",
        "2024-04-28",
        "2024-05-02",
    )
    assert (evidence["title"], evidence["url"], evidence["reliability"]) == (
        "Dépôt bombardé — «mise à jour»",
        "https://presse.example/d%C3%A9p%C3%B4t",
        "C",
    )
    assert evidence["copies"] == [
        {
            "document": "reprise.txt",
            "title": None,
            "url": None,
            "published": None,
            "publisher": "Ежедневная газета",
            "reliability": None,
        }
    ]
    condemns = by_type["CRITICIZES"]
    assert (condemns["source_name"], condemns["target_name"], condemns["direction"]) == (
        "Общество «Красный крест»",
        "Forces armées du Nord",
        "in",
    )
    # Undated in the sentence: dated by the report, so no separate event date.
    assert [(e["date"], e["event_date"]) for e in condemns["evidence"]] == [("2024-05-02", None)]


def test_an_unknown_actor_is_still_a_problem(client: TestClient) -> None:
    response = client.get("/actors/nobody/connections")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"


def test_the_schema_still_documents_the_body(client: TestClient) -> None:
    operation = client.get("/openapi.json").json()["paths"]["/actors/{actor_id}/connections"]
    schema = operation["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/Connections"}


@pytest.mark.parametrize(
    "value",
    [
        {"name": "Kata'ib Ḥizb Allāh", "emoji": "🕊", "quote": '"«»"', "slash": "a/b\\c"},
        {"confidence": [0.0, 0.1, 0.35, 0.85, 1.0, 0.3333333333333333, 1e-7]},
        {"none": None, "flag": True, "count": 0, "big": 2**40},
        {"enums": [RelationType.TARGETS, ActorType.STATE, Direction.IN]},
        {"control": "tab\there\nnewline\u0001\u2028"},
        {"date": "2024-02-29", "nested": [{"a": []}, {}]},
    ],
)
def test_the_encoder_writes_what_pydantic_writes(value: dict[str, Any]) -> None:
    assert to_json(value) == pydantic_core.to_json(value)
    assert json.loads(to_json(value)) == json.loads(json.dumps(value))


class Sources:
    """A source lookup that counts its calls (the SourceLookup interface)."""

    def __init__(self, documents: dict[str, DocumentInfo]) -> None:
        self.documents = documents
        self.calls = 0

    def document(self, document_id: str) -> DocumentInfo | None:
        self.calls += 1
        return self.documents.get(document_id)

    def copies(self, document_id: str) -> list[DocumentInfo]:
        self.calls += 1
        return []


def test_evidence_looks_each_document_up_once_and_matches_the_model() -> None:
    info = DocumentInfo(id="d.txt", sha256="0" * 64, date="2024-01-02", publisher="Wire")
    sources = Sources({"d.txt": info})
    fields = EvidenceFields(sources)  # type: ignore[arg-type]
    statements = [
        Statement("d.txt", "One.", 0, 4, date="2024-01-02"),
        Statement("d.txt", "Two.", 5, 9, date="2023-12-30", state="agreed"),
        Statement("gone.txt", "Three.", 0, 6),
    ]
    bodies = fields.of_all(statements)
    assert sources.calls == 4  # d.txt and gone.txt, a document and its copies each
    assert [(b["event_date"], b["report_date"], b["publisher"]) for b in bodies] == [
        (None, "2024-01-02", "Wire"),
        ("2023-12-30", "2024-01-02", "Wire"),
        (None, None, None),
    ]
    for body in bodies:
        assert EvidenceOut.model_validate(body).model_dump() == body
        assert list(EvidenceOut.model_validate(body).model_dump()) == list(body)
