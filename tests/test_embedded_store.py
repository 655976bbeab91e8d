"""What only the embedded store promises: its file, crashes, reloads and threads.

Run as a script (`python tests/test_embedded_store.py ingest PATH VERSION COUNT`) it is the
child process the kill -9 test ingests with and then kills.
"""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from actorgraph.domain import Actor, ActorType, Evidence, Extraction, Relation, RelationType
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.models import DocumentInfo
from actorgraph.graph.store import GraphStore, StoreUnavailableError

REPO = Path(__file__).resolve().parent.parent

# A pool of actors the synthetic documents share, each with spellings that must merge.
POOL: list[tuple[str, ActorType, tuple[str, ...]]] = [
    ("United States", ActorType.STATE, ("US", "Washington")),
    ("Iran", ActorType.STATE, ("Tehran",)),
    ("Sarai Brigades", ActorType.ARMED_GROUP, ("Saraya Sarai",)),
    ("Kataib al-Nūr", ActorType.ARMED_GROUP, ("Kataib al-Nur",)),
    ("Camp Falcon", ActorType.FACILITY, ()),
    ("Iraqi government", ActorType.GOVERNMENT_BODY, ("Baghdad government",)),
    ("Mara Quill", ActorType.PERSON, ("Quill",)),
    ("Adel Sami", ActorType.PERSON, ("Sami",)),
]
TYPES = list(RelationType)


def synthetic(doc: int, version: int = 1, relations: int = 12) -> Extraction:
    """Document `doc`: a deterministic mix of pool actors, one local actor of its own,
    and `relations` statements (each with its own sentence, so none collapse)."""
    picks = [(doc + k * (version + 1)) % len(POOL) for k in range(4)]
    actors = [
        Actor(f"p{k}", POOL[p][0], POOL[p][1], POOL[p][2][: (doc + k) % 2 + 1])
        for k, p in enumerate(dict.fromkeys(picks))
    ]
    actors.append(Actor("own", f"Commander {doc}", ActorType.PERSON, (f"Cmdr {doc}",)))
    rels = []
    for n in range(relations + version):
        source, target = actors[n % len(actors)], actors[(n * 3 + 1) % len(actors)]
        text = f"Sentence {n} of document {doc} version {version}."
        rels.append(
            Relation(
                source=source.id,
                target=target.id,
                type=TYPES[(doc + n) % len(TYPES)],
                evidence=(Evidence(text, n * 100, n * 100 + len(text)),),
                negated=n % 7 == 0,
                date=f"2024-{1 + doc % 12:02d}-{1 + n % 28:02d}",
                confidence=(n % 10) / 10,
            )
        )
    return Extraction(document=f"doc-{doc:05d}.txt", actors=tuple(actors), relations=tuple(rels))


def info_for(extraction: Extraction, version: int = 1) -> DocumentInfo:
    return DocumentInfo(
        id=extraction.document,
        sha256=hashlib.sha256(f"{extraction.document}:{version}".encode()).hexdigest(),
        words=len(extraction.relations) * 10,
        ingested_at="2024-06-01T00:00:00+00:00",
    )


def statements_per_document(store: GraphStore) -> Counter[str]:
    return Counter(s.document for e in store.edges() for s in e.statements)


def snapshot(store: GraphStore) -> tuple[object, ...]:
    graph = store.to_networkx()
    return (
        store.stats(),
        store.edges(),
        store.search_actors("", limit=100_000),
        store.list_documents(),
        sorted(graph.nodes(data=True)),
        sorted((u, v, k) for u, v, k in graph.edges(keys=True)),
    )


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "graph.sqlite3"


# ------------------------------------------------------------------------ reload


def test_reopening_rebuilds_the_identical_graph(path: Path) -> None:
    with EmbeddedStore(path) as store:
        for doc in range(40):
            store.upsert_document(info_for(synthetic(doc)), synthetic(doc))
        for doc in range(0, 40, 3):  # replace some, delete others
            store.upsert_document(info_for(synthetic(doc, 2), 2), synthetic(doc, 2))
        for doc in range(1, 40, 5):
            store.delete_document(synthetic(doc).document)
        before = snapshot(store)

    with EmbeddedStore(path) as reopened:
        assert snapshot(reopened) == before


