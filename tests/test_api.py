"""The REST API through HTTP (TestClient): lookups, errors as problem+json, writes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from spacy.language import Language

import actorgraph.extract
from actorgraph.api import create_app
from actorgraph.domain import Actor, ActorType, Evidence, Extraction, Relation, RelationType
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.models import GraphStats
from actorgraph.graph.store import GraphStore
from actorgraph.settings import Settings
from tests.conftest import ladybug_copy
from tests.samples import EVIL_NAME, RAID_TEXT, fill

TOKEN = "s3cret-token"
PROBLEM = "application/problem+json"


@pytest.fixture(params=["sqlite", "ladybug", "neo4j"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    """The sample stories in each store: SQLite, Ladybug (a copy of a store filled once
    per run) and a Neo4j store on the session's Neo4j 5.26 server
    (tests/neo4j_server.py): every API test runs on all three."""
    graph_store: GraphStore
    if request.param == "neo4j":
        graph_store = request.getfixturevalue("neo4j_store")
        fill(graph_store)
    elif request.param == "ladybug":
        graph_store = ladybug_copy(request.getfixturevalue("sample_ladybug"), tmp_path)
    else:
        graph_store = EmbeddedStore(tmp_path / "g.sqlite3")
        fill(graph_store)
    yield graph_store
    graph_store.close()


def make_client(
    store: GraphStore | None,
    *,
    tmp_path: Path,
    raise_errors: bool = True,
    nlp: Language | None = None,
    **settings: Any,
) -> TestClient:
    app = create_app(Settings(data_dir=tmp_path, **settings), store=store, nlp=nlp)
    return TestClient(app, raise_server_exceptions=raise_errors)


@pytest.fixture
def client(store: GraphStore, tmp_path: Path) -> Iterator[TestClient]:
    with make_client(store, tmp_path=tmp_path, api_token=SecretStr(TOKEN)) as test_client:
        yield test_client


def actor_id(client: TestClient, name: str) -> str:
    found = client.get("/actors", params={"q": name}).json()
    assert found["items"], found
    first: str = found["items"][0]["id"]
    return first


def assert_problem(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["type"] == "about:blank"
    assert body["title"] and body["detail"]
    assert "Traceback" not in response.text
    return body


# --------------------------------------------------------------------------- health


def test_health_is_ok(client: TestClient) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_ready_when_store_answers(client: TestClient) -> None:
    assert client.get("/ready").json() == {"status": "ready"}


class SilentStore(EmbeddedStore):
    def ping(self) -> bool:
        return False


class BrokenStore(EmbeddedStore):
    def stats(self) -> GraphStats:
        raise RuntimeError("secret internals at /srv/db")


def test_ready_is_503_when_ping_fails(tmp_path: Path) -> None:
    store = SilentStore(tmp_path / "g.sqlite3")
    with make_client(store, tmp_path=tmp_path) as test_client:
        body = assert_problem(test_client.get("/ready"), 503)
        assert body["instance"] == "/ready"
        assert test_client.get("/health").status_code == 200
    store.close()


def test_unreachable_store_gives_503_but_process_stays_alive(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, store="nowhere")  # open_store refuses it
    with TestClient(create_app(settings)) as test_client:
        assert test_client.get("/health").status_code == 200
        response = test_client.get("/actors")
        body = assert_problem(response, 503)
        assert "nowhere" in body["detail"]
        assert response.headers["retry-after"]
        assert_problem(test_client.get("/ready"), 503)


def test_store_opened_from_settings_and_closed_on_shutdown(tmp_path: Path) -> None:
    app = create_app(Settings(data_dir=tmp_path))
    with TestClient(app) as test_client:
        assert test_client.get("/ready").status_code == 200
        assert test_client.get("/stats").json()["actors"] == 0
    assert (tmp_path / "graph.sqlite3").exists()


def test_unexpected_error_is_a_500_problem_without_trace(tmp_path: Path) -> None:
    store = BrokenStore(tmp_path / "g.sqlite3")
    test_client = make_client(store, tmp_path=tmp_path, raise_errors=False)
    body = assert_problem(test_client.get("/stats"), 500)
    assert "secret internals" not in body["detail"]
    store.close()


# --------------------------------------------------------------------------- actors


def test_search_by_alias_with_total(client: TestClient) -> None:
    body = client.get("/actors", params={"q": "haddad"}).json()
    assert body["total"] == 1
    assert body["items"][0]["name"] == "Omar Haddad"
    assert body["items"][0]["type"] == "PERSON"
    assert "Haddad" in body["items"][0]["aliases"]


@pytest.mark.parametrize(
    ("params", "names"),
    [
        ({"type": "STATE"}, {"Valdoria", "Ostrava"}),
        ({"q": "crimson"}, {"Crimson Brigade"}),
        ({"q": "no such actor"}, set()),
    ],
)
def test_search_filters(client: TestClient, params: dict[str, str], names: set[str]) -> None:
    body = client.get("/actors", params=params).json()
    assert {item["name"] for item in body["items"]} == names
    assert body["total"] == len(names)


def test_search_pages_with_limit_and_offset(client: TestClient) -> None:
    everyone = client.get("/actors", params={"limit": 100}).json()
    assert everyone["total"] == 7
    page = client.get("/actors", params={"limit": 2, "offset": 2}).json()
    assert page["total"] == 7
    assert [a["id"] for a in page["items"]] == [a["id"] for a in everyone["items"][2:4]]


@pytest.mark.parametrize(
    "params",
    [{"type": "MILITIA"}, {"limit": 0}, {"limit": 501}, {"offset": -1}, {"limit": "many"}],
)
def test_search_rejects_bad_parameters_with_422(client: TestClient, params: dict[str, Any]) -> None:
    body = assert_problem(client.get("/actors", params=params), 422)
    assert body["errors"] and body["errors"][0]["loc"][0] == "query"
    assert "input" not in body["errors"][0]


def test_get_actor(client: TestClient) -> None:
    brigade = actor_id(client, "Crimson Brigade")
    body = client.get(f"/actors/{brigade}").json()
    assert body["name"] == "Crimson Brigade"
    assert body["type"] == "ARMED_GROUP"
    assert set(body["documents"]) == {"raid.txt", "2021/03/truce.txt"}


def test_unknown_actor_is_404_problem(client: TestClient) -> None:
    body = assert_problem(client.get("/actors/nobody-at-all"), 404)
    assert "nobody-at-all" in body["detail"]
    assert body["instance"] == "/actors/nobody-at-all"
    assert_problem(client.get("/actors/nobody-at-all/connections"), 404)


def test_connections_carry_evidence_dates_and_direction(client: TestClient) -> None:
    brigade = actor_id(client, "Crimson Brigade")
    body = client.get(f"/actors/{brigade}/connections").json()
    assert body["actor"]["id"] == brigade
    by_type = {(c["type"], c["neighbour"]["name"]): c for c in body["connections"]}
    assert set(by_type) == {
        ("LEADS", "Omar Haddad"),
        ("TARGETS", "Northgate airbase"),
        ("CRITICIZES", "Valdoria"),
    }
    strike = by_type["TARGETS", "Northgate airbase"]
    assert strike["direction"] == "out"
    assert strike["negated"] is False
    assert strike["count"] == 1
    assert strike["cameo"] == "19"
    assert strike["first_seen"] == strike["last_seen"] == "2021-03-02"
    (evidence,) = strike["evidence"]
    assert evidence["document"] == "raid.txt"
    assert RAID_TEXT[evidence["start"] : evidence["end"]] == evidence["text"]
    assert by_type["LEADS", "Omar Haddad"]["direction"] == "in"


def test_connections_filters(client: TestClient) -> None:
    brigade = actor_id(client, "Crimson Brigade")
    url = f"/actors/{brigade}/connections"

    denied = client.get(url, params={"include_negated": "true", "type": "TARGETS"}).json()
    names = {(c["neighbour"]["name"], c["negated"]) for c in denied["connections"]}
    assert names == {("Northgate airbase", False), ("Eastport embassy", True)}

    incoming = client.get(url, params={"direction": "in"}).json()
    assert {c["type"] for c in incoming["connections"]} == {"LEADS", "CRITICIZES"}

    several = client.get(url, params=[("type", "LEADS"), ("type", "CRITICIZES")]).json()
    assert {c["type"] for c in several["connections"]} == {"LEADS", "CRITICIZES"}

    assert len(client.get(url, params={"limit": 1}).json()["connections"]) == 1
    assert_problem(client.get(url, params={"direction": "sideways"}), 422)
    assert_problem(client.get(url, params={"type": "HUGS"}), 422)


def test_stats(client: TestClient) -> None:
    body = client.get("/stats").json()
    assert body["documents"] == 3
    assert body["actors"] == 7
    assert body["actors_by_type"]["STATE"] == 2
    assert body["statements"] == 6


# --------------------------------------------------------------------------- explorer


def test_explorer_whole_graph(client: TestClient) -> None:
    response = client.get("/explorer")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in response.headers["content-security-policy"]
    page = response.text
    assert "Crimson Brigade" in page
    assert EVIL_NAME not in page
    assert "http://" not in page.split("<script>", 1)[0]  # nothing linked in the head


def test_explorer_neighbourhood(client: TestClient) -> None:
    haddad = actor_id(client, "Omar Haddad")
    page = client.get(f"/explorer/{haddad}", params={"depth": 1}).text
    assert "Omar Haddad: connections (depth 1)" in page
    assert "Crimson Brigade" in page
    assert "Valdoria" not in page
    assert "Valdoria" in client.get(f"/explorer/{haddad}", params={"depth": 2}).text


def test_explorer_errors(client: TestClient) -> None:
    assert_problem(client.get("/explorer/nobody-at-all"), 404)
    haddad = actor_id(client, "Omar Haddad")
    assert_problem(client.get(f"/explorer/{haddad}", params={"depth": 4}), 422)
    assert_problem(client.get(f"/explorer/{haddad}", params={"depth": 0}), 422)


# --------------------------------------------------------------------------- documents


def test_list_and_get_documents(client: TestClient) -> None:
    body = client.get("/documents").json()
    assert body["total"] == 3
    assert {d["id"] for d in body["items"]} == {"raid.txt", "2021/03/truce.txt", "evil.txt"}
    truce_doc = client.get("/documents/2021/03/truce.txt").json()
    assert truce_doc["date"] == "2021-03-05"
    assert_problem(client.get("/documents/missing.txt"), 404)


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}, {"Authorization": "Basic x"}],
)
def test_writes_need_the_token(client: TestClient, headers: dict[str, str]) -> None:
    response = client.post("/documents", json={"id": "x.txt", "text": "Hello."}, headers=headers)
    assert_problem(response, 401)
    assert response.headers["www-authenticate"] == "Bearer"
    assert_problem(client.delete("/documents/raid.txt", headers=headers), 401)
    assert client.get("/documents/raid.txt").status_code == 200


def test_delete_document(client: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    response = client.delete("/documents/2021/03/truce.txt", headers=auth)
    assert response.status_code == 204
    assert response.content == b""
    assert client.get("/actors", params={"q": "Valdoria"}).json()["total"] == 0
    assert_problem(client.delete("/documents/2021/03/truce.txt", headers=auth), 404)


def test_no_token_configured_means_open_writes(store: EmbeddedStore, tmp_path: Path) -> None:
    with make_client(store, tmp_path=tmp_path, api_token=SecretStr("")) as test_client:
        assert test_client.delete("/documents/evil.txt").status_code == 204


def fake_extract(nlp: object, text: str, document: str) -> Extraction:
    """Stands in for the pipeline where the test is about the HTTP layer."""
    return Extraction(
        document=document,
        date="2021-04-01",
        actors=(Actor("a", "Ostrava", ActorType.STATE), Actor("b", "Valdoria", ActorType.STATE)),
        relations=(Relation("a", "b", RelationType.MEETS_WITH, (Evidence(text, 0, len(text)),)),),
    )


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(actorgraph.extract, "extract_document", fake_extract, raising=False)
    monkeypatch.setattr(actorgraph.extract, "build_pipeline", lambda: object(), raising=False)


@pytest.mark.usefixtures("fake_pipeline")
def test_post_document_upserts_and_summarises(client: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    document = {"id": "talks.txt", "text": "Ostrava met Valdoria in Harbour City."}
    response = client.post("/documents", json=document, headers=auth)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["result"]["status"] == "created"
    assert body["result"]["statements_added"] == 1
    assert body["extraction"]["relations"] == [
        {
            "source": "Ostrava",
            "type": "MEETS_WITH",
            "target": "Valdoria",
            "negated": False,
            "date": None,
        }
    ]
    assert body["extraction"]["relations_by_type"] == {"MEETS_WITH": 1}
    assert client.get("/documents/talks.txt").json()["words"] == 6

    again = client.post("/documents", json=document, headers=auth)
    assert again.status_code == 200
    assert again.json()["result"]["status"] == "unchanged"


@pytest.mark.usefixtures("fake_pipeline")
@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"",
        b'{"id": "a.txt"}',
        b'{"text": "Some text."}',
        b'{"id": "", "text": "Some text."}',
        b'{"id": "a.txt", "text": ""}',
        b'{"id": "a.txt", "text": "Some text.", "extra": 1}',
        b'{"id": "a\\nb", "text": "Some text."}',
        b'["a.txt", "Some text."]',
    ],
)
def test_post_document_rejects_invalid_bodies(client: TestClient, body: bytes) -> None:
    response = client.post(
        "/documents",
        content=body,
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
    )
    problem = assert_problem(response, 422)
    assert problem["errors"][0]["loc"][0] == "body"


@pytest.mark.usefixtures("fake_pipeline")
def test_post_document_refuses_blank_text(client: TestClient) -> None:
    response = client.post(
        "/documents",
        json={"id": "blank.txt", "text": "  \n "},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert "empty" in assert_problem(response, 422)["detail"]


@pytest.mark.usefixtures("fake_pipeline")
def test_post_document_size_limit(store: EmbeddedStore, tmp_path: Path) -> None:
    with make_client(store, tmp_path=tmp_path, max_upload_bytes=200) as test_client:
        small = test_client.post("/documents", json={"id": "s.txt", "text": "Ostrava met."})
        assert small.status_code == 201
        big = {"id": "big.txt", "text": "Ostrava met Valdoria. " * 20}
        body = assert_problem(test_client.post("/documents", json=big), 413)
        assert "200" in body["detail"]

        def chunks() -> Iterator[bytes]:  # no Content-Length: the stream is counted
            yield b'{"id": "big.txt", "text": "'
            for _ in range(20):
                yield b"Ostrava met Valdoria. "
            yield b'"}'

        streamed = test_client.post(
            "/documents", content=chunks(), headers={"Content-Type": "application/json"}
        )
        assert_problem(streamed, 413)
        assert test_client.get("/documents/big.txt").status_code == 404


def test_post_document_with_the_real_pipeline(
    store: GraphStore, tmp_path: Path, nlp: Language
) -> None:
    text = (
        "BAGHDAD, Jan 5 - Kataib Hezbollah threatened US forces in Iraq on Sunday, "
        "a spokesman for the group said."
    )
    with make_client(store, tmp_path=tmp_path, nlp=nlp) as test_client:
        response = test_client.post("/documents", json={"id": "kh.txt", "text": text})
        assert response.status_code == 201, response.text
        body = response.json()
        assert body["result"]["document"] == "kh.txt"
        names = {actor["name"] for actor in body["extraction"]["actors"]}
        assert "Kataib Hezbollah" in names, body
        found = test_client.get("/actors", params={"q": "Kataib Hezbollah"}).json()
        assert found["total"] == 1
        assert "kh.txt" in found["items"][0]["documents"]


# --------------------------------------------------------------------------- docs


def test_openapi_documents_every_endpoint(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    for path, method in [
        ("/health", "get"),
        ("/ready", "get"),
        ("/actors", "get"),
        ("/actors/{actor_id}", "get"),
        ("/actors/{actor_id}/connections", "get"),
        ("/stats", "get"),
        ("/explorer", "get"),
        ("/explorer/{actor_id}", "get"),
        ("/documents", "post"),
        ("/documents", "get"),
        ("/documents/{document_id}", "delete"),
    ]:
        operation = paths[path][method]
        assert operation["summary"], (path, method)
        assert "200" in operation["responses"] or "204" in operation["responses"]
    post = paths["/documents"]["post"]
    assert post["requestBody"]["content"]["application/json"]["schema"]["required"] == [
        "id",
        "text",
    ]
    assert "413" in post["responses"] and "401" in post["responses"]
    assert spec["components"]["securitySchemes"]
    assert client.get("/docs").status_code == 200
