"""The blind names set (tests/fixtures/names/names.jsonl, scripts/name_yardstick.py): its
rows are well formed, and the extraction keeps reading the names of the half rules may be
developed on at least as well as it does now (the held half is reported, not floored)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from spacy.language import Language

from actorgraph.domain import ActorType

YARDSTICK = Path(__file__).resolve().parents[1] / "scripts" / "name_yardstick.py"


@pytest.fixture(scope="module")
def yardstick() -> ModuleType:
    spec = importlib.util.spec_from_file_location("name_yardstick", YARDSTICK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclass looks its module up by name)
    spec.loader.exec_module(module)
    return module


def test_every_row_names_substrings_of_its_sentence(yardstick: ModuleType) -> None:
    rows = yardstick.rows("all")
    assert [r["id"] for r in rows] == list(range(1, 401))
    kinds = {t.value for t in ActorType}
    for row in rows:
        for gold in row["actors"]:
            assert gold["type"] in kinds, row["id"]
            for form in (gold["name"], gold.get("alias")):
                assert form is None or form in row["text"], (row["id"], form)
        for trap in row.get("not_names", []):
            assert trap in row["text"], (row["id"], trap)


def test_the_dev_half_keeps_its_names(yardstick: ModuleType, nlp: Language) -> None:
    """Floors at what the extraction reads now (791 of 880 exact, 680 typed right, 23 of
    438 traps read as actors)."""
    result = yardstick.score(nlp, "dev")
    assert sum(result.names.values()) == 880
    assert sum(result.exact.values()) >= 791, result.line()
    assert sum(result.typed.values()) >= 680, result.line()
    assert result.traps_read <= 23, result.misses
