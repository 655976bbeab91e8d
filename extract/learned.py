"""A trained reader of the relation between two actors named in one sentence.

The rules read a relation where a pattern covers the phrasing; in news nobody developed
on, most facts missed are sentences where both ends are found as actors and no reading
covers the words between them. This reader scores every ordered pair of actor mentions in
a sentence with a multinomial logistic regression over features that carry no name: the
dependency path between the two mentions' heads (labels and lemmas), the verb governing
both, the words between (lemmas, capped), the actor types of both ends, their order and
distance, and negation, quote and speech flags. A name in a feature is replaced by its
actor type (or by "<P>" for a proper noun that is no actor).

The weights are a small JSON file (`data/pair_reader.json`) made by
`scripts/train_pair_reader.py`; scoring is a sparse dot product in pure Python. `train`
(numpy, imported only there) is deterministic: the same examples in the same order give
the same file, byte for byte.

docs/learned-reader.md has the cross-validation by article that decides whether the
reader's outputs are good enough to be used.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from spacy.tokens import Span, Token

from actorgraph.domain import RelationType

from .filters import by_mood
from .lexicon import NEGATION_WORDS, SPEECH_VERBS
from .mentions import Mentions
from .resolve import Candidate, Context, candidate
from .rules import _typed_ok

WEIGHTS_PATH = Path(__file__).parent / "data" / "pair_reader.json"
NONE = "NONE"  # the class of a pair the sentence relates in no way the ontology types
_MAX_BETWEEN = 8  # words between the two mentions read as a bag, when no more apart
_QUOTES = frozenset({'"', "\u201c", "\u201d"})
_VERB_POS = frozenset({"VERB", "AUX"})


@dataclass(frozen=True, slots=True)
class Pair:
    """An ordered pair of actors named in one sentence, as the reader sees it."""

    source: str  # actor keys (Mentions)
    target: str
    anchor: Token  # the verb governing both mentions (or their lowest common head)
    features: tuple[str, ...]


def mention_spans(tokens: Sequence[Token], m: Mentions) -> list[tuple[int, int, str]]:
    """(start, end, key) of each run of tokens that names one actor, in order."""
    out: list[tuple[int, int, str]] = []
    for tok in tokens:
        key = m.token_actor.get(tok.i)
        if key is None:
            continue
        if out and out[-1][1] == tok.i and out[-1][2] == key:
            out[-1] = (out[-1][0], tok.i + 1, key)
        else:
            out.append((tok.i, tok.i + 1, key))
    return out


def _head(tokens: Sequence[Token], start: int, end: int, offset: int) -> Token:
    """The word of a span whose head lies outside it (the last word if none does)."""
    for i in range(start, end):
        tok = tokens[i - offset]
        if not start <= tok.head.i < end or tok.head.i == tok.i:
            return tok
    return tokens[end - 1 - offset]


def _ancestors(tok: Token) -> list[Token]:
    chain = [tok]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def _path(a: Token, b: Token) -> tuple[list[Token], Token, list[Token]] | None:
    """The words from `a` up to the lowest common head, that head, and down to `b`."""
    up = _ancestors(a)
    seen = {t.i: n for n, t in enumerate(up)}
    down: list[Token] = []
    node: Token = b
    while node.i not in seen:
        down.append(node)
        if node.head.i == node.i:
            return None  # (two sentences' roots: no common head)
        node = node.head
    return up[: seen[node.i]], node, list(reversed(down))


def _governing_verb(tok: Token) -> Token:
    node = tok
    for _ in range(12):
        if node.pos_ in _VERB_POS:
            return node
        if node.head.i == node.i:
            break
        node = node.head
    return tok


def _bucket(n: int) -> str:
    return "0" if n <= 1 else "1" if n <= 3 else "2" if n <= 6 else "3" if n <= 10 else "4"


class _Words:
    """A token's word as a feature: its lemma, its actor's type, or "<P>" for a name."""

    def __init__(self, m: Mentions) -> None:
        self.m = m

    def __call__(self, tok: Token) -> str:
        key = self.m.token_actor.get(tok.i)
        if key is not None:
            return f"<{self.m.type_of(key).value}>"
        if tok.pos_ == "PROPN":
            return "<P>"
        if tok.like_num:
            return "<N>"
        return tok.lemma_.lower()


def pair_features(tokens: Sequence[Token], m: Mentions, a: tuple[int, int, str],
                  b: tuple[int, int, str], quoted: bool) -> tuple[Token, list[str]] | None:
    """The anchor and the features of the pair (source `a`, target `b`), or None when the
    parse joins them by no path."""
    offset = tokens[0].i
    ha, hb = _head(tokens, a[0], a[1], offset), _head(tokens, b[0], b[1], offset)
    found = _path(ha, hb)
    if found is None:
        return None
    up, top, down = found
    word = _Words(m)
    ta, tb = m.type_of(a[2]).value, m.type_of(b[2]).value
    verb = _governing_verb(top)
    vl = verb.lemma_.lower() if verb.pos_ in _VERB_POS else "-"
    deps = [f"{t.dep_}^" for t in up] + [f"{t.dep_}v" for t in down]
    inner = [word(t) for t in up[1:]] + ["@" + word(top)] + [word(t) for t in down[:-1]]
    if top.i in (ha.i, hb.i):
        inner = [word(t) for t in up[1:]] + [word(t) for t in down[:-1]]
    order = "st" if a[0] < b[0] else "ts"
    lo, hi = (a[1], b[0]) if a[0] < b[0] else (b[1], a[0])
    gap = max(0, hi - lo)
    between = [word(tokens[i - offset]) for i in range(lo, hi)]
    path_words = [*up, top, *down]
    neg = any(c.dep_ == "neg" or c.lower_ in NEGATION_WORDS
              for t in path_words for c in t.children if c.dep_ in ("neg", "advmod", "det"))
    speech = any(t.lemma_ in SPEECH_VERBS for t in _ancestors(verb)[1:])
    sa, sb = ha.dep_, hb.dep_
    feats = [
        "bias",
        f"t:{ta}|{tb}", f"ts:{ta}", f"tt:{tb}",
        f"o:{order}", f"o:{order}|{ta}|{tb}",
        f"d:{_bucket(gap)}", f"pl:{len(deps)}",
        f"p:{' '.join(deps)}",
        f"pw:{' '.join(deps)}|{' '.join(inner)}",
        f"v:{vl}", f"vo:{vl}|{order}", f"vt:{vl}|{ta}|{tb}",
        f"vd:{vl}|{sa}|{sb}", f"dd:{sa}|{sb}|{order}",
        f"top:{word(top)}|{top.pos_}",
        f"sh:{word(ha.head)}|{sa}", f"th:{word(hb.head)}|{sb}",
    ]
    if gap <= _MAX_BETWEEN:
        feats += sorted({f"b:{w}" for w in between})
        feats.append(f"bs:{' '.join(between)}")
    else:
        feats += sorted({f"bf:{w}" for w in between[:3]} | {f"bl:{w}" for w in between[-3:]})
    if neg:
        feats.append("neg")
    if quoted:
        feats.append("quote")
    if speech:
        feats.append("said")
    return verb, feats


def sentence_pairs(sent: Span, tokens: Sequence[Token], m: Mentions,
                   skip: Iterable[frozenset[str]] = ()) -> list[Pair]:
    """Each ordered pair of distinct actors named in the sentence (the two mentions
    nearest in the parse standing for it), but the pairs in `skip`."""
    if not tokens:
        return []
    spans = mention_spans(tokens, m)
    if len({s[2] for s in spans}) < 2:
        return []
    skipped = set(skip)
    quoted = any(t.text in _QUOTES for t in tokens)
    best: dict[tuple[str, str], tuple[int, int, Pair]] = {}
    for a in spans:
        for b in spans:
            if a[2] == b[2] or frozenset((a[2], b[2])) in skipped:
                continue
            read = pair_features(tokens, m, a, b, quoted)
            if read is None:
                continue
            anchor, feats = read
            length = int(next(f for f in feats if f.startswith("pl:"))[3:])
            rank = (length, abs(a[0] - b[0]))
            held = best.get((a[2], b[2]))
            if held is None or rank < held[:2]:
                best[(a[2], b[2])] = (*rank, Pair(a[2], b[2], anchor, tuple(feats)))
    return [p for _, _, p in best.values()]


# ------------------------------------------------------------------ scoring


class PairReader:
    """The trained weights: `probabilities` of each class for a pair's features."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.classes: list[str] = list(data["classes"])
        self.bias: list[float] = list(data["bias"])
        self.weights: dict[str, list[tuple[int, float]]] = {
            f: [(int(k), float(w)) for k, w in row] for f, row in data["weights"].items()
        }

    @classmethod
    def load(cls, path: Path = WEIGHTS_PATH) -> PairReader | None:
        if not path.exists():
            return None
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        scores = list(self.bias)
        for f in features:
            for k, w in self.weights.get(f, ()):
                scores[k] += w
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {c: e / total for c, e in zip(self.classes, exp, strict=True)}


