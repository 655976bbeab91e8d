"""How the extraction does on news as an analyst reads it: key facts found, relations right.

Usage: python scripts/news_yardstick.py [--verbose]

Two yardsticks, both in sentences written for this project:
- the articles in tests/fixtures/news/*.txt, with the key facts of each (written down before
  the extractor was run) and the hand verdicts on its output in facts.json;
- the one-sentence rows of tests/test_extract_news.py, verdicts in rows-verdicts.json.

A fact is found when an asserted relation has its type and both ends, an end matching an
actor's name or one of its aliases (case aside; a state by its name only, as its aliases
hold its capital, or as its government: "Government of Colombia", "Colombian
government"; a name with its owner, "India's Ministry of Home Affairs", also without),
either way round for a symmetric type (ALLIED_WITH, MEETS_WITH, ...). An output relation is
right when it is a key fact or judged right by hand, wrong when judged wrong; any other is
"unjudged" and listed, so a new output gets a verdict before the figures are read. Prints
one line per text with --verbose, and the totals: the articles the rules were developed on
apart from the held-out ones ("held_out" in facts.json), written with their facts after the
rules, to measure text the rules were not shaped on."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path

from spacy.language import Language

from actorgraph.domain import SYMMETRIC_RELATIONS, Actor, ActorType, Extraction
from actorgraph.extract import build_pipeline, extract_document
from actorgraph.extract.gazetteer import load_gazetteer

ROOT = Path(__file__).resolve().parents[1]
NEWS_DIR = ROOT / "tests" / "fixtures" / "news"
Triple = tuple[str, str, str]


@dataclass
class Tally:
    facts: int = 0
    found: int = 0
    right: int = 0
    wrong: int = 0
    unjudged: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.facts += other.facts
        self.found += other.found
        self.right += other.right
        self.wrong += other.wrong
        self.unjudged += other.unjudged

    def line(self) -> str:
        judged = self.right + self.wrong
        share = f"{self.right / judged:.0%}" if judged else "-"
        found = f"{self.found / self.facts:.0%}" if self.facts else "-"
        return (f"facts found {self.found}/{self.facts} ({found}); relations right "
                f"{self.right}/{judged} ({share}); unjudged {len(self.unjudged)}")


def asserted(ex: Extraction) -> list[tuple[Triple, set[str], set[str]]]:
    """Each asserted relation as (name triple, source names, target names), the names
    as facts are compared with them (`compared`)."""
    actors = {a.id: a for a in ex.actors}
    return [
        ((actors[r.source].name, r.type.value, actors[r.target].name),
         actor_names(actors[r.source]), actor_names(actors[r.target]))
        for r in ex.relations if not r.negated
    ]


def actor_names(actor: Actor) -> set[str]:
    """The names a fact's end may give the actor by, as compared (`compared`)."""
    if actor.type is ActorType.STATE:
        # Its aliases hold its capital, a place of its own. "Government of Iraq" is the
        # state, as the seed gold (../shared/eval/seed) names it among Iraq's aliases, and
        # so is "the Iraqi government".
        name = actor.name.lower()
        forms = {name, f"government of {name}", *(f"{d} government" for d in demonyms(name))}
        return {compared(n) for n in forms}
    names = {n.lower() for n in (actor.name, *actor.aliases)}
    # "India's Ministry of Home Affairs" is the "Ministry of Home Affairs" of the fact
    return {compared(n) for n in names | {n.split("'s ", 1)[1] for n in names if "'s " in n}}


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, list[str]]:
    states: dict[str, list[str]] = {}
    for word, state in load_gazetteer().demonyms.items():
        states.setdefault(state.lower(), []).append(word)
    return states


def demonyms(state: str) -> list[str]:
    """The words for a state's people, lowered ("colombian" for "colombia")."""
    return _demonyms().get(state, [])


SYMMETRIC = {t.value for t in SYMMETRIC_RELATIONS}


def compared(name: str) -> str:
    """A name as facts and actors are compared: lowered, without "the" ("Democratic
    Republic of Congo" is the "Democratic Republic of the Congo")."""
    return " ".join(word for word in name.lower().split() if word != "the")


def matches(triple: list[str], rel: tuple[Triple, set[str], set[str]]) -> bool:
    """True when `rel` states `triple`; a symmetric type (ontology.md) in either direction,
    as ../shared/eval/score.py reads it."""
    source, type_, target = compared(triple[0]), triple[1], compared(triple[2])
    if rel[0][1] != type_:
        return False
    sources, targets = rel[1], rel[2]  # compared already (`actor_names`)
    if source in sources and target in targets:
        return True
    return type_ in SYMMETRIC and target in sources and source in targets


def judge(ex: Extraction, facts: list[list[str]], right: list[list[str]],
          wrong: list[list[str]], label: str) -> Tally:
    rels = asserted(ex)
    tally = Tally(facts=len(facts))
    tally.found = sum(any(matches(f, r) for r in rels) for f in facts)
    for rel in rels:
        if any(matches(t, rel) for t in [*facts, *right]):
            tally.right += 1
        elif any(matches(t, rel) for t in wrong):
            tally.wrong += 1
        else:
            tally.unjudged.append(f"{label}: {list(rel[0])}")
    return tally


def articles(nlp: Language, verbose: bool, held_out: bool | None = None) -> Tally:
    """The articles' tally; `held_out` True or False keeps only the articles written after
    the rules (marked "held_out" in facts.json) or only the others, None keeps all."""
    table = json.loads((NEWS_DIR / "facts.json").read_text(encoding="utf-8"))
    total = Tally()
    for name, entry in sorted(table.items()):
        if held_out is not None and bool(entry.get("held_out")) is not held_out:
            continue
        ex = extract_document(nlp, (NEWS_DIR / name).read_text(encoding="utf-8"), name)
        tally = judge(ex, entry["facts"], entry.get("right", []), entry.get("wrong", []), name)
        if verbose:
            print(f"  {name}: {tally.line()}")
        total.add(tally)
    return total


def rows(nlp: Language, verbose: bool) -> Tally:
    sys.path.insert(0, str(ROOT))
    from tests.test_extract_news import FACTS

    verdicts = json.loads((NEWS_DIR / "rows-verdicts.json").read_text(encoding="utf-8"))
    total = Tally()
    for param in FACTS:
        text, facts = param.values
        case = str(param.id)
        entry = verdicts.get(case, {})
        ex = extract_document(nlp, text, f"{case}.txt")
        tally = judge(ex, [list(f) for f in facts], entry.get("right", []),
                      entry.get("wrong", []), case)
        if verbose:
            print(f"  {case}: {tally.line()}")
        total.add(tally)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="one line per text")
    args = parser.parse_args()
    nlp = build_pipeline()
    runs: list[tuple[str, Callable[[Language, bool], Tally]]] = [
        ("articles the rules were developed on", partial(articles, held_out=False)),
        ("held-out articles", partial(articles, held_out=True)),
        ("rows", rows),
    ]
    for label, run in runs:
        tally = run(nlp, args.verbose)
        print(f"{label}: {tally.line()}")
        for item in tally.unjudged:
            print(f"  unjudged {item}")


if __name__ == "__main__":
    main()
