"""The connections route on the Ladybug store answers, byte for byte, what the store's
own reads give when made one by one, outside any snapshot: the centre with every
document (read from the mentions, not from the head kept on the actor), its page, and
the documents the page cites with their copies. Over hubs and small actors, pages past
the first, both ways, types, denied edges and evidence caps past the edges' heads."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from actorgraph.api.encode import connections_body, to_json
from actorgraph.api.routes.actors import DEFAULT_EVIDENCE_LIMIT, FIRST_DOCUMENTS
from actorgraph.api.sources import SourceLookup
from actorgraph.domain import RelationType
from actorgraph.graph.evidence_window import HEAD_STATEMENTS
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.models import Direction
from actorgraph.graph.queries import ConnectionsPage, EgoEdge
from actorgraph.graph.store import first_documents
from benchmarks import scale
from benchmarks.corpus import hub_actor_ids
from tests.test_api import make_client

STATEMENTS = 3000
# Query parameters of the route, and the same as the store's arguments.
CASES: list[tuple[dict[str, str], dict[str, Any]]] = [
    ({}, {}),
    ({"limit": "5", "evidence_limit": "1"}, {"limit": 5, "evidence_limit": 1}),
    ({"offset": "7", "limit": "9"}, {"offset": 7, "limit": 9}),
    ({"offset": "40", "limit": "30"}, {"offset": 40, "limit": 30}),
    ({"direction": "in", "limit": "12"}, {"direction": Direction.IN, "limit": 12}),
    ({"direction": "OUT", "limit": "12"}, {"direction": Direction.OUT, "limit": 12}),
    (
        {"type": ["TARGETS", "ALLIED_WITH"], "limit": "6"},
        {"relation_types": [RelationType.ALLIED_WITH, RelationType.TARGETS], "limit": 6},
    ),
    ({"include_negated": "true", "limit": "8"}, {"include_negated": True, "limit": 8}),
    ({"evidence_limit": "0"}, {"evidence_limit": 0}),
    (
        # Past the statements an edge keeps at hand: the rest are read by its ids.
        {"evidence_limit": str(HEAD_STATEMENTS + 5), "limit": "10"},
        {"evidence_limit": HEAD_STATEMENTS + 5, "limit": 10},
    ),
]


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bytes") / "ladybug"
    scale.build("ladybug", path, STATEMENTS)
    return path


@pytest.fixture(scope="module")
def served(
    graph: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[LadybugStore, TestClient]]:
    with LadybugStore(graph, read_only=True) as store:
        tmp = tmp_path_factory.mktemp("app")
        with make_client(store, tmp_path=tmp) as client:
            yield store, client


def actors(store: LadybugStore) -> list[str]:
    """The hubs, and every seventh other actor by id (leaves and middling ones)."""
    _, rows, _ = store.run_read("MATCH (a:Actor) RETURN a.id ORDER BY a.id", {}, 100_000, 60)
    every = [str(row[0]) for row in rows]
    hubs = [a for a in hub_actor_ids() if a in every]
    return hubs + [a for a in every[::7] if a not in hubs]


def expected(store: LadybugStore, actor_id: str, args: dict[str, Any]) -> bytes:
    """The body the store's own reads make, each read on its own."""
    centre = store.get_actor(actor_id)
    assert centre is not None
    limit, offset = args.get("limit", 50), args.get("offset", 0)
    page = store.connection_page(
        actor_id, **{"evidence_limit": DEFAULT_EVIDENCE_LIMIT, **args}
    )
    edges = [EgoEdge(c.edge, actor_id, c.neighbour, c.direction, 0) for c in page.items]
    names = {centre.id: centre.name} | {e.neighbour.id: e.neighbour.name for e in edges}
    shown = ConnectionsPage(first_documents(centre, FIRST_DOCUMENTS), page.total, edges, names)
    body = connections_body(
        shown, depth=1, limit=limit, offset=offset, root="", sources=SourceLookup(lambda: store)
    )
    return to_json(body)


def test_the_route_answers_what_the_store_reads_give(
    served: tuple[LadybugStore, TestClient],
) -> None:
    store, client = served
    chosen = actors(store)
    assert len(chosen) >= 40
    compared = cited = 0
    for actor_id in chosen:
        for params, args in CASES:
            response = client.get(f"/actors/{actor_id}/connections", params=params)
            assert response.status_code == 200, response.text
            assert response.content == expected(store, actor_id, args), (actor_id, params)
            compared += 1
            cited += response.content.count(b'"report_date"')
    assert compared == len(chosen) * len(CASES)
    assert cited > 1000, "the pages list evidence with its sources"


def test_a_hub_lists_only_its_first_documents(served: tuple[LadybugStore, TestClient]) -> None:
    """A hub's centre lists its first documents from the head on its node, and the
    whole list read from the mentions starts with them."""
    store, client = served
    hub = next(a for a in hub_actor_ids() if store.get_actor(a) is not None)
    body = client.get(f"/actors/{hub}/connections").json()
    whole = store.get_actor(hub)
    assert whole is not None and len(whole.documents) > FIRST_DOCUMENTS
    assert body["actor"]["documents"] == list(whole.documents[:FIRST_DOCUMENTS])
    assert body["actor"]["document_count"] == len(whole.documents)
