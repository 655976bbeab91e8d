"""The README's example outputs, produced by running the commands they show.

Each output block in README.md is marked by a comment line `<!-- output: NAME -->`
right before its fence; this script runs the command behind NAME (in a fresh
temporary folder, on the bundled example corpus) and writes what it prints into
the block. `python scripts/readme_outputs.py` reports blocks that differ (exit 1);
`--write` rewrites them. tests/test_readme.py runs the check, so the README cannot
drift from what the commands print.
"""

from __future__ import annotations

import argparse
import difflib
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
EXAMPLE = "actorgraph/examples/08-asaib-warning.txt"
# Lists in the extract block are cut to this many entries, evidence to this many characters.
SHOWN = 3
EVIDENCE_CHARS = 100

_BLOCK = re.compile(r"(<!-- output: (?P<name>[\w-]+) -->\n```[^\n]*\n)(?P<body>.*?)(```)", re.S)


def actorgraph(*args: str, cwd: Path) -> str:
    """What `actorgraph ARGS` prints on standard output (it must succeed)."""
    done = subprocess.run(
        [sys.executable, "-m", "actorgraph.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "HOME": str(cwd), "ACTORGRAPH_ACCESS_LOG": "false"},
    )
    if done.returncode != 0:
        raise RuntimeError(f"actorgraph {' '.join(args)} failed:\n{done.stderr}")
    return done.stdout


def demo_output(work: Path) -> str:
    from actorgraph.cli import serve_banner

    printed = actorgraph("demo", "--no-serve", "--data-dir", "data", cwd=work)
    return printed + serve_banner("127.0.0.1", 8000) + "\n"


def _shorten(line: str) -> str:
    head, _, evidence = line.partition("] ")
    if not evidence or len(evidence) <= EVIDENCE_CHARS:
        return line
    return f"{head}] {evidence[:EVIDENCE_CHARS].rsplit(' ', 1)[0].rstrip(',;:')} …"


def extract_output(work: Path) -> str:
    """`actorgraph extract` of one story, its actor and relation lists cut short."""
    lines = actorgraph("extract", str(ROOT / EXAMPLE), cwd=work).splitlines()
    shown: list[str] = []
    section: list[str] = []

    def flush() -> None:
        items = [i for i, line in enumerate(section) if not line.startswith("      ")]
        cut = items[SHOWN] if len(items) > SHOWN else len(section)
        shown.extend(_shorten(line) for line in section[:cut])
        if cut < len(section):
            shown.append("  …")
        section.clear()

    for line in lines:
        if line.startswith("  "):
            section.append(line)
        else:
            flush()
            shown.append(line)
    flush()
    return "\n".join(shown) + "\n"


def events_output(work: Path) -> str:
    """The event table's summary line and its first rows."""
    actorgraph("ingest", str(ROOT / "actorgraph" / "examples"), "--data-dir", "data",
               "--no-progress", cwd=work)  # fmt: skip
    printed = actorgraph(
        "export", "--format", "events-csv", "-o", "events.csv", "--data-dir", "data", cwd=work
    )
    rows = (work / "events.csv").read_text(encoding="utf-8").splitlines()[:3]
    return printed + "$ head -3 events.csv\n" + "\n".join(rows) + "\n"


OUTPUTS: dict[str, Callable[[Path], str]] = {
    "demo": demo_output,
    "extract": extract_output,
    "export-events": events_output,
}


def expected_readme(text: str) -> str:
    """README text with every marked block replaced by what its command prints now."""
    names = [m.group("name") for m in _BLOCK.finditer(text)]
    unknown = sorted(set(names) - set(OUTPUTS))
    if unknown:
        raise ValueError(f"README.md marks outputs no command makes: {', '.join(unknown)}")
    produced: dict[str, str] = {}
    for name in dict.fromkeys(names):
        with tempfile.TemporaryDirectory(prefix="readme-") as folder:
            produced[name] = OUTPUTS[name](Path(folder))
    return _BLOCK.sub(lambda m: m.group(1) + produced[m.group("name")] + m.group(4), text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--write", action="store_true", help="rewrite README.md's blocks")
    args = parser.parse_args(argv)
    text = README.read_text(encoding="utf-8")
    fresh = expected_readme(text)
    if fresh == text:
        print("README.md: every output block matches")
        return 0
    if args.write:
        README.write_text(fresh, encoding="utf-8")
        print("README.md: output blocks rewritten")
        return 0
    sys.stdout.writelines(
        difflib.unified_diff(
            text.splitlines(keepends=True), fresh.splitlines(keepends=True), "README.md", "now"
        )
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
