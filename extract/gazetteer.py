"""The actor gazetteer: entity-ruler patterns and name look-ups.

Two sources: the curated gazetteer (gazetteer.json) and the Phoenix/CAMEO dictionaries
compiled by scripts/compile_dictionaries.py (phoenix.json, MIT licence, notice inside).
The curated one wins wherever both know a name; it takes the CAMEO code of the
dictionary entry it shares a name with.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from actorgraph.domain import ActorType
from actorgraph.domain import name_key as _name_key

# tens of thousands of dictionary names, many looked up twice while merging
name_key = lru_cache(maxsize=None)(_name_key)

DEFAULT_PATH = Path(__file__).parent / "data" / "gazetteer.json"
PHOENIX_PATH = Path(__file__).parent / "data" / "phoenix.json"
Pattern = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    type: ActorType
    part_of: str | None = None
    cameo_code: str | None = None  # CAMEO actor code: "IRQ", "COLREB", "IGOUNO"
    curated: bool = True  # False: compiled from the Phoenix dictionaries


@dataclass(slots=True)
class Gazetteer:
    entries: dict[str, Entry] = field(default_factory=dict)  # canonical name -> entry
    aliases: dict[str, list[str]] = field(default_factory=dict)  # canonical -> aliases
    alias_index: dict[str, str] = field(default_factory=dict)  # name_key -> canonical
    demonyms: dict[str, str] = field(default_factory=dict)  # "iraqi" -> "Iraq"
    state_adj: dict[str, str] = field(default_factory=dict)  # "Iraq" -> "Iraqi"
    surnames: dict[str, str] = field(default_factory=dict)  # "khazali" -> "Qais al-Khazali"
    capitals: dict[str, str] = field(default_factory=dict)  # "baghdad" -> "Iraq"
    peoples: set[str] = field(default_factory=set)  # "palestinians": a state's people
    # "kabul" -> "Taliban": who "the de facto authorities in" a place are
    de_facto: dict[str, str] = field(default_factory=dict)
    given_names: frozenset[str] = frozenset()  # "jorge", "ruth": first words of people's names
    code_states: dict[str, str] = field(default_factory=dict)  # "IRQ" -> "Iraq" (made on use)

    def lookup(self, name: str) -> Entry | None:
        canonical = self.alias_index.get(name_key(name))
        return self.entries[canonical] if canonical else None

    def state_of_demonym(self, word: str) -> str | None:
        return self.demonyms.get(word.casefold())

    def state_named(self, word: str) -> str | None:
        """The state a name or demonym names ("Ghana", "Ghanaian"), else None."""
        name = self.state_of_demonym(word)
        if name is None and (entry := self.lookup(word)) is not None and (
                entry.type is ActorType.STATE):
            name = entry.name
        return name

    def cameo_code(self, name: str, type_: ActorType | None = None) -> str | None:
        """The code of an actor by canonical name, or by any name the gazetteer knows for
        an actor of that type ("Sarajevo" the city is not the state it names)."""
        entry = self.entries.get(name) or self.lookup(name)
        if entry is None or (type_ is not None and entry.type is not type_):
            return None
        return entry.cameo_code

    def state_of_code(self, code: str | None) -> str | None:
        """The state whose country code opens a CAMEO actor code ("KENGOV": Kenya)."""
        if not code or len(code) < 3:
            return None
        if not self.code_states:
            for name, entry in self.entries.items():
                if entry.type is ActorType.STATE and entry.cameo_code:
                    self.code_states.setdefault(entry.cameo_code, name)
        return self.code_states.get(code[:3])

    def _add(self, name: str, type_: ActorType, aliases: Iterable[str], part_of: Any,
             code: str | None = None, curated: bool = True) -> None:
        self.entries[name] = Entry(
            name, type_, part_of if isinstance(part_of, str) else None, code, curated
        )
        names = [name, *aliases]
        if not curated:  # a dictionary name never takes a name already known
            names = [n for n in names if name_key(n) not in self.alias_index]
        self.aliases[name] = list(dict.fromkeys(names))
        for alias in names:
            self.alias_index.setdefault(name_key(alias), name)

    def _known(self, names: Iterable[str]) -> str | None:
        return next((c for n in names if (c := self.alias_index.get(name_key(n)))), None)

    def _set_code(self, name: str, code: str) -> None:
        entry = self.entries[name]
        if entry.cameo_code is None:
            self.entries[name] = Entry(entry.name, entry.type, entry.part_of, code, entry.curated)

    def patterns(self, normalise: Callable[[str], str]) -> tuple[list[Pattern], list[Pattern]]:
        """Phrase patterns for spaCy's entity ruler (label = actor type, id = canonical).

        Returns (exact, caseless): one-word aliases match exactly ("US" must not match
        the pronoun "us"), longer ones ignore case ("Quds force", "Asaib Ahl Al-Haq").
        Phrase patterns run on spaCy's PhraseMatcher, much faster than token patterns.
        """
        exact: list[Pattern] = []
        caseless: list[Pattern] = []
        for name, aliases in self.aliases.items():
            entry = self.entries[name]
            label = entry.type.value
            for alias in aliases:
                text = normalise(alias.removeprefix("the ").removeprefix("The "))
                if not text.strip():
                    continue
                if not entry.curated:
                    continue  # see dictionary_patterns
                target = caseless if " " in text or "-" in text else exact
                target.append({"label": label, "pattern": text, "id": name})
        return exact, caseless

    def dictionary_patterns(self, normalise: Callable[[str], str]) -> list[tuple[str, str, str]]:
        """(text, label, canonical name) of the compiled dictionaries' names. They match
        as names are written (capitalised), so "islamic group" or "armed forces" in
        running text stays generic."""
        out: list[tuple[str, str, str]] = []
        for name, aliases in self.aliases.items():
            entry = self.entries[name]
            if entry.curated:
                continue
            for alias in aliases:
                text = normalise(alias.removeprefix("the ").removeprefix("The "))
                for form in dict.fromkeys((text, _capitalised(text))):
                    if form.strip():
                        out.append((form, entry.type.value, name))
        return out


def _capitalised(text: str) -> str:
    """"Aden Abyan al-Islami of the South" -> "Aden Abyan Al-Islami Of The South"."""
    return " ".join("-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in text.split())


def _read(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"cannot read gazetteer {path}: {exc}") from exc


def load_gazetteer(path: Path = DEFAULT_PATH, phoenix: Path | None = PHOENIX_PATH) -> Gazetteer:
    """Read the curated gazetteer, then the compiled dictionaries (`phoenix`, None for
    none); raises ValueError naming the file on a bad entry."""
    data = _read(path)
    gaz = Gazetteer()
    try:
        for state in data.get("states", []):
            name = state["name"]
            aliases = [*state["aliases"], *state.get("plural", [])]
            gaz.peoples.update(p.casefold() for p in state.get("plural", []))
            # ("capital_spellings": the capital as wire copy has also written it, "Kiev")
            for city in [state.get("capital"), *state.get("capital_spellings", [])]:
                if city:
                    aliases.append(city)
                    gaz.capitals[name_key(city)] = name
            gaz._add(name, ActorType.STATE, aliases, None, state.get("code"))
            gaz.state_adj[name] = state.get("adj", name)
            for word in [*state.get("demonyms", []), state.get("adj", "")]:
                if word:
                    gaz.demonyms[word.casefold()] = name
        for actor in data.get("actors", []):
            gaz._add(
                actor["name"], ActorType(actor["type"]), actor.get("aliases", []),
                actor.get("part_of"), actor.get("code"),
            )
            for place in actor.get("de_facto_in", []):
                gaz.de_facto[name_key(place)] = actor["name"]
        # (only curated people: thousands of dictionary surnames would claim every
        # lone capitalised word)
        gaz.surnames = _surnames(gaz)
    except (KeyError, ValueError, TypeError) as exc:
        raise ValueError(f"bad entry in gazetteer {path}: {exc!r}") from exc
    if phoenix is not None:
        try:
            _merge_dictionaries(gaz, _read(phoenix))
        except (KeyError, ValueError, TypeError) as exc:
            raise ValueError(f"bad entry in gazetteer {phoenix}: {exc!r}") from exc
    _add_capitals(gaz, data.get("capitals", {}))
    return gaz


def _add_capitals(gaz: Gazetteer, capitals: dict[str, str]) -> None:
    """Capitals of the dictionaries' states that their data leaves out ("Astana",
    "Naypyidaw"): the state's name where it speaks ("Astana urged ..."), the city where
    it is a place. A state the loaded dictionaries do not hold gets none."""
    for city, state in capitals.items():
        if state in gaz.entries and name_key(city) not in gaz.alias_index:
            gaz.aliases[state].append(city)
            gaz.alias_index[name_key(city)] = state
            gaz.capitals[name_key(city)] = state


def _merge_dictionaries(gaz: Gazetteer, data: dict[str, Any]) -> None:
    """Add the compiled Phoenix states, groups and persons the curated list lacks; give
    curated entries the code of the dictionary entry that shares their name."""
    for state in data.get("states", []):
        name, code = state["name"], state["code"]
        demonyms = list(state.get("demonyms", []))
        known = gaz._known([name, *state.get("aliases", [])])
        if known is not None:
            if gaz.entries[known].type is ActorType.STATE:
                gaz._set_code(known, code)
                for word in demonyms:
                    gaz.demonyms.setdefault(word.casefold(), known)
            continue
        # "Colombians", "Yemenis": the people, standing for the state (as curated)
        plurals = [f"{d}s" for d in demonyms if d.endswith(("n", "i"))]
        gaz.peoples.update(p.casefold() for p in plurals)
        capital = [state["capital"]] if state.get("capital") else []
        gaz._add(name, ActorType.STATE, [*state.get("aliases", []), *plurals, *capital], None,
                 code, curated=False)
        for city in capital:
            gaz.capitals[name_key(city)] = name  # "Juba said": the state, "in Juba": the city
        gaz.state_adj[name] = state.get("adj") or name
        for word in demonyms:
            gaz.demonyms.setdefault(word.casefold(), name)
    _promote_longer_states(gaz)
    for actor in data.get("actors", []):
        _merge_actor(gaz, actor["name"], ActorType(actor["type"]), actor)
    for person in data.get("persons", []):
        _merge_actor(gaz, person["name"], ActorType.PERSON, person)
    gaz.given_names = _given_names(gaz, data.get("persons", []))


def _promote_longer_states(gaz: Gazetteer) -> None:
    """A dictionary state whose name holds a curated state's name ("South Sudan",
    "Papua New Guinea", "Equatorial Guinea") matches beside the curated names, so the
    longest name wins: the dictionaries' names otherwise give way to any curated name
    they overlap, and "South Sudan" was read as "South" and Sudan."""
    curated = {name_key(alias) for name, entry in gaz.entries.items()
               if entry.curated and entry.type is ActorType.STATE
               for alias in gaz.aliases[name]}
    for name, entry in list(gaz.entries.items()):
        if entry.curated or entry.type is not ActorType.STATE:
            continue
        if any(_holds_name(name_key(alias), curated) for alias in gaz.aliases[name]):
            gaz.entries[name] = Entry(entry.name, entry.type, entry.part_of, entry.cameo_code,
                                      curated=True)


def _holds_name(key: str, names: set[str]) -> bool:
    """Whether a run of two or more of the key's words holds one of `names` as a
    shorter run of whole words."""
    parts = key.split()
    return len(parts) > 1 and any(
        " ".join(parts[i:j]) in names
        for i in range(len(parts)) for j in range(i + 1, len(parts) + 1) if j - i < len(parts))


# Words that open a person's entry without being a given name: titles and ranks.
_NOT_GIVEN = frozenset({"sir", "president", "general", "king", "queen", "prince", "sheikh",
                        "emir", "minister", "secretary", "dr", "mr", "mrs", "ms", "lord"})


def _given_names(gaz: Gazetteer, persons: list[dict[str, Any]]) -> frozenset[str]:
    """First words shared by two or more of the dictionaries' people ("Jorge", "Ahmed"),
    less any word that is also a known place's or group's name or opens many groups'
    names ("United", which the dictionaries' people borrow from "United Nations")."""
    counts = Counter(
        words[0].casefold() for person in persons
        if len(words := person["name"].split()) >= 2
        and words[0].istitle() and words[0].replace("-", "").isalpha()
    )
    group_openers = Counter(
        alias.split()[0].casefold() for name, entry in gaz.entries.items()
        if entry.type is not ActorType.PERSON for alias in gaz.aliases[name] if " " in alias
    )
    return frozenset(
        w for w, n in counts.items()
        if n >= 2 and len(w) >= 3 and w not in _NOT_GIVEN and w not in gaz.demonyms
        and name_key(w) not in gaz.alias_index and group_openers.get(w, 0) < 5)


def _merge_actor(gaz: Gazetteer, name: str, type_: ActorType, actor: dict[str, Any]) -> None:
    aliases = actor.get("aliases", [])
    known = gaz._known([name])
    if known is not None:
        # the code only where the canonical names agree: the dictionary reuses some
        # names for other groups ("Ansar Allah" there is a Lebanese group)
        if gaz.entries[known].type is type_ and name_key(known) in {
                name_key(n) for n in (name, *aliases)}:
            gaz._set_code(known, actor["code"])
        return
    gaz._add(name, type_, aliases, None, actor["code"], curated=False)


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
