"""The ingest benchmark's `--from STORE` (benchmarks/ladybug_ingest.py): each Ladybug
store starts as a copy of a built one, which stays as built; misuse is refused. The
documents it ingests are new to a prefilled or copied store unless `--replace` asks for
replacements of stored ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from actorgraph.graph.ladybug_store import LadybugStore
from benchmarks.corpus import synthetic_extractions
from benchmarks.ladybug_ingest import benchmark_documents, main, prefilled
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


def test_the_documents_ingested_are_new_to_a_prefilled_store() -> None:
    stored = {doc.id for doc in synthetic_extractions(40)}
    assert not stored & {doc_id for doc_id, _ in benchmark_documents(40)}


def test_replace_ingests_under_the_stored_ids_with_other_texts() -> None:
    stored = {doc.id: doc.text for doc in synthetic_extractions(40)}
    replacing = dict(benchmark_documents(40, replace=True))
    assert set(replacing) == set(stored)
    assert all(replacing[doc_id] != text for doc_id, text in stored.items())


def test_replace_without_stored_documents_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--replace", "--variants", "ladybug"])
    assert "needs stored documents" in capsys.readouterr().err
