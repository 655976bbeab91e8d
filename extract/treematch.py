"""A small matcher for the part of spaCy's DependencyMatcher format the patterns use.

spaCy's DependencyMatcher first runs a token Matcher for every node of every pattern over
the whole document; with broad nodes ("any dobj") that cost a third of the parse time.
Here the first node of each pattern (always a verb or noun with a lemma list) is looked
up once per token in a dict, and the other nodes are only tried from there along the
tree. Same format and semantics for what it accepts: operators `>` (a child), `<` (the
head), `>>` (a descendant); attributes DEP, LEMMA, LOWER, ORTH, POS, TAG as a value,
`{"IN": [...]}` or `{"NOT_IN": [...]}`. Anything else is refused at load time, so a
pattern never silently means less than it says (tests check both matchers agree on every example).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, ORTH, POS, TAG  # type: ignore[import-not-found]
from spacy.strings import StringStore
from spacy.tokens import Doc, Token

from .textprep import sentence_starts

OPERATORS = (">", "<", ">>")
# Each attribute is read as its integer id (a hash, or a symbol's id for POS and the
# usual labels): no string is decoded per token, and the pattern's values are turned into
# ids once, when the pattern is added. A match is tried on the document's attributes
# read in one array (`_Tree`), not on Token objects: a Token made for every node tried
# (and for every child and head walked to) cost more than the tests themselves.
_ATTRS: dict[str, int] = {"DEP": DEP, "LEMMA": LEMMA, "LOWER": LOWER, "ORTH": ORTH,
                          "POS": POS, "TAG": TAG}
_COLUMNS = [*_ATTRS.values(), HEAD]  # (HEAD: the head's offset from the token)

Test = tuple[int, frozenset[int]]  # a column of `_Tree.columns` and the values allowed


class _Except(frozenset[int]):
    """The values allowed by a NOT_IN: all but these (`in` answers for the others)."""

    def __contains__(self, value: object) -> bool:
        return not super().__contains__(value)

# The columns of words (not of tags): a node that tests one needs its word in the sentence.
_WORD_COLUMNS = frozenset(list(_ATTRS).index(name) for name in ("LEMMA", "LOWER", "ORTH"))


class TreePatternError(ValueError):
    """A pattern that uses more of the DependencyMatcher format than this matcher reads."""


def _tests(attrs: dict[str, Any], strings: StringStore, where: str) -> tuple[Test, ...]:
    out: list[Test] = []
    for name, value in attrs.items():
        if name not in _ATTRS:
            raise TreePatternError(f"{where}: attribute {name!r} is not read here "
                                   f"(use {', '.join(_ATTRS)})")
        if isinstance(value, dict):
            op, listed = next(iter(value.items())) if len(value) == 1 else (None, None)
            if op not in ("IN", "NOT_IN") or not isinstance(listed, list):
                raise TreePatternError(f"{where}: {name} takes a value, {{\"IN\": [...]}} "
                                       f"or {{\"NOT_IN\": [...]}}")
            values = [str(v) for v in listed]
        else:
            op, values = "IN", [str(value)]
        ids = (strings.add(v) for v in values)
        allowed = frozenset(ids) if op == "IN" else _Except(ids)
        out.append((list(_ATTRS).index(name), allowed))
    return tuple(out)


class _Tree:
    """A document's attributes by column, its heads and its children, read once."""

    def __init__(self, doc: Doc, word_columns: frozenset[int] = _WORD_COLUMNS) -> None:
        rows = doc.to_array(_COLUMNS)
        # (the array is unsigned; HEAD's negative offsets come back as int64 by a view)
        heads = rows[:, len(_ATTRS)].view("int64") + np.arange(len(doc))
        self.columns: list[list[int]] = rows[:, : len(_ATTRS)].T.tolist()
        self.heads: list[int] = heads.tolist()
        self.children: list[list[int]] = [[] for _ in self.heads]
        for i, head in enumerate(self.heads):
            if head != i:
                self.children[head].append(i)  # in order, as `Token.children` gives them
        self._starts = sentence_starts(doc)
        self._words: dict[int, list[set[int]]] = {}  # sentence -> its values by column
        # (only the columns some pattern needs a word of: the rest stay empty sets)
        self._word_columns = word_columns

    def sentence_words(self, i: int) -> list[set[int]]:
        """The values of each column in the sentence of token `i`, as sets (the word
        columns only; made once per sentence)."""
        k = bisect_right(self._starts, i) - 1
        words = self._words.get(k)
        if words is None:
            start = self._starts[k]
            end = self._starts[k + 1] if k + 1 < len(self._starts) else len(self.heads)
            words = self._words[k] = [set(column[start:end]) if c in self._word_columns
                                      else set()
                                      for c, column in enumerate(self.columns)]
        return words

    def fits(self, i: int, tests: tuple[Test, ...]) -> bool:
        columns = self.columns
        # (a plain loop: `all()` over a generator costs more than the tests themselves)
        for column, allowed in tests:  # noqa: SIM110
            if columns[column][i] not in allowed:
                return False
        return True

    def subtree(self, i: int) -> Iterator[int]:
        """`Token.subtree`'s order: the left children's subtrees, the token, the right."""
        kids = self.children[i]
        for k in kids:
            if k < i:
                yield from self.subtree(k)
        yield i
        for k in kids:
            if k > i:
                yield from self.subtree(k)


