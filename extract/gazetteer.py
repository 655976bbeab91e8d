"""The curated actor gazetteer: entity-ruler patterns and name look-ups."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from actorgraph.domain import ActorType, name_key

DEFAULT_PATH = Path(__file__).parent / "data" / "gazetteer.json"
Pattern = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    type: ActorType
    part_of: str | None = None


@dataclass(slots=True)
class Gazetteer:
    entries: dict[str, Entry] = field(default_factory=dict)  # canonical name -> entry
    aliases: dict[str, list[str]] = field(default_factory=dict)  # canonical -> aliases
    alias_index: dict[str, str] = field(default_factory=dict)  # name_key -> canonical
    demonyms: dict[str, str] = field(default_factory=dict)  # "iraqi" -> "Iraq"
    state_adj: dict[str, str] = field(default_factory=dict)  # "Iraq" -> "Iraqi"
    surnames: dict[str, str] = field(default_factory=dict)  # "khazali" -> "Qais al-Khazali"
    capitals: dict[str, str] = field(default_factory=dict)  # "baghdad" -> "Iraq"

    def lookup(self, name: str) -> Entry | None:
        canonical = self.alias_index.get(name_key(name))
        return self.entries[canonical] if canonical else None

    def state_of_demonym(self, word: str) -> str | None:
        return self.demonyms.get(word.casefold())

    def _add(self, name: str, type_: ActorType, aliases: Iterable[str], part_of: Any) -> None:
        self.entries[name] = Entry(name, type_, part_of if isinstance(part_of, str) else None)
        names = [name, *aliases]
        self.aliases[name] = list(dict.fromkeys(names))
        for alias in names:
            self.alias_index.setdefault(name_key(alias), name)

    def patterns(self, normalise: Callable[[str], str]) -> tuple[list[Pattern], list[Pattern]]:
        """Phrase patterns for spaCy's entity ruler (label = actor type, id = canonical).

        Returns (exact, caseless): one-word aliases match exactly ("US" must not match
        the pronoun "us"), longer ones ignore case ("Quds force", "Asaib Ahl Al-Haq").
        Phrase patterns run on spaCy's PhraseMatcher, much faster than token patterns.
        """
        exact: list[Pattern] = []
        caseless: list[Pattern] = []
        for name, aliases in self.aliases.items():
            label = self.entries[name].type.value
            for alias in aliases:
                text = normalise(alias.removeprefix("the ").removeprefix("The "))
                if not text.strip():
                    continue
                target = caseless if " " in text or "-" in text else exact
                target.append({"label": label, "pattern": text, "id": name})
        return exact, caseless


def load_gazetteer(path: Path = DEFAULT_PATH) -> Gazetteer:
    """Read the gazetteer JSON; raises ValueError naming the file on a bad entry."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"cannot read gazetteer {path}: {exc}") from exc
    gaz = Gazetteer()
    try:
        for state in data.get("states", []):
            name = state["name"]
            aliases = [*state["aliases"], *state.get("plural", [])]
            if state.get("capital"):
                aliases.append(state["capital"])
                gaz.capitals[name_key(state["capital"])] = name
            gaz._add(name, ActorType.STATE, aliases, None)
            gaz.state_adj[name] = state.get("adj", name)
            for word in [*state.get("demonyms", []), state.get("adj", "")]:
                if word:
                    gaz.demonyms[word.casefold()] = name
        for actor in data.get("actors", []):
            gaz._add(
                actor["name"], ActorType(actor["type"]), actor.get("aliases", []),
                actor.get("part_of"),
            )
        gaz.surnames = _surnames(gaz)
    except (KeyError, ValueError, TypeError) as exc:
        raise ValueError(f"bad entry in gazetteer {path}: {exc!r}") from exc
    return gaz


def _surnames(gaz: Gazetteer) -> dict[str, str]:
    """Known people by last name ("Khazali", "al-Khazali"); ambiguous ones are left out."""
    seen: dict[str, set[str]] = {}
    for name, entry in gaz.entries.items():
        if entry.type is not ActorType.PERSON:
            continue
        for alias in gaz.aliases[name]:
            words = alias.split()
            if len(words) < 2:
                continue
            last = words[-1]
            forms = {last, last[3:]} if last.lower().startswith("al-") else {last}
            for form in forms:
                seen.setdefault(name_key(form), set()).add(name)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1 and k}