# ------------------------------------------------------------------ training


def train(examples: Sequence[tuple[Sequence[str], dict[str, float], float]],
          classes: Sequence[str], *, min_count: int = 2, l2: float = 1.0,
          steps: int = 400, rate: float = 1.0, keep: float = 0.005) -> dict[str, Any]:
    """Multinomial logistic regression over `examples` (features, target distribution
    over `classes`, weight), by full-batch gradient descent with momentum from zero
    weights: deterministic, no random state. The weights are rounded (4 places) and
    those under `keep` dropped, so the file is small and the same on every run."""
    import numpy as np

    counts = Counter(f for feats, _, _ in examples for f in set(feats))
    vocab = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: i for i, f in enumerate(vocab)}
    cls_index = {c: i for i, c in enumerate(classes)}
    rows: list[int] = []
    cols: list[int] = []
    for r, (feats, _, _) in enumerate(examples):
        for f in sorted(set(feats)):
            if f in index:
                rows.append(r)
                cols.append(index[f])
    n, nf, nc = len(examples), len(vocab), len(classes)
    row_a, col_a = np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)
    y = np.zeros((nc, n))  # (classes by examples: each class's row read whole)
    for r, (_, target, _) in enumerate(examples):
        for c, share in target.items():
            y[cls_index[c], r] = share
    sw = np.asarray([w for _, _, w in examples], dtype=np.float64)
    norm = sw.sum()
    w = np.zeros((nc, nf))
    b = np.zeros((nc, 1))
    vw, vb = np.zeros_like(w), np.zeros_like(b)
    for _ in range(steps):
        z = np.stack([np.bincount(row_a, weights=w[k][col_a], minlength=n)
                      for k in range(nc)]) + b
        z -= z.max(axis=0, keepdims=True)
        prob = np.exp(z)
        prob /= prob.sum(axis=0, keepdims=True)
        d = (prob - y) * (sw / norm)
        gw = np.stack([np.bincount(col_a, weights=d[k][row_a], minlength=nf)
                       for k in range(nc)]) + l2 * w / norm
        vw = 0.9 * vw + gw
        vb = 0.9 * vb + d.sum(axis=1, keepdims=True)
        w -= rate * vw
        b -= rate * vb
    weights: dict[str, list[list[float]]] = {}
    for f, i in index.items():
        row = [[k, round(float(w[k, i]), 4)] for k in range(nc) if abs(w[k, i]) >= keep]
        if row:
            weights[f] = row
    return {"classes": list(classes), "bias": [round(float(v), 4) for v in b[:, 0]],
            "weights": weights}


