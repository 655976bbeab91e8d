"""An actor's connections page on the Ladybug store, for actors with many edges: the
page cut over both ways at one least count, small actors read without the count
histograms (the degree on the actor picks the way), Evidence heads read with the ranked
rows. The page must be the one the previous SQLite store gives for the same documents,
and the same whatever the degree says."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import ladybug
import pytest

from actorgraph.domain import RelationType
from actorgraph.graph import ladybug_cypher, ladybug_reads, ladybug_rows, ladybug_store
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.evidence_page import PAGE_STATEMENTS
from actorgraph.graph.ladybug_store import DATABASE_FILE, LadybugStore
from actorgraph.graph.models import Connection, ConnectionPage, Direction
from actorgraph.graph.store import NotFoundError
from benchmarks import scale
from benchmarks.corpus import hub_actor_ids
from tests.ladybug_read import record_queries

T = RelationType
STATEMENTS = 3000
TAILS = [f"liwa-{i:05d}" for i in range(4)]
# Offsets and limits that reach into a hub's edges, each way, some types, negated edges,
# evidence caps.
OPTIONS: list[dict[str, Any]] = [
    {},
    {"limit": 5, "evidence_limit": 1},
    {"offset": 7, "limit": 9},
    {"offset": 40, "limit": 50, "evidence_limit": 12},
    {"direction": Direction.IN, "limit": 12},
    {"direction": Direction.OUT, "limit": 12, "evidence_limit": None},
    {"relation_types": [T.TARGETS, T.ALLIED_WITH], "limit": 6},
    {"include_negated": True, "limit": 8},
]


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """The same synthetic documents in both embedded stores (Ladybug by bulk load)."""
    folder = tmp_path_factory.mktemp("pages")
    graph, sqlite = folder / "ladybug", folder / "store.sqlite3"
    scale.build("ladybug", graph, STATEMENTS)
    scale.build("sqlite", sqlite, STATEMENTS)
    yield graph, sqlite


def shown(
    page: ConnectionPage, *, counted: bool = True, degrees: bool = True
) -> tuple[int, list[tuple[object, ...]]]:
    """What a page shows: its total and, per connection, the neighbour's record (with
    its degree, and its document count, which the SQLite store lists instead:
    `counted`), the way, and the edge with its figures and statements."""

    def one(c: Connection) -> tuple[object, ...]:
        n, e = c.neighbour, c.edge
        degree = n.degree if degrees else None
        record = (n.id, n.name, n.type, n.aliases, degree, n.first_seen, n.last_seen)
        figures = (e.source, e.target, e.type, e.negated, e.count, e.first_seen, e.last_seen)
        documents = n.document_total if counted else None
        return (*record, documents, c.direction, *figures, e.confidence, e.cameo, e.statements)

    return page.total, [one(c) for c in page.items]


def busiest(store: LadybugStore) -> list[str]:
    return [a for a in hub_actor_ids() if store.get_actor(a) is not None]


def test_the_hubs_have_more_edges_than_a_page(stores: tuple[Path, Path]) -> None:
    with LadybugStore(stores[0], read_only=True) as store:
        hubs = busiest(store)
        degrees = [store.get_actor(a).degree for a in hubs]  # type: ignore[union-attr]
    assert len(hubs) >= 10
    assert sum(d > 54 for d in degrees) >= 5, "some hubs need the count histograms"
    assert sum(d < 54 for d in degrees) >= 3, "some actors are read without them"


@pytest.mark.parametrize("options", OPTIONS, ids=lambda o: ",".join(map(str, o)) or "default")
def test_pages_match_the_previous_store(stores: tuple[Path, Path], options: dict[str, Any]) -> None:
    graph, sqlite = stores
    with LadybugStore(graph, read_only=True) as new, EmbeddedStore(sqlite) as old:
        actors = [*busiest(new), *TAILS]
        for actor_id in actors:
            page = shown(new.connection_page(actor_id, **options), counted=False)
            assert page == shown(old.connection_page(actor_id, **options), counted=False), actor_id


def test_pages_are_cuts_of_every_connection(stores: tuple[Path, Path]) -> None:
    """The page cut at the least count of both ways together is the slice of the whole
    list (read with no cut), for every offset a hub's page can start at."""
    with LadybugStore(stores[0], read_only=True) as store:
        for actor_id in busiest(store)[:6]:
            every = store.connections(actor_id, limit=10_000)
            for offset in (0, 3, 20, 49, 50, len(every) - 2):
                page = store.connection_page(actor_id, offset=offset, limit=7, evidence_limit=3)
                expected = [
                    Connection(c.neighbour, c.direction, c.edge.capped(3))
                    for c in every[offset : offset + 7]
                ]
                assert page.total == len(every)
                assert [(c.neighbour, c.direction, c.edge) for c in page.items] == [
                    (c.neighbour, c.direction, c.edge) for c in expected
                ], (actor_id, offset)


