"""Score actorgraph's extraction with ../shared/eval (see its README) and guard the floor.

Usage: python scripts/run_eval.py [--eval-dir DIR] [--sets seed,re3d,re3d-loo,conll04,...]
                                  [--by-pattern] [--keep DIR]

Sets: `seed` (the hand-gold articles), `re3d` (its five source folders as one set),
`re3d-loo` (each re3d folder scored on its own, and their mean: develop with one folder
left out and read that folder as unseen text), `conll04` (CoNLL04 dev), `conll04-train`.
Each set is extracted with the installed pipeline, scored by the eval's own score.py, and
its last line ("F1=… P=… R=… forbidden=…") printed. `--by-pattern` adds, per pattern id
(the `pattern` key of each predicted relation), its true and false positives on each set.
Exits 1 when a score falls below the floor in FLOORS (so quality cannot regress
silently), 0 with a note when the eval folder is absent (a clone without ../shared).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from spacy.language import Language

from actorgraph.documents import find_files, load_file
from actorgraph.extract import build_pipeline, extract_documents

ROOT = Path(__file__).resolve().parents[1]
SETS = ("seed", "re3d", "re3d-loo", "conll04", "conll04-train")


@dataclass(frozen=True)
class Floor:
    f1: float
    forbidden: int = 0
    core_recall: float = 0.0
    inferred_recall: float = 0.0

    def check(self, figures: dict[str, float]) -> bool:
        return (
            figures["F1"] >= self.f1
            and figures["forbidden"] <= self.forbidden
            and figures["R_core"] >= self.core_recall
            and figures["R_inferred"] >= self.inferred_recall
        )

    def __str__(self) -> str:
        parts = [f"F1>={self.f1}", f"forbidden<={self.forbidden}"]
        if self.core_recall:
            parts.append(f"core R>={self.core_recall}")
        if self.inferred_recall:
            parts.append(f"inferred R>={self.inferred_recall}")
        return ", ".join(parts)


# The targets of the extraction issues (the seed's F1 floor sits above its target of
# 0.85); raised as extraction improves, and a drop below them fails CI. `re3d-loo` is
# the mean of the five folders' F1.
FLOORS = {
    "seed": Floor(f1=0.90, core_recall=0.9, inferred_recall=0.6),
    "re3d": Floor(f1=0.32),
    "re3d-loo": Floor(f1=0.32),
    "conll04": Floor(f1=0.63),
    "conll04-train": Floor(f1=0.58),
}


def extract_to(nlp: Language, docs_dir: Path, out: Path) -> None:
    docs = [load_file(path, doc_id=doc_id) for path, doc_id in find_files([docs_dir])]
    with out.open("w", encoding="utf-8") as handle:
        for extraction in extract_documents(nlp, ((d.id, d.text) for d in docs)):
            handle.write(json.dumps(extraction.to_json(), ensure_ascii=False) + "\n")


@dataclass(frozen=True)
class Scored:
    line: str  # score.py's last line: "F1=… P=… R=… forbidden=…"
    figures: dict[str, float]  # F1, forbidden, R_core, R_inferred


@dataclass(frozen=True)
class Part:
    """One scored prediction file with the gold and type map it was scored against."""

    gold: Path
    pred: Path
    typemap: Path | None


@dataclass
class SetResult:
    name: str
    scored: Scored
    parts: list[Part] = field(default_factory=list)
    folds: list[tuple[str, Scored]] = field(default_factory=list)  # re3d-loo: per folder


def score(eval_dir: Path, part: Part) -> Scored:
    figures_path = part.pred.with_suffix(".score.json")
    cmd = [sys.executable, str(eval_dir / "score.py"), "--gold", str(part.gold),
           "--pred", str(part.pred), "--json", str(figures_path)]
    if part.typemap is not None:
        cmd += ["--type-map", str(part.typemap)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"score.py failed ({done.returncode}): {done.stderr.strip()}")
    relations = json.loads(figures_path.read_text(encoding="utf-8"))["summary"]["relations"]
    figures = {key: float(relations[key]) for key in ("F1", "forbidden", "R_core", "R_inferred")}
    return Scored(done.stdout.strip().splitlines()[-1], figures)


def convert(eval_dir: Path, kind: str, sources: list[str], out: Path) -> None:
    cmd = [sys.executable, str(eval_dir / "convert.py"), kind, *sources, str(out)]
    subprocess.run(cmd, check=True, capture_output=True, text=True)


def converted(eval_dir: Path, nlp: Language, work: Path, name: str, kind: str,
              sources: list[str]) -> Part:
    out = work / name
    convert(eval_dir, kind, sources, out)
    pred = work / f"{name}.jsonl"
    extract_to(nlp, out / "docs", pred)
    return Part(out / "gold.jsonl", pred, out / "typemap.json")


def re3d_folders(eval_dir: Path) -> list[Path]:
    return sorted(p for p in (eval_dir / "re3d").iterdir() if p.is_dir())


def run_set(name: str, eval_dir: Path, nlp: Language, work: Path) -> SetResult:
    if name == "seed":
        seed_dir = work / "seed-docs"
        seed_dir.mkdir()
        (seed_dir / "militia-ceasefire-2020.txt").write_bytes(
            (eval_dir / "seed" / "militia-ceasefire-2020.txt").read_bytes()
        )
        pred = work / "seed.jsonl"
        extract_to(nlp, seed_dir, pred)
        part = Part(eval_dir / "seed" / "gold.json", pred, None)
        return SetResult(name, score(eval_dir, part), [part])
    if name == "re3d":
        part = converted(eval_dir, nlp, work, name, "re3d",
                         [str(p) for p in re3d_folders(eval_dir)])
        return SetResult(name, score(eval_dir, part), [part])
    if name == "re3d-loo":
        return _leave_one_out(eval_dir, nlp, work)
    if name in ("conll04", "conll04-train"):
        split = "train" if name.endswith("train") else "dev"
        part = converted(eval_dir, nlp, work, name, "conll04",
                         [str(eval_dir / "conll04" / f"conll04_{split}.json")])
        return SetResult(name, score(eval_dir, part), [part])
    raise SystemExit(f"unknown set {name!r}; choose from {', '.join(SETS)}")


def _leave_one_out(eval_dir: Path, nlp: Language, work: Path) -> SetResult:
    """Each re3d source folder scored on its own; the set's figures are their means."""
    parts: list[Part] = []
    folds: list[tuple[str, Scored]] = []
    for folder in re3d_folders(eval_dir):
        part = converted(eval_dir, nlp, work, f"re3d-{folder.name}", "re3d", [str(folder)])
        parts.append(part)
        folds.append((folder.name, score(eval_dir, part)))
    keys = ("F1", "R_core", "R_inferred")
    mean = {k: sum(s.figures[k] for _, s in folds) / len(folds) for k in keys}
    mean["forbidden"] = sum(s.figures["forbidden"] for _, s in folds)
    line = f"F1={mean['F1']:.3f} (mean of {len(folds)} folders) forbidden={mean['forbidden']:.0f}"
    return SetResult("re3d-loo", Scored(line, mean), parts, folds)


