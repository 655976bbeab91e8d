"""Train the reader of relations between two actors in a sentence (extract/learned.py).

Usage: python scripts/train_pair_reader.py [--out PATH] [--cv [--verdicts TSV]]

Examples come from the news articles 01-103 of tests/fixtures/news (never 104 on, held out
for measurement): the extractor reads each article, and every ordered pair of actors
named in one sentence is an example. Its label is the relation type when (source, type,
target) is a key fact of the article or an output judged right, matched by name or alias
as scripts/news_yardstick.py matches them; NONE otherwise (and when the pair's relation
was judged wrong). Distant labels are noisy: a fact stated once is labelled in every
sentence naming both ends, so a pair's positives in one article share a weight of one;
a pair related but no key fact stays NONE, which makes the reader cautious, never bolder.

Without --cv, trains on all of 01-103 and writes the weights (the same bytes on every
run). With --cv, cross-validates by article (5 folds, each fold's articles never trained
on): for each threshold, the key facts the reader adds to what the rules find, and its
added outputs that are key facts, judged right, judged wrong (facts.json, then the TSV of
hand verdicts) or unjudged (listed with their sentence, to be judged).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

sys.path.insert(0, str(Path(__file__).resolve().parent))

from news_yardstick import actor_names, asserted, judge, matches

from actorgraph.domain import Actor, Extraction, RelationType
from actorgraph.extract import build_pipeline, chunks
from actorgraph.extract.assemble import (
    assemble_found,
    merged_actors,
    read_candidates,
)
from actorgraph.extract.learned import (
    NONE,
    WEIGHTS_PATH,
    Pair,
    PairReader,
    dump,
    learned_candidates,
    related_pairs,
    sentence_pairs,
    train,
)
from actorgraph.extract.mentions import Mentions
from actorgraph.extract.pipeline import _holder
from actorgraph.extract.resolve import Candidate, Context
from actorgraph.extract.textprep import normalise

ROOT = Path(__file__).resolve().parents[1]
NEWS_DIR = ROOT / "tests" / "fixtures" / "news"
LAST_TRAINING_ARTICLE = 103  # 104 on are held out: never read here
CLASSES = [NONE, *(t.value for t in RelationType)]
THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
FOLDS = 5
Example = tuple[tuple[str, ...], dict[str, float], float]


@dataclass
class Article:
    name: str
    text: str
    doc: Doc
    entry: dict[str, list[list[str]]]
    examples: list[Example] = field(default_factory=list)
    related: list[bool] = field(default_factory=list)  # a rule relates the pair


def training_names(table: dict[str, dict[str, list[list[str]]]]) -> list[str]:
    return sorted(n for n in table if int(n.split("-", 1)[0]) <= LAST_TRAINING_ARTICLE)


def _actor(mentions: Mentions, key: str, merged_into: dict[str, str],
           aliases: dict[str, list[str]]) -> Actor:
    """The actor a key stands for once merged, as the extraction gives it."""
    k = merged_into.get(key, key)
    rec = mentions.actors[k]
    return Actor(id=k, name=rec.name, type=rec.type, aliases=tuple(a for a in aliases[k] if a))


def label(pairs: Sequence[Pair], mentions: Mentions, entry: dict[str, list[list[str]]]
          ) -> list[Example]:
    """Each pair's target distribution: the types a key fact or a right verdict gives it
    (shared evenly), else NONE; a pair's positives share one weight across the article's
    sentences."""
    merged_into, aliases = merged_actors(mentions)
    good = [*entry["facts"], *entry.get("right", [])]
    labelled: list[tuple[Pair, list[str]]] = []
    for pair in pairs:
        src = _actor(mentions, pair.source, merged_into, aliases)
        tgt = _actor(mentions, pair.target, merged_into, aliases)
        ns, nt = actor_names(src), actor_names(tgt)
        types = [t for t in CLASSES[1:]
                 if any(matches(f, ((src.name, t, tgt.name), ns, nt)) for f in good)]
        labelled.append((pair, types))
    seen: dict[tuple[str, str, tuple[str, ...]], int] = {}
    for pair, types in labelled:
        if types:
            key = (pair.source, pair.target, tuple(types))
            seen[key] = seen.get(key, 0) + 1
    out: list[Example] = []
    for pair, types in labelled:
        if types:
            share = 1.0 / len(types)
            weight = 1.0 / seen[(pair.source, pair.target, tuple(types))]
            out.append((pair.features, {t: share for t in types}, weight))
        else:
            out.append((pair.features, {NONE: 1.0}, 1.0))
    return out


def read_articles(nlp_names: list[str], table: dict[str, dict[str, list[list[str]]]]
                  ) -> tuple[list[Article], Language]:
    nlp = build_pipeline()
    holder = _holder(nlp)
    out = []
    for name in nlp_names:
        text = (NEWS_DIR / name).read_text(encoding="utf-8")
        doc = chunks.parse(nlp, normalise(text))
        pairs: list[Pair] = []
        related: list[bool] = []

        def collect(sent: Span, ctx: Context, cands: list[Candidate],
                    pairs: list[Pair] = pairs, related: list[bool] = related
                    ) -> list[Candidate]:
            ruled = related_pairs(cands)
            for pair in sentence_pairs(sent, ctx.tokens, ctx.m):
                pairs.append(pair)
                related.append(frozenset((pair.source, pair.target)) in ruled)
            return []

        mentions, _ = read_candidates(doc, holder.gazetteer, holder.engine, collect)
        article = Article(name, text, doc, table[name])
        article.examples = label(pairs, mentions, article.entry)
        article.related = related
        out.append(article)
        print(f"read {name}: {len(pairs)} pairs", file=sys.stderr)
    return out, nlp


SETTINGS: dict[str, float] = {"l2": 1.0, "positive": 3.0, "related": 1.0}


def fit(articles: Sequence[Article]) -> dict[str, Any]:
    """The weights trained on the articles' pairs (a labelled pair weighed `positive`
    against NONE's 1; the pairs a rule relates weighed `related`)."""
    up, ruled = SETTINGS["positive"], SETTINGS["related"]
    examples = [(f, y, w * (1.0 if NONE in y else up) * (ruled if r else 1.0))
                for a in articles for (f, y, w), r in zip(a.examples, a.related, strict=True)]
    examples = [e for e in examples if e[2] > 0]
    return train(examples, CLASSES, l2=SETTINGS["l2"])


