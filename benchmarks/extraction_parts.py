"""Where extraction spends its time beyond bare spaCy, on the benchmark corpus.

    python -m benchmarks.extraction_parts [--docs 200] [--runs 3] [--profile 30]

Three stages are timed in turns (process CPU time, best of `--runs`): bare `nlp.pipe`
(the model alone, as in the main extraction figure), actorgraph's pipeline (the model
plus its own components: paragraph breaks, gazetteer and dictionary names) and the
reading of the parsed documents (`assemble`: mentions, patterns, rules, assembly). Each
is given as a share of bare `nlp.pipe`, so the figure says which stage a change should
target. `--profile N` adds the N costliest functions of the reading (cProfile, by own
time and by cumulative time) and the N called most, each with its calls per sentence
and per token of the corpus. The profiler slows Python code several-fold and spaCy's
profiled Cython calls more (`Doc.__getitem__`, which makes each Token, comes out near a
tenth of the reading's own time under cProfile and about 2 % under a sampling profiler
such as py-spy), so read those figures as proportions only.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
from typing import TYPE_CHECKING, Any

from benchmarks.__main__ import _model_name, best_of_pair_cpu
from benchmarks.corpus import documents

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _forget_readings(doc: Doc) -> None:
    """Drop what an earlier reading of the Doc kept in its `user_data` (the text, the
    sentence starts, readings of the parse, ...): each run reads the documents as
    extraction meets them, once and fresh, not with the answers of the run before."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith("actorgraph")]:
        del doc.user_data[key]


def bench_parts(n_docs: int, runs: int, profile: int = 0) -> dict[str, Any]:
    import spacy

    from actorgraph.extract import build_pipeline
    from actorgraph.extract.assemble import assemble
    from actorgraph.extract.pipeline import _holder
    from actorgraph.extract.textprep import normalise

    nlp = build_pipeline()
    holder = _holder(nlp)
    docs = list(documents(n_docs))
    texts = [normalise(text) for _, text in docs]
    model = _model_name()
    unused = [name for name in spacy.load(model).pipe_names if name not in nlp.pipe_names]
    bare = spacy.load(model, exclude=unused)
    parsed = list(nlp.pipe(texts, batch_size=32))

    def read() -> object:
        for doc in parsed:
            _forget_readings(doc)
        return [assemble(doc, text, document, holder.gazetteer, holder.engine)
                for doc, (document, text) in zip(parsed, docs, strict=True)]

    bare_t, pipe_t = best_of_pair_cpu(
        runs, lambda: list(bare.pipe(texts, batch_size=32)),
        lambda: list(nlp.pipe(texts, batch_size=32)))
    _, read_t = best_of_pair_cpu(runs, lambda: None, read)
    out: dict[str, Any] = {
        "documents": n_docs,
        "bare_cpu_s": round(bare_t.cpu, 3),
        "pipeline_share": round(pipe_t.cpu / bare_t.cpu, 3),
        "reading_share": round(read_t.cpu / bare_t.cpu, 3),
        "cpu_ratio": round(bare_t.cpu / (pipe_t.cpu + read_t.cpu), 3),
        "load_average": f"{os.getloadavg()[0]:.2f}",
    }
    if profile:
        profiler = cProfile.Profile()
        profiler.runcall(read)
        stats = pstats.Stats(profiler)
        for key in ("tottime", "cumulative"):
            stats.sort_stats(key).print_stats(profile)
        print(_call_counts(stats, parsed, profile))
    return out


def _call_counts(stats: pstats.Stats, parsed: list[Doc], top: int) -> str:
    """The `top` functions called most in one reading, with how often each runs per
    sentence and per token of the corpus: what runs once per word is where a cue test
    or a value read once per sentence saves most."""
    sentences = sum(1 for doc in parsed for _ in doc.sents)
    tokens = sum(len(doc) for doc in parsed)
    rows = sorted(((calls, func) for func, (_, calls, *_rest) in
                   stats.stats.items()),  # type: ignore[attr-defined]
                  reverse=True)[:top]
    lines = [f"{sentences} sentences, {tokens} tokens",
             f"{'calls':>9} {'/sentence':>9} {'/token':>7}  function"]
    lines += [f"{calls:>9} {calls / sentences:>9.1f} {calls / tokens:>7.2f}  "
              f"{os.path.basename(path)}:{line}({name})"
              for calls, (path, line, name) in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="print the N costliest functions of the reading")
    args = parser.parse_args()
    print(json.dumps(bench_parts(args.docs, args.runs, args.profile), indent=2))


if __name__ == "__main__":
    main()
