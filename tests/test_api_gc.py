"""The app freezes what start-up made (the collector then leaves it alone while the
app serves) and thaws it at shutdown."""

from __future__ import annotations

import gc
from pathlib import Path

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
