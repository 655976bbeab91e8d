"""The default store and its names: Ladybug unless ACTORGRAPH_STORE says otherwise,
`embedded` as its alias, `sqlite` for the earlier store, and the one-time upgrade of a
data folder that holds only a SQLite store from an earlier version."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from actorgraph.cli import main
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.ladybug_store import DATABASE_FILE, LadybugStore
from actorgraph.graph.migrate import compare_graphs, graph_snapshot
from actorgraph.graph.store import StoreUnavailableError
from actorgraph.settings import Settings
from actorgraph.stores import StoreKind, canonical_store, open_store, store_kind


@pytest.fixture(autouse=True)
def _no_store_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ACTORGRAPH_STORE", raising=False)



def sqlite_graph(path: Path) -> dict[str, Any]:
    with EmbeddedStore(path) as store:
        return graph_snapshot(store)


def test_the_default_store_is_ladybug() -> None:
    assert Settings().store == "ladybug"
    assert store_kind(Settings().store) is StoreKind.LADYBUG


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("ladybug", StoreKind.LADYBUG),
        ("embedded", StoreKind.LADYBUG),
        ("sqlite", StoreKind.SQLITE),
        ("sqlite:/srv/old/graph.sqlite3", StoreKind.SQLITE_FILE),
        ("bolt://127.0.0.1:7687", StoreKind.NEO4J),
        ("neo4j+s://graph.example:7687", StoreKind.NEO4J),
    ],
)
def test_store_names(name: str, kind: StoreKind) -> None:
    assert store_kind(name) is kind


def test_embedded_is_another_name_for_ladybug() -> None:
    assert canonical_store("embedded") == canonical_store("ladybug")
    assert canonical_store("sqlite") != canonical_store("ladybug")


def test_an_unknown_store_lists_the_names_it_takes(tmp_path: Path) -> None:
    with pytest.raises(StoreUnavailableError) as caught:
        open_store(Settings(data_dir=tmp_path, store="postgres"))
    for name in ("'ladybug'", "'embedded'", "'sqlite'", "'sqlite:PATH'", "bolt://"):
        assert name in str(caught.value)


@pytest.mark.parametrize("name", ["ladybug", "embedded"])
def test_both_names_open_ladybug_in_the_data_folder(tmp_path: Path, name: str) -> None:
    with open_store(Settings(data_dir=tmp_path, store=name)) as store:
        assert isinstance(store, LadybugStore)
        assert store.path == tmp_path / "ladybug"
    assert not (tmp_path / "graph.sqlite3").exists()


def test_sqlite_opens_the_earlier_store_and_leaves_it_alone(old_data: Path) -> None:
    with open_store(Settings(data_dir=old_data, store="sqlite")) as store:
        assert isinstance(store, EmbeddedStore)
        assert store.stats().documents == 3
    assert not (old_data / "ladybug").exists()  # no upgrade when SQLite is asked for


def test_an_old_data_folder_is_upgraded_once_with_a_message(
    old_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sqlite = old_data / "graph.sqlite3"
    before = sqlite_graph(sqlite)
    assert main(["stats", "--data-dir", str(old_data)]) == 0
    out, err = capsys.readouterr()
    assert "upgrading the SQLite store" in err and str(sqlite) in err
    assert "the SQLite file is kept" in err
    assert "upgraded: 3 documents" in err and "compared equal" in err
    assert json.loads(out)["documents"] == 3
    assert (old_data / "ladybug" / DATABASE_FILE).is_file()
    assert not (old_data / "ladybug.upgrading").exists()
    assert sqlite_graph(sqlite) == before  # kept, with all it held
    with EmbeddedStore(sqlite) as old, LadybugStore(old_data / "ladybug") as new:
        assert compare_graphs(old, new) == []

    # Once: the next command finds the Ladybug store and says nothing about SQLite.
    assert main(["stats", "--data-dir", str(old_data)]) == 0
    out, err = capsys.readouterr()
    assert "upgrad" not in err
    assert json.loads(out)["documents"] == 3


def test_the_upgraded_graph_answers_cypher(
    old_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    query = "MATCH (a:Actor)-[r]->(b:Actor) RETURN count(r) AS edges"
    assert main(["query", query, "--json", "--data-dir", str(old_data)]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    with EmbeddedStore(old_data / "graph.sqlite3") as old:
        assert rows == [[old.stats().edges]]


def test_a_damaged_sqlite_store_is_not_upgraded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    damaged = data / "graph.sqlite3"
    damaged.write_bytes(b"not a database at all" * 20)
    assert main(["stats", "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "is not a SQLite database" in err and "not upgraded" in err
    assert not (data / "ladybug").exists()
    assert damaged.read_bytes() == b"not a database at all" * 20
