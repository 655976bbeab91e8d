"""The README's example outputs are what the commands print today.

scripts/readme_outputs.py runs the command behind every block marked
`<!-- output: NAME -->` and compares; `python scripts/readme_outputs.py --write`
updates the README after a change that alters them.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def readme_outputs() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "readme_outputs", ROOT / "scripts" / "readme_outputs.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_readme_output_blocks_match_the_commands() -> None:
    module = readme_outputs()
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    marked = [m.group("name") for m in module._BLOCK.finditer(text)]
    assert sorted(marked) == sorted(module.OUTPUTS)  # every block is checked, none forgotten
    fresh = module.expected_readme(text)
    # Compared block by block, so a failure names the block that drifted.
    now = {m.group("name"): m.group("body") for m in module._BLOCK.finditer(fresh)}
    for match in module._BLOCK.finditer(text):
        assert match.group("body") == now[match.group("name")], (
            f"README block {match.group('name')!r} differs from what the command prints; "
            "run `python scripts/readme_outputs.py --write`"
        )


def test_a_changed_block_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    module = readme_outputs()
    monkeypatch.setitem(module.OUTPUTS, "demo", lambda work: "what the command prints\n")
    text = "intro\n<!-- output: demo -->\n```\nan old figure\n```\nafter\n"
    assert module.expected_readme(text) == (
        "intro\n<!-- output: demo -->\n```\nwhat the command prints\n```\nafter\n"
    )
    with pytest.raises(ValueError, match="no command makes: nothing"):
        module.expected_readme("<!-- output: nothing -->\n```\nx\n```\n")
