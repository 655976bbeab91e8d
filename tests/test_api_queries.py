"""The query endpoints through HTTP: search, connections, paths, relations, uploads,
and the cross-cutting behaviour (read token, CORS, access log, OpenAPI)."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import BaseModel, SecretStr, ValidationError

import actorgraph.extract
from actorgraph.api import schemas
from actorgraph.domain import Actor, ActorType, Evidence, Extraction, Relation, RelationType
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.models import DocumentInfo
from actorgraph.graph.store import GraphStore
from actorgraph.settings import Settings
from tests.conftest import ladybug_copy
from tests.samples import RAID_TEXT, fill
from tests.test_api import TOKEN, assert_problem, fake_extract, make_client

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(params=["sqlite", "ladybug", "neo4j"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    """The same samples in each store: the API must answer alike on all three."""
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


@pytest.fixture
def client(store: GraphStore, tmp_path: Path) -> Iterator[TestClient]:
    with make_client(store, tmp_path=tmp_path, api_token=SecretStr(TOKEN)) as test_client:
        yield test_client


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(actorgraph.extract, "extract_document", fake_extract, raising=False)
    monkeypatch.setattr(actorgraph.extract, "build_pipeline", lambda: object(), raising=False)


def edges_of(body: dict[str, Any]) -> set[tuple[str, str, str]]:
    return {(e["source"], e["type"], e["target"]) for e in body["connections"]}


BRIGADE = "crimson-brigade"
LEADS = ("omar-haddad", "LEADS", BRIGADE)
STRIKE = (BRIGADE, "TARGETS", "northgate-airbase")
DENIED = (BRIGADE, "TARGETS", "eastport-embassy")
CONDEMN = ("valdoria", "CRITICIZES", BRIGADE)
TRUCE = ("valdoria", "CEASEFIRE_WITH", "ostrava")
EVIL = ("scriptalert1script", "TARGETS", "northgate-airbase")


# --------------------------------------------------------------------------- search


@pytest.mark.parametrize(
    ("params", "names", "fuzzy"),
    [
        ({"q": "VALDÓRIA"}, ["Valdoria"], False),  # case and accents folded
        ({"q": "  omar haddad "}, ["Omar Haddad"], False),
        ({"q": "Crimsen Brigad"}, ["Crimson Brigade"], True),  # misspelt: rapidfuzz
        ({"q": "Hadad"}, ["Omar Haddad"], True),  # an alias, misspelt
        ({"q": "Crimsen Brigad", "type": "STATE"}, [], False),  # fuzzy respects type
        ({"q": "Ostrva", "type": "STATE"}, ["Ostrava"], True),
        ({"q": "zzqqxx"}, [], False),
        ({"q": "xy"}, [], False),  # too short to guess
    ],
)
def test_search_exact_then_fuzzy(
    client: TestClient, params: dict[str, str], names: list[str], fuzzy: bool
) -> None:
    body = client.get("/actors", params=params).json()
    assert [a["name"] for a in body["items"]] == names
    assert body["total"] == len(names)
    assert body["fuzzy"] is fuzzy


def test_search_substring_match_is_not_fuzzy(client: TestClient) -> None:
    body = client.get("/actors", params={"q": "brig"}).json()
    assert [a["name"] for a in body["items"]] == ["Crimson Brigade"]
    assert body["fuzzy"] is False


def test_search_pages_are_stable_and_complete(client: TestClient) -> None:
    everyone = client.get("/actors", params={"limit": 500}).json()
    ids = [a["id"] for a in everyone["items"]]
    paged: list[str] = []
    for offset in range(0, everyone["total"], 3):
        page = client.get("/actors", params={"limit": 3, "offset": offset}).json()
        assert page["total"] == everyone["total"]
        paged.extend(a["id"] for a in page["items"])
    assert paged == ids
    assert len(set(ids)) == len(ids) == 7
    past_end = client.get("/actors", params={"offset": 50}).json()
    assert past_end["items"] == [] and past_end["total"] == 7


# ---------------------------------------------------------------------- connections


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, {LEADS, STRIKE, CONDEMN}),
        ({"include_negated": "true"}, {LEADS, STRIKE, CONDEMN, DENIED}),
        ({"date_from": "2021-03-03"}, {LEADS, CONDEMN}),
        ({"date_to": "2021-03-02"}, {STRIKE}),
        ({"date_from": "2021-03-05", "date_to": "2021-03-05"}, {CONDEMN}),
        ({"date_from": "2022-01-01"}, set()),
        ({"min_confidence": "0.85"}, {LEADS}),
        ({"min_confidence": "0.8"}, {LEADS, STRIKE}),
        ({"type": "TARGETS", "include_negated": "true"}, {STRIKE, DENIED}),
        ({"direction": "out"}, {STRIKE}),
        ({"depth": "2"}, {LEADS, STRIKE, CONDEMN, TRUCE, EVIL}),
        ({"depth": "3"}, {LEADS, STRIKE, CONDEMN, TRUCE, EVIL}),
        ({"depth": "2", "type": "TARGETS"}, {STRIKE, EVIL}),
        # Date filters also decide which actors are reached: the undated evil.txt edge
        # and the truce (only reached through Valdoria) drop out.
        ({"depth": "2", "date_to": "2021-03-04"}, {LEADS, STRIKE}),
        ({"depth": "2", "direction": "in"}, {LEADS, CONDEMN, TRUCE}),
    ],
)
def test_connection_filters(
    client: TestClient, params: dict[str, str], expected: set[tuple[str, str, str]]
) -> None:
    body = client.get(f"/actors/{BRIGADE}/connections", params=params).json()
    assert edges_of(body) == expected
    assert body["total"] == len(expected)


def test_connections_report_hops_direction_documents_and_evidence(client: TestClient) -> None:
    body = client.get(f"/actors/{BRIGADE}/connections", params={"depth": 2}).json()
    assert body["depth"] == 2 and body["truncated"] is False
    by_edge = {(e["source"], e["type"], e["target"]): e for e in body["connections"]}
    assert [e["hops"] for e in body["connections"]] == sorted(
        e["hops"] for e in body["connections"]
    )  # nearer edges first
    strike = by_edge[STRIKE]  # the brigade's own edge: to a direct neighbour, one hop
    assert (strike["hops"], strike["direction"]) == (1, "out")
    assert (strike["source_name"], strike["target_name"]) == (
        "Crimson Brigade",
        "Northgate airbase",
    )
    assert strike["documents"] == ["raid.txt"]
    # Neighbours come without their (possibly huge) document lists, with a count.
    assert strike["neighbour"]["document_count"] == 2
    assert "documents" not in strike["neighbour"]
    (evidence,) = strike["evidence"]
    assert RAID_TEXT[evidence["start"] : evidence["end"]] == evidence["text"]
    truce = by_edge[TRUCE]  # seen from Valdoria, a neighbour's edge: two hops out
    assert truce["hops"] == 2
    assert (truce["source_name"], truce["target_name"]) == ("Valdoria", "Ostrava")
    assert truce["neighbour"]["id"] == "ostrava"
    assert truce["direction"] == "out"
    evil = by_edge[EVIL]  # seen from Northgate, which it points at
    assert (evil["hops"], evil["direction"]) == (2, "in")
    assert evil["source_name"] == "<script>alert(1)</script>"
    assert evil["neighbour"]["name"] == "<script>alert(1)</script>"
    assert by_edge[LEADS]["direction"] == "in"


def test_connections_date_filter_narrows_evidence(store: EmbeddedStore, tmp_path: Path) -> None:
    text = "Ostrava met Valdoria. Ostrava met Valdoria again."
    extraction = Extraction(
        document="talks.txt",
        actors=(Actor("o", "Ostrava", ActorType.STATE), Actor("v", "Valdoria", ActorType.STATE)),
        relations=(
            Relation(
                "o", "v", RelationType.MEETS_WITH, (Evidence(text[:21], 0, 21),), date="2021-01"
            ),
            Relation(
                "o",
                "v",
                RelationType.MEETS_WITH,
                (Evidence(text[22:], 22, len(text)),),
                date="2021-06-01",
            ),
        ),
    )
    store.upsert_document(DocumentInfo("talks.txt", "x" * 64), extraction)
    with make_client(store, tmp_path=tmp_path) as test_client:
        url = "/actors/ostrava/connections"
        both = test_client.get(url, params={"type": "MEETS_WITH"}).json()
        assert both["connections"][0]["count"] == 2
        # A month-only date covers the whole month.
        june = test_client.get(url, params={"type": "MEETS_WITH", "date_from": "2021-01-31"})
        (edge,) = june.json()["connections"]
        assert edge["count"] == 2
        later = test_client.get(url, params={"type": "MEETS_WITH", "date_from": "2021-02-01"})
        (edge,) = later.json()["connections"]
        assert edge["count"] == 1
        assert edge["first_seen"] == edge["last_seen"] == "2021-06-01"
        assert edge["evidence"][0]["text"] == "Ostrava met Valdoria again."


def test_connections_pages(client: TestClient) -> None:
    url = f"/actors/{BRIGADE}/connections"
    full = client.get(url, params={"depth": 2, "include_negated": "true"}).json()
    assert full["total"] == 6
    seen: list[tuple[str, str, str]] = []
    for offset in range(0, 6, 4):
        page = client.get(
            url, params={"depth": 2, "include_negated": "true", "limit": 4, "offset": offset}
        ).json()
        assert page["total"] == 6 and page["limit"] == 4 and page["offset"] == offset
        seen.extend((e["source"], e["type"], e["target"]) for e in page["connections"])
    assert seen == [(e["source"], e["type"], e["target"]) for e in full["connections"]]


@pytest.mark.parametrize(
    "params",
    [
        {"depth": "0"},
        {"depth": "4"},
        {"min_confidence": "1.5"},
        {"min_confidence": "-0.1"},
        {"date_from": "yesterday"},
        {"date_to": "2021-02-30"},
        {"date_from": "2021-03-05", "date_to": "2021-03-01"},
        {"offset": "-1"},
        {"limit": "0"},
    ],
)
def test_connections_reject_bad_parameters(client: TestClient, params: dict[str, str]) -> None:
    assert_problem(client.get(f"/actors/{BRIGADE}/connections", params=params), 422)


# ---------------------------------------------------------------------------- paths


def test_path_follows_edges_either_way_and_keeps_their_direction(client: TestClient) -> None:
    body = client.get("/paths", params={"source": "omar-haddad", "target": "ostrava"}).json()
    assert body["total"] == 1 and body["source"]["id"] == "omar-haddad"
    (path,) = body["items"]
    assert path["length"] == 3
    assert [a["id"] for a in path["actors"]] == ["omar-haddad", BRIGADE, "valdoria", "ostrava"]
    hops = [(s["source"], s["target"]) for s in path["steps"]]
    assert hops == [("omar-haddad", BRIGADE), (BRIGADE, "valdoria"), ("valdoria", "ostrava")]
    # The middle hop runs against its edge: Valdoria criticised the brigade.
    (middle,) = path["steps"][1]["edges"]
    assert (middle["source"], middle["type"], middle["target"]) == CONDEMN
    assert middle["evidence"][0]["document"] == "2021/03/truce.txt"


@pytest.mark.parametrize(
    ("params", "lengths"),
    [
        ({"source": "omar-haddad", "target": "ostrava", "max_length": "2"}, []),
        ({"source": "scriptalert1script", "target": "ostrava"}, [4]),
        ({"source": "scriptalert1script", "target": "ostrava", "max_length": "3"}, []),
        ({"source": BRIGADE, "target": "eastport-embassy"}, []),  # only a denied edge
        ({"source": BRIGADE, "target": "eastport-embassy", "include_negated": "true"}, [1]),
        ({"source": BRIGADE, "target": BRIGADE}, [0]),
        ({"source": "omar-haddad", "target": "ostrava", "type": "LEADS"}, []),
        ({"source": "omar-haddad", "target": "ostrava", "date_to": "2021-03-04"}, []),
    ],
)
def test_paths_cases(client: TestClient, params: dict[str, str], lengths: list[int]) -> None:
    response = client.get("/paths", params=params)
    assert response.status_code == 200, response.text
    body = response.json()
    assert [p["length"] for p in body["items"]] == lengths
    assert body["total"] == len(lengths)


def test_several_shortest_paths_are_counted_and_paged(tmp_path: Path) -> None:
    # A diamond: a-b-d and a-c-d are both shortest; a-e-f-d is longer.
    names = {"a": "Alpha", "b": "Bravo", "c": "Charlie", "d": "Delta", "e": "Echo", "f": "Fox"}
    actors = tuple(Actor(k, v, ActorType.ARMED_GROUP) for k, v in names.items())
    pairs = [("a", "b"), ("b", "d"), ("c", "a"), ("c", "d"), ("a", "e"), ("e", "f"), ("f", "d")]
    relations = tuple(
        Relation(s, t, RelationType.BACKS, (Evidence(f"{s} backs {t}.", 0, 9),)) for s, t in pairs
    )
    store = EmbeddedStore(tmp_path / "g.sqlite3")
    store.upsert_document(
        DocumentInfo("d.txt", "0" * 64), Extraction("d.txt", actors=actors, relations=relations)
    )
    with make_client(store, tmp_path=tmp_path) as test_client:
        params: dict[str, Any] = {"source": "alpha", "target": "delta"}
        body = test_client.get("/paths", params=params).json()
        assert body["total"] == 2
        middles = [p["actors"][1]["id"] for p in body["items"]]
        assert sorted(middles) == ["bravo", "charlie"]
        first = test_client.get("/paths", params={**params, "limit": 1}).json()
        second = test_client.get("/paths", params={**params, "limit": 1, "offset": 1}).json()
        assert first["total"] == second["total"] == 2
        assert [first["items"][0]["actors"][1]["id"], second["items"][0]["actors"][1]["id"]] == (
            middles
        )
        # Charlie -> Alpha is stored that way round; the path reports it so.
        step = next(p for p in body["items"] if p["actors"][1]["id"] == "charlie")["steps"][0]
        assert (step["source"], step["target"]) == ("alpha", "charlie")
        assert (step["edges"][0]["source"], step["edges"][0]["target"]) == ("charlie", "alpha")
    store.close()


def test_paths_errors(client: TestClient) -> None:
    body = assert_problem(client.get("/paths", params={"source": "nobody", "target": BRIGADE}), 404)
    assert "nobody" in body["detail"]
    assert_problem(client.get("/paths", params={"source": BRIGADE, "target": "nobody"}), 404)
    assert_problem(client.get("/paths", params={"source": BRIGADE}), 422)
    for bad in ("0", "7"):
        params = {"source": BRIGADE, "target": "ostrava", "max_length": bad}
        assert_problem(client.get("/paths", params=params), 422)


# ------------------------------------------------------------------------ relations


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, {LEADS, STRIKE, CONDEMN, TRUCE, EVIL}),
        ({"include_negated": "true"}, {LEADS, STRIKE, CONDEMN, TRUCE, EVIL, DENIED}),
        ({"type": "TARGETS"}, {STRIKE, EVIL}),
        ({"type": ["LEADS", "CEASEFIRE_WITH"]}, {LEADS, TRUCE}),
        ({"document": "raid.txt"}, {LEADS, STRIKE}),
        ({"document": "raid.txt", "include_negated": "true"}, {LEADS, STRIKE, DENIED}),
        ({"document": "2021/03/truce.txt"}, {CONDEMN, TRUCE}),
        ({"document": "missing.txt"}, set()),
        ({"date_from": "2021-03-05"}, {CONDEMN, TRUCE}),  # undated evil.txt drops out
        ({"date_from": "2021-03-03", "date_to": "2021-03-04"}, {LEADS}),
        ({"min_confidence": "0.8"}, {LEADS, STRIKE}),
    ],
)
def test_relation_filters(
    client: TestClient, params: dict[str, Any], expected: set[tuple[str, str, str]]
) -> None:
    body = client.get("/relations", params=params).json()
    assert {(r["source"], r["type"], r["target"]) for r in body["items"]} == expected
    assert body["total"] == len(expected)


def test_relations_pages_and_evidence(client: TestClient) -> None:
    full = client.get("/relations", params={"include_negated": "true"}).json()
    first = client.get("/relations", params={"include_negated": "true", "limit": 4}).json()
    rest = client.get(
        "/relations", params={"include_negated": "true", "limit": 4, "offset": 4}
    ).json()
    assert first["total"] == rest["total"] == 6
    assert [*first["items"], *rest["items"]] == full["items"]
    for item in full["items"]:
        assert item["count"] == len(item["evidence"]) >= 1
        assert item["documents"] == sorted({e["document"] for e in item["evidence"]})
    assert_problem(client.get("/relations", params={"type": "HUGS"}), 422)
    assert_problem(client.get("/relations", params={"limit": 501}), 422)


def test_relations_list_the_first_statements_asked_for(client: TestClient) -> None:
    full = client.get("/relations", params={"include_negated": "true"}).json()
    for limit in (0, 1):
        capped = client.get(
            "/relations", params={"include_negated": "true", "evidence_limit": limit}
        ).json()
        assert capped["total"] == full["total"]
        for whole, first in zip(full["items"], capped["items"], strict=True):
            assert first["count"] == whole["count"] >= 1
            assert first["evidence"] == whole["evidence"][:limit]
    assert_problem(client.get("/relations", params={"evidence_limit": -1}), 422)


@pytest.mark.parametrize(
    ("url", "edges"),
    [
        (f"/relations/{BRIGADE}/TARGETS/northgate-airbase", [(STRIKE, False)]),
        (f"/relations/{BRIGADE}/TARGETS/eastport-embassy", [(DENIED, True)]),
        ("/relations/valdoria/CEASEFIRE_WITH/ostrava", [(TRUCE, False)]),
        # Symmetric: asked the other way round, reported as stored.
        ("/relations/ostrava/CEASEFIRE_WITH/valdoria", [(TRUCE, False)]),
    ],
)
def test_one_relation(
    client: TestClient, url: str, edges: list[tuple[tuple[str, str, str], bool]]
) -> None:
    body = client.get(url).json()
    assert [((e["source"], e["type"], e["target"]), e["negated"]) for e in body["edges"]] == edges
    assert body["source"]["id"] == url.split("/")[2]
    for edge in body["edges"]:
        assert edge["evidence"] and edge["evidence"][0]["text"]


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/relations/northgate-airbase/TARGETS/crimson-brigade", 404),  # not symmetric
        (f"/relations/{BRIGADE}/LEADS/northgate-airbase", 404),
        (f"/relations/nobody/TARGETS/{BRIGADE}", 404),
        (f"/relations/{BRIGADE}/TARGETS/nobody", 404),
        (f"/relations/{BRIGADE}/HUGS/northgate-airbase", 422),
    ],
)
def test_one_relation_errors(client: TestClient, url: str, status: int) -> None:
    assert_problem(client.get(url), status)


# -------------------------------------------------------------------------- uploads


def upload(
    test_client: TestClient,
    name: str,
    data: bytes,
    *,
    headers: dict[str, str] | None = None,
    field: str = "file",
) -> Any:
    return test_client.post(
        "/documents/upload",
        files={field: (name, data, "text/plain")},
        headers=AUTH if headers is None else headers,
    )


@pytest.mark.usefixtures("fake_pipeline")
@pytest.mark.parametrize(
    ("filename", "doc_id"),
    [
        ("report.txt", "report.txt"),
        ("../../etc/passwd.txt", "passwd.txt"),
        ("/var/lib/actorgraph/graph.md", "graph.md"),
        ("..\\..\\windows\\win.txt", "win.txt"),
        ("C:\\Users\\x\\notes.md", "notes.md"),
        ("dir/sneaky\x1b\x7f.txt", "sneaky.txt"),
    ],
)
def test_upload_uses_the_base_name_only(
    client: TestClient, tmp_path: Path, filename: str, doc_id: str
) -> None:
    response = upload(client, filename, b"Ostrava met Valdoria in Harbour City.")
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["result"]["document"] == doc_id
    assert body["result"]["status"] == "created"
    assert body["extraction"]["relations_by_type"] == {"MEETS_WITH": 1}
    assert client.get(f"/documents/{doc_id}").json()["words"] == 6
    # Nothing was written next to (or above) the data folder: only the embedded
    # store's own files, when that is the store.
    own = {"g.sqlite3", "g.sqlite3-shm", "g.sqlite3-wal", "g.ladybug"}
    assert {p.name for p in tmp_path.iterdir()} <= own


@pytest.mark.usefixtures("fake_pipeline")
def test_upload_raw_multipart_with_traversal_and_control_characters(client: TestClient) -> None:
    # Written by hand: HTTP clients escape such names before they reach the server.
    body = (
        b"--b0undary\r\n"
        b'Content-Disposition: form-data; name="file"; filename="../..\\a\x01b/../x\x00y.md"\r\n'
        b"Content-Type: text/markdown\r\n\r\n"
        b"# Talks\n\nOstrava met **Valdoria**.\r\n"
        b"--b0undary--\r\n"
    )
    response = client.post(
        "/documents/upload",
        content=body,
        headers={**AUTH, "Content-Type": "multipart/form-data; boundary=b0undary"},
    )
    assert response.status_code == 201, response.text
    assert response.json()["result"]["document"] == "xy.md"
    assert client.get("/documents/xy.md").json()["words"] == 4  # Markdown stripped


@pytest.mark.usefixtures("fake_pipeline")
def test_upload_strips_html_and_reports_unchanged(client: TestClient) -> None:
    page = b"<html><head><script>x()</script></head><body><p>Ostrava met Valdoria.</p></body>"
    first = upload(client, "talks.html", page)
    assert first.status_code == 201
    again = upload(client, "talks.html", page)
    assert again.status_code == 200
    assert again.json()["result"]["status"] == "unchanged"
    (relation,) = client.get("/relations", params={"document": "talks.html"}).json()["items"]
    assert relation["evidence"][0]["text"] == "Ostrava met Valdoria."


@pytest.mark.usefixtures("fake_pipeline")
@pytest.mark.parametrize(
    ("name", "data", "status"),
    [
        ("tool.exe", b"MZ", 415),
        ("report.pdf", b"%PDF-1.4", 415),
        ("noext", b"text", 415),
        ("..", b"text", 422),
        ("", b"text", 422),
        (".hidden.txt", b"text", 422),
        ("a" * 300 + ".txt", b"text", 422),
        ("blank.txt", b"  \n ", 422),
        ("binary.txt", b"\x00\x01\x02" * 100, 422),
        ("latin1.txt", "Québec".encode("latin-1"), 422),
    ],
)
def test_upload_refusals(client: TestClient, name: str, data: bytes, status: int) -> None:
    assert_problem(upload(client, name, data), status)
    assert client.get("/documents").json()["total"] == 3


@pytest.mark.usefixtures("fake_pipeline")
def test_upload_needs_a_file_field_and_multipart(client: TestClient) -> None:
    assert_problem(upload(client, "a.txt", b"Ostrava met.", field="document"), 422)
    plain = client.post("/documents/upload", content=b"Ostrava met.", headers=AUTH)
    assert_problem(plain, 415)
    broken = client.post(
        "/documents/upload",
        content=b"--xyz\r\nnot a part",
        headers={**AUTH, "Content-Type": "multipart/form-data; boundary=xyz"},
    )
    assert broken.status_code in {415, 422}, broken.text


@pytest.mark.usefixtures("fake_pipeline")
@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}])
def test_upload_needs_the_token(client: TestClient, headers: dict[str, str]) -> None:
    assert_problem(upload(client, "a.txt", b"Ostrava met.", headers=headers), 401)
    assert_problem(client.get("/documents/a.txt"), 404)


@pytest.mark.usefixtures("fake_pipeline")
def test_upload_size_limit(store: EmbeddedStore, tmp_path: Path) -> None:
    with make_client(store, tmp_path=tmp_path, max_upload_bytes=100) as test_client:
        assert upload(test_client, "small.txt", b"Ostrava met Valdoria.").status_code == 201
        body = assert_problem(upload(test_client, "big.txt", b"Ostrava met. " * 20), 413)
        assert "100" in body["detail"]
        huge = upload(test_client, "huge.txt", b"x" * 200_000)  # refused on Content-Length
        assert_problem(huge, 413)
        assert_problem(test_client.get("/documents/big.txt"), 404)


def test_documents_list_pages(client: TestClient) -> None:
    everything = client.get("/documents").json()
    page = client.get("/documents", params={"limit": 1, "offset": 1}).json()
    assert page["total"] == everything["total"] == 3
    assert page["items"] == everything["items"][1:2]
    assert [d["id"] for d in everything["items"]] == sorted(d["id"] for d in everything["items"])


# ----------------------------------------------------------------- safety and docs


READS = [
    "/actors",
    f"/actors/{BRIGADE}",
    f"/actors/{BRIGADE}/connections",
    f"/paths?source={BRIGADE}&target=ostrava",
    "/relations",
    f"/relations/{BRIGADE}/TARGETS/northgate-airbase",
    "/stats",
    "/documents",
    "/documents/raid.txt",
    "/explorer",
]


@pytest.mark.parametrize("url", READS)
def test_reads_are_open_by_default(client: TestClient, url: str) -> None:
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("url", READS)
def test_reads_can_require_the_token(store: EmbeddedStore, tmp_path: Path, url: str) -> None:
    with make_client(
        store, tmp_path=tmp_path, api_token=SecretStr(TOKEN), api_read_token_required=True
    ) as test_client:
        response = test_client.get(url)
        assert_problem(response, 401)
        assert response.headers["www-authenticate"] == "Bearer"
        assert_problem(test_client.get(url, headers={"Authorization": "Bearer nope"}), 401)
        assert test_client.get(url, headers=AUTH).status_code == 200
        # Probes stay open for load balancers.
        assert test_client.get("/health").status_code == 200
        assert test_client.get("/ready").status_code == 200


def test_read_token_required_without_a_token_is_refused() -> None:
    with pytest.raises(ValidationError, match="ACTORGRAPH_API_TOKEN"):
        Settings(api_read_token_required=True)
    with pytest.raises(ValidationError):
        Settings(api_read_token_required=True, api_token=SecretStr(""))


def test_settings_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACTORGRAPH_API_TOKEN", TOKEN)
    monkeypatch.setenv("ACTORGRAPH_API_READ_TOKEN_REQUIRED", "true")
    monkeypatch.setenv("ACTORGRAPH_CORS_ORIGINS", '["https://analyst.example"]')
    settings = Settings()
    assert settings.api_read_token_required is True
    assert settings.cors_origins == ["https://analyst.example"]


def test_cors_only_when_origins_are_configured(store: EmbeddedStore, tmp_path: Path) -> None:
    preflight = {
        "Origin": "https://analyst.example",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "Authorization",
    }
    with make_client(store, tmp_path=tmp_path) as closed:
        response = closed.get("/actors", headers={"Origin": "https://analyst.example"})
        assert "access-control-allow-origin" not in response.headers
        assert closed.options("/actors", headers=preflight).status_code == 405
    with make_client(
        store, tmp_path=tmp_path, cors_origins=["https://analyst.example"]
    ) as open_client:
        response = open_client.options("/actors", headers=preflight)
        assert response.status_code == 200
        assert response.headers["access-control-allow-origin"] == "https://analyst.example"
        assert "authorization" in response.headers["access-control-allow-headers"].lower()
        simple = open_client.get("/actors", headers={"Origin": "https://analyst.example"})
        assert simple.headers["access-control-allow-origin"] == "https://analyst.example"
        other = open_client.get("/actors", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers


def test_one_access_log_line_per_request_without_secrets(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="actorgraph.api.access")
    client.get("/actors", params={"q": "secret-query"}, headers=AUTH)
    client.get("/actors/nobody-at-all", headers=AUTH)
    client.delete("/documents/evil.txt", headers=AUTH)
    records = [r for r in caplog.records if r.name == "actorgraph.api.access"]
    lines = [json.loads(r.getMessage()) for r in records]
    assert [(x["method"], x["path"], x["status"]) for x in lines] == [
        ("GET", "/actors", 200),
        ("GET", "/actors/nobody-at-all", 404),
        ("DELETE", "/documents/evil.txt", 204),
    ]
    assert all(isinstance(x["duration_ms"], float) and x["duration_ms"] >= 0 for x in lines)
    text = caplog.text
    assert TOKEN not in text and "Bearer" not in text and "secret-query" not in text


def test_access_log_notes_server_errors(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from tests.test_api import BrokenStore

    caplog.set_level(logging.INFO, logger="actorgraph.api.access")
    store = BrokenStore(tmp_path / "g.sqlite3")
    test_client = make_client(store, tmp_path=tmp_path, raise_errors=False)
    assert test_client.get("/stats").status_code == 500
    (line,) = [json.loads(r.getMessage()) for r in caplog.records if r.name.endswith("access")]
    assert line["status"] == 500
    store.close()


def test_openapi_documents_the_new_endpoints_with_examples(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    for path, method, model in [
        ("/paths", "get", "PathPage"),
        ("/relations", "get", "RelationPage"),
        ("/relations/{source_id}/{type}/{target_id}", "get", "RelationDetail"),
        ("/actors/{actor_id}/connections", "get", "Connections"),
        ("/actors", "get", "ActorPage"),
        ("/documents/upload", "post", "IngestOut"),
    ]:
        operation = paths[path][method]
        assert operation["summary"] and operation["description"], path
        assert "404" in operation["responses"] or "422" in operation["responses"], path
        schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
        assert schema["$ref"].endswith(f"/{model}"), path
    models = ("PathPage", "RelationPage", "RelationDetail", "Connections", "ActorPage", "IngestOut")
    for model in models:
        assert spec["components"]["schemas"][model]["examples"], model
    connection_params = {
        p["name"] for p in paths["/actors/{actor_id}/connections"]["get"]["parameters"]
    }
    assert {"date_from", "date_to", "min_confidence", "include_negated", "depth", "offset"} <= (
        connection_params
    )
    upload_body = paths["/documents/upload"]["post"]["requestBody"]["content"]
    assert upload_body["multipart/form-data"]["schema"]["required"] == ["file"]
    assert "413" in paths["/documents/upload"]["post"]["responses"]


@pytest.mark.parametrize(
    "model",
    [
        schemas.ActorPage,
        schemas.Connections,
        schemas.PathPage,
        schemas.RelationOut,
        schemas.RelationPage,
        schemas.RelationDetail,
        schemas.IngestOut,
    ],
    ids=lambda m: m.__name__,
)
def test_openapi_examples_are_valid_responses(model: type[BaseModel]) -> None:
    extra = model.model_config.get("json_schema_extra")
    assert isinstance(extra, dict)
    for example in extra["examples"]:
        model.model_validate(example)