# ------------------------------------------------------------------ per pattern


def _load_scorer(eval_dir: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_score", eval_dir / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {eval_dir / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def pattern_counts(scorer: ModuleType, part: Part) -> dict[str, Counter[str]]:
    """Per pattern id: "tp" and "fp" (by score.py's own matching, each relation once per
    document after the type map; a relation the map drops is counted as "dropped")."""
    golds = [scorer.Gold(o, str(part.gold)) for o in scorer.read_json_objects(str(part.gold))]
    tmap = scorer.TypeMap.load(str(part.typemap) if part.typemap else None)
    preds: dict[str, dict[str, Any]] = {}
    for obj in scorer.read_json_objects(str(part.pred)):
        preds[Path(obj["document"]).name] = obj
    counts: dict[str, Counter[str]] = {}
    for gold in golds:
        pred = preds.get(gold.document, {})
        names = scorer.resolve_actors(pred.get("actors", []), gold, gold.document)
        allowed = gold.relations + gold.acceptable
        seen: set[frozenset[tuple[str, str, str]]] = set()
        for rel in pred.get("relations", []):
            if rel.get("negated"):
                continue
            tally = counts.setdefault(rel.get("pattern") or "(none)", Counter())
            src, tgt = (names.get(str(e)) or gold.resolve(str(e))
                        for e in (rel["source"], rel["target"]))
            types = tmap.gold_types(rel["type"])
            readings = {(src, t, tgt) for t in types}
            readings |= {(tgt, t, src) for t in types
                         if rel["type"] in scorer.SYMMETRIC or t in tmap.symmetric}
            if not readings:
                tally["dropped"] += 1
                continue
            key = frozenset(readings)
            if key in seen:
                continue
            seen.add(key)
            ok = any(scorer.matches(e, t) for e in allowed for t in readings)
            tally["tp" if ok else "fp"] += 1
    return counts


def print_by_pattern(scorer: ModuleType, results: list[SetResult]) -> None:
    table: dict[str, dict[str, Counter[str]]] = {}
    for result in results:
        for part in result.parts:
            for pattern, tally in pattern_counts(scorer, part).items():
                table.setdefault(pattern, {}).setdefault(result.name, Counter()).update(tally)
    names = [r.name for r in results]
    print("by pattern (tp/fp per set; 'dropped' = types the set's map ignores):")
    print(f"  {'pattern':34}" + "".join(f"{n:>16}" for n in names))
    order = sorted(table, key=lambda p: -sum(c["tp"] + c["fp"] for c in table[p].values()))
    for pattern in order:
        cells = []
        for n in names:
            c = table[pattern].get(n, Counter())
            cells.append(f"{c['tp']}/{c['fp']}" if c["tp"] or c["fp"] else "-")
        print(f"  {pattern:34}" + "".join(f"{cell:>16}" for cell in cells))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--sets", default=",".join(SETS), help=f"comma-separated: {','.join(SETS)}")
    parser.add_argument("--by-pattern", action="store_true",
                        help="print true and false positives per pattern id on each set")
    parser.add_argument("--keep", type=Path, help="keep the converted sets and predictions here")
    args = parser.parse_args()
    if not (args.eval_dir / "score.py").exists():
        print(f"eval: {args.eval_dir} not found; skipping the extraction scores")
        return 0
    nlp = build_pipeline()
    failed = False
    results: list[SetResult] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) if args.keep is None else args.keep
        work.mkdir(parents=True, exist_ok=True)
        for name in args.sets.split(","):
            result = run_set(name, args.eval_dir, nlp, work)
            results.append(result)
            floor = FLOORS[name]
            ok = floor.check(result.scored.figures)
            failed |= not ok
            core = result.scored.figures["R_core"]
            inferred = result.scored.figures["R_inferred"]
            print(
                f"eval {name}: {result.scored.line} R_core={core:.3f} R_inferred={inferred:.3f}"
                f"  [floor {floor}: {'ok' if ok else 'BELOW FLOOR'}]"
            )
            for folder, scored in result.folds:
                print(f"  {folder}: {scored.line}")
        if args.by_pattern:
            print_by_pattern(_load_scorer(args.eval_dir), results)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
