"""The serving process's cache of rendered connections pages (api/page_cache.py): a page
asked for again is the same bytes, answered without a store read; every write the
process makes (an ingest or a delete through the API) shows on the next page; different
parameters are different pages; the byte budget holds; a store the process does not
write (read-only) keeps nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

import actorgraph.extract
from actorgraph.api.page_cache import ENTRY_OVERHEAD, PageCache, write_mark
from actorgraph.domain import Actor, ActorType, Evidence, Extraction, Relation, RelationType
from actorgraph.graph import queries
from actorgraph.graph.ladybug_store import LadybugStore
from tests.conftest import ladybug_copy
from tests.samples import info
from tests.test_api import TOKEN, actor_id, make_client

AUTH = {"Authorization": f"Bearer {TOKEN}"}
HEADER = "X-Page-Cache"


@pytest.fixture
def graph(sample_ladybug: Path, tmp_path: Path) -> Iterator[LadybugStore]:
    """A writable copy of the sample graph (the serving process is its writer)."""
    store = ladybug_copy(sample_ladybug, tmp_path)
    assert isinstance(store, LadybugStore)
    yield store
    store.close()


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The actors whose connections the route read from the store, in order."""
    seen: list[str] = []
    real = queries.connections_page

    def counted(store: Any, actor: str, **options: Any) -> Any:
        seen.append(actor)
        return real(store, actor, **options)

    monkeypatch.setattr(queries, "connections_page", counted)
    return seen


def serve(store: LadybugStore, tmp_path: Path, **settings: Any) -> TestClient:
    return make_client(store, tmp_path=tmp_path, api_token=SecretStr(TOKEN), **settings)


def connections(client: TestClient, actor: str, **params: Any) -> Any:
    response = client.get(f"/actors/{actor}/connections", params=params)
    assert response.status_code == 200, response.text
    return response


def neighbours(response: Any) -> set[tuple[str, str]]:
    return {(c["neighbour"]["name"], c["type"]) for c in response.json()["connections"]}


def test_a_page_asked_for_again_is_the_same_bytes_without_a_store_read(
    graph: LadybugStore, tmp_path: Path, reads: list[str]
) -> None:
    with serve(graph, tmp_path, page_cache_bytes=0) as uncached:
        ostrava = actor_id(uncached, "Ostrava")
        rendered = connections(uncached, ostrava).content
        assert HEADER not in connections(uncached, ostrava).headers
    reads.clear()
    with serve(graph, tmp_path / "on") as client:
        first = connections(client, ostrava)
        second = connections(client, ostrava)
        figures = client.app.state.actorgraph.pages.figures()  # type: ignore[attr-defined]
    assert first.headers[HEADER] == "miss"
    assert second.headers[HEADER] == "hit"
    assert first.content == second.content == rendered
    assert second.headers["content-type"] == "application/json"
    assert reads == [ostrava], "the second answer read nothing"
    assert figures["hits"] == 1 and figures["misses"] == 1 and figures["pages"] == 1


def fake_extract(nlp: object, text: str, document: str) -> Extraction:
    """Ostrava sanctions a newcomer, Karvossa: a relation no page had before."""
    return Extraction(
        document=document,
        date="2021-05-02",
        actors=(
            Actor("o", "Ostrava", ActorType.STATE),
            Actor("k", "Karvossa", ActorType.STATE),
        ),
        relations=(
            Relation("o", "k", RelationType.SANCTIONS, (Evidence(text, 0, len(text)),)),
        ),
    )


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(actorgraph.extract, "extract_document", fake_extract, raising=False)
    monkeypatch.setattr(actorgraph.extract, "build_pipeline", lambda: object(), raising=False)


@pytest.mark.usefixtures("fake_pipeline")
def test_an_ingest_through_the_api_shows_on_the_next_page(
    graph: LadybugStore, tmp_path: Path
) -> None:
    with serve(graph, tmp_path) as client:
        ostrava = actor_id(client, "Ostrava")
        before = connections(client, ostrava)
        assert connections(client, ostrava).headers[HEADER] == "hit"
        assert ("Karvossa", "SANCTIONS") not in neighbours(before)
        text = "Ostrava imposed sanctions on Karvossa."
        posted = client.post("/documents", json={"id": "s.txt", "text": text}, headers=AUTH)
        assert posted.status_code == 201, posted.text
        after = connections(client, ostrava)
        assert after.headers[HEADER] == "miss"
        assert ("Karvossa", "SANCTIONS") in neighbours(after)
        assert neighbours(after) - neighbours(before) == {("Karvossa", "SANCTIONS")}
        assert connections(client, ostrava).content == after.content


