"""Near-duplicate scoring: the fast paths give exactly what the definition gives.

The definition, written out plainly here: the estimate is the share of the union's k
smallest hashes (k = the sketch size, or the union's size when smaller) that both
sketches hold, and a copy is the known document of the highest estimate at or above
the threshold (the first such one on a tie), or the first of the same exact hash.
"""

from __future__ import annotations

import random

import pytest

from actorgraph.duplicates import (
    DUPLICATE_JACCARD,
    SHINGLE_WORDS,
    SKETCH_SIZE,
    Fingerprint,
    _hash,
    find_original,
    fingerprint,
    similarity,
)


def reference_similarity(a: Fingerprint, b: Fingerprint) -> float:
    if a.exact == b.exact:
        return 1.0
    if not a.sketch or not b.sketch:
        return 0.0
    union = sorted(set(a.sketch) | set(b.sketch))
    smallest = union[: min(SKETCH_SIZE, len(union))]
    return sum(1 for h in smallest if h in a.sketch and h in b.sketch) / len(smallest)


def reference_original(candidate: Fingerprint, known: list[tuple[str, Fingerprint]]) -> str | None:
    best: tuple[float, str] | None = None
    for doc_id, other in known:
        if other.exact == candidate.exact:
            return doc_id
        score = reference_similarity(candidate, other)
        if score >= DUPLICATE_JACCARD and (best is None or score > best[0]):
            best = (score, doc_id)
    return best[1] if best else None


def variant(rng: random.Random, base: list[int], changed: int, size: int) -> Fingerprint:
    """A sketch of `size` hashes sharing all but `changed` of `base`'s first ones."""
    hashes = set(base[: size - changed])
    while len(hashes) < size:
        hashes.add(rng.getrandbits(64))
    return Fingerprint(f"{rng.getrandbits(64):064x}", tuple(sorted(hashes)[:SKETCH_SIZE]))


@pytest.mark.parametrize("size", [SKETCH_SIZE, 40, 9])
def test_similarity_and_original_match_the_definition_around_the_threshold(size: int) -> None:
    rng = random.Random(size)
    base = [rng.getrandbits(64) for _ in range(size)]
    # From identical hash sets to far apart, densest around the threshold.
    sketches = [variant(rng, base, changed, size) for changed in range(0, size // 3 + 1)]
    for a in sketches:
        for b in sketches:
            assert similarity(a, b) == reference_similarity(a, b)
    scores = [reference_similarity(sketches[0], b) for b in sketches[1:]]
    assert any(0.8 <= s < 1 for s in scores)  # the cases reach the threshold's neighbourhood
    for i, candidate in enumerate(sketches):
        known = [(f"d{j}", s) for j, s in enumerate(sketches) if j != i]
        rng.shuffle(known)
        assert find_original(candidate, known) == reference_original(candidate, known)


def test_a_short_text_against_a_long_one_and_empty_sketches() -> None:
    short, long_text = fingerprint("a b c"), fingerprint(" ".join(f"w{i}" for i in range(400)))
    empty = Fingerprint("0" * 64, ())
    for a in (short, long_text, empty):
        for b in (short, long_text, empty):
            assert similarity(a, b) == reference_similarity(a, b)
        assert find_original(a, [("x", empty), ("y", short)]) == reference_original(
            a, [("x", empty), ("y", short)]
        )


def test_sketch_holds_the_smallest_shingle_hashes_in_order() -> None:
    words = [f"word{i % 300}" for i in range(600)]  # repeats: shingles hash once
    every = {
        _hash(" ".join(words[i : i + SHINGLE_WORDS]))
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }
    assert fingerprint(" ".join(words)).sketch == tuple(sorted(every)[:SKETCH_SIZE])


@pytest.mark.parametrize("size", [0, 1, 7, SKETCH_SIZE])
def test_encoded_fingerprint_is_the_hash_then_sixteen_hex_digits_per_sketch_hash(
    size: int,
) -> None:
    rng = random.Random(size)
    sketch = tuple(sorted(rng.getrandbits(64) for _ in range(size))) + (5,) * (size > 0)
    fp = Fingerprint("ab" * 32, tuple(sorted(sketch)))
    encoded = fp.encode()
    assert encoded == "ab" * 32 + ":" + "".join(format(h, "016x") for h in fp.sketch)
    assert Fingerprint.decode(encoded) == fp
