"""`actorgraph export -o OUT` writes only OUT: no planted link is followed, no FIFO,
device or directory is replaced, and every refusal is a clear message (issue 18, case 8)."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from actorgraph.cli import main
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.export import export_graph
from tests.samples import fill


@pytest.fixture
def data_dir(tmp_path: Path) -> str:
    folder = tmp_path / "data"
    folder.mkdir()
    store = EmbeddedStore(folder / "graph.sqlite3")
    fill(store)
    store.close()
    return str(folder)


def test_a_symlink_planted_at_the_old_temporary_name_is_not_followed(
    data_dir: str, tmp_path: Path
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    out = tmp_path / "graph.json"
    (tmp_path / "graph.json.tmp").symlink_to(victim)
    assert main(["export", "--format", "json", "-o", str(out), "--data-dir", data_dir]) == 0
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert out.read_text(encoding="utf-8").startswith("{")
    assert not out.is_symlink()
    leftovers = {p.name for p in tmp_path.iterdir()} - {"victim.txt", "graph.json", "data"}
    assert leftovers == {"graph.json.tmp"}  # the planted link, untouched


def test_the_written_file_is_not_private(data_dir: str, tmp_path: Path) -> None:
    out = tmp_path / "graph.graphml"
    assert main(["export", "--format", "graphml", "-o", str(out), "--data-dir", data_dir]) == 0
    mask = os.umask(0o022)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask


def test_a_fifo_at_the_output_is_refused_and_left_alone(
    data_dir: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    assert main(["export", "-o", str(fifo), "--data-dir", data_dir]) == 1
    err = capsys.readouterr().err
    assert "not a regular file" in err and "Traceback" not in err
    assert fifo.is_fifo()


def test_a_socket_at_the_output_is_refused_and_left_alone(
    data_dir: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "graph.json"
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(path))
        assert main(["export", "-o", str(path), "--data-dir", data_dir]) == 1
        assert "not a regular file" in capsys.readouterr().err
        assert path.is_socket()


def test_a_device_is_refused() -> None:
    # Only looked at, never written: a device at the output is refused before writing.
    from actorgraph.graph.export import ExportTargetError, check_target

    with pytest.raises(ExportTargetError, match="not a regular file"):
        check_target(Path(os.devnull))
    assert Path(os.devnull).is_char_device()


def test_a_directory_is_refused_for_json_with_a_clear_message(
    data_dir: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    assert main(["export", "--format", "json", "-o", str(folder), "--data-dir", data_dir]) == 1
    err = capsys.readouterr().err
    assert "is a directory" in err and "Traceback" not in err
    assert list(folder.iterdir()) == []


def test_csv_into_a_directory_still_writes_both_files(data_dir: str, tmp_path: Path) -> None:
    folder = tmp_path / "csv"
    folder.mkdir()
    assert main(["export", "--format", "csv", "-o", str(folder), "--data-dir", data_dir]) == 0
    assert sorted(p.name for p in folder.iterdir()) == ["edges.csv", "nodes.csv"]


def test_the_library_raises_export_target_error(data_dir: str, tmp_path: Path) -> None:
    from actorgraph.graph.export import ExportTargetError

    fifo = tmp_path / "pipe.graphml"
    os.mkfifo(fifo)
    store = EmbeddedStore(Path(data_dir) / "graph.sqlite3")
    try:
        with pytest.raises(ExportTargetError, match="not a regular file"):
            export_graph(store, "graphml", fifo)
    finally:
        store.close()
