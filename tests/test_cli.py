"""The command line through its entry function, as a user would call it."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from actorgraph.cli import example_corpus, main
from actorgraph.cli_help import COMMANDS

STORY = (
    "GAROWE, Somalia (May 5, 2024) \u2014 Al-Shabaab fighters attacked an army base near "
    "Garowe on Sunday, officials said. Ahmed Diriye, leader of al-Shabaab, praised the attack."
)


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def test_extract_jsonl_follows_the_eval_contract(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(story), "--jsonl"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["document"] == "story.txt"
    ids = {a["id"] for a in record["actors"]}
    assert {"id", "name", "type", "aliases"} <= set(record["actors"][0])
    for rel in record["relations"]:
        assert rel["source"] in ids and rel["target"] in ids
        for ev in rel["evidence"]:
            assert STORY[ev["start"] : ev["end"]] == ev["text"]


def test_extract_reports_bad_files_and_goes_on(
    story: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert main(["extract", str(empty), str(story), "--jsonl"]) == 1
    captured = capsys.readouterr()
    assert "empty.txt: the document is empty" in captured.err
    assert len(captured.out.strip().splitlines()) == 1


def test_ingest_is_idempotent_and_view_writes_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    corpus = str(example_corpus())
    assert main(["ingest", corpus, "--data-dir", str(data), "--no-progress"]) == 0
    first = capsys.readouterr().out
    assert "created" in first
    assert main(["stats", "--data-dir", str(data)]) == 0
    stats_before = json.loads(capsys.readouterr().out)
    assert stats_before["documents"] == len(list(example_corpus().glob("*.txt")))
    assert stats_before["edges"] > 10

    assert main(["ingest", corpus, "--data-dir", str(data), "--no-progress"]) == 0
    assert "0 created" in capsys.readouterr().out
    assert main(["stats", "--data-dir", str(data)]) == 0
    assert json.loads(capsys.readouterr().out) == stats_before

    out = tmp_path / "page.html"
    assert main(["view", "--data-dir", str(data), "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "Houthis" in html and "vis-network" in html.lower()


def test_view_of_unknown_actor_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["view", "Nobody At All", "--data-dir", str(tmp_path)]) == 1
    assert "no actor matches 'Nobody At All'" in capsys.readouterr().err


def test_ingest_of_missing_path_fails_clearly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ingest", str(tmp_path / "nope"), "--data-dir", str(tmp_path)]) == 1
    assert "no such file or folder" in capsys.readouterr().err


def test_demo_without_serving_builds_graph_and_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--no-serve", "--data-dir", str(tmp_path)]) == 0
    assert (tmp_path / "explorer.html").stat().st_size > 10_000
    assert (tmp_path / "graph.sqlite3").exists()


def test_invalid_setting_names_the_variable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ACTORGRAPH_PORT", "not-a-port")
    assert main(["stats", "--data-dir", str(tmp_path)]) == 2
    assert "ACTORGRAPH_PORT" in capsys.readouterr().err


def test_view_filters_relation_types_and_rejects_reversed_dates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    assert main(["ingest", str(example_corpus()), "--data-dir", data, "--no-progress"]) == 0
    out = tmp_path / "attacks.html"
    args = ["view", "Houthis", "--type", "TARGETS", "--data-dir", data, "-o", str(out)]
    assert main(args) == 0
    assert "TARGETS" in out.read_text(encoding="utf-8")
    assert "SPOKESPERSON_FOR" not in out.read_text(encoding="utf-8")
    capsys.readouterr()
    bad = ["view", "--date-from", "2024-02-01", "--date-to", "2023-01-01", "--data-dir", data]
    assert main(bad) == 2
    assert "is after" in capsys.readouterr().err


def test_export_then_import_gives_the_same_graph(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = str(tmp_path / "first"), str(tmp_path / "second")
    assert main(["ingest", str(example_corpus()), "--data-dir", first, "--no-progress"]) == 0
    dump = tmp_path / "graph.json"
    assert main(["export", "--format", "json", "-o", str(dump), "--data-dir", first]) == 0
    assert main(["import", str(dump), "--data-dir", second]) == 0
    capsys.readouterr()
    stats = []
    for data in (first, second):
        assert main(["stats", "--data-dir", data]) == 0
        stats.append(json.loads(capsys.readouterr().out))
    assert stats[0] == stats[1]
    graphml = tmp_path / "graph.graphml"
    assert main(["export", "--format", "graphml", "-o", str(graphml), "--data-dir", first]) == 0
    assert graphml.read_text(encoding="utf-8").startswith("<?xml")


def test_import_of_a_bad_file_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    assert main(["import", str(bad), "--data-dir", str(tmp_path / "d")]) == 2
    assert "bad.json" in capsys.readouterr().err


def test_import_into_a_new_ladybug_store_is_a_bulk_load(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = str(tmp_path / "first"), tmp_path / "second"
    assert main(["ingest", str(example_corpus()), "--data-dir", first, "--no-progress"]) == 0
    dump = tmp_path / "graph.json"
    assert main(["export", "--format", "json", "-o", str(dump), "--data-dir", first]) == 0
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "actorgraph-graph", "version": 1, "nodes": [{}]}')
    capsys.readouterr()
    monkeypatch.setenv("ACTORGRAPH_STORE", "ladybug")
    # Bad data: a clear error and no graph made.
    assert main(["import", str(bad), "--data-dir", str(second)]) == 2
    assert "bad.json" in capsys.readouterr().err
    assert not (second / "ladybug" / "graph.lbug").exists()
    assert main(["import", str(dump), "--data-dir", str(second)]) == 0
    assert "created" in capsys.readouterr().out
    assert main(["stats", "--data-dir", str(second)]) == 0
    imported = json.loads(capsys.readouterr().out)
    monkeypatch.delenv("ACTORGRAPH_STORE")
    assert main(["stats", "--data-dir", first]) == 0
    assert json.loads(capsys.readouterr().out) == imported


# ------------------------------------------------------------------ help texts


def help_of(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as exit_info:
        main([*args, "--help"])
    assert exit_info.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_subcommand_has_help_and_an_example(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text = help_of([command], capsys)
    flat = " ".join(text.split())
    assert " ".join(COMMANDS[command].description.split()) in flat
    assert "examples:" in text
    examples = text.split("examples:", 1)[1]
    assert f"actorgraph {command}" in examples


def test_top_level_help_lists_every_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    text = help_of([], capsys)
    for command, entry in COMMANDS.items():
        assert command in text
        assert " ".join(entry.summary.split())[:30] in " ".join(text.split())


def test_extract_help_lists_no_store_options(capsys: pytest.CaptureFixture[str]) -> None:
    text = help_of(["extract"], capsys)
    for option in ("--store", "--data-dir", "--neo4j-user", "--neo4j-password"):
        assert option not in text
    assert "--name" in text
    assert "--store" in help_of(["ingest"], capsys)
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", "--store", "ladybug", "x.txt"])
    assert exit_info.value.code == 2


# --------------------------------------------------------------- standard input


def pipe_in(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_extract_reads_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pipe_in(monkeypatch, STORY.encode("utf-8"))
    assert main(["extract", "-", "--jsonl", "--name", "garowe.txt"]) == 0
    (line,) = capsys.readouterr().out.strip().splitlines()
    record = json.loads(line)
    assert record["document"] == "garowe.txt"
    assert record["relations"]
    for rel in record["relations"]:
        for ev in rel["evidence"]:
            assert STORY[ev["start"] : ev["end"]] == ev["text"]


def test_extract_reads_html_from_standard_input_by_its_name(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pipe_in(monkeypatch, f"<html><body><p>{STORY}</p></body></html>".encode())
    assert main(["extract", "-", "--name", "page.html"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# page.html")
    assert "<p>" not in out


def test_ingest_reads_standard_input_once_and_idempotently(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    pipe_in(monkeypatch, STORY.encode("utf-8"))
    assert main(["ingest", "-", "--data-dir", data, "--no-progress"]) == 0
    assert "1 created" in capsys.readouterr().out
    pipe_in(monkeypatch, STORY.encode("utf-8"))
    assert main(["ingest", "-", "--data-dir", data, "--no-progress"]) == 0
    assert "0 created, 0 replaced, 1 unchanged" in capsys.readouterr().out
    assert main(["stats", "--data-dir", data]) == 0
    assert json.loads(capsys.readouterr().out)["documents"] == 1


def test_bad_standard_input_is_refused_before_the_store_is_touched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    pipe_in(monkeypatch, b"   \n")
    assert main(["ingest", "-", "--data-dir", str(data), "--no-progress"]) == 1
    assert "stdin.txt: the document is empty" in capsys.readouterr().err
    assert not data.exists()
    assert main(["ingest", "-", "-", "--data-dir", str(data)]) == 2
    assert "only once" in capsys.readouterr().err


def test_ingest_with_skipped_files_stores_the_rest_and_exits_1(
    tmp_path: Path, story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(STORY, encoding="utf-8")
    (folder / "blank.txt").write_text("", encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\x00\x00\x00binary")
    data = str(tmp_path / "data")
    assert main(["ingest", str(folder), "--data-dir", data, "--no-progress"]) == 1
    captured = capsys.readouterr()
    assert "blank.txt: the document is empty" in captured.err
    assert "image.txt" in captured.err
    assert "1 created, 0 replaced, 0 unchanged, 2 failed" in captured.out
    assert main(["stats", "--data-dir", data]) == 0
    assert json.loads(capsys.readouterr().out)["documents"] == 1
    assert "1 when some were skipped" in " ".join(help_of(["ingest"], capsys).split())


# ---------------------------------------------------------------------- export


def test_export_csv_to_a_csv_name_is_refused_clearly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    target = tmp_path / "g.csv"
    assert main(["export", "--format", "csv", "-o", str(target), "--data-dir", str(data)]) == 1
    assert "name a .zip file" in capsys.readouterr().err
    assert not target.exists()
    assert not data.exists()  # refused before the store was opened


def test_export_event_tables_from_the_cli(
    tmp_path: Path, story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    assert main(["ingest", str(story), "--data-dir", data, "--no-progress"]) == 0
    events = tmp_path / "events.csv"
    assert main(["export", "--format", "events-csv", "-o", str(events), "--data-dir", data]) == 0
    assert "(events-csv)" in capsys.readouterr().out
    rows = list(csv.DictReader(io.StringIO(events.read_text(encoding="utf-8"), newline="")))
    assert rows and {r["document"] for r in rows} == {"story.txt"}
    parquet = tmp_path / "events.parquet"
    args = ["export", "--format", "events-parquet", "-o", str(parquet), "--data-dir", data]
    assert main(args) == 0
    import pyarrow.parquet as pq

    assert pq.read_table(parquet).num_rows == len(rows)
