"""The trained reader of actor pairs (extract/learned.py): its features name no actor, its
training is deterministic, and a reader trained on invented sentences reads the same
construction between other actors, through the rules' filters. The reader is not part of
the extraction (docs/learned-reader.md: it did not meet the bar); the training script
and its cross-validation use these pieces."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from actorgraph.extract.assemble import read_candidates
from actorgraph.extract.learned import (
    NONE,
    Pair,
    PairReader,
    dump,
    learned_candidates,
    sentence_pairs,
    train,
)
from actorgraph.extract.pipeline import GAZETTEER_PIPE, GazetteerHolder
from actorgraph.extract.resolve import Candidate, Context
from actorgraph.extract.textprep import normalise

CLASSES = [NONE, "MEETS_WITH", "TARGETS"]


def _holder(nlp: Language) -> GazetteerHolder:
    holder = nlp.get_pipe(GAZETTEER_PIPE)
    assert isinstance(holder, GazetteerHolder)
    return holder


def _pairs(nlp: Language, text: str) -> tuple[list[Pair], dict[str, str]]:
    """The pairs the reader sees in a text, and each actor key's name."""
    got: list[Pair] = []

    def stage(sent: Span, ctx: Context, cands: list[Candidate]) -> list[Candidate]:
        got.extend(sentence_pairs(sent, ctx.tokens, ctx.m))
        return []

    holder = _holder(nlp)
    mentions, _ = read_candidates(nlp(normalise(text)), holder.gazetteer, holder.engine, stage)
    return got, {k: a.name for k, a in mentions.actors.items()}


def test_every_ordered_pair_is_read_and_no_feature_names_an_actor(nlp: Language) -> None:
    pairs, names = _pairs(nlp, "Ghana and Togo praised the deal, while Benin watched.")
    assert {(names[p.source], names[p.target]) for p in pairs} == {
        (a, b) for a in ("Ghana", "Togo", "Benin") for b in ("Ghana", "Togo", "Benin") if a != b
    }
    for pair in pairs:
        assert not any(n.lower() in f.lower() for f in pair.features
                       for n in ("Ghana", "Togo", "Benin"))
        assert "t:STATE|STATE" in pair.features  # the ends' types stand for their names


def _examples(nlp: Language, texts: list[tuple[str, str]]
              ) -> list[tuple[tuple[str, ...], dict[str, float], float]]:
    out = []
    for text, label in texts:
        pairs, _ = _pairs(nlp, text)
        assert pairs, text
        out += [(p.features, {label: 1.0}, 1.0) for p in pairs]
    return out


TRAINING = [
    ("Kenya's envoy lunched with Uganda's foreign minister on Monday.", "MEETS_WITH"),
    ("Ghana's envoy lunched with Togo's foreign minister on Friday.", "MEETS_WITH"),
    ("Mali's envoy lunched with Chad's foreign minister last week.", "MEETS_WITH"),
    ("Kenya and Uganda praised the harvest, while Ghana watched.", NONE),
    ("Togo and Mali praised the weather, while Chad watched.", NONE),
    ("Benin's farmers sold grain to traders from Ghana.", NONE),
]


def test_training_is_deterministic(nlp: Language) -> None:
    examples = _examples(nlp, TRAINING)
    first = dump(train(examples, CLASSES, min_count=1, steps=60))
    assert first == dump(train(examples, CLASSES, min_count=1, steps=60))
    assert first != dump(train(examples, CLASSES, min_count=1, steps=30))  # it does train


def _read(nlp: Language, reader: PairReader, text: str) -> set[tuple[str, str, str, bool]]:
    def stage(sent: Span, ctx: Context, cands: list[Candidate]) -> list[Candidate]:
        return learned_candidates(sent, ctx, cands, reader, 0.5)

    holder = _holder(nlp)
    mentions, found = read_candidates(nlp(normalise(text)), holder.gazetteer, holder.engine,
                                      stage)
    names = {k: a.name for k, a in mentions.actors.items()}
    return {(names[c.source], c.type.value, names[c.target], c.negated)
            for c, _ in found if c.pattern.startswith("learned.")}


def test_a_trained_construction_is_read_between_other_actors(nlp: Language) -> None:
    reader = PairReader(train(_examples(nlp, TRAINING), CLASSES, min_count=1))
    read = _read(nlp, reader, "Benin's envoy lunched with Niger's foreign minister on Sunday.")
    assert ("Benin", "MEETS_WITH", "Niger", False) in read
    assert not _read(nlp, reader, "Benin and Niger praised the rains, while Togo watched.")
    denied = _read(nlp, reader,
                   "Benin's envoy never lunched with Niger's foreign minister, officials said.")
    assert denied and all(r[3] for r in denied)  # read, and denied (resolve.negated)
