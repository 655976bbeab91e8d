"""Properties, checked on generated input (hypothesis).

(a) Extraction never raises on any text, every evidence span indexes the text exactly,
    and relations only point at actors of the same extraction.
(b) The embedded store, driven by random sequences of upserts (new versions of
    documents) and deletes, always holds what a trivial model says it should, and
    holds the same again after it is closed and reopened.
"""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from actorgraph.domain import Actor, ActorType, Evidence, Extraction, Relation, RelationType
from actorgraph.extract import extract_document
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.models import DocumentInfo
from actorgraph.graph.store import GraphStore

# ----------------------------------------------------------------------- extraction

ACTORS = [
    "Hezbollah",
    "Hamas",
    "Israel",
    "the Houthis",
    "Iran",
    "the United States",
    "Kataib Hezbollah",
    "al-Shabaab",
    "Somalia",
    "the army",
    "rebels",
    "Omar Haddad",
]
VERBS = [
    "attacked",
    "shelled",
    "condemned",
    "met",
    "denied attacking",
    "did not attack",
    "agreed a ceasefire with",
    "killed",
    "is led by",
    "said it supports",
]
MODIFIERS = ["", "on Monday", "in Baghdad", "near Sanaa", "on March 4, 2024", "again"]
PUNCTUATION = [".", ",", ";", " -", "!", "?", '"', "'", "(", ")", "\n\n", ":"]

# Sentences the extractor reads (actor, verb, actor, modifier, end), mixed with loose
# words and punctuation, so that relations do appear and are also cut and jumbled.
sentence = st.tuples(
    st.sampled_from(ACTORS),
    st.sampled_from(VERBS),
    st.sampled_from(ACTORS),
    st.sampled_from(MODIFIERS),
    st.sampled_from([".", "!", ";", ",", ""]),
).map(lambda parts: " ".join(p for p in parts[:4] if p) + parts[4])
noise = st.sampled_from([*ACTORS, *VERBS, *MODIFIERS, *PUNCTUATION])
conflict_text = st.lists(st.one_of(sentence, sentence, noise), max_size=12).map(" ".join)
any_text = st.text(max_size=300)


def check_extraction(nlp: Language, text: str) -> Extraction:
    extraction = extract_document(nlp, text, "generated.txt")
    assert extraction.document == "generated.txt"
    actor_ids = [a.id for a in extraction.actors]
    assert len(set(actor_ids)) == len(actor_ids)
    for relation in extraction.relations:
        assert relation.source in actor_ids and relation.target in actor_ids
        if relation.source_actor is not None:
            assert relation.source_actor in actor_ids
        for evidence in relation.evidence:
            assert 0 <= evidence.start < evidence.end <= len(text), evidence
            assert text[evidence.start : evidence.end] == evidence.text
    return extraction


EXTRACTION_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@EXTRACTION_SETTINGS
@given(text=any_text)
def test_extraction_of_any_text(nlp: Language, text: str) -> None:
    check_extraction(nlp, text)


@EXTRACTION_SETTINGS
@given(text=conflict_text)
def test_extraction_of_conflict_word_salad(nlp: Language, text: str) -> None:
    check_extraction(nlp, text)


def test_the_word_salad_strategy_does_yield_relations(nlp: Language) -> None:
    """Guards the strategy above: its sentences are ones the extractor reads."""
    text = "Hezbollah attacked Israel on Monday. Hamas condemned the Houthis!"
    assert check_extraction(nlp, text).relations


# ------------------------------------------------------------------------ the store

# Names, each with one type: a name keeps its type in every document, so merging is by
# name alone. Keys are distinct, so no two names merge.
NAMES: dict[str, ActorType] = {
    "Valdoria": ActorType.STATE,
    "Ostrava": ActorType.STATE,
    "Crimson Brigade": ActorType.ARMED_GROUP,
    "Omar Haddad": ActorType.PERSON,
    "Northgate airbase": ActorType.FACILITY,
}
NAME_LIST = sorted(NAMES)
RELATION_TYPES = [
    RelationType.TARGETS,
    RelationType.CRITICIZES,
    RelationType.LEADS,
    RelationType.MEETS_WITH,
]
DOCUMENTS = 4
VERSIONS = 3

Statement = tuple[str, str, str, str, bool]  # document, source, type, target, negated