def test_a_delete_through_the_api_shows_on_the_next_page(
    graph: LadybugStore, tmp_path: Path
) -> None:
    with serve(graph, tmp_path) as client:
        brigade = actor_id(client, "Crimson Brigade")
        before = connections(client, brigade)
        assert connections(client, brigade).headers[HEADER] == "hit"
        assert ("Valdoria", "CRITICIZES") in neighbours(before)
        assert client.delete("/documents/2021/03/truce.txt", headers=AUTH).status_code == 204
        after = connections(client, brigade)
        assert after.headers[HEADER] == "miss"
        assert ("Valdoria", "CRITICIZES") not in neighbours(after)
        assert neighbours(after) < neighbours(before)


def test_any_write_of_the_process_empties_it(graph: LadybugStore, tmp_path: Path) -> None:
    """A write the serving process makes outside the API's routes (here the store's own
    upsert) counts as one: the next page is read again."""
    with serve(graph, tmp_path) as client:
        ostrava = actor_id(client, "Ostrava")
        before = connections(client, ostrava)
        text = "Ostrava imposed sanctions on Karvossa."
        extraction = fake_extract(None, text, "w.txt")
        graph.upsert_document(info(extraction, text), extraction)
        after = connections(client, ostrava)
    assert after.headers[HEADER] == "miss"
    assert ("Karvossa", "SANCTIONS") in neighbours(after) - neighbours(before)


VARIANTS: list[dict[str, Any]] = [
    {},
    {"limit": 1},
    {"limit": 1, "offset": 1},
    {"evidence_limit": 0},
    {"direction": "out"},
    {"direction": "in"},
    {"type": "CEASEFIRE_WITH"},
    {"include_negated": "true"},
    {"date_from": "2021-04"},
    {"depth": 2},
]


def test_different_parameters_are_different_pages(
    graph: LadybugStore, tmp_path: Path
) -> None:
    with serve(graph, tmp_path, page_cache_bytes=0) as uncached:
        ostrava = actor_id(uncached, "Ostrava")
        brigade = actor_id(uncached, "Crimson Brigade")
        wanted = [(a, v) for a in (ostrava, brigade) for v in VARIANTS]
        rendered = [connections(uncached, a, **v).content for a, v in wanted]
    assert len(set(rendered)) > len(VARIANTS), "the variants give different pages"
    with serve(graph, tmp_path / "on") as client:
        first = [connections(client, a, **v) for a, v in wanted]
        again = [connections(client, a, **v) for a, v in wanted]
        figures = client.app.state.actorgraph.pages.figures()  # type: ignore[attr-defined]
    assert [r.headers[HEADER] for r in first] == ["miss"] * len(wanted)
    assert [r.headers[HEADER] for r in again] == ["hit"] * len(wanted)
    assert [r.content for r in first] == rendered
    assert [r.content for r in again] == rendered
    assert figures["pages"] == len(wanted)


def test_the_byte_budget_holds_through_the_app(graph: LadybugStore, tmp_path: Path) -> None:
    with serve(graph, tmp_path, page_cache_bytes=0) as uncached:
        actors = [a["id"] for a in uncached.get("/actors", params={"limit": 50}).json()["items"]]
        wanted = [(a, {"limit": n}) for n in range(1, 6) for a in actors]
        sizes = [len(connections(uncached, a, **v).content) + ENTRY_OVERHEAD for a, v in wanted]
    budget = 8 * max(sizes)  # every page fits, but not all of them at once
    assert sum(sizes) > budget
    with serve(graph, tmp_path / "on", page_cache_bytes=budget) as client:
        pages = client.app.state.actorgraph.pages  # type: ignore[attr-defined]
        for actor, variant in wanted * 2:
            connections(client, actor, **variant)
            assert pages.figures()["bytes"] <= budget
        assert 0 < pages.figures()["pages"] < len(wanted)
        # The page read last is kept; the first one was let go of.
        assert connections(client, wanted[-1][0], **wanted[-1][1]).headers[HEADER] == "hit"
        assert connections(client, wanted[0][0], **wanted[0][1]).headers[HEADER] == "miss"


