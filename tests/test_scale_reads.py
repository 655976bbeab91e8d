"""The read figures of benchmarks/scale.py measure the API's page (connections paged in
the store, evidence capped) on both embedded stores."""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import pytest

from benchmarks import scale
from benchmarks.corpus import hub_actor_ids


@pytest.mark.parametrize("kind", ["sqlite", "ladybug"])
def test_first_page_figures_come_from_the_capped_page(tmp_path: Path, kind: str) -> None:
    path = tmp_path / ("store.sqlite3" if kind == "sqlite" else "ladybug")
    built = scale.build(kind, path, 600)
    assert built["statements"] >= 600

    with scale.open_kind(kind, path) as store:
        figures = scale.first_page_latency(store)
        hubs = [a for a in scale.lookup_actor_ids(store) if a in hub_actor_ids()]
        assert hubs, "the corpus makes hubs at every size"
        for actor_id in hubs:
            page = store.connection_page(
                actor_id, limit=scale.FIRST_PAGE, evidence_limit=scale.EVIDENCE_LIMIT
            )
            assert all(len(c.edge.statements) <= scale.EVIDENCE_LIMIT for c in page.items)
            assert page.total >= len(page.items) > 0
    for key in (
        "first_page_best_ms",
        "first_page_p50_ms",
        "first_page_p99_ms",
        "hub_first_page_best_ms",
        "hub_first_page_p50_ms",
        "hub_first_page_p99_ms",
        "first_page_cpu_p50_ms",
        "first_page_cpu_p99_ms",
        "hub_first_page_cpu_p99_ms",
        "hub_evidence_page_p99_ms",
        "request_cpu_p50_ms",
        "request_cpu_p99_ms",
        "hub_request_cpu_p50_ms",
        "hub_request_cpu_p99_ms",
        "route_cpu_p50_ms",
        "route_cpu_p99_ms",
        "hub_route_cpu_p50_ms",
        "hub_route_cpu_p99_ms",
    ):
        assert math.isfinite(figures[key]) and figures[key] > 0, key
    assert (
        figures["first_page_best_ms"]
        <= figures["first_page_p50_ms"]
        <= figures["first_page_p99_ms"]
    )
    assert figures["hub_first_page_best_ms"] <= figures["hub_first_page_p99_ms"]
    assert figures["request_cpu_p50_ms"] <= figures["request_cpu_p99_ms"]
    assert figures["route_cpu_p50_ms"] <= figures["route_cpu_p99_ms"]
    assert len(figures["load_average_1m"]) == 2
    # The writer's document cache over the route's requests (a SQLite store keeps none):
    # the fixed actors' second and later rounds cite what the first read.
    hit_rate = figures["route_document_cache_hit_rate"]
    if kind == "ladybug":
        assert 0.5 < hit_rate <= 1.0
    else:
        assert hit_rate is None
    # The served pages kept (api/page_cache.py): filled with every actor's first page
    # (this store's pages are far from the budget), so the timed rounds find them all;
    # the SQLite store is written by no one the app knows of, and keeps none.
    if kind == "ladybug":
        assert figures["page_cache_hit_rate"] == 1.0
        assert figures["page_cache_pages"] > len(hubs)
        assert 0 < figures["page_cache_mb"] < 32
        assert 0 < figures["cached_route_cpu_p50_ms"] <= figures["cached_route_cpu_p99_ms"]
    else:
        assert figures["page_cache_hit_rate"] is None and figures["page_cache_pages"] == 0


def test_pages_measure_two_codes_in_turns_on_one_store(tmp_path: Path) -> None:
    """`pages --before TREE` runs each code in fresh interpreters, in turns, and the
    child given the tree imports `actorgraph` from it (here a copy of this one)."""
    path = tmp_path / "ladybug"
    scale.build("ladybug", path, 600)
    here = Path(scale.__file__).resolve().parent.parent
    tree = tmp_path / "tree"
    shutil.copytree(here / "actorgraph", tree / "actorgraph")

    result = scale.pages("ladybug", path, tree, rounds=2)

    runs = result["rounds"]
    assert [len(runs["after"]), len(runs["before"])] == [2, 2]
    assert {r["code"] for r in runs["before"]} == {str(tree.resolve())}
    assert {r["code"] for r in runs["after"]} == {str(here)}
    for name in ("after", "before"):
        assert result["medians"][name]["hub_first_page_p99_ms"] > 0
    assert set(result["ratios_after_to_before"]) == set(scale.PAGE_FIGURES)
    assert "| first_page_cpu_p99_ms |" in scale.pages_markdown(result)