def version_of(doc: int, version: int) -> Extraction:
    """Document `doc` in `version`: a deterministic choice of actors and relations, each
    relation with its own sentence; an extra actor mentioned without relations."""
    seed = doc * 7 + version * 3
    chosen = [NAME_LIST[(seed + k) % len(NAME_LIST)] for k in range(3)]
    actors = [Actor(f"a{k}", name, NAMES[name]) for k, name in enumerate(chosen)]
    relations = []
    for n in range(1 + (seed % 3)):
        text = f"Statement {n} of document {doc}, version {version}."
        relations.append(
            Relation(
                f"a{n % 3}",
                f"a{(n + 1) % 3}",
                RELATION_TYPES[(seed + n) % len(RELATION_TYPES)],
                (Evidence(text, n * 100, n * 100 + len(text)),),
                negated=(seed + n) % 4 == 0,
                date=f"2024-0{1 + doc}-1{version}",
            )
        )
    return Extraction(document=f"doc{doc}.txt", actors=tuple(actors), relations=tuple(relations))


def info_of(doc: int, version: int) -> DocumentInfo:
    return DocumentInfo(
        id=f"doc{doc}.txt",
        sha256=hashlib.sha256(f"{doc}/{version}".encode()).hexdigest(),
        words=10,
        ingested_at="2024-06-01T00:00:00+00:00",
    )


def model_statements(extraction: Extraction) -> set[Statement]:
    name = {a.id: a.name for a in extraction.actors}
    return {
        (extraction.document, name[r.source], r.type.value, name[r.target], r.negated)
        for r in extraction.relations
    }


def store_statements(store: GraphStore) -> set[Statement]:
    names = {a.id: a.name for a in store.search_actors("", limit=10_000)}
    found: list[Statement] = [
        (s.document, names[e.source], e.type.value, names[e.target], e.negated)
        for e in store.edges()
        for s in e.statements
    ]
    assert len(found) == len(set(found)), "a statement is stored twice"
    return set(found)


class Model:
    """What the store must hold: the current version of each stored document."""

    def __init__(self) -> None:
        self.versions: dict[int, int] = {}

    def upsert(self, doc: int, version: int) -> str:
        before = self.versions.get(doc)
        self.versions[doc] = version
        return "created" if before is None else "unchanged" if before == version else "replaced"

    def delete(self, doc: int) -> bool:
        return self.versions.pop(doc, None) is not None

    def extractions(self) -> list[Extraction]:
        return [version_of(doc, v) for doc, v in sorted(self.versions.items())]


def check_store(store: GraphStore, model: Model) -> None:
    extractions = model.extractions()
    expected = set().union(*(model_statements(x) for x in extractions))
    assert store_statements(store) == expected
    assert [d.id for d in store.list_documents()] == [x.document for x in extractions]
    assert {d.id: d.sha256 for d in store.list_documents()} == {
        f"doc{doc}.txt": info_of(doc, v).sha256 for doc, v in model.versions.items()
    }
    mentioned = {a.name for x in extractions for a in x.actors}
    actors = store.search_actors("", limit=10_000)
    assert {a.name for a in actors} == mentioned
    assert all(a.type == NAMES[a.name] for a in actors)
    stats = store.stats()
    assert (stats.actors, stats.statements, stats.documents) == (
        len(mentioned),
        len(expected),
        len(extractions),
    )


Op = tuple[str, int, int]  # ("upsert", doc, version) or ("delete", doc, 0)

operations = st.lists(
    st.one_of(
        st.tuples(
            st.just("upsert"),
            st.integers(0, DOCUMENTS - 1),
            st.integers(0, VERSIONS - 1),
        ),
        st.tuples(st.just("delete"), st.integers(0, DOCUMENTS - 1), st.just(0)),
    ),
    max_size=25,
)


def run_operations(store: EmbeddedStore, model: Model, ops: list[Op]) -> None:
    for op, doc, version in ops:
        if op == "upsert":
            result = store.upsert_document(info_of(doc, version), version_of(doc, version))
            assert result.status == model.upsert(doc, version), (op, doc, version)
        else:
            assert store.delete_document(f"doc{doc}.txt") is model.delete(doc)
        check_store(store, model)


def test_the_versions_differ_and_share_actors() -> None:
    """Guards the generator: replacing a document changes statements and actors."""
    first, second = version_of(0, 0), version_of(0, 1)
    assert model_statements(first) != model_statements(second)
    assert {a.name for a in first.actors} != {a.name for a in second.actors}
    assert {a.name for a in first.actors} & {a.name for a in version_of(1, 0).actors}


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=operations)
def test_store_follows_the_model(tmp_path_factory: pytest.TempPathFactory, ops: list[Op]) -> None:
    path = tmp_path_factory.mktemp("model") / "graph.sqlite3"
    model = Model()
    with EmbeddedStore(path) as store:
        run_operations(store, model, ops)
    with EmbeddedStore(path) as reopened:
        check_store(reopened, model)
        run_operations(reopened, model, [("upsert", 0, 2), ("delete", 1, 0)])  # goes on
    with EmbeddedStore(path) as again:
        check_store(again, model)