def test_writes_after_reopening_match_a_store_never_closed(path: Path, tmp_path: Path) -> None:
    first, rest = range(0, 15), range(15, 30)
    with EmbeddedStore(path) as store:
        for doc in first:
            store.upsert_document(info_for(synthetic(doc)), synthetic(doc))
    with EmbeddedStore(path) as store, EmbeddedStore(tmp_path / "other.sqlite3") as control:
        for doc in rest:
            store.upsert_document(info_for(synthetic(doc)), synthetic(doc))
        store.delete_document(synthetic(3).document)
        for doc in [*first, *rest]:
            control.upsert_document(info_for(synthetic(doc)), synthetic(doc))
        control.delete_document(synthetic(3).document)
        assert snapshot(store) == snapshot(control)


def test_unchanged_document_does_not_write_to_the_file(path: Path) -> None:
    wal = path.with_name(path.name + "-wal")
    with EmbeddedStore(path) as store:
        for doc in range(5):
            store.upsert_document(info_for(synthetic(doc)), synthetic(doc))
        before = [(f.stat().st_mtime_ns, f.read_bytes()) for f in (path, wal)]

        results = [store.upsert_document(info_for(synthetic(d)), synthetic(d)) for d in range(5)]

        assert {r.status for r in results} == {"unchanged"}
        assert [(f.stat().st_mtime_ns, f.read_bytes()) for f in (path, wal)] == before


def test_parent_directories_are_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "c" / "graph.sqlite3"

    with EmbeddedStore(path) as store:
        assert store.ping()
    assert path.is_file()


# -------------------------------------------------------------- refused files


def _assert_refused_untouched(path: Path, expected_message: str) -> None:
    before = path.read_bytes()
    with pytest.raises(StoreUnavailableError, match=expected_message) as raised:
        EmbeddedStore(path)
    assert str(path) in str(raised.value)
    assert path.read_bytes() == before, "the user's file must not be modified"


