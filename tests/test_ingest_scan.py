"""The scan of an ingest (`ingest_paths`): past its first few documents the stored
documents are read once, not once per document, and the skip test and the copy index
give the same answers either way; the check for binary files counts control
characters as defined."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

import actorgraph.ingest as ingest_module
from actorgraph.documents import _control_ratio
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.store import GraphStore
from actorgraph.ingest import ingest_paths

FIRST = (
    "The Northern Front shelled a depot outside Lakeview on Tuesday.\n\n"
    "The Coastal Republic condemned the Northern Front for the shelling of the depot."
)
SECOND = (
    "Delegates of the Valley Alliance met envoys of the Coastal Republic in Ridgeport.\n\n"
    "The Valley Alliance backs the Coastal Republic, its spokesman said after the talks."
)


@pytest.fixture(params=["sqlite", "ladybug"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    graph: GraphStore
    if request.param == "sqlite":
        graph = EmbeddedStore(tmp_path / "g.sqlite3")
    else:
        graph = LadybugStore(tmp_path / "g.ladybug")
    yield graph
    graph.close()


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def count_calls(store: GraphStore, monkeypatch: pytest.MonkeyPatch,
                *names: str) -> Counter[str]:
    """Calls of the store's methods `names` from now on (the methods still answer)."""
    calls: Counter[str] = Counter()
    for name in names:
        method: Callable[..., Any] = getattr(store, name)

        def counted(*args: Any, _name: str = name, _method: Callable[..., Any] = method,
                    **kwargs: Any) -> Any:
            calls[_name] += 1
            return _method(*args, **kwargs)

        monkeypatch.setattr(store, name, counted)
    return calls


@pytest.fixture
def folder(nlp: Language, store: GraphStore, tmp_path: Path) -> Path:
    """Three files ingested into `store`, and a fourth one not yet."""
    folder = tmp_path / "in"
    for n, text in enumerate([FIRST, SECOND, FIRST.replace("Tuesday", "Friday")]):
        write(folder / f"{n}.txt", text)
    first = ingest_paths(store, nlp, [folder], progress=False)
    assert first.errors == [] and len(first.results) == 3
    write(folder / "3.txt", SECOND.replace("Ridgeport", "Eastbay").replace("talks", "visit"))
    return folder


def test_a_long_scan_reads_the_stored_documents_once(
    nlp: Language, store: GraphStore, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest_module, "SCAN_READS", 2)
    calls = count_calls(store, monkeypatch, "get_document", "list_documents")
    again = ingest_paths(store, nlp, [folder], progress=False)
    assert again.skipped == 3
    assert [r.document for r in again.results] == ["3.txt"]
    # Two documents by a read each, then one list for the rest and the copy index.
    assert calls == Counter({"get_document": 2, "list_documents": 1})


def test_a_short_scan_reads_only_its_documents(
    nlp: Language, store: GraphStore, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (folder / "3.txt").unlink()
    calls = count_calls(store, monkeypatch, "get_document", "list_documents")
    again = ingest_paths(store, nlp, [folder], progress=False)
    assert (again.skipped, again.results) == (3, [])
    assert calls == Counter({"get_document": 3})


@pytest.mark.parametrize("scan_reads", [0, ingest_module.SCAN_READS])
def test_a_stored_copy_whose_original_went_is_read_in_its_place(
    nlp: Language, store: GraphStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    scan_reads: int,
) -> None:
    monkeypatch.setattr(ingest_module, "SCAN_READS", scan_reads)
    write(tmp_path / "a" / "first.txt", FIRST)
    ingest_paths(store, nlp, [tmp_path / "a"], progress=False)
    edges = sorted((e.source, e.target, e.type, e.count) for e in store.edges())
    assert edges
    write(tmp_path / "b" / "copy.txt", FIRST + "\n\nAll rights reserved.")
    copied = ingest_paths(store, nlp, [tmp_path / "b"], progress=False)
    assert copied.copies == ["copy.txt"]
    # Unchanged: skipped, whichever comes first in the scan.
    again = ingest_paths(store, nlp, [tmp_path / "b", tmp_path / "a"], progress=False)
    assert (again.skipped, again.results) == (2, [])
    store.delete_document("first.txt")
    read = ingest_paths(store, nlp, [tmp_path / "b"], progress=False)
    assert [r.status for r in read.results] == ["created"] and read.copies == []
    info = store.get_document("copy.txt")
    assert info is not None and info.duplicate_of is None
    assert sorted((e.source, e.target, e.type, e.count) for e in store.edges()) == edges


@pytest.mark.parametrize(
    "text",
    [
        "",
        "plain words\nand lines\r\n\tindented\fpaged",
        "\x00\x01\x02\x03\x04\x05\x06\x07\x08",
        "bell\x07 vertical tab\x0b escape\x1b unit\x1f delete\x7f",
        "no break\u00a0space, é, \u2028 and \x85",
        "a" * 8192 + "\x01" * 100,  # only the first 8192 characters are looked at
        "\x0e" * 10 + "x" * 90,
    ],
)
def test_control_ratio_counts_what_its_definition_counts(text: str) -> None:
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    assert _control_ratio(text) == (controls / len(sample) if sample else 0.0)