def test_an_edge_whose_window_reads_short_is_read_whole(
    stores: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page's evidence is made from the rows its statements' read gives each edge;
    an edge whose rows are not its window's (a statement whose document is missing
    drops out of the read with documents) is read whole, and the page is the same."""
    with LadybugStore(stores[0], read_only=True) as store:
        hubs = busiest(store)[:3]
        options: list[dict[str, Any]] = [{}, {"evidence_limit": 1}, {"evidence_limit": 12}]
        before = [shown(store.connection_page(a, **o)) for a in hubs for o in options]
        reader = ladybug_reads._statements_of_windows

        def short(
            tx: ladybug_rows._Tx,
            windows: dict[str, list[str]],
            pages: dict[str, str | None] | None = None,
        ) -> dict[str, list[dict[str, Any]]]:
            # (the rows read from the Evidence nodes' pages, or from the statements)
            return {key: rows[1:] for key, rows in reader(tx, windows, pages).items()}

        monkeypatch.setattr(ladybug_reads, "_statements_of_windows", short)
        with store.snapshot():
            after = [shown(store.connection_page(a, **o)) for a in hubs for o in options]
    assert after == before


def _set_degrees(folder: Path, degree: Callable[[int], int]) -> None:
    """Overwrite every actor's stored degree (the store closed)."""
    db = ladybug.Database(str(folder / DATABASE_FILE))
    try:
        conn = ladybug.Connection(db)
        result = conn.execute("MATCH (a:Actor) RETURN a.id, a.degree")
        assert not isinstance(result, list)
        for actor_id, stored in result.get_all():
            conn.execute(
                "MATCH (a:Actor {id: $id}) SET a.degree = $d",
                {"id": actor_id, "d": degree(int(stored or 0))},
            )
        conn.close()
    finally:
        db.close()


@pytest.mark.parametrize(
    "wrong", [lambda d: 0, lambda d: d + 1_000], ids=["degree-zero", "degree-too-large"]
)
def test_a_wrong_degree_reads_another_way_to_the_same_page(
    stores: tuple[Path, Path], tmp_path: Path, wrong: Callable[[int], int]
) -> None:
    # The neighbours show the degrees as stored: everything else is as it was.
    before, after = read_around_wrong_degrees(stores[0], tmp_path, wrong, pages)
    assert after == before


def read_around_wrong_degrees(
    path: Path,
    tmp_path: Path,
    wrong: Callable[[int], int],
    read: Callable[[LadybugStore, list[str]], object],
) -> tuple[object, object]:
    """What `read` gives for the busiest actors and the tails of a copy of the store,
    before and after its stored degrees are set wrong."""
    copy = tmp_path / "copy"
    shutil.copytree(path, copy)
    with LadybugStore(copy, read_only=True) as store:
        actors = [*busiest(store), *TAILS]
        before = read(store, actors)
    _set_degrees(copy, wrong)
    with LadybugStore(copy, read_only=True) as store:
        return before, read(store, actors)


def pages(store: LadybugStore, actors: list[str]) -> dict[tuple[str, int], object]:
    return {
        (actor_id, n): shown(store.connection_page(actor_id, **options), degrees=False)
        for actor_id in actors
        for n, options in enumerate(OPTIONS)
    }


