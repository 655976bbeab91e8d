"""A sentence's words with the attributes the readings test, decoded once.

Every reading walks the words of each sentence and tests their text, lemma, part of
speech, dependency or tag; `tok.lower_` and the like look the string up again on each
access, and a dozen readings over the same sentence paid for that a dozen times (a
fifth of the reading). The document's attributes are read here in one array and decoded
once, and each sentence's words are handed on as (token, lower, lemma, pos, dep, tag).
"""

from __future__ import annotations

from functools import cached_property

from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS, TAG  # type: ignore[import-not-found]  # (a .pyx)
from spacy.tokens import Doc, Token

# A word: its token, then tok.lower_, tok.lemma_, tok.pos_, tok.dep_ and tok.tag_.
Word = tuple[Token, str, str, str, str, str]
_ATTRS = [LOWER, LEMMA, POS, DEP, TAG]
# Each id's string, kept across documents: decoding it from the StringStore cost a tenth
# of this reading, and the same words come back in every document. (An id is a hash of
# its string, or a symbol's fixed id, so it means the same string in any vocabulary; the
# table is emptied when it grows past the bound, which a stream of new names could do.)
_NAMES: dict[int, str] = {}
_MAX_NAMES = 500_000


_KEY = "actorgraph.words"


def doc_words(doc: Doc) -> DocWords:
    """The document's decoded words, read once per Doc (the name readings look for
    their head words in them before they make a Token of any word)."""
    found = doc.user_data.get(_KEY)
    if not isinstance(found, DocWords):
        found = doc.user_data[_KEY] = DocWords(doc)
    return found


class DocWords:
    """The decoded attributes of every token of a document, by attribute."""

    def __init__(self, doc: Doc) -> None:
        # one list per attribute (the array read by column): the reading takes a
        # sentence's slice of each; each distinct id is decoded once
        ids: list[list[int]] = doc.to_array(_ATTRS).T.tolist()
        names = _NAMES
        if len(names) > _MAX_NAMES:
            names.clear()
        strings = doc.vocab.strings
        for v in set().union(*ids).difference(names):
            names[v] = strings[v]
        self.columns = [list(map(names.__getitem__, column)) for column in ids]
        self.lower, self.lemma, self.pos, self.dep, self.tag = self.columns
        # each token's head as an offset from it (0 for a root)
        self.head_offsets: list[int] = doc.to_array(HEAD).astype("int64").tolist()

    @cached_property
    def children(self) -> list[list[int]]:
        """Each token's children (`tok.children`) as their indices, in order: a reading
        that tests their dependency or form makes a Token only of those it keeps."""
        kids: list[list[int]] = [[] for _ in self.head_offsets]
        for i, offset in enumerate(self.head_offsets):
            if offset:
                kids[i + offset].append(i)
        return kids

    def sentence(self, tokens: list[Token]) -> list[Word]:
        """The words of a sentence given as its tokens, in order."""
        if not tokens:
            return []
        start, end = tokens[0].i, tokens[-1].i + 1
        lower, lemma, pos, dep, tag = (col[start:end] for col in self.columns)
        return list(zip(tokens, lower, lemma, pos, dep, tag, strict=True))

    def vocabulary(self, start: int, end: int) -> tuple[frozenset[str], frozenset[str]]:
        """The lower-case forms and the lemmas of the tokens from `start` to `end`, as
        sets: a rule that needs some word tests the sentence once with them (`isdisjoint`)
        and walks no token of a sentence without it."""
        lower, lemma = self.columns[0][start:end], self.columns[1][start:end]
        return frozenset(lower), frozenset(lemma)


def children_in(tok: Token, deps: frozenset[str] | tuple[str, ...]) -> list[Token]:
    """`[c for c in tok.children if c.dep_ in deps]`, a Token made only for those."""
    doc = tok.doc
    words = doc_words(doc)
    dep = words.dep
    return [doc[j] for j in words.children[tok.i] if dep[j] in deps]
