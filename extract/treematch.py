"""A small matcher for the part of spaCy's DependencyMatcher format the patterns use.

spaCy's DependencyMatcher first runs a token Matcher for every node of every pattern over
the whole document; with broad nodes ("any dobj") that cost a third of the parse time.
Here the first node of each pattern (always a verb or noun with a lemma list) is looked
up once per token in a dict, and the other nodes are only tried from there along the
tree. Same format and semantics for what it accepts: operators `>` (a child), `<` (the
head), `>>` (a descendant); attributes DEP, LEMMA, LOWER, ORTH, POS, TAG as a value or
`{"IN": [...]}`. Anything else is refused at load time, so a pattern never silently
means less than it says (tests check both matchers agree on every example).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from operator import attrgetter
from typing import Any

from spacy.strings import StringStore
from spacy.tokens import Doc, Token

OPERATORS = (">", "<", ">>")
# Each attribute is read as its integer id (a hash, or a symbol's id for POS and the
# usual labels): no string is decoded per token, and the pattern's values are turned into
# ids once, when the pattern is added.
_ATTRS: dict[str, Callable[[Token], int]] = {
    "DEP": attrgetter("dep"),
    "LEMMA": attrgetter("lemma"),
    "LOWER": attrgetter("lower"),
    "ORTH": attrgetter("orth"),
    "POS": attrgetter("pos"),
    "TAG": attrgetter("tag"),
}

Test = tuple[Callable[[Token], int], frozenset[int]]


class TreePatternError(ValueError):
    """A pattern that uses more of the DependencyMatcher format than this matcher reads."""


def _tests(attrs: dict[str, Any], strings: StringStore, where: str) -> tuple[Test, ...]:
    out: list[Test] = []
    for name, value in attrs.items():
        if name not in _ATTRS:
            raise TreePatternError(f"{where}: attribute {name!r} is not read here "
                                   f"(use {', '.join(_ATTRS)})")
        if isinstance(value, dict):
            if set(value) != {"IN"} or not isinstance(value["IN"], list):
                raise TreePatternError(f"{where}: {name} takes a value or {{\"IN\": [...]}}")
            values = [str(v) for v in value["IN"]]
        else:
            values = [str(value)]
        allowed = frozenset(strings.add(v) for v in values)
        out.append((_ATTRS[name], allowed))
    return tuple(out)


def _fits(tok: Token, tests: tuple[Test, ...]) -> bool:
    # (a plain loop: `all()` over a generator costs more than the tests themselves)
    for get, allowed in tests:  # noqa: SIM110
        if get(tok) not in allowed:
            return False
    return True


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

    def match(self, root: Token) -> Iterator[list[Token]]:
        if _fits(root, self.root_tests):
            yield from self._extend([root], 0)

    def _extend(self, bound: list[Token], step: int) -> Iterator[list[Token]]:
        if step == len(self.steps):
            yield list(bound)
            return
        left, op, tests = self.steps[step]
        anchor = bound[left]
        if op == ">":
            options: Any = anchor.children
        elif op == "<":
            options = [anchor.head] if anchor.head.i != anchor.i else []
        else:
            options = (t for t in anchor.subtree if t.i != anchor.i)
        taken = {t.i for t in bound}
        for tok in options:
            if tok.i not in taken and _fits(tok, tests):
                bound.append(tok)
                yield from self._extend(bound, step + 1)
                bound.pop()


class TreeMatcher:
    """Patterns by key; `__call__` yields (key, tokens in pattern order) per match."""

    def __init__(self, strings: StringStore) -> None:
        self._strings = strings
        self._by_lemma: dict[int, list[_Compiled]] = {}

    def add(self, key: str, spec: list[dict[str, Any]]) -> None:
        compiled = _Compiled(key, spec, self._strings)
        for lemma in compiled.lemmas:
            self._by_lemma.setdefault(self._strings.add(lemma), []).append(compiled)

    def __call__(self, doc: Doc) -> Iterator[tuple[str, list[Token]]]:
        # the roots: tokens whose lemma starts some pattern, found from one array
        by_lemma = self._by_lemma
        for i, lemma in enumerate(doc.to_array("LEMMA").tolist()):
            if lemma in by_lemma:
                tok = doc[i]
                for compiled in by_lemma[lemma]:
                    for tokens in compiled.match(tok):
                        yield compiled.key, tokens
