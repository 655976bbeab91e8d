"""Readers for the PETRARCH dictionary syntax of the Phoenix/CAMEO actor and agent files.

Used only at build time by scripts/compile_dictionaries.py; the product reads the
compiled JSON in extract/data/.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

_CODE = re.compile(r"\[([~A-Z0-9-]*)\s*([<>]?\d{6,8}(?:-\d{6,8})?)?\s*\]")
_NAME_END = re.compile(r"\s*(\[|#|$)")


@dataclass(slots=True)
class RawEntry:
    """One headword of an actor file with its synonyms and dated codes, in file order."""

    name: str
    synonyms: list[str] = field(default_factory=list)
    codes: list[tuple[str, str]] = field(default_factory=list)  # (code, date range or "")
    line: int = 0
    comment: str = ""


def _strip_comment(line: str) -> tuple[str, str]:
    if "#" not in line:
        return line, ""
    body, _, comment = line.partition("#")
    return body, comment.strip()


def _codes(text: str) -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2) or "") for m in _CODE.finditer(text)]


def read_actor_file(path: Path) -> Iterator[RawEntry]:
    """Headwords ("NAME_ [CODE]"), their "+SYNONYM" lines and indented "[CODE range]" lines."""
    current: RawEntry | None = None
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    for number, raw in enumerate(lines, 1):
        body, comment = _strip_comment(raw)
        if not body.strip():
            continue
        stripped = body.strip()
        if stripped.startswith("+"):
            if current is not None:
                name, _, rest = stripped[1:].partition("[")
                current.synonyms.append(name.strip())
                if rest:
                    current.codes.extend(_codes("[" + rest))
            continue
        if body[0] in " \t" or stripped.startswith("["):
            if current is not None:
                current.codes.extend(_codes(stripped))
            continue
        if current is not None:
            yield current
        name = stripped.split("[", 1)[0].strip()
        current = RawEntry(name=name, codes=_codes(stripped), line=number, comment=comment)
    if current is not None:
        yield current


@dataclass(frozen=True, slots=True)
class RawAgent:
    phrase: str  # "BORDER_PATROL_POLICE"
    code: str  # "~COP"
    plural: str | None  # the "{PLURAL}" given, "" for "{}" (no plural), None if not given


_MACRO = re.compile(r"!([A-Z]+)!")


def read_agent_file(path: Path) -> Iterator[RawAgent]:
    """Agent phrases with their role codes; "!PERSON!" macros are expanded."""
    macros: dict[str, list[str]] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body, _ = _strip_comment(raw)
        body = body.strip()
        if not body:
            continue
        if body.startswith("!") and "=" in body:
            left, _, right = body.partition("=")
            macros[left.strip().strip("!")] = [w.strip() for w in right.split(",") if w.strip()]
            continue
        match = re.match(r"^([^\[{]+?)\s*(\{[^}]*\})?\s*\[([^\]]+)\]", body)
        if match is None:
            continue
        phrase, plural, code = match.group(1).strip(), match.group(2), match.group(3).strip()
        plural_text = plural[1:-1].strip() if plural is not None else None
        for expanded in _expand(phrase, macros):
            yield RawAgent(expanded, code, plural_text)


def _expand(phrase: str, macros: dict[str, list[str]]) -> list[str]:
    found = _MACRO.search(phrase)
    if found is None:
        return [phrase]
    out: list[str] = []
    for word in macros.get(found.group(1), [found.group(1)]):
        out.extend(_expand(phrase[: found.start()] + word + phrase[found.end():], macros))
    return out
