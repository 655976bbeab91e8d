"""Recognising two copies of one story: the same text after normalisation, or a
syndicated copy whose word 5-grams overlap the first's almost entirely.

A fingerprint is the hash of the normalised text plus a bottom-k MinHash sketch of
its word 5-grams (the k smallest 64-bit shingle hashes). Two sketches estimate the
Jaccard similarity of the shingle sets without keeping the sets; for texts of fewer
than k shingles the estimate is exact. Everything is deterministic (blake2b, no
random seeds), so the same texts are judged the same way on every run.
"""

from __future__ import annotations

import hashlib
import re
import struct
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from actorgraph.documents import SourceDocument
    from actorgraph.graph.models import DocumentInfo
    from actorgraph.graph.store import GraphStore

SHINGLE_WORDS = 5
SKETCH_SIZE = 128
# Syndicated copies differ in a byline, a credit line or an edit; a different story
# on the same event shares far less than this.
DUPLICATE_JACCARD = 0.9

# Lines that wire services and web pages add around the same story: credits, share
# and subscribe prompts, copyright notices.
_BOILERPLATE = re.compile(
    r"^\W*(\(?(reporting|writing|editing|additional reporting) by\b.*"
    r"|(c|©|copyright)\W.*|all rights reserved.*|advertisement\W*"
    r"|(share|follow us|subscribe|sign up|read more|click here|related)\b.{0,80}"
    r"|photo:.*|image:.*|source:.*)$",
    re.I,
)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Fingerprint:
    exact: str  # sha256 of the normalised text
    sketch: tuple[int, ...]  # sorted bottom-k shingle hashes

    def encode(self) -> str:
        """A compact text form for the store: the hash, then the sketch in hex."""
        return self.exact + ":" + struct.pack(f">{len(self.sketch)}Q", *self.sketch).hex()

    @classmethod
    def decode(cls, text: str) -> Fingerprint | None:
        exact, _, sketch = text.partition(":")
        if len(exact) != 64 or len(sketch) % 16:
            return None
        try:
            data = bytes.fromhex(sketch)
        except ValueError:
            return None
        return cls(exact, struct.unpack(f">{len(data) // 8}Q", data))


def normalise(text: str) -> list[str]:
    """The words of a text that say something: boilerplate lines dropped, case,
    accents and punctuation folded."""
    words: list[str] = []
    for line in text.splitlines():
        if _BOILERPLATE.match(line.strip()):
            continue
        folded = unicodedata.normalize("NFKD", line).casefold()
        folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
        words.extend(_WORD.findall(folded))
    return words


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big")


def fingerprint(text: str) -> Fingerprint:
    words = normalise(text)
    joined = " ".join(words)
    exact = hashlib.sha256(joined.encode("utf-8")).hexdigest()
    if len(words) < SHINGLE_WORDS:
        shingles = {joined} if joined else set()
    else:
        shingles = {
            " ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)
        }
    # A sort runs in C; a heap of SKETCH_SIZE would push every hash in Python.
    sketch = tuple(sorted({_hash(s) for s in shingles})[:SKETCH_SIZE])
    return Fingerprint(exact, sketch)


def similarity(a: Fingerprint, b: Fingerprint) -> float:
    """Estimated Jaccard similarity of the two texts' 5-gram sets (1.0: same text):
    the share of the union's k smallest hashes that both sketches hold."""
    if a.exact == b.exact:
        return 1.0
    if not a.sketch or not b.sketch:
        return 0.0
    union = set(a.sketch).union(b.sketch)
    smallest = sorted(union)[:SKETCH_SIZE]
    both = set(a.sketch).intersection(b.sketch)
    return len(both.intersection(smallest)) / len(smallest)


def _below(a: frozenset[int], b: Fingerprint, threshold: float) -> bool:
    """True when `similarity` of the sketches `a` and `b` is surely under `threshold`:
    it counts shared hashes among k of the union's, so it is at most shared / k. Most
    pairs an ingest compares share few hashes; this settles them without a sort."""
    shared = len(a.intersection(b.sketch))
    k = min(SKETCH_SIZE, len(a) + len(b.sketch) - shared)
    return k > 0 and shared / k < threshold


def find_original(
    candidate: Fingerprint, known: Iterable[tuple[str, Fingerprint]]
) -> str | None:
    """The id of the first known document `candidate` duplicates (ids in the given
    order, so the choice is stable), or None."""
    best: tuple[float, str] | None = None
    hashes = frozenset(candidate.sketch)
    for doc_id, other in known:
        if other.exact == candidate.exact:
            return doc_id
        if _below(hashes, other, DUPLICATE_JACCARD):
            continue
        score = similarity(candidate, other)
        if score >= DUPLICATE_JACCARD and (best is None or score > best[0]):
            best = (score, doc_id)
    return best[1] if best else None


# A stored document is indexed under its sketch's smallest hashes only. Two texts of
# Jaccard J share the smallest hash of their union with probability J, and it is then
# among both texts' smallest: at J >= 0.9, missing a copy takes 0.1 ** INDEXED_HASHES.
INDEXED_HASHES = 16


class SourceIndex:
    """The fingerprints of the stored documents that are not copies themselves, read
    once per ingest run and extended as documents are added. Only documents that
    share one of a text's smallest sketch hashes are compared with it in full, and
    their sketches are decoded only then."""

    def __init__(
        self, store: GraphStore, documents: Iterable[DocumentInfo] | None = None
    ) -> None:
        """The index of `store`'s documents, or of `documents` when the caller has
        just read them (`store.list_documents()`): one read serves both."""
        self._known: dict[str, str | Fingerprint] = {}  # encoded until first compared
        self._exact: dict[str, list[str]] = {}
        self._postings: dict[str, list[str]] = {}  # a hash in hex -> documents
        for info in store.list_documents() if documents is None else documents:
            if info.fingerprint and not info.duplicate_of:
                self._index(info.id, info.fingerprint)

    def original_of(self, doc: SourceDocument, fp: Fingerprint) -> str | None:
        """The document `doc` is a copy of, never itself (a re-ingest replaces it)."""
        for doc_id in self._exact.get(fp.exact, ()):
            if doc_id != doc.id:
                return doc_id
        candidates: dict[str, None] = {}
        for h in fp.sketch[:INDEXED_HASHES]:
            candidates.update(dict.fromkeys(self._postings.get(f"{h:016x}", ())))
        candidates.pop(doc.id, None)
        return find_original(fp, ((i, f) for i in candidates if (f := self._fingerprint(i))))

    def add(self, doc_id: str, fp: Fingerprint) -> None:
        self._index(doc_id, fp.encode())
        self._known[doc_id] = fp

    def _index(self, doc_id: str, encoded: str) -> None:
        if doc_id in self._known:
            return  # a document is indexed under its first-read text
        exact, _, sketch = encoded.partition(":")
        self._known[doc_id] = encoded
        self._exact.setdefault(exact, []).append(doc_id)
        for i in range(0, min(len(sketch), 16 * INDEXED_HASHES), 16):
            self._postings.setdefault(sketch[i : i + 16], []).append(doc_id)

    def _fingerprint(self, doc_id: str) -> Fingerprint | None:
        known = self._known[doc_id]
        if isinstance(known, Fingerprint):
            return known
        decoded = Fingerprint.decode(known)
        if decoded is not None:
            self._known[doc_id] = decoded
        return decoded
