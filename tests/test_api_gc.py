"""The app freezes what start-up made (the collector then leaves it alone while the
app serves) and thaws it at shutdown."""

from __future__ import annotations

import gc
from pathlib import Path

from actorgraph.api.app import SERVING_GC_THRESHOLD
from actorgraph.graph.embedded import EmbeddedStore
from tests.samples import fill
from tests.test_api import make_client


def test_start_up_objects_are_frozen_while_the_app_serves(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "g.sqlite3")
    fill(store)
    gc.unfreeze()
    try:
        with make_client(store, tmp_path=tmp_path) as client:
            assert gc.get_freeze_count() > 1000  # the modules, the app, the store's index
            assert client.get("/actors").status_code == 200
        assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()
        store.close()


def test_a_page_being_built_sets_off_no_young_collection_while_the_app_serves(
    tmp_path: Path,
) -> None:
    store = EmbeddedStore(tmp_path / "g.sqlite3")
    fill(store)
    before = gc.get_threshold()
    young: list[int] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and info["generation"] == 0:
            young.append(1)

    try:
        with make_client(store, tmp_path=tmp_path) as client:
            assert gc.get_threshold() == (SERVING_GC_THRESHOLD, *before[1:])
            assert client.get("/actors").status_code == 200
            gc.callbacks.append(note)
            try:
                # As many containers alive at once as two hub pages being built.
                page = [{"edge": [n], "evidence": [{"n": n}]} for n in range(2_000)]
            finally:
                gc.callbacks.remove(note)
            assert len(page) == 2_000 and young == []
        assert gc.get_threshold() == before  # given back at shutdown
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()
        store.close()
