"""An actor's documents a page at a time, and an actor read with only its first few
documents listed, on every store."""

from __future__ import annotations

import pytest

from actorgraph.graph.models import DocumentIdPage
from actorgraph.graph.store import GraphStore, NotFoundError
from tests.test_sources_contract import S_SHELL, story
from tests.test_store_contract import T, factory, info_for, rel, store

__all__ = ["factory", "store"]  # the parametrised fixtures, used here by name

# Stored out of order: pages come by id whatever the order of ingest.
NAMES = ["d-07.txt", "d-02.txt", "d-11.txt", "d-05.txt", "d-01.txt"]


def fill(store: GraphStore) -> str:
    for name in NAMES:
        doc = story(name, rel("a1", "a2", T.TARGETS, S_SHELL, 0))
        store.upsert_document(info_for(doc), doc)
    return store.search_actors("Red Hand", limit=1)[0].id


@pytest.mark.parametrize(
    ("offset", "limit", "ids"),
    [
        (0, 2, ["d-01.txt", "d-02.txt"]),
        (2, 2, ["d-05.txt", "d-07.txt"]),
        (4, 10, ["d-11.txt"]),
        (5, 10, []),
        (0, 0, []),
        (0, 50, sorted(NAMES)),
    ],
)
def test_actor_documents_pages_by_id(
    store: GraphStore, offset: int, limit: int, ids: list[str]
) -> None:
    actor = fill(store)
    assert store.actor_documents(actor, offset=offset, limit=limit) == DocumentIdPage(5, ids)


def test_actor_documents_of_an_unknown_actor_is_not_found(store: GraphStore) -> None:
    fill(store)
    with pytest.raises(NotFoundError, match="nobody"):
        store.actor_documents("nobody")


def test_get_actor_lists_the_first_documents_and_counts_them_all(store: GraphStore) -> None:
    actor = fill(store)
    whole = store.get_actor(actor)
    assert whole is not None and whole.documents == tuple(sorted(NAMES))
    assert whole.document_count == 5
    head = store.get_actor(actor, document_limit=2)
    assert head is not None
    assert (head.documents, head.document_count) == (("d-01.txt", "d-02.txt"), 5)
    assert (head.name, head.degree, head.first_seen) == (whole.name, whole.degree, whole.first_seen)
    none = store.get_actor(actor, document_limit=0)
    assert none is not None and (none.documents, none.document_count) == ((), 5)
    assert store.get_actor("nobody", document_limit=2) is None


def test_search_lists_the_first_documents_and_counts_them_all(store: GraphStore) -> None:
    actor = fill(store)
    whole = store.search_actors("Red Hand", limit=1)
    assert [a.documents for a in whole] == [tuple(sorted(NAMES))]
    head = store.search_actors("Red Hand", limit=1, document_limit=2)
    assert [(a.id, a.documents, a.document_count) for a in head] == [
        (actor, ("d-01.txt", "d-02.txt"), 5)
    ]
    assert (head[0].name, head[0].degree) == (whole[0].name, whole[0].degree)
    listed = store.search_actors("", limit=10, document_limit=0)
    assert {a.id: (a.documents, a.document_count) for a in listed}[actor] == ((), 5)
    assert [a.id for a in listed] == [a.id for a in store.search_actors("", limit=10)]



def test_search_page_is_a_window_of_the_ranking_with_its_total(store: GraphStore) -> None:
    fill(store)
    doc = story("d-20.txt", rel("a1", "a3", T.TARGETS, S_SHELL, 0))
    store.upsert_document(info_for(doc), doc)
    ranked = [a.id for a in store.search_actors("", limit=100)]
    assert len(ranked) >= 3
    pages = [store.search_page("", offset=n, limit=2, document_limit=1) for n in (0, 2, 4)]
    assert {p.total for p in pages} == {len(ranked)}
    assert [a.id for p in pages for a in p.items] == ranked
    assert all(len(a.documents) <= 1 for p in pages for a in p.items)
    assert store.search_page("", offset=len(ranked), limit=5).items == []
    one = store.search_page("Red Hand", limit=1)
    assert (one.total, [a.name for a in one.items]) == (1, ["Red Hand"])