def dump(model: dict[str, Any]) -> str:
    """The weights file's text: keys sorted, one feature a line, the same on every run."""
    head = {"classes": model["classes"], "bias": model["bias"]}
    lines = [json.dumps(head, sort_keys=True)[:-1] + ', "weights": {']
    items = sorted(model["weights"].items())
    for n, (f, row) in enumerate(items):
        sep = "," if n + 1 < len(items) else ""
        lines.append(f"{json.dumps(f)}: {json.dumps(row)}{sep}")
    lines.append("}}")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ reading


_READER: list[PairReader | None] = []


def default_reader() -> PairReader | None:
    """The shipped weights, read once (None when there are none)."""
    if not _READER:
        _READER.append(PairReader.load())
    return _READER[0]


def related_pairs(cands: Iterable[Any]) -> set[frozenset[str]]:
    """The pairs of actors some rule's candidate already relates."""
    out: set[frozenset[str]] = set()
    for c in cands:
        out.add(frozenset((c.source, c.target)))
        if c.source_actor:
            out.add(frozenset((c.source_actor, c.target)))
    return out


THRESHOLD = 0.9  # the least probability of a relation the reader outputs


def learned_candidates(sent: Span, ctx: Context, cands: Sequence[Candidate],
                       reader: PairReader, threshold: float = THRESHOLD
                       ) -> list[Candidate]:
    """The reader's candidates in the sentence, for pairs no rule's candidate relates:
    each type at least `threshold` likely, with the rules' filters (negation and reported
    speech in `candidate`, the clause's mood in `by_mood`, the ends' types)."""
    out: list[Candidate] = []
    for pair in sentence_pairs(sent, ctx.tokens, ctx.m, related_pairs(cands)):
        probs = reader.probabilities(pair.features)
        for name, p in probs.items():
            if name == NONE or p < threshold:
                continue
            rel = RelationType(name)
            c = candidate(pair.source, rel, pair.target, pair.anchor, ctx, round(p, 3))
            kept = by_mood(replace(c, pattern=f"learned.{name}"), pair.anchor)
            if kept is not None and kept.source != kept.target and _typed_ok(kept, ctx):
                out.append(kept)
    return out