def _verdicts(path: Path | None) -> dict[tuple[str, str, str, str], str]:
    if path is None or not path.exists():
        return {}
    with path.open(encoding="utf-8") as f:
        return {(r[0], r[1], r[2], r[3]): r[4] for r in csv.reader(f, delimiter="\t")
                if len(r) >= 5 and r[0] != "article"}


def cross_validate(articles: list[Article], nlp: Language, verdicts_path: Path | None
                   ) -> None:
    holder = _holder(nlp)
    verdicts = _verdicts(verdicts_path)
    low = min(THRESHOLDS)
    rows = {th: {"facts": 0, "outputs": 0, "fact": 0, "right": 0, "wrong": 0,
                 "unjudged": 0} for th in THRESHOLDS}
    base_found = base_facts = 0
    pending: dict[tuple[str, str, str, str], tuple[str, float]] = {}
    for fold in range(FOLDS):
        test = [a for i, a in enumerate(articles) if i % FOLDS == fold]
        reader = PairReader(fit([a for i, a in enumerate(articles) if i % FOLDS != fold]))
        for art in test:
            def stage(sent: Span, ctx: Context, cands: list[Candidate],
                      reader: PairReader = reader) -> list[Candidate]:
                return learned_candidates(sent, ctx, cands, reader, low)

            mentions, found = read_candidates(art.doc, holder.gazetteer, holder.engine, stage)
            rules = [(c, s) for c, s in found if not c.pattern.startswith("learned.")]
            learned = [(c, s) for c, s in found if c.pattern.startswith("learned.")]
            facts, right, wrong = (art.entry["facts"], art.entry.get("right", []),
                                   art.entry.get("wrong", []))
            base = assemble_found(art.text, art.name, mentions, rules)
            before = judge(base, facts, right, wrong, art.name)
            base_found += before.found
            base_facts += before.facts
            had = {r[0] for r in asserted(base)}
            for th in THRESHOLDS:
                kept = [(c, s) for c, s in learned if c.confidence >= th]
                ex = assemble_found(art.text, art.name, mentions, rules + kept)
                row = rows[th]
                row["facts"] += judge(ex, facts, right, wrong, art.name).found - before.found
                for rel, evidence in _added(ex, had):
                    row["outputs"] += 1
                    key = (art.name, *rel[0])
                    if any(matches(f, rel) for f in facts):
                        row["fact"] += 1
                    elif any(matches(f, rel) for f in right) or verdicts.get(key) == "right":
                        row["right"] += 1
                    elif any(matches(f, rel) for f in wrong) or verdicts.get(key) == "wrong":
                        row["wrong"] += 1
                    else:
                        row["unjudged"] += 1
                        pending[key] = (evidence, th)  # (the highest it is kept at)
    print(f"rules alone on 01-{LAST_TRAINING_ARTICLE}: {base_found}/{base_facts} key facts")
    print("threshold | added facts | added outputs | key facts | judged right | judged wrong "
          "| unjudged | right among judged")
    for th, row in rows.items():
        judged = row["fact"] + row["right"] + row["wrong"]
        share = f"{(row['fact'] + row['right']) / judged:.0%}" if judged else "-"
        print(f"{th} | {row['facts']} | {row['outputs']} | {row['fact']} | {row['right']} | "
              f"{row['wrong']} | {row['unjudged']} | {share}")
    for key, (sentence, th) in sorted(pending.items()):
        print(f"unjudged\t{th}\t" + "\t".join(key) + "\t" + " ".join(sentence.split()))