class _Compiled:
    def __init__(self, key: str, spec: list[dict[str, Any]], strings: StringStore) -> None:
        where = f"pattern {key!r}"
        root = spec[0]
        lemmas = root.get("RIGHT_ATTRS", {}).get("LEMMA")
        if not isinstance(lemmas, dict) or not isinstance(lemmas.get("IN"), list):
            raise TreePatternError(f"{where}: the first node needs a LEMMA IN list")
        self.key = key
        self.lemmas = frozenset(str(v) for v in lemmas["IN"])
        # The root's lemma is what `TreeMatcher` looked it up by: only its other tests
        # are left to try.
        self.root_tests = _tests({k: v for k, v in root["RIGHT_ATTRS"].items()
                                  if k != "LEMMA"}, strings, where)
        self.names = [str(root["RIGHT_ID"])]
        self.steps: list[tuple[int, str, tuple[Test, ...]]] = []
        for node in spec[1:]:
            left, op = node.get("LEFT_ID"), node.get("REL_OP")
            if left not in self.names or op not in OPERATORS:
                raise TreePatternError(f"{where}: node {node.get('RIGHT_ID')!r} needs an earlier "
                                       f"LEFT_ID and an operator in {OPERATORS}")
            tests = _tests(node["RIGHT_ATTRS"], strings, where)
            self.steps.append((self.names.index(left), op, tests))
            self.names.append(str(node["RIGHT_ID"]))
        # the words the other nodes need, each in some token of the sentence
        self.needs = tuple(test for _, _, tests in self.steps for test in tests
                           if test[0] in _WORD_COLUMNS and not isinstance(test[1], _Except))

    def match(self, tree: _Tree, root: int, words: list[set[int]]) -> list[list[int]]:
        """Each binding of the pattern's nodes from `root`, as token offsets (`words`:
        the values of the root's sentence, `_Tree.sentence_words`)."""
        found: list[list[int]] = []
        if not tree.fits(root, self.root_tests):
            return found
        # a pattern whose other nodes need words the sentence lacks is not tried there
        # (its nodes are bound inside the one sentence's tree)
        for column, allowed in self.needs:
            if allowed.isdisjoint(words[column]):
                return found
        self._extend(tree, [root], 0, found)
        return found

    def _extend(self, tree: _Tree, bound: list[int], step: int, found: list[list[int]]
                ) -> None:
        """Add to `found` each binding of the nodes from `step` on, depth first (the
        order of a generator's, but a plain call per node tried: nested generators cost
        more than the tests)."""
        if step == len(self.steps):
            found.append(list(bound))
            return
        left, op, tests = self.steps[step]
        anchor = bound[left]
        options: Iterable[int]
        if op == ">":
            options = tree.children[anchor]
        elif op == "<":
            head = tree.heads[anchor]
            options = [head] if head != anchor else []
        else:
            options = [t for t in tree.subtree(anchor) if t != anchor]
        for i in options:
            if i not in bound and tree.fits(i, tests):
                bound.append(i)
                self._extend(tree, bound, step + 1, found)
                bound.pop()


class TreeMatcher:
    """Patterns by key; `__call__` yields (key, tokens in pattern order) per match."""

    def __init__(self, strings: StringStore) -> None:
        self._strings = strings
        self._by_lemma: dict[int, list[_Compiled]] = {}
        self._needed: frozenset[int] = frozenset()  # the word columns the patterns need

    def add(self, key: str, spec: list[dict[str, Any]]) -> None:
        compiled = _Compiled(key, spec, self._strings)
        self._needed |= {column for column, _ in compiled.needs}
        for lemma in compiled.lemmas:
            self._by_lemma.setdefault(self._strings.add(lemma), []).append(compiled)

    def __call__(self, doc: Doc) -> Iterator[tuple[str, list[Token]]]:
        # the roots: tokens whose lemma starts some pattern, found from one array
        by_lemma = self._by_lemma
        tree: _Tree | None = None  # (read only for a document with some root)
        for i, lemma in enumerate(doc.to_array("LEMMA").tolist()):
            if lemma in by_lemma:
                tree = tree or _Tree(doc, self._needed)
                words = tree.sentence_words(i)
                for compiled in by_lemma[lemma]:
                    for found in compiled.match(tree, i, words):
                        yield compiled.key, [doc[k] for k in found]
