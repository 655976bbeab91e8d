"""The distribution: a wheel carries every subpackage and data file, and imports alone."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
    )
    (built,) = out.glob("actorgraph-*.whl")
    return built


def test_wheel_holds_packages_and_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "actorgraph/domain.py",
        "actorgraph/cli.py",
        "actorgraph/py.typed",
        "actorgraph/graph/store.py",
        "actorgraph/extract/__init__.py",
        "actorgraph/api/app.py",
        "actorgraph/examples/01-red-sea-shipping.txt",
    ):
        assert required in names, required
    # The product's folders live only under the actorgraph namespace.
    assert not any(n.split("/")[0] in {"graph", "extract", "api", "tests"} for n in names)


def test_wheel_imports_without_the_source_tree(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--quiet",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
    )
    code = (
        "import actorgraph, actorgraph.api.app, actorgraph.graph.embedded, actorgraph.extract;"
        "print(actorgraph.__file__)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip().startswith(str(target))