def test_a_read_only_server_keeps_no_page(
    graph: LadybugStore, tmp_path: Path, reads: list[str]
) -> None:
    """A read-only open's writer may be another process, whose writes this process does
    not see happen: it keeps nothing, and every request reads the store."""
    folder = graph.path
    graph.close()
    with LadybugStore(folder, read_only=True) as reader:
        assert write_mark(reader) is None
        with serve(reader, tmp_path) as client:
            ostrava = actor_id(client, "Ostrava")
            first = connections(client, ostrava)
            second = connections(client, ostrava)
            figures = client.app.state.actorgraph.pages.figures()  # type: ignore[attr-defined]
    assert HEADER not in first.headers and HEADER not in second.headers
    assert first.content == second.content
    assert reads == [ostrava, ostrava]
    assert figures["pages"] == 0 and figures["hits"] == 0


def test_the_writers_mark_changes_at_each_writes_start_and_end(graph: LadybugStore) -> None:
    before = write_mark(graph)
    assert before is not None
    during = graph._write("noting the mark", lambda tx: write_mark(graph))
    assert during is None, "no page is kept while a write is under way"
    after = write_mark(graph)
    assert after is not None and after != before

    def failing(tx: Any) -> None:
        raise ValueError("the write fails")

    with pytest.raises(ValueError):
        graph._write("failing", failing)
    assert write_mark(graph) not in (None, after), "a write rolled back counts too"


# ------------------------------------------------------------------ the cache alone


def _cache(budget: int) -> tuple[PageCache, Callable[[str, int], bytes]]:
    def body(name: str, size: int) -> bytes:
        return name.encode().ljust(size, b".")

    return PageCache(budget), body


def test_a_body_read_across_a_write_is_not_kept() -> None:
    cache, body = _cache(100_000)
    cache.put("a", body("a", 100), noted=2, now=4)  # a write began and ended meanwhile
    cache.put("b", body("b", 100), noted=None, now=2)  # noted while a write was under way
    cache.put("c", body("c", 100), noted=2, now=None)  # a write under way now
    assert cache.get("a", 4) is None and cache.get("b", 2) is None
    assert cache.get("c", 2) is None
    cache.put("d", body("d", 100), noted=4, now=4)
    assert cache.get("d", 4) == body("d", 100)
    assert cache.get("d", None) is None, "nothing is served while a write is under way"
    assert cache.get("d", 6) is None, "a later state lets go of every body"
    assert cache.figures()["pages"] == 0
    cache.put("e", body("e", 100), noted=4, now=4)  # read before the state now kept
    assert cache.get("e", 6) is None


def test_the_cache_keeps_the_bodies_used_last_within_its_budget() -> None:
    size = 1000
    cache, body = _cache(8 * (size + ENTRY_OVERHEAD))
    for name in "abcdefgh":
        cache.put(name, body(name, size), noted=0, now=0)
    assert cache.figures()["pages"] == 8
    assert cache.get("a", 0) is not None  # used again: now the last to go
    cache.put("i", body("i", size), noted=0, now=0)
    assert cache.get("b", 0) is None, "the body used longest ago went first"
    assert cache.get("a", 0) == body("a", size)
    assert cache.figures()["bytes"] <= cache.budget
    too_big = body("j", cache.budget // 8)
    cache.put("j", too_big, noted=0, now=0)
    assert cache.get("j", 0) is None, "a body past an eighth of the budget is not kept"
    assert cache.figures()["pages"] == 8


def test_a_budget_of_nothing_keeps_nothing() -> None:
    cache, body = _cache(0)
    assert not cache.enabled
    cache.put("a", body("a", 10), noted=0, now=0)
    assert cache.get("a", 0) is None
    assert cache.figures()["misses"] == 0
