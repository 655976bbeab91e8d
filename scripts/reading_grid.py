"""How many of the ontology's relations the extraction reads in news phrasing: a grid.

Usage: python scripts/reading_grid.py [--verbose] [--type LEADS]

tests/fixtures/readings/grid.jsonl holds, for every relation type, sentences written for
this project in the ways news tells that relation (active, passive, a noun, a relative
clause, an apposition, a possessive, reported speech), one case a line:

- `id`, `relation` (the type the case is about), `form` (the phrasing, free text);
- `text` and `expect`: the sentence and the triples `[source, type, target]` it must
  give (actor names as the extraction names them);
- `must_not`: `{"text", "forbid"}`, a variant (negated, denied, conditional, another
  end) and the triples it must not give ("*" matches any name);
- `read`: whether the extraction is held to reading the case; when false, `reason`
  says why it is not read yet.

The must-not of every case is always held, read or not. Prints the coverage per relation
type (cases read / cases), the cases not read, and any case marked unread that now is.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from actorgraph.domain import Extraction, RelationType
from actorgraph.extract import build_pipeline, extract_document

ROOT = Path(__file__).resolve().parents[1]
GRID = ROOT / "tests" / "fixtures" / "readings" / "grid.jsonl"
Triple = tuple[str, str, str]
KEYS = frozenset({"id", "relation", "form", "text", "expect", "must_not", "read", "reason"})


class GridError(ValueError):
    """A grid line that cannot be read; the message names the line."""


@dataclass(frozen=True)
class Case:
    id: str
    relation: RelationType
    form: str
    text: str
    expect: tuple[Triple, ...]
    must_not_text: str
    forbid: tuple[Triple, ...]
    read: bool
    reason: str


@dataclass(frozen=True)
class Outcome:
    case: Case
    missing: tuple[Triple, ...]  # expected triples the text did not give
    fired: tuple[Triple, ...]  # forbidden triples the must-not text gave
    found: frozenset[Triple]  # everything the text gave

    @property
    def is_read(self) -> bool:
        return not self.missing


def _triples(raw: Any, where: str) -> tuple[Triple, ...]:
    if not isinstance(raw, list) or not raw:
        raise GridError(f"{where}: a list of [source, type, target] triples is needed")
    out = []
    for t in raw:
        if not (isinstance(t, list) and len(t) == 3 and all(isinstance(x, str) for x in t)):
            raise GridError(f"{where}: {t!r} is not a [source, type, target] triple")
        if t[1] != "*" and t[1] not in RelationType.__members__:
            raise GridError(f"{where}: unknown relation type {t[1]!r}")
        out.append((t[0], t[1], t[2]))
    return tuple(out)


def parse_case(raw: dict[str, Any], where: str) -> Case:
    unknown = set(raw) - KEYS
    if unknown:
        raise GridError(f"{where}: unknown keys {sorted(unknown)}")
    try:
        read = raw["read"]
        if not isinstance(read, bool):
            raise GridError(f"{where}: read must be true or false")
        reason = str(raw.get("reason", ""))
        if not read and not reason:
            raise GridError(f"{where}: a case not read needs a reason")
        return Case(
            id=str(raw["id"]),
            relation=RelationType(raw["relation"]),
            form=str(raw["form"]),
            text=str(raw["text"]),
            expect=_triples(raw["expect"], f"{where} expect"),
            must_not_text=str(raw["must_not"]["text"]),
            forbid=_triples(raw["must_not"]["forbid"], f"{where} must_not"),
            read=read,
            reason=reason,
        )
    except KeyError as e:
        raise GridError(f"{where}: missing key {e}") from e


def load_grid(path: Path = GRID) -> list[Case]:
    cases: list[Case] = []
    seen: set[str] = set()
    for lineno, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path.name} line {lineno}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as e:
            raise GridError(f"{where}: {e.msg}") from e
        case = parse_case(raw, where)
        if case.id in seen:
            raise GridError(f"{where}: the id {case.id!r} is used twice")
        seen.add(case.id)
        cases.append(case)
    return cases


def asserted(ex: Extraction) -> frozenset[Triple]:
    names = {a.id: a.name for a in ex.actors}
    return frozenset((names[r.source], r.type.value, names[r.target])
                     for r in ex.relations if not r.negated)


def _matches(pattern: Triple, triple: Triple) -> bool:
    return all(p in ("*", v) for p, v in zip(pattern, triple, strict=True))


def run_case(nlp: Language, case: Case) -> Outcome:
    found = asserted(extract_document(nlp, case.text, f"{case.id}.txt"))
    missing = tuple(t for t in case.expect if t not in found)
    after = asserted(extract_document(nlp, case.must_not_text, f"{case.id}-not.txt"))
    fired = tuple(t for t in after if any(_matches(p, t) for p in case.forbid))
    return Outcome(case, missing, fired, found)


def coverage(outcomes: list[Outcome]) -> dict[str, tuple[int, int]]:
    """Per relation type, (cases read, cases), in the ontology's order."""
    cases = Counter(o.case.relation.value for o in outcomes)
    read = Counter(o.case.relation.value for o in outcomes if o.is_read)
    return {t.value: (read[t.value], cases[t.value]) for t in RelationType if cases[t.value]}


def report(outcomes: list[Outcome], *, verbose: bool = False) -> str:
    lines = ["relation type        read / cases"]
    for rel, (read, total) in coverage(outcomes).items():
        lines.append(f"{rel:<20} {read:>4} / {total}")
    read = sum(o.is_read for o in outcomes)
    lines.append(f"{'all':<20} {read:>4} / {len(outcomes)} ({read / len(outcomes):.0%})")
    unread = [o for o in outcomes if not o.is_read]
    if unread:
        lines.append("\nnot read:")
        for o in unread:
            why = f" [{o.case.reason}]" if o.case.reason else " [MARKED READ]"
            lines.append(f"  {o.case.id}: missing {list(o.missing)}{why}")
            if verbose:
                lines.append(f"      text: {o.case.text}\n      gave: {sorted(o.found)}")
    newly = [o for o in outcomes if o.is_read and not o.case.read]
    if newly:
        lines.append("\nread now, still marked unread: " + ", ".join(o.case.id for o in newly))
    fired = [o for o in outcomes if o.fired]
    if fired:
        lines.append("\nmust-not fired:")
        lines += [f"  {o.case.id}: {list(o.fired)}" for o in fired]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", action="store_true", help="show what unread cases gave")
    parser.add_argument("--type", help="only the cases of this relation type")
    parser.add_argument("--grid", type=Path, default=GRID)
    args = parser.parse_args(argv)
    cases = [c for c in load_grid(args.grid) if args.type in (None, c.relation.value)]
    if not cases:
        print("no case to run", file=sys.stderr)
        return 1
    nlp = build_pipeline()
    outcomes = [run_case(nlp, c) for c in cases]
    print(report(outcomes, verbose=args.verbose))
    held = [o for o in outcomes if o.fired or (o.case.read and not o.is_read)]
    return 1 if held else 0


if __name__ == "__main__":
    sys.exit(main())