def _added(ex: Extraction, had: set[tuple[str, str, str]]
           ) -> list[tuple[tuple[tuple[str, str, str], set[str], set[str]], str]]:
    """The asserted relations of `ex` the rules alone did not output, with a sentence."""
    actors = {a.id: a for a in ex.actors}
    out = []
    for rel, r in zip(asserted(ex), [r for r in ex.relations if not r.negated], strict=True):
        if rel[0] not in had:
            assert actors[r.source].name == rel[0][0]
            out.append((rel, r.evidence[0].text))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=WEIGHTS_PATH, help="weights file")
    parser.add_argument("--cv", action="store_true", help="cross-validate by article")
    parser.add_argument("--verdicts", type=Path, help="hand verdicts (TSV) for --cv")
    parser.add_argument("--limit", type=int, help="read only the first N articles")
    parser.add_argument("--l2", type=float, default=SETTINGS["l2"], help="L2 penalty")
    parser.add_argument("--positive", type=float, default=SETTINGS["positive"],
                        help="weight of a pair labelled with a relation, against NONE's 1")
    parser.add_argument("--related", type=float, default=SETTINGS["related"],
                        help="weight of a pair a rule relates (0: trained on the others)")
    args = parser.parse_args()
    SETTINGS.update(l2=args.l2, positive=args.positive, related=args.related)
    table = json.loads((NEWS_DIR / "facts.json").read_text(encoding="utf-8"))
    names = training_names(table)[: args.limit]
    articles, nlp = read_articles(names, table)
    n = sum(len(a.examples) for a in articles)
    pos = sum(1 for a in articles for e in a.examples if NONE not in e[1])
    print(f"{len(articles)} articles, {n} pairs, {pos} labelled with a relation",
          file=sys.stderr)
    if args.cv:
        cross_validate(articles, nlp, args.verdicts)
        return
    args.out.write_text(dump(fit(articles)), encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
