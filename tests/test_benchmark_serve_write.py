"""The serving-then-writing memory benchmark (benchmarks/serve_write.py) on a small store:
it writes new documents into a copy and leaves the built store as it was."""

from __future__ import annotations

from pathlib import Path

from actorgraph.graph.ladybug_store import LadybugStore
from benchmarks.scale import build
from benchmarks.serve_write import serve_then_write


def test_serve_then_write_writes_new_documents_into_a_copy(tmp_path: Path) -> None:
    store = tmp_path / "graph"
    built = build("ladybug", store, 1_500)
    figures = serve_then_write(store, docs=3)
    assert figures["documents_before"] == built["documents"]
    assert figures["documents_written"] == 3  # new documents, not replacements
    assert len(figures["rss_after_each_write_mb"]) == 3
    assert 0 < figures["reads_peak_mb"] <= figures["peak_mb"]
    assert max(figures["rss_after_each_write_mb"]) <= figures["peak_mb"]
    with LadybugStore(store, read_only=True) as reader:
        assert reader.stats().documents == built["documents"]
