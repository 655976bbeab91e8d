"""Write every extraction of a fixed corpus as JSON Lines, to prove a change keeps them.

Usage: python scripts/extraction_snapshot.py OUT.jsonl [--eval-dir DIR]

For a change meant to make extraction cheaper without changing what it reads: write a
snapshot before and after, then `cmp before.jsonl after.jsonl` (the lines are sorted
JSON, so equal files mean equal actors, relations, evidence and pattern ids). The corpus:
the news articles the rules were developed on (01-19, 24-31; the held-out ones are not
read), the example corpus, the benchmark's 200 synthetic documents and, when the eval
folder is there, the seed articles and the texts of CoNLL04 (train and dev) and re3d.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # (benchmarks/ is a folder of the repository, not installed)

from actorgraph.extract import build_pipeline, extract_documents  # noqa: E402
from benchmarks.corpus import documents  # noqa: E402

DEVELOPED_ON = (range(1, 20), range(24, 32))


def convert(eval_dir: Path, kind: str, sources: list[str], out: Path) -> None:
    """The eval's own converter: a corpus as plain texts (OUT/docs/*.txt)."""
    cmd = [sys.executable, str(eval_dir / "convert.py"), kind, *sources, str(out)]
    subprocess.run(cmd, check=True, capture_output=True, text=True)


def _texts(folder: Path, prefix: str) -> list[tuple[str, str]]:
    return [(f"{prefix}/{p.name}", p.read_text(encoding="utf-8"))
            for p in sorted(folder.glob("*.txt"))]


def _number(path: Path) -> int:
    """An article's number, the digits before the first dash: "07-x.txt" is 7, "112-y.txt"
    is 112 (its first two digits, 11, would count a held-out article as developed on)."""
    return int(path.name.split("-", 1)[0])


def corpus(eval_dir: Path, work: Path) -> list[tuple[str, str]]:
    news = [p for p in sorted((ROOT / "tests/fixtures/news").glob("*.txt"))
            if any(_number(p) in numbers for numbers in DEVELOPED_ON)]
    items = [(f"news/{p.name}", p.read_text(encoding="utf-8")) for p in news]
    items += _texts(ROOT / "actorgraph/examples", "examples")
    if eval_dir.is_dir():
        items += _texts(eval_dir / "seed", "seed")
        for split in ("train", "dev"):
            out = work / f"conll04-{split}"
            convert(eval_dir, "conll04", [str(eval_dir / "conll04" / f"conll04_{split}.json")],
                    out)
            items += _texts(out / "docs", out.name)
        folders = sorted(str(p) for p in (eval_dir / "re3d").iterdir() if p.is_dir())
        convert(eval_dir, "re3d", folders, work / "re3d")
        items += _texts(work / "re3d" / "docs", "re3d")
    items += [(f"benchmark/{name}", text) for name, text in documents(200)]
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    args = parser.parse_args()
    nlp = build_pipeline()
    with tempfile.TemporaryDirectory() as tmp:
        items = corpus(args.eval_dir, Path(tmp))
        with args.out.open("w", encoding="utf-8") as handle:
            for extraction in extract_documents(nlp, items):
                handle.write(json.dumps(extraction.to_json(), ensure_ascii=False,
                                        sort_keys=True) + "\n")
    print(f"{len(items)} documents -> {args.out}")


if __name__ == "__main__":
    main()
