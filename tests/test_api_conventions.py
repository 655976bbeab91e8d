"""Conventions every route keeps: names beside ids, enum values in any case, dates as
a year, month or day, hops counted from 1, one default page size, and the Cypher
endpoint's second (Neo4j query-API) request shape."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from actorgraph.api.params import DEFAULT_PAGE_SIZE, period_bound
from actorgraph.domain import ActorType
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.ladybug_store import LadybugStore
from tests.samples import fill
from tests.test_api import assert_problem, make_client
from tests.test_search import put

BRIGADE = "crimson-brigade"


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    store = EmbeddedStore(tmp_path / "g.sqlite3")
    fill(store)
    with make_client(store, tmp_path=tmp_path) as test_client:
        yield test_client
    store.close()


def names_by_id(client: TestClient) -> dict[str, str]:
    items = client.get("/actors", params={"limit": 500}).json()["items"]
    return {a["id"]: a["name"] for a in items}


# ------------------------------------------------------------------------ search


def test_search_reports_how_each_actor_matched(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "g.sqlite3")
    put(
        store,
        "one.txt",
        ("Asa'ib Ahl al-Haq", ActorType.ARMED_GROUP),
        ("Houthis", ActorType.ARMED_GROUP),
    )
    put(
        store,
        "two.txt",
        ("Islamic Revolutionary Guard Corps", ActorType.ARMED_GROUP),
        ("Iraq", ActorType.STATE),
    )
    with make_client(store, tmp_path=tmp_path) as client:
        for query, name in [
            ("AAH", "Asa'ib Ahl al-Haq"),
            ("ansar allah", "Houthis"),
            ("IRGC", "Islamic Revolutionary Guard Corps"),
        ]:
            body = client.get("/actors", params={"q": query}).json()
            assert [(a["name"], a["match"]) for a in body["items"]] == [(name, "alias")]
            assert body["fuzzy"] is False
        exact = client.get("/actors", params={"q": "kataib", "type": "armed_group"}).json()
        assert exact["items"] == []
        spelt = client.get("/actors", params={"q": "Houthiss"}).json()
        assert [(a["name"], a["match"]) for a in spelt["items"]] == [("Houthis", "fuzzy")]
        assert spelt["fuzzy"] is True
        listed = client.get("/actors").json()
        assert {a["match"] for a in listed["items"]} == {None}
    store.close()


# ------------------------------------------------------------------------- enums


@pytest.mark.parametrize(
    ("url", "params"),
    [
        ("/relations", {"type": "targets"}),
        ("/relations", {"type": "Targets"}),
        (f"/actors/{BRIGADE}/connections", {"type": "targets", "direction": "OUT"}),
        ("/paths", {"source": BRIGADE, "target": "northgate-airbase", "type": "tArGeTs"}),
        ("/actors", {"type": "armed_group"}),
        (f"/relations/{BRIGADE}/targets/northgate-airbase", {}),
    ],
)
def test_enum_values_are_read_in_any_case(
    client: TestClient, url: str, params: dict[str, str]
) -> None:
    # as the schema writes them: relation and actor types upper case, directions lower
    written = {
        k: v.upper() if k == "type" else v.lower() if k == "direction" else v
        for k, v in params.items()
    }
    answer = client.get(url, params=params)
    assert answer.status_code == 200, answer.text
    as_written = client.get(url.replace("/targets/", "/TARGETS/"), params=written).json()
    assert answer.json() == as_written
    # the filters were applied, not dropped
    body = answer.json()
    listed = body.get("items") or body.get("connections") or body.get("edges") or []
    if "steps" in str(listed):
        listed = [e for path in listed for step in path["steps"] for e in step["edges"]]
    assert listed
    for value in ("type", "direction"):
        if value in params:
            assert {item[value].upper() for item in listed} == {params[value].upper()}


@pytest.mark.parametrize(
    ("url", "params", "allowed"),
    [
        ("/relations", {"type": "hugs"}, "'TARGETS'"),
        ("/actors", {"type": "militia"}, "'ARMED_GROUP'"),
        (f"/actors/{BRIGADE}/connections", {"direction": "sideways"}, "'both'"),
        (f"/relations/{BRIGADE}/hugs/northgate-airbase", {}, "'TARGETS'"),
    ],
)
def test_an_unknown_enum_value_is_a_422_listing_the_allowed_ones(
    client: TestClient, url: str, params: dict[str, str], allowed: str
) -> None:
    problem = assert_problem(client.get(url, params=params), 422)
    assert allowed in str(problem)


# ------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2024", date(2024, 1, 1), date(2024, 12, 31)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),  # a leap year
        ("2023-02", date(2023, 2, 1), date(2023, 2, 28)),
        ("2023-11", date(2023, 11, 1), date(2023, 11, 30)),
        (" 2024-03-09 ", date(2024, 3, 9), date(2024, 3, 9)),
    ],
)
def test_a_period_is_read_as_its_first_and_last_day(text: str, first: date, last: date) -> None:
    assert period_bound(text, end=False) == first
    assert period_bound(text, end=True) == last


@pytest.mark.parametrize("text", ["24", "2024-13", "2024-02-30", "2024/03", "March 2024", ""])
def test_a_bad_period_says_which_forms_are_read(text: str) -> None:
    with pytest.raises(ValueError, match="YYYY, YYYY-MM or YYYY-MM-DD"):
        period_bound(text, end=False)


def relation_keys(client: TestClient, **params: Any) -> set[tuple[str, str, str]]:
    body = client.get("/relations", params=params).json()
    assert "items" in body, body
    return {(r["source"], r["type"], r["target"]) for r in body["items"]}


def test_routes_take_years_and_months(client: TestClient) -> None:
    dated = relation_keys(client, date_from="2000-01-01")
    assert dated  # the samples' dated statements are from March 2021
    assert relation_keys(client, date_from="2021") == dated
    assert relation_keys(client, date_to="2021") == dated
    assert relation_keys(client, date_from="2021-03", date_to="2021-03") == dated
    assert relation_keys(client, date_to="2021-02") == set()
    assert relation_keys(client, date_from="2022") == set()
    # 2021-03-05 is the last dated statement: the month of March reaches it, its day too.
    assert relation_keys(client, date_from="2021-03-05") == relation_keys(
        client, date_from="2021-03-05", date_to="2021-03"
    )
    url = f"/actors/{BRIGADE}/connections"
    assert client.get(url, params={"date_from": "2021"}).json()["connections"]
    for bad in ("2021-13", "21", "2021-02-30"):
        problem = assert_problem(client.get("/relations", params={"date_from": bad}), 422)
        assert "YYYY-MM" in str(problem)
    assert_problem(client.get("/relations", params={"date_from": "2022", "date_to": "2021"}), 422)


# ----------------------------------------------------------------- names and hops


def test_relations_name_their_actors_beside_the_ids(client: TestClient) -> None:
    names = names_by_id(client)
    items = client.get("/relations", params={"include_negated": "true"}).json()["items"]
    assert items
    for item in items:
        assert item["source_name"] == names[item["source"]]
        assert item["target_name"] == names[item["target"]]
    detail = client.get(f"/relations/{BRIGADE}/TARGETS/northgate-airbase").json()
    assert [(e["source_name"], e["target_name"]) for e in detail["edges"]] == [
        ("Crimson Brigade", "Northgate airbase")
    ]


def test_paths_and_connections_name_their_actors(client: TestClient) -> None:
    names = names_by_id(client)
    body = client.get("/paths", params={"source": "omar-haddad", "target": "ostrava"}).json()
    [path] = body["items"]
    for step in path["steps"]:
        assert (step["source_name"], step["target_name"]) == (
            names[step["source"]],
            names[step["target"]],
        )
        for edge in step["edges"]:
            assert edge["source_name"] == names[edge["source"]]
            assert edge["target_name"] == names[edge["target"]]
    for depth in (1, 2, 3):
        url = f"/actors/{BRIGADE}/connections"
        connections = client.get(url, params={"depth": depth}).json()["connections"]
        for edge in connections:
            assert (edge["source_name"], edge["target_name"]) == (
                names[edge["source"]],
                names[edge["target"]],
            )


def test_direct_neighbours_are_one_hop_away(client: TestClient) -> None:
    url = f"/actors/{BRIGADE}/connections"
    direct = client.get(url).json()["connections"]
    assert direct and {e["hops"] for e in direct} == {1}
    both = client.get(url, params={"depth": 2}).json()["connections"]
    assert {e["hops"] for e in both} == {1, 2}
    # The first hop holds the actor's own edges, the same as at depth 1.
    own = {(e["source"], e["type"], e["target"]) for e in both if e["hops"] == 1}
    assert own == {(e["source"], e["type"], e["target"]) for e in direct}


# ------------------------------------------------------------------------- pages


@pytest.mark.parametrize(
    ("url", "params"),
    [
        ("/actors", {}),
        ("/relations", {}),
        (f"/actors/{BRIGADE}/connections", {}),
        ("/paths", {"source": "omar-haddad", "target": "ostrava"}),
    ],
)
def test_every_paged_route_has_the_same_default_page_size(
    client: TestClient, url: str, params: dict[str, str]
) -> None:
    assert client.get(url, params=params).json()["limit"] == DEFAULT_PAGE_SIZE
    operation = client.get("/openapi.json").json()["paths"]
    path = url.replace(BRIGADE, "{actor_id}")
    [limit] = [p for p in operation[path]["get"]["parameters"] if p["name"] == "limit"]
    assert limit["schema"]["default"] == DEFAULT_PAGE_SIZE


def test_search_pages_by_the_default_size(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "g.sqlite3")
    for n in range(DEFAULT_PAGE_SIZE // 2 + 1):  # two actors a document
        put(
            store,
            f"d{n}.txt",
            (f"Brigade {n:03d}", ActorType.ARMED_GROUP),
            (f"Outpost {n:03d}", ActorType.FACILITY),
        )
    with make_client(store, tmp_path=tmp_path) as client:
        body = client.get("/actors").json()
        assert body["total"] == 2 * (DEFAULT_PAGE_SIZE // 2 + 1) > DEFAULT_PAGE_SIZE
        assert len(body["items"]) == DEFAULT_PAGE_SIZE
    store.close()


# ------------------------------------------------------------------------ cypher


@pytest.fixture
def cypher_client(tmp_path: Path) -> Iterator[TestClient]:
    store = LadybugStore(tmp_path / "ladybug")
    fill(store)
    with make_client(store, tmp_path=tmp_path) as test_client:
        yield test_client
    store.close()


QUERY = "MATCH (a:Actor {id: $id}) RETURN a.name AS name"


@pytest.mark.parametrize(
    "body",
    [
        {"query": QUERY, "params": {"id": "valdoria"}},
        {"statement": QUERY, "parameters": {"id": "valdoria"}},
    ],
)
def test_cypher_takes_either_request_shape_and_answers_alike(
    cypher_client: TestClient, body: dict[str, Any]
) -> None:
    answer = cypher_client.post("/cypher", json=body)
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"columns": ["name"], "rows": [["Valdoria"]], "truncated": False}


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ({"query": QUERY, "statement": QUERY}, "give the Cypher query once"),
        ({"params": {"id": "valdoria"}}, "give the Cypher query once"),
        ({"statement": QUERY, "params": {}, "parameters": {}}, "give the parameters once"),
        ({"query": QUERY, "parameters": {}}, "`parameters` goes with `statement`"),
        ({"statement": QUERY, "params": {}}, "`params` goes with `query`"),
        ({"statement": ""}, "at least 1 character"),
        ({"statement": QUERY, "extra": 1}, "Extra inputs"),
    ],
)
def test_cypher_refuses_a_mixed_or_empty_request(
    cypher_client: TestClient, body: dict[str, Any], says: str
) -> None:
    problem = assert_problem(cypher_client.post("/cypher", json=body), 422)
    assert says in str(problem)


def test_cypher_statement_shape_is_still_read_only(cypher_client: TestClient) -> None:
    answer = cypher_client.post("/cypher", json={"statement": "MATCH (a:Actor) DETACH DELETE a"})
    assert_problem(answer, 400)
    assert cypher_client.get("/actors/valdoria").status_code == 200
