"""The ingest benchmark's `--from STORE` (benchmarks/ladybug_ingest.py): each Ladybug
store starts as a copy of a built one, which stays as built; misuse is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from actorgraph.graph.ladybug_store import LadybugStore
from benchmarks.ladybug_ingest import main, prefilled
from benchmarks.scale import build


def test_a_store_from_a_built_one_is_a_copy(tmp_path: Path) -> None:
    built = tmp_path / "built"
    documents = build("ladybug", built, 600)["documents"]
    copy = prefilled("ladybug", tmp_path / "run", 0, built)
    try:
        assert copy.stats().documents == documents
    finally:
        copy.close()
    with LadybugStore(built, read_only=True) as original:
        assert original.stats().documents == documents


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--variants", "sqlite"], "Ladybug variants only"),
        (["--prefill", "1000"], "choose one"),
    ],
)
def test_from_is_refused_with_sqlite_or_prefill(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    build("ladybug", tmp_path / "built", 300)
    with pytest.raises(SystemExit):
        main(["--from", str(tmp_path / "built"), *extra])
    assert message in capsys.readouterr().err


def test_from_a_folder_without_a_store_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["--from", str(tmp_path)])
    assert "no Ladybug store" in capsys.readouterr().err
