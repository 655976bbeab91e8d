"""Score actorgraph's extraction with ../shared/eval (see its README) and guard the floor.

Usage: python scripts/run_eval.py [--eval-dir DIR] [--sets seed,re3d,conll04]

Each set is extracted with the installed pipeline, scored by the eval's own
score.py, and its last line ("F1=… P=… R=… forbidden=…") printed. Exits 1 when a
score falls below the floor in FLOORS (so quality cannot regress silently), 0 with a
note when the eval folder is absent (a clone without ../shared).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from actorgraph.documents import find_files, load_file
from actorgraph.extract import build_pipeline, extract_documents

ROOT = Path(__file__).resolve().parents[1]


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


# The targets of the extraction issue (the seed's F1 floor sits above its target of
# 0.85); raised as extraction improves, and a drop below them fails CI.
FLOORS = {
    "seed": Floor(f1=0.90, core_recall=0.9, inferred_recall=0.6),
    "re3d": Floor(f1=0.30),
    "conll04": Floor(f1=0.55),
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


def score(eval_dir: Path, gold: Path, pred: Path, typemap: Path | None) -> Scored:
    figures_path = pred.with_suffix(".score.json")
    cmd = [sys.executable, str(eval_dir / "score.py"), "--gold", str(gold), "--pred", str(pred),
           "--json", str(figures_path)]
    if typemap is not None:
        cmd += ["--type-map", str(typemap)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"score.py failed ({done.returncode}): {done.stderr.strip()}")
    relations = json.loads(figures_path.read_text(encoding="utf-8"))["summary"]["relations"]
    figures = {key: float(relations[key]) for key in ("F1", "forbidden", "R_core", "R_inferred")}
    return Scored(done.stdout.strip().splitlines()[-1], figures)


def convert(eval_dir: Path, kind: str, sources: list[str], out: Path) -> None:
    cmd = [sys.executable, str(eval_dir / "convert.py"), kind, *sources, str(out)]
    subprocess.run(cmd, check=True, capture_output=True, text=True)


def run_set(name: str, eval_dir: Path, nlp: Language, work: Path) -> Scored:
    pred = work / f"{name}.jsonl"
    if name == "seed":
        seed_dir = work / "seed-docs"
        seed_dir.mkdir()
        (seed_dir / "militia-ceasefire-2020.txt").write_bytes(
            (eval_dir / "seed" / "militia-ceasefire-2020.txt").read_bytes()
        )
        extract_to(nlp, seed_dir, pred)
        return score(eval_dir, eval_dir / "seed" / "gold.json", pred, None)
    out = work / name
    if name == "re3d":
        convert(eval_dir, "re3d", sorted(str(p) for p in (eval_dir / "re3d").glob("*/")), out)
    else:
        convert(eval_dir, "conll04", [str(eval_dir / "conll04" / "conll04_dev.json")], out)
    extract_to(nlp, out / "docs", pred)
    return score(eval_dir, out / "gold.jsonl", pred, out / "typemap.json")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument(
        "--sets", default="seed,re3d,conll04", help="comma-separated: seed,re3d,conll04"
    )
    args = parser.parse_args()
    if not (args.eval_dir / "score.py").exists():
        print(f"eval: {args.eval_dir} not found; skipping the extraction scores")
        return 0
    nlp = build_pipeline()
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.sets.split(","):
            scored = run_set(name, args.eval_dir, nlp, Path(tmp))
            floor = FLOORS[name]
            ok = floor.check(scored.figures)
            failed |= not ok
            core = scored.figures["R_core"]
            inferred = scored.figures["R_inferred"]
            print(
                f"eval {name}: {scored.line} R_core={core:.3f} R_inferred={inferred:.3f}"
                f"  [floor {floor}: {'ok' if ok else 'BELOW FLOOR'}]"
            )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
