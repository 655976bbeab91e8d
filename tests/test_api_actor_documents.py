"""A connections response lists the first of its actor's documents and links to
GET /actors/{id}/documents, which pages them all."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from actorgraph.api import create_app
from actorgraph.api.routes.actors import FIRST_DOCUMENTS
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.store import GraphStore
from actorgraph.settings import Settings
from tests.test_sources_contract import S_SHELL, story
from tests.test_store_contract import T, info_for, rel

DOCUMENTS = FIRST_DOCUMENTS + 5
NAMES = [f"report-{n:03d}.txt" for n in range(DOCUMENTS)]


@pytest.fixture(params=["sqlite", "ladybug"])
def client(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[TestClient]:
    store: GraphStore = (
        EmbeddedStore(tmp_path / "g.sqlite3")
        if request.param == "sqlite"
        else LadybugStore(tmp_path / "lb")
    )
    for name in reversed(NAMES):
        doc = story(name, rel("a1", "a2", T.TARGETS, S_SHELL, 0))
        store.upsert_document(info_for(doc), doc)
    app = create_app(Settings(data_dir=tmp_path), store=store)
    with TestClient(app) as test_client:
        yield test_client
    store.close()


def red_hand(client: TestClient) -> str:
    found: str = client.get("/actors", params={"q": "Red Hand"}).json()["items"][0]["id"]
    return found


@pytest.mark.parametrize("depth", [1, 2])
def test_connections_list_the_first_documents_and_link_to_the_rest(
    client: TestClient, depth: int
) -> None:
    actor = red_hand(client)
    body = client.get(f"/actors/{actor}/connections", params={"depth": depth}).json()
    assert body["actor"]["documents"] == NAMES[:FIRST_DOCUMENTS]
    assert body["actor"]["document_count"] == DOCUMENTS
    url = body["actor"]["documents_url"]
    assert url == f"/actors/{actor}/documents"
    rest = client.get(url, params={"offset": FIRST_DOCUMENTS}).json()
    assert rest == {
        "actor": actor,
        "total": DOCUMENTS,
        "limit": 50,
        "offset": FIRST_DOCUMENTS,
        "items": NAMES[FIRST_DOCUMENTS:],
    }


def test_the_actor_itself_lists_every_document(client: TestClient) -> None:
    body = client.get(f"/actors/{red_hand(client)}").json()
    assert body["documents"] == NAMES
    assert body["document_count"] == DOCUMENTS
    assert body["documents_url"] is None


def test_documents_pages_by_limit_and_offset(client: TestClient) -> None:
    actor = red_hand(client)
    page = client.get(f"/actors/{actor}/documents", params={"limit": 3, "offset": 1}).json()
    assert (page["total"], page["items"]) == (DOCUMENTS, NAMES[1:4])
    assert client.get(f"/actors/{actor}/documents", params={"limit": 0}).status_code == 422


def test_documents_of_an_unknown_actor_is_404(client: TestClient) -> None:
    response = client.get("/actors/nobody-at-all/documents")
    assert response.status_code == 404
    assert "nobody-at-all" in response.json()["detail"]


def test_the_schema_documents_the_page_and_the_link(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert "/actors/{actor_id}/documents" in schema["paths"]
    actor = schema["components"]["schemas"]["ActorOut"]["properties"]
    assert {"document_count", "documents_url"} <= set(actor)


def test_search_results_list_the_first_documents_and_link_to_the_rest(
    client: TestClient,
) -> None:
    for params in ({"q": "Red Hand"}, {}):
        items = client.get("/actors", params=params).json()["items"]
        hit = next(item for item in items if item["name"] == "Red Hand")
        assert hit["documents"] == NAMES[:FIRST_DOCUMENTS]
        assert hit["document_count"] == DOCUMENTS
        assert hit["documents_url"] == f"/actors/{hit['id']}/documents"