def test_a_file_that_is_not_sqlite_is_refused_untouched(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text("my thesis draft, not a database\n" * 50)

    _assert_refused_untouched(path, "not a SQLite database")
    assert not path.with_name(path.name + "-wal").exists()


def test_another_applications_sqlite_database_is_refused_untouched(path: Path) -> None:
    path.parent.mkdir(parents=True)
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("INSERT INTO notes VALUES ('keep me')")
    conn.close()

    _assert_refused_untouched(path, "another application")


def test_a_store_from_a_newer_version_is_refused(path: Path) -> None:
    EmbeddedStore(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()

    _assert_refused_untouched(path, "newer actorgraph")


def test_a_damaged_store_is_reported_not_rebuilt(path: Path) -> None:
    with EmbeddedStore(path) as store:
        for doc in range(30):
            store.upsert_document(info_for(synthetic(doc)), synthetic(doc))
    data = bytearray(path.read_bytes())
    data[100:] = b"\xff" * (len(data) - 100)  # keep the header, ruin every page
    path.write_bytes(bytes(data))

    _assert_refused_untouched(path, "graph.sqlite3")


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreUnavailableError, match="directory"):
        EmbeddedStore(tmp_path)


def test_a_closed_store_says_so(path: Path) -> None:
    store = EmbeddedStore(path)
    store.close()
    store.close()  # closing twice is harmless

    assert store.ping() is False
    with pytest.raises(StoreUnavailableError, match="closed"):
        store.upsert_document(info_for(synthetic(1)), synthetic(1))
    with pytest.raises(StoreUnavailableError, match="closed"):
        store.stats()


# ----------------------------------------------------------------- kill -9


def _run_child_until(
    path: Path, version: int, count: int, kill_after: int, delay: float
) -> set[str]:
    """Ingest in a child process and SIGKILL it `delay` seconds after it confirmed
    `kill_after` documents (varying the delay varies where in a write the kill lands);
    returns the documents the child reported as committed."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, __file__, "ingest", str(path), str(version), str(count)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=env,
    )
    assert child.stdout is not None
    committed: set[str] = set()
    try:
        for line in child.stdout:
            committed.add(line.strip())
            if len(committed) >= kill_after:
                time.sleep(delay)
                os.kill(child.pid, signal.SIGKILL)
                break
        # Lines the child printed before it died were committed too.
        committed.update(line.strip() for line in child.stdout)
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL, "the child finished before it was killed"
    return committed


def _stored_version(extraction: Extraction, info: DocumentInfo, newest: int) -> int:
    for version in range(1, newest + 1):
        if info_for(extraction, version).sha256 == info.sha256:
            return version
    raise AssertionError(f"{extraction.document} has a sha256 no version produced")


@pytest.mark.slow
def test_kill_9_leaves_each_document_old_or_new(path: Path) -> None:
    count, relations = 2000, 40
    for round_ in range(8):
        version = round_ % 3 + 1  # later rounds replace what earlier ones wrote
        committed = _run_child_until(
            path, version, count, kill_after=10 + 7 * round_, delay=round_ * 0.0004
        )

        with EmbeddedStore(path) as store:
            per_doc = statements_per_document(store)
            stored = {d.id: d for d in store.list_documents()}
            assert committed <= set(stored), "a confirmed commit was lost"
            assert set(per_doc) <= set(stored), "statements of a document that is not stored"
            for doc_id, info in stored.items():
                doc = int(doc_id[4:9])
                stored_version = _stored_version(synthetic(doc), info, newest=3)
                expected = len(synthetic(doc, stored_version, relations).relations)
                assert per_doc[doc_id] == expected, f"{doc_id} is half-written"
            assert sum(per_doc.values()) == store.stats().statements


def _child_ingest(path: Path, version: int, count: int) -> None:
    store = EmbeddedStore(path)
    for doc in range(count):
        extraction = synthetic(doc, version, relations=40)
        store.upsert_document(info_for(extraction, version), extraction)
        print(extraction.document, flush=True)


# ------------------------------------------------------------------ threads


def test_concurrent_upserts_lose_nothing_and_duplicate_no_actor(path: Path, tmp_path: Path) -> None:
    threads, per_thread = 8, 25
    errors: list[BaseException] = []
    with EmbeddedStore(path) as store:
        barrier = threading.Barrier(threads)

        def work(offset: int) -> None:
            try:
                barrier.wait()
                for doc in range(offset, threads * per_thread, threads):
                    store.upsert_document(info_for(synthetic(doc)), synthetic(doc))
                    store.search_actors("sarai")  # reads interleave with writes
            except BaseException as exc:  # re-raised below, in the test's thread
                errors.append(exc)

        workers = [threading.Thread(target=work, args=(n,)) for n in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        assert errors == []

        with EmbeddedStore(tmp_path / "sequential.sqlite3") as control:
            for doc in range(threads * per_thread):
                control.upsert_document(info_for(synthetic(doc)), synthetic(doc))
            assert store.stats() == control.stats()
            assert statements_per_document(store) == statements_per_document(control)

        for name, _, _ in POOL:
            exact = [a for a in store.search_actors(name) if a.name == name]
            assert len(exact) == 1, f"{name} stored {len(exact)} times"
        assert store.stats().actors == len(POOL) + threads * per_thread
        assert store.stats().documents == threads * per_thread
        expected = sum(len(synthetic(d).relations) for d in range(threads * per_thread))
        assert store.stats().statements == expected


def test_two_stores_on_one_file_see_each_others_writes(path: Path) -> None:
    # As when the API serves a file that a CLI ingest writes to.
    with EmbeddedStore(path) as api, EmbeddedStore(path) as cli:
        cli.upsert_document(info_for(synthetic(1)), synthetic(1))
        assert api.get_document(synthetic(1).document) is not None
        api.upsert_document(info_for(synthetic(2)), synthetic(2))
        cli.upsert_document(info_for(synthetic(3)), synthetic(3))
        assert snapshot(api) == snapshot(cli)
        names = [a.name for a in api.search_actors("", limit=1000)]
        assert len(names) == len(set(names)), "both wrote the same actors once"


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "ingest":
        _child_ingest(Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
    else:
        sys.exit(f"usage: {sys.argv[0]} ingest PATH VERSION COUNT")
