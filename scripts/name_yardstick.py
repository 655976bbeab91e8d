"""Where actor names start and end, and their types, on sentences nobody developed on.

Usage: python scripts/name_yardstick.py [--half dev|held|all] [--list]

tests/fixtures/names/names.jsonl holds 400 news sentences from 101 countries, written for
the project by someone who never saw the extractor, each with every named actor's exact
span as an analyst would enter it, its type and its alias if the sentence gives one, and
the words a careless reader could take for a name ("not_names"). Each sentence is read as
a document of its own. A name is read exactly when an output actor holds it (name or
alias, case aside), typed right when that actor also has its type; a trap is read when an
actor holds it. The odd ids are the half rules may be developed on (`--list` prints its
misses); the even ids are held out: read their totals only."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from actorgraph.extract import build_pipeline, extract_document

ROOT = Path(__file__).resolve().parents[1]
NAMES = ROOT / "tests" / "fixtures" / "names" / "names.jsonl"


@dataclass
class Score:
    names: Counter[str] = field(default_factory=Counter)  # by gold type
    exact: Counter[str] = field(default_factory=Counter)
    typed: Counter[str] = field(default_factory=Counter)
    traps: int = 0
    traps_read: int = 0
    misses: list[str] = field(default_factory=list)

    def line(self, kind: str | None = None) -> str:
        def pick(counts: Counter[str]) -> int:
            return counts[kind] if kind else sum(counts.values())

        total = pick(self.names)
        share = f"{pick(self.exact) / total:.0%}" if total else "-"
        return (f"exact {pick(self.exact)}/{total} ({share}), typed right "
                f"{pick(self.typed)}")


def rows(half: str) -> list[dict[str, Any]]:
    """The set's rows of one half: dev (odd ids), held (even ids) or all."""
    out = [json.loads(line) for line in NAMES.read_text(encoding="utf-8").splitlines()
           if line.strip()]
    if half == "all":
        return out
    return [r for r in out if (r["id"] % 2 == 1) == (half == "dev")]


def score(nlp: Language, half: str) -> Score:
    result = Score()
    for row in rows(half):
        ex = extract_document(nlp, row["text"], f"names-{row['id']}")
        held: dict[str, set[str]] = {}
        for actor in ex.actors:
            for name in (actor.name, *actor.aliases):
                held.setdefault(name.lower(), set()).add(actor.type.value)
        for gold in row["actors"]:
            kind = gold["type"]
            result.names[kind] += 1
            types = [held[f.lower()] for f in (gold["name"], gold.get("alias")) if f
                     and f.lower() in held]
            if not types:
                result.misses.append(f"{row['id']} NAME {gold['name']} [{kind}]")
                continue
            result.exact[kind] += 1
            if any(kind in t for t in types):
                result.typed[kind] += 1
            else:
                got = sorted(set().union(*types))
                result.misses.append(f"{row['id']} TYPE {gold['name']} [{kind}] read {got}")
        for trap in row.get("not_names", []):
            result.traps += 1
            if trap.lower() in held:
                result.traps_read += 1
                result.misses.append(f"{row['id']} TRAP {trap}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("dev", "held", "all"), default="dev")
    parser.add_argument("--list", action="store_true",
                        help="print the misses (the dev half only)")
    args = parser.parse_args()
    if args.list and args.half != "dev":
        parser.error("--list prints the dev half only: the held half is read by totals")
    result = score(build_pipeline(), args.half)
    if args.list:
        print("\n".join(result.misses))
    print(f"names ({args.half} half): {result.line()}; traps read as actors "
          f"{result.traps_read}/{result.traps}")
    for kind in sorted(result.names):
        print(f"  {kind:16} {result.line(kind)}")


if __name__ == "__main__":
    main()