def record_rows(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The queries the store's transactions read rows of from now on, in order."""
    queries: list[str] = []
    rows = ladybug_store._Tx.rows

    def recorded(tx: ladybug_store._Tx, query: str, /, **params: Any) -> list[dict[str, Any]]:
        queries.append(query)
        return rows(tx, query, **params)

    monkeypatch.setattr(ladybug_store._Tx, "rows", recorded)
    return queries


def test_a_small_actor_is_read_without_the_count_histograms(
    stores: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    with LadybugStore(stores[0], read_only=True) as store:
        small = next(a for a in TAILS if store.get_actor(a) is not None)
        hub = max(busiest(store), key=lambda a: store.get_actor(a).degree)  # type: ignore[union-attr]
        queries = record_rows(monkeypatch)
        store.connection_page(small)
        histograms = [q for q in queries if "count(*) AS n" in q]
        evidence = [q for q in queries if "MATCH (e:Evidence" in q and q.startswith("UNWIND")]
        assert (histograms, evidence) == ([], []), "degree below the page: ranked rows only"
        # The degree and the two ways: the evidence comes with the ranked rows, from the
        # pages the Evidence nodes keep (graph/evidence_page.py), no statement read.
        assert len(queries) == 3, queries
        queries.clear()
        store.connection_page(hub)
        assert len([q for q in queries if "count(*) AS n" in q]) == 2
        assert len(queries) == 5, queries
        queries.clear()
        store.connection_page(small, evidence_limit=PAGE_STATEMENTS + 1)  # past the pages
        assert len(queries) == 4, queries  # the evidence statements read by id


_POOL_FULL = "Buffer manager exception: Unable to allocate memory! The buffer pool is full"


def _fills_the_pool_once(tries: list[object]) -> Callable[[object], str]:
    """A read that finds the pool full the first time it runs, noting each run."""

    def read(tx: object) -> str:
        tries.append(tx)
        if len(tries) == 1:
            raise RuntimeError(_POOL_FULL)
        return "read"

    return read


def test_a_page_read_that_fills_the_pool_is_a_busy_store(stores: tuple[Path, Path]) -> None:
    """A read on one engine thread that meets a full buffer pool is a busy store, as
    any read is: its connection is closed, and the next page answers on a new one."""

    def fills_the_pool(tx: object) -> None:
        raise RuntimeError(_POOL_FULL)

    with LadybugStore(stores[0], read_only=True) as store:
        expected = shown(store.connection_page("houthis"))
        first = store._local.conn
        with pytest.raises(ladybug_store.StoreBusyError, match="busy"):
            store._read("reading a test page", fills_the_pool, engine_threads=1)
        assert first not in store._connections
        assert shown(store.connection_page("houthis")) == expected
        assert store._local.conn is not first


def test_a_read_that_fills_the_pool_once_is_answered_on_a_new_connection(
    stores: tuple[Path, Path],
) -> None:
    """The memory a connection kept from its earlier queries can leave no room for the
    next read on an idle store: that read is tried once more on a new connection (a
    read inside a snapshot is not: its transaction is its connection's)."""
    tries: list[object] = []
    fills_the_pool_once = _fills_the_pool_once(tries)

    with LadybugStore(stores[0], read_only=True) as store:
        store.connection_page("houthis")
        first = store._local.conn
        assert store._read("reading a test page", fills_the_pool_once) == "read"
        assert len(tries) == 2
        assert first not in store._connections and store._local.conn is not first
        tries.clear()
        with store.snapshot(), pytest.raises(ladybug_store.StoreBusyError, match="busy"):
            store._read("reading a test page", fills_the_pool_once)
        assert len(tries) == 1


def test_a_full_pool_closes_the_idle_connections_of_other_threads(
    stores: tuple[Path, Path],
) -> None:
    """Each connection keeps buffer-pool memory its queries took: a read that finds
    the pool full closes every connection no read is using (here those of two threads
    that read before), not one in use; their threads read on new ones afterwards."""
    tries: list[object] = []
    fills_the_pool_once = _fills_the_pool_once(tries)

    with LadybugStore(stores[0], read_only=True) as store, ThreadPoolExecutor(2) as pool:
        expected = shown(store.connection_page("houthis"))
        started, release = threading.Barrier(2), threading.Event()

        def page() -> list[object]:
            started.wait()  # (both threads read: two connections)
            return shown(store.connection_page("houthis"))

        assert list(pool.map(lambda _: page(), range(2))) == [expected, expected]
        others = [c for c in store._connections if c is not store._local.conn]
        assert len(others) == 2

        def holds_a_snapshot() -> None:
            with store.snapshot():
                release.wait(30)

        busy = threading.Thread(target=holds_a_snapshot)
        busy.start()
        while len(store._in_use) < 1:
            time.sleep(0.01)
        in_use = next(c for c in store._connections if store._in_use.get(id(c)))
        assert store._read("reading a test page", fills_the_pool_once) == "read"
        assert not any(c in store._connections for c in others)
        assert in_use in store._connections  # a snapshot under way keeps its connection
        release.set()
        busy.join()
        assert list(pool.map(lambda _: shown(store.connection_page("houthis")), range(2))) == [
            expected, expected
        ]


LEVEL_OPTIONS: list[dict[str, Any]] = [
    {},
    {"limit": 5, "evidence_limit": 1},
    {"limit": 12, "evidence_limit": None},
    {"relation_types": [T.TARGETS, T.ALLIED_WITH], "limit": 6},
    {"include_negated": True, "limit": 8, "evidence_limit": 0},
]


@pytest.mark.parametrize(
    "options", LEVEL_OPTIONS, ids=lambda o: ",".join(map(str, o)) or "default"
)
def test_a_level_of_hubs_gives_each_ones_page(
    stores: tuple[Path, Path], options: dict[str, Any]
) -> None:
    """`connections_of` cuts each actor's edges at the least count of its page over
    both ways, and skips the histograms of the small ones, as `connection_page` does:
    hubs and tails read together give each one's page."""
    with LadybugStore(stores[0], read_only=True) as store:
        actors = [*busiest(store), *TAILS, "nobody-at-all"]
        together = store.connections_of(actors, **options)
        assert list(together) == [a for a in actors if store.get_actor(a) is not None]
        for actor_id, page in together.items():
            assert shown(page) == shown(store.connection_page(actor_id, **options)), actor_id


@pytest.mark.parametrize(
    "wrong", [lambda d: 0, lambda d: d + 1_000], ids=["degree-zero", "degree-too-large"]
)
def test_a_wrong_degree_gives_a_level_the_same_pages(
    stores: tuple[Path, Path], tmp_path: Path, wrong: Callable[[int], int]
) -> None:
    def level(store: LadybugStore, actors: list[str]) -> object:
        return {a: shown(p, degrees=False) for a, p in store.connections_of(actors).items()}

    before, after = read_around_wrong_degrees(stores[0], tmp_path, wrong, level)
    assert after == before


def test_a_level_reads_no_evidence_node_apart(
    stores: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Evidence heads come with the ranked rows: a level of hubs reads their
    degrees and two histograms, then each actor's ranked edges one way and the other,
    read by the actor's key (read for all of them at once, UNWIND, the engine planned
    the join to the Evidence nodes over the whole table, and one hub of a
    1M-statement graph overflowed a 256 MB pool on its own), then the evidence
    statements."""
    with LadybugStore(stores[0], read_only=True) as store:
        actors = busiest(store)
        queries = record_rows(monkeypatch)
        store.connections_of(actors)
    evidence = [q for q in queries if q.startswith("UNWIND $keys")]
    assert evidence == [], "no separate read of the Evidence nodes"
    # The statements are read a thousand ids at a time.
    others = [q for q in queries if "MATCH (s:Statement" not in q]
    ranked = [q for q in others if "MATCH (e:Evidence {key:" in q]
    assert len(actors) <= len(ranked) <= 2 * len(actors)  # (a way with no edge: none)
    assert len(others) == 3 + len(ranked), others
    assert all(q.startswith("MATCH (a:Actor {id: $id})") for q in ranked), ranked[0]


class _Executed:
    """The text of every query Ladybug's connections run, transactions included."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.queries = record_queries(monkeypatch)

    def begun(self) -> int:
        return sum(q.startswith("BEGIN") for q in self.queries)


def _response_reads(store: LadybugStore, actor_id: str) -> tuple[object, ...]:
    """What a connections response reads: the centre with its first documents, the
    page, and the documents its evidence cites."""
    centre = store.get_actor(actor_id, document_limit=20)
    page = store.connection_page(actor_id)
    cited = {s.document for c in page.items for s in c.edge.statements}
    documents = sorted(store.source_documents(cited), key=lambda d: d.id)
    return centre, shown(page), documents


def test_a_snapshot_reads_a_response_in_one_transaction(
    stores: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    with LadybugStore(stores[0], read_only=True) as store:
        hub = max(busiest(store), key=lambda a: store.get_actor(a).degree)  # type: ignore[union-attr]
        alone = _response_reads(store, hub)
        executed = _Executed(monkeypatch)
        _response_reads(store, hub)
        assert executed.begun() == 3
        executed.queries.clear()
        with store.snapshot(), store.snapshot():  # an inner block joins the outer one
            held = _response_reads(store, hub)
        assert held == alone
        assert executed.begun() == 1
        assert executed.queries[-1] == "ROLLBACK"
        degree_reads = [q for q in executed.queries if q == ladybug_cypher.ACTOR_DEGREE]
        assert degree_reads == [], "the page takes the degree the centre's read gave"
        by_id = [q for q in executed.queries if q == ladybug_cypher.DOCUMENTS_BY_ID]
        assert by_id == [], "the cited documents came with the page's statements"


def test_documents_not_read_with_a_page_are_read_by_id(
    stores: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a snapshot, documents the page's statements did not bring (another page's,
    unknown ids) are read by id, and all come as they do outside it."""
    with LadybugStore(stores[0], read_only=True) as store:
        hub, other = sorted(busiest(store))[:2]
        cited = {s.document for c in store.connection_page(hub).items for s in c.edge.statements}
        more = {s.document for c in store.connection_page(other).items for s in c.edge.statements}
        wanted = cited | more | {"no-such-document.txt"}
        alone = sorted(store.source_documents(wanted), key=lambda d: d.id)
        executed = _Executed(monkeypatch)
        with store.snapshot():
            store.connection_page(hub)
            held = sorted(store.source_documents(wanted), key=lambda d: d.id)
        assert held == alone
        assert {d.id for d in held} == cited | more
        assert more - cited, "the other hub's page cites documents of its own"
        assert ladybug_cypher.DOCUMENTS_BY_ID in executed.queries


def test_a_read_that_fails_in_a_snapshot_ends_it(stores: tuple[Path, Path]) -> None:
    with LadybugStore(stores[0], read_only=True) as store:
        expected = shown(store.connection_page("houthis"))
        with pytest.raises(NotFoundError), store.snapshot():
            store.connection_page("nobody-at-all")
        assert store._local.held is None
        # A page without the snapshot begins its own transaction: none is left open.
        assert shown(store.connection_page("houthis")) == expected
        with store.snapshot():
            assert shown(store.connection_page("houthis")) == expected


def test_rows_are_read_as_the_binding_gives_them(stores: tuple[Path, Path]) -> None:
    """The rows read off the binding's result directly are those of `get_all`."""
    query = "MATCH (a:Actor) RETURN a.id, a.aliases, a.degree, a.first_seen ORDER BY a.id"
    with LadybugStore(stores[0], read_only=True) as store, store._leased() as conn:
        expected = ladybug_rows._single(conn.execute(query)).get_all()
        assert ladybug_rows._values(ladybug_rows._single(conn.execute(query))) == expected
        assert len(expected) > 100


QUERIES_WITH_ROWS: list[tuple[str, dict[str, Any]]] = [
    ("MATCH (a:Actor) RETURN a.id, a.aliases, a.degree, a.first_seen ORDER BY a.id", {}),
    (ladybug_cypher.ACTOR_RECORD_HEAD, {"id": "houthis"}),
    (ladybug_cypher.ACTOR_RECORD_HEAD, {"id": "nobody-at-all"}),
    ("UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN a.id, a.name", {"ids": ["houthis"]}),
    ("MATCH (a:Actor) WHERE a.degree >= $least RETURN count(*) AS n", {"least": 3}),
    ("MATCH (a:Actor) WHERE a.degree >= $least RETURN count(*) AS n", {"least": 2**40}),
]


@pytest.mark.parametrize("query, params", QUERIES_WITH_ROWS)
def test_a_read_on_the_engines_connection_gives_the_bindings_rows(
    stores: tuple[Path, Path], query: str, params: dict[str, Any]
) -> None:
    """A read transaction's queries skip the binding's `execute` (ladybug_rows
    _query_rows): the same columns and rows, inside a transaction and out."""
    with LadybugStore(stores[0], read_only=True) as store, store._leased() as conn:
        result = ladybug_rows._single(conn.execute(query, params))
        expected = (result.get_column_names(), result.get_all())
        assert ladybug_rows._query_rows(conn, query, params) == expected
        ladybug_rows._begin_read(conn)
        try:
            assert ladybug_rows._query_rows(conn, query, params) == expected
        finally:
            ladybug_rows._rollback(conn)
        ladybug_rows._rollback(conn)  # (none left open: a second one is no error)


def test_a_failed_read_on_the_engines_connection_raises_the_bindings_error(
    stores: tuple[Path, Path],
) -> None:
    with LadybugStore(stores[0], read_only=True) as store, store._leased() as conn:
        query = "MATCH (a:NoSuchTable) RETURN a.id"
        with pytest.raises(RuntimeError) as binding:
            conn.execute(query, {})
        with pytest.raises(RuntimeError) as lean:
            ladybug_rows._query_rows(conn, query, {})
        assert str(lean.value) == str(binding.value)
        with pytest.raises(RuntimeError, match="Parameter"):
            ladybug_rows._query_rows(conn, ladybug_cypher.ACTOR_RECORD_HEAD, {"nid": 1})
        # The connection reads on after them.
        assert ladybug_rows._query_rows(conn, "RETURN 1 AS one", {}) == (["one"], [[1]])


def test_queries_the_engines_connection_may_not_run_go_through_the_binding(
    stores: tuple[Path, Path],
) -> None:
    with LadybugStore(stores[0], read_only=True) as store, store._leased() as conn:
        assert ladybug_rows._lean_connection(conn, ladybug_cypher.ACTOR_RECORD_HEAD)
        for query in ("LOAD FROM df RETURN *", "COPY Actor FROM 'x.csv'", "RETURN to_json($p)"):
            assert ladybug_rows._lean_connection(conn, query) is None


def test_a_read_on_the_engines_connection_applies_the_engine_threads_asked(
    stores: tuple[Path, Path],
) -> None:
    with LadybugStore(stores[0], read_only=True) as store, store._leased() as conn:
        conn.set_max_threads_for_exec(1)
        assert conn._pending_settings == {"set_max_threads_for_exec": 1}
        ladybug_rows._query_rows(conn, ladybug_cypher.ACTOR_RECORD_HEAD, {"id": "houthis"})
        assert conn._pending_settings == {}
        conn.set_max_threads_for_exec(0)
        ladybug_rows._begin_read(conn)
        assert conn._pending_settings == {}
        ladybug_rows._rollback(conn)


def test_a_response_is_read_without_the_bindings_execute(
    stores: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A connections response's reads (in a snapshot, as the route reads them) run
    every query on the engine's connection, and read what the binding's `execute`
    reads."""
    with LadybugStore(stores[0], read_only=True) as store:
        hub = max(busiest(store), key=lambda a: store.get_actor(a).degree)  # type: ignore[union-attr]
        executed: list[str] = []
        execute = ladybug.Connection.execute

        def recorded(conn: ladybug.Connection, query: Any, *args: Any) -> Any:
            executed.append(str(query))
            return execute(conn, query, *args)

        monkeypatch.setattr(ladybug.Connection, "execute", recorded)
        with store.snapshot():
            lean = _response_reads(store, hub)
        assert executed == []
        monkeypatch.setattr(ladybug_rows, "_lean_connection", lambda conn, query: None)
        with store.snapshot():
            assert _response_reads(store, hub) == lean
        assert executed[0].startswith("BEGIN") and len(executed) > 4


def test_a_transactions_start_and_end_on_the_engines_connection_fail_as_the_bindings(
    stores: tuple[Path, Path],
) -> None:
    with LadybugStore(stores[0], read_only=True) as store, store._leased() as conn:
        with pytest.raises(RuntimeError) as binding:
            conn.execute("COMMIT")
        with pytest.raises(RuntimeError) as lean:
            ladybug_rows._statement(conn, "COMMIT")
        assert str(lean.value) == str(binding.value)
        ladybug_rows._begin_read(conn)
        with pytest.raises(RuntimeError, match="active transaction"):
            ladybug_rows._begin_read(conn)
        ladybug_rows._rollback(conn)
        ladybug_rows._rollback(conn)  # (a rollback with none open is no error)
