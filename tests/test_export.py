"""Exports (JSON, GraphML, CSV), the JSON import, and GET /export.

The stories below are invented; evidence offsets index them exactly.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import networkx as nx
import pytest
from fastapi.testclient import TestClient

from actorgraph.api import create_app
from actorgraph.domain import (
    CAMEO_CODES,
    RELATION_FAMILIES,
    Actor,
    ActorType,
    Extraction,
    Relation,
    RelationType,
)
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.events import EVENT_COLUMNS, event_rows, quad_class
from actorgraph.graph.export import (
    EDGE_COLUMNS,
    LIST_SEPARATOR,
    NODE_COLUMNS,
    ExportFormat,
    ExportTargetError,
    ImportFormatError,
    export_graph,
    import_graph,
    load_networkx,
)
from actorgraph.graph.models import DocumentInfo, GraphStats
from actorgraph.graph.store import StoreError, StoreUnavailableError
from actorgraph.settings import Settings
from tests.neo4j_server import Neo4jStoreFactory
from tests.samples import fill, info, sentence

# Ali Hassan is introduced without his short name; a man called only "Hassan" follows
# in another story; only then does a third story call Ali Hassan "Hassan". The store
# keeps two actors, and an import must not let the alias swallow the second one.
FRONT_TEXT = "DUNMORE, May 2 - Ali Hassan, head of the Tamar Front, met Nadia Karim on Monday."
SHOP_TEXT = (
    "A shopkeeper named Hassan was killed by the Tamar Front in Dunmore. "
    '=HYPERLINK("x") was scrawled on the\x0bwall.'
)
TALKS_TEXT = (
    "Ali Hassan (known as Hassan) said Jordan would host talks. Jordan, a Tamar Front "
    "spokesman from Überstadt, agreed."
)


def front() -> Extraction:
    return Extraction(
        document="front.txt",
        date="2022-05-02",
        actors=(
            Actor("p", "Ali Hassan", ActorType.PERSON),
            Actor("g", "Tamar Front", ActorType.ARMED_GROUP),
            Actor("k", "Nadia Karim", ActorType.PERSON),
        ),
        relations=(
            Relation(
                "p",
                "g",
                RelationType.LEADS,
                (sentence(FRONT_TEXT, "Ali Hassan, head of the Tamar Front"),),
            ),
            Relation(
                "p",
                "k",
                RelationType.MEETS_WITH,
                (
                    sentence(
                        FRONT_TEXT,
                        "Ali Hassan, head of the Tamar Front, met Nadia Karim on Monday.",
                    ),
                ),
                date="2022-05-02",
                confidence=0.7,
            ),
        ),
    )


def shop() -> Extraction:
    return Extraction(
        document="shop.txt",
        actors=(
            Actor("g", "Tamar Front", ActorType.ARMED_GROUP, aliases=("=Tamar",)),
            Actor("h", "Hassan", ActorType.PERSON),
        ),
        relations=(
            Relation(
                "g",
                "h",
                RelationType.KILLED,
                (
                    sentence(
                        SHOP_TEXT,
                        "A shopkeeper named Hassan was killed by the Tamar Front in Dunmore.",
                    ),
                    sentence(SHOP_TEXT, '=HYPERLINK("x") was scrawled on the\x0bwall.'),
                ),
                date="2022-05-03",
                confidence=0.6,
                cameo="186",
            ),
        ),
    )


def talks() -> Extraction:
    return Extraction(
        document="talks.txt",
        date="2022-05-04",
        actors=(
            Actor("p", "Ali Hassan", ActorType.PERSON, aliases=("Hassan",)),
            # One slug, two actors: the state and a person called Jordan.
            Actor("j", "Jordan", ActorType.STATE),
            Actor("s", "Jordan", ActorType.PERSON),
            Actor("g", "Tamar Front", ActorType.ARMED_GROUP),
        ),
        relations=(
            Relation(
                "s",
                "g",
                RelationType.SPOKESPERSON_FOR,
                (sentence(TALKS_TEXT, "Jordan, a Tamar Front spokesman from Überstadt, agreed."),),
                confidence=0.9,
            ),
            Relation(
                "j",
                "p",
                RelationType.COOPERATES_WITH,
                (
                    sentence(
                        TALKS_TEXT, "Ali Hassan (known as Hassan) said Jordan would host talks."
                    ),
                ),
                source_actor="p",
            ),
        ),
    )


STORIES = ((front(), FRONT_TEXT), (shop(), SHOP_TEXT), (talks(), TALKS_TEXT))


def fill_stories(store: EmbeddedStore) -> None:
    for n, (extraction, text) in enumerate(STORIES):
        base = info(extraction, text)
        # Distinct ingest times: the import replays documents in this order.
        stamped = DocumentInfo(
            base.id, base.sha256, base.date, base.words, f"2022-05-0{n + 5}T00:00:00+00:00"
        )
        store.upsert_document(stamped, extraction)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    graph_store = EmbeddedStore(tmp_path / "source.sqlite3")
    fill(graph_store)
    fill_stories(graph_store)
    yield graph_store
    graph_store.close()


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[EmbeddedStore]:
    graph_store = EmbeddedStore(tmp_path / "target.sqlite3")
    yield graph_store
    graph_store.close()


def exported(store: EmbeddedStore, fmt: ExportFormat) -> bytes:
    out = io.BytesIO()
    export_graph(store, fmt, out)
    return out.getvalue()


def by_name(store: EmbeddedStore) -> dict[tuple[str, str], Any]:
    return {(a.name, a.type.value): a for a in store.search_actors("", limit=1000)}


# ---------------------------------------------------------------------------- JSON


def test_json_round_trip_rebuilds_the_same_graph(
    store: EmbeddedStore, empty: EmbeddedStore
) -> None:
    first = exported(store, ExportFormat.JSON)
    report = import_graph(empty, first)
    assert report.count("created") == 6
    assert report.renamed == {}
    assert exported(empty, ExportFormat.JSON) == first
    # The same store contents, not just the same file.
    assert empty.list_documents() == store.list_documents()
    assert empty.edges() == store.edges()
    assert by_name(empty) == by_name(store)
    assert empty.stats() == store.stats()


def test_json_round_trip_keeps_source_metadata_and_copies(
    store: EmbeddedStore, empty: EmbeddedStore
) -> None:
    first = store.list_documents()[0]
    copy = replace(
        first, id="wire-copy.txt", sha256="0" * 64, title="Wire copy",
        url="https://wire.example/1", published="2024-05-01", publisher="Wire Service",
        reliability="C", duplicate_of=first.id,
    )
    store.upsert_document(copy, Extraction(document=copy.id))
    import_graph(empty, exported(store, ExportFormat.JSON))
    assert empty.list_documents() == store.list_documents()
    imported = empty.get_document("wire-copy.txt")
    assert imported is not None
    assert (imported.duplicate_of, imported.publisher, imported.reliability) == (
        first.id, "Wire Service", "C"
    )


def test_import_keeps_an_alias_from_capturing_another_actor(
    store: EmbeddedStore, empty: EmbeddedStore
) -> None:
    import_graph(empty, exported(store, ExportFormat.JSON))
    actors = by_name(empty)
    assert actors["Ali Hassan", "PERSON"].aliases == ("Hassan",)
    assert actors["Hassan", "PERSON"].id == "hassan"
    assert actors["Jordan", "STATE"].id == "jordan"
    assert actors["Jordan", "PERSON"].id == "jordan-2"


def test_json_has_every_statement_field(store: EmbeddedStore) -> None:
    data = json.loads(exported(store, ExportFormat.JSON))
    assert data["format"] == "actorgraph-graph" and data["version"] == 1
    assert data["graph"] == {"actors": 13, "edges": 11, "statements": 12, "documents": 6}
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["omar-haddad"]["aliases"] == ["Haddad"]
    assert nodes["omar-haddad"]["type"] == "PERSON"
    assert nodes["tamar-front"]["documents"] == ["front.txt", "shop.txt", "talks.txt"]
    links = {(link["source"], link["target"], link["key"]): link for link in data["links"]}
    denied = links["crimson-brigade", "eastport-embassy", "TARGETS:negated"]
    assert denied["negated"] is True
    (statement,) = denied["statements"]
    assert set(statement) == {
        "document", "text", "start", "end", "date", "negated", "state", "source_actor"
    }  # fmt: skip
    assert statement["source_actor"] == "omar-haddad"
    assert statement["document"] == "raid.txt"
    ceasefire = links["valdoria", "ostrava", "CEASEFIRE_WITH"]
    assert ceasefire["statements"][0]["state"] == "agreed"
    assert ceasefire["cameo"] == "0871"
    killed = links["tamar-front", "hassan", "KILLED"]
    assert (killed["count"], killed["confidence"], killed["cameo"]) == (2, 0.6, "186")
    assert killed["statements"][1]["text"] == '=HYPERLINK("x") was scrawled on the\x0bwall.'


def test_json_loads_as_the_stores_networkx_graph(store: EmbeddedStore) -> None:
    graph = load_networkx(exported(store, ExportFormat.JSON))
    expected = store.to_networkx()
    assert set(graph.nodes) == set(expected.nodes)
    assert set(graph.edges(keys=True)) == set(expected.edges(keys=True))
    assert graph.nodes["omar-haddad"]["name"] == "Omar Haddad"


def test_export_of_an_empty_store_imports_as_empty(empty: EmbeddedStore, tmp_path: Path) -> None:
    data = exported(empty, ExportFormat.JSON)
    assert json.loads(data)["nodes"] == []
    other = EmbeddedStore(tmp_path / "other.sqlite3")
    try:
        assert import_graph(other, data).results == []
        assert other.stats().actors == 0
    finally:
        other.close()


def test_reimport_changes_nothing(store: EmbeddedStore, empty: EmbeddedStore) -> None:
    data = exported(store, ExportFormat.JSON)
    import_graph(empty, data)
    again = import_graph(empty, data)
    assert again.count("unchanged") == 6
    assert exported(empty, ExportFormat.JSON) == data


def test_import_finishes_a_half_done_import(store: EmbeddedStore, empty: EmbeddedStore) -> None:
    data = exported(store, ExportFormat.JSON)
    # As if the first pass (canonical names only) had stored talks.txt, then died.
    talks_doc = next(d for d in json.loads(data)["documents"] if d["id"] == "talks.txt")
    pending = DocumentInfo("talks.txt", talks_doc["sha256"] + ":import-pending", "2022-05-04")
    extraction = talks()
    no_aliases = tuple(replace(actor, aliases=()) for actor in extraction.actors)
    empty.upsert_document(pending, replace(extraction, actors=no_aliases))
    import_graph(empty, data)
    assert exported(empty, ExportFormat.JSON) == data


def test_import_from_path_stream_and_mapping(store: EmbeddedStore, tmp_path: Path) -> None:
    path = tmp_path / "graph.json"
    summary = export_graph(store, "json", path)
    assert summary.actors == 13 and summary.statements == 12
    assert not list(tmp_path.glob("*.tmp"))
    for n, source in enumerate(
        (path, io.BytesIO(path.read_bytes()), json.loads(path.read_text("utf-8")))
    ):
        target = EmbeddedStore(tmp_path / f"t{n}.sqlite3")
        try:
            import_graph(target, source)
            assert exported(target, ExportFormat.JSON) == path.read_bytes()
        finally:
            target.close()


def _valid() -> dict[str, Any]:
    return {
        "format": "actorgraph-graph",
        "version": 1,
        "documents": [{"id": "d.txt", "sha256": "abc"}],
        "nodes": [
            {"id": "a", "name": "Alpha Group", "type": "ARMED_GROUP", "documents": ["d.txt"]},
            {"id": "b", "name": "Beta Town", "type": "LOCATION", "documents": ["d.txt"]},
        ],
        "links": [
            {
                "source": "a",
                "target": "b",
                "type": "CONTROLS",
                "statements": [{"document": "d.txt", "text": "x", "start": 0, "end": 1}],
            }
        ],
    }


def _broken(change: str) -> Any:
    data = _valid()
    if change == "format":
        data["format"] = "something-else"
    elif change == "version":
        data["version"] = 2
    elif change == "relation type":
        data["links"][0]["type"] = "HUGS"
    elif change == "actor type":
        data["nodes"][0]["type"] = "ROBOT"
    elif change == "unknown actor":
        data["links"][0]["target"] = "zzz"
    elif change == "unknown document":
        data["links"][0]["statements"][0]["document"] = "other.txt"
    elif change == "unknown claimant":
        data["links"][0]["statements"][0]["source_actor"] = "zzz"
    elif change == "duplicate actor":
        data["nodes"][1]["id"] = "a"
    elif change == "no statements":
        data["links"][0]["statements"] = []
    elif change == "not an object":
        return [data]
    return data


@pytest.mark.parametrize(
    "change",
    [
        "format",
        "version",
        "relation type",
        "actor type",
        "unknown actor",
        "unknown document",
        "unknown claimant",
        "duplicate actor",
        "no statements",
        "not an object",
    ],
)
def test_import_rejects_invalid_data_and_writes_nothing(change: str, empty: EmbeddedStore) -> None:
    with pytest.raises(ImportFormatError):
        import_graph(empty, json.dumps(_broken(change)))
    assert empty.stats().documents == 0


def test_import_rejects_text_that_is_not_json(empty: EmbeddedStore) -> None:
    with pytest.raises(ImportFormatError, match="not valid JSON"):
        import_graph(empty, b"<graphml/>")


def test_minimal_valid_import(empty: EmbeddedStore) -> None:
    report = import_graph(empty, json.dumps(_valid()))
    assert report.count("created") == 1
    (edge,) = empty.edges()
    assert (edge.source, edge.target, edge.type) == ("alpha-group", "beta-town", "CONTROLS")
    assert report.renamed == {"a": "alpha-group", "b": "beta-town"}


@pytest.mark.parametrize("relation", list(RelationType))
def test_every_relation_type_has_a_cameo_entry_and_a_family(relation: RelationType) -> None:
    # The exports write both; CONTRIBUTING.md's "add a relation type" relies on this.
    assert relation in CAMEO_CODES
    assert RELATION_FAMILIES[relation] in {"hierarchy", "cooperation", "statements", "violence"}


def test_unknown_format_is_refused(store: EmbeddedStore) -> None:
    with pytest.raises(ValueError, match="graphml, gexf, json, csv, events-csv, events-parquet"):
        export_graph(store, "xlsx", io.BytesIO())


# ------------------------------------------------------------------------- GraphML


def test_graphml_reads_back_with_typed_attributes(store: EmbeddedStore, tmp_path: Path) -> None:
    path = tmp_path / "g.graphml"
    export_graph(store, ExportFormat.GRAPHML, path)
    graph = nx.read_graphml(path, force_multigraph=True)
    assert isinstance(graph, nx.MultiDiGraph)
    stats = store.stats()
    assert graph.number_of_nodes() == stats.actors
    assert graph.number_of_edges() == stats.edges

    haddad = graph.nodes["omar-haddad"]
    assert haddad["label"] == "Omar Haddad"
    assert haddad["type"] == "PERSON"
    assert haddad["aliases"] == "Haddad"
    assert isinstance(haddad["degree"], int) and haddad["degree"] == 1
    assert isinstance(haddad["document_count"], int)

    tamar = graph.nodes["tamar-front"]
    assert tamar["documents"].split(LIST_SEPARATOR) == ["front.txt", "shop.txt", "talks.txt"]

    (killed,) = graph.get_edge_data("tamar-front", "hassan").values()
    assert killed["relation"] == killed["label"] == "KILLED"
    assert killed["negated"] is False
    assert isinstance(killed["confidence"], float) and killed["confidence"] == 0.6
    assert isinstance(killed["count"], int) and killed["count"] == 2
    assert isinstance(killed["weight"], float) and killed["weight"] == 2.0
    assert killed["cameo"] == "186"
    assert killed["family"] == "violence"
    # Sentences one per line; the vertical tab, which XML cannot carry, became U+FFFD
    # (the whitespace collapse already turned it into a space).
    assert killed["evidence"].split(LIST_SEPARATOR) == [
        "A shopkeeper named Hassan was killed by the Tamar Front in Dunmore.",
        '=HYPERLINK("x") was scrawled on the wall.',
    ]
    (denied,) = graph.get_edge_data("crimson-brigade", "eastport-embassy").values()
    assert denied["negated"] is True
    assert denied["source_actors"] == "omar-haddad"
    (meets,) = graph.get_edge_data("ali-hassan", "nadia-karim").values()
    assert meets["symmetric"] is True


def test_graphml_replaces_characters_xml_cannot_hold(empty: EmbeddedStore) -> None:
    text = "Bell\x07 Group fired on Dock\x01 Nine."
    extraction = Extraction(
        document="ctl.txt",
        actors=(
            Actor("a", "Bell\x07 Group", ActorType.ARMED_GROUP),
            Actor("b", "Dock Nine", ActorType.FACILITY),
        ),
        relations=(Relation("a", "b", RelationType.TARGETS, (sentence(text, text),)),),
    )
    empty.upsert_document(info(extraction, text), extraction)
    graph = nx.read_graphml(io.BytesIO(exported(empty, ExportFormat.GRAPHML)))
    (node,) = [n for n, d in graph.nodes(data=True) if d["type"] == "ARMED_GROUP"]
    assert graph.nodes[node]["label"] == "Bell\ufffd Group"
    (edge,) = [d for _, _, d in graph.edges(data=True)]
    assert edge["evidence"] == "Bell\ufffd Group fired on Dock\ufffd Nine."


def test_graphml_edge_ids_are_unique(store: EmbeddedStore) -> None:
    root = ElementTree.fromstring(exported(store, ExportFormat.GRAPHML))
    ids = [edge.get("id") for edge in root.iter("{http://graphml.graphdrawing.org/xmlns}edge")]
    assert len(ids) == store.stats().edges == len(set(ids))


# ----------------------------------------------------------------------------- CSV


def read_csv(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


def test_csv_zip_has_nodes_and_edges(store: EmbeddedStore) -> None:
    with zipfile.ZipFile(io.BytesIO(exported(store, ExportFormat.CSV))) as archive:
        assert archive.namelist() == ["nodes.csv", "edges.csv"]
        nodes_data = archive.read("nodes.csv")
        edges_data = archive.read("edges.csv")
    assert nodes_data.decode("utf-8").splitlines()[0] == ",".join(NODE_COLUMNS)
    assert edges_data.decode("utf-8").splitlines()[0] == ",".join(EDGE_COLUMNS)
    nodes = read_csv(nodes_data)
    edges = read_csv(edges_data)
    assert len(nodes) == 13 and len(edges) == 11

    tamar = next(n for n in nodes if n["id"] == "tamar-front")
    # "=Tamar" would run as a formula in a spreadsheet: it is quoted with an apostrophe.
    assert tamar["aliases"] == "'=Tamar"
    assert tamar["document_count"] == "3"
    jordan = next(n for n in nodes if n["id"] == "jordan-2")
    assert (jordan["label"], jordan["type"]) == ("Jordan", "PERSON")

    killed = next(e for e in edges if e["relation"] == "KILLED")
    assert killed["source_name"] == "Tamar Front" and killed["target_name"] == "Hassan"
    assert killed["count"] == "2" and killed["confidence"] == "0.6"
    assert killed["negated"] == "False"
    # A formula only runs from the start of a cell; the second sentence stays as read.
    assert killed["evidence"].split(LIST_SEPARATOR) == [
        "A shopkeeper named Hassan was killed by the Tamar Front in Dunmore.",
        '=HYPERLINK("x") was scrawled on the wall.',
    ]
    spokesman = next(e for e in edges if e["relation"] == "SPOKESPERSON_FOR")
    assert "Überstadt" in spokesman["evidence"]
    assert spokesman["first_seen"] == "2022-05-04"  # the undated statement took the dateline


def test_csv_into_a_directory_writes_two_files(store: EmbeddedStore, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    out.mkdir()
    summary = export_graph(store, "csv", out)
    assert sorted(p.name for p in out.iterdir()) == ["edges.csv", "nodes.csv"]
    assert len(read_csv((out / "nodes.csv").read_bytes())) == summary.actors
    assert len(read_csv((out / "edges.csv").read_bytes())) == summary.edges


# ----------------------------------------------------------------------------- API


@pytest.fixture
def client(store: EmbeddedStore, tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(data_dir=tmp_path), store=store)) as test_client:
        yield test_client


@pytest.mark.parametrize(
    ("fmt", "media_type", "filename"),
    [
        ("graphml", "application/graphml+xml", "actorgraph.graphml"),
        ("json", "application/json", "actorgraph.json"),
        ("csv", "application/zip", "actorgraph-csv.zip"),
        ("gexf", "application/gexf+xml", "actorgraph.gexf"),
        ("events-csv", "text/csv", "actorgraph-events.csv"),
        ("events-parquet", "application/vnd.apache.parquet", "actorgraph-events.parquet"),
    ],
)
def test_get_export(
    client: TestClient, store: EmbeddedStore, fmt: str, media_type: str, filename: str
) -> None:
    response = client.get("/export", params={"format": fmt})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media_type)
    assert response.headers["content-disposition"] == f'attachment; filename="{filename}"'
    assert int(response.headers["content-length"]) == len(response.content)
    assert response.content == exported(store, ExportFormat(fmt))


def test_get_export_defaults_to_json(client: TestClient) -> None:
    response = client.get("/export")
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["graph"]["actors"] == 13


def test_get_export_rejects_an_unknown_format(client: TestClient) -> None:
    response = client.get("/export", params={"format": "xlsx"})
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["errors"][0]["loc"] == ["query", "format"]


class DownStore(EmbeddedStore):
    def stats(self) -> GraphStats:
        raise StoreUnavailableError("the database went away")


def test_get_export_is_503_when_the_store_fails(tmp_path: Path) -> None:
    down = DownStore(tmp_path / "down.sqlite3")
    try:
        with TestClient(create_app(Settings(data_dir=tmp_path), store=down)) as test_client:
            response = test_client.get("/export", params={"format": "graphml"})
        assert response.status_code == 503
        assert response.headers["content-type"].startswith("application/problem+json")
        assert "went away" in response.json()["detail"]
    finally:
        down.close()


# -------------------------------------------------------------------- across stores


def test_json_round_trip_through_the_neo4j_store(
    store: EmbeddedStore, neo4j_store_factory: Neo4jStoreFactory, tmp_path: Path
) -> None:
    """An embedded store's export imported into Neo4j exports the same file again."""
    first = exported(store, ExportFormat.JSON)
    neo4j_store = neo4j_store_factory(tmp_path)
    try:
        report = import_graph(neo4j_store, first)
        assert report.renamed == {}
        again = io.BytesIO()
        export_graph(neo4j_store, ExportFormat.JSON, again)
    finally:
        neo4j_store.close()
    assert json.loads(again.getvalue()) == json.loads(first)


# -------------------------------------------------------------------------- GEXF


def test_gexf_reads_back_with_the_graphml_attributes(store: EmbeddedStore) -> None:
    graph = nx.read_gexf(io.BytesIO(exported(store, ExportFormat.GEXF)))
    assert graph.number_of_nodes() == 13
    assert graph.number_of_edges() == 11
    assert graph.nodes["omar-haddad"]["label"] == "Omar Haddad"
    assert graph.nodes["omar-haddad"]["aliases"] == "Haddad"
    killed = [d for _, _, d in graph.edges(data=True) if d["relation"] == "KILLED"]
    (edge,) = killed
    assert (edge["count"], edge["cameo"], edge["weight"]) == (2, "186", 2.0)
    assert edge["negated"] is False
    # Lists joined by newlines, as in GraphML; the vertical tab became a space.
    assert edge["evidence"].split(LIST_SEPARATOR)[1] == '=HYPERLINK("x") was scrawled on the wall.'



# --------------------------------------------------------------------- CSV targets


def test_csv_to_a_csv_named_file_is_refused_and_nothing_written(
    store: EmbeddedStore, tmp_path: Path
) -> None:
    target = tmp_path / "g.csv"
    with pytest.raises(ExportTargetError, match=r"name a \.zip file"):
        export_graph(store, "csv", target)
    assert not target.exists()


def test_csv_to_a_zip_file_writes_the_archive(store: EmbeddedStore, tmp_path: Path) -> None:
    target = tmp_path / "tables.ZIP"
    export_graph(store, "csv", target)
    with zipfile.ZipFile(target) as archive:
        assert archive.namelist() == ["nodes.csv", "edges.csv"]


# --------------------------------------------------------------------- event table

LAKE_TEXT = (
    "Rivermouth militiamen raided the Osk lighthouse in Pella on Monday. "
    "They had praised the council of Pella in 2020."
)


def lake() -> Extraction:
    raid_sentence = sentence(
        LAKE_TEXT, "Rivermouth militiamen raided the Osk lighthouse in Pella on Monday."
    )
    return Extraction(
        document="lake.txt",
        date="2023-06-12",
        actors=(
            Actor("m", "Rivermouth militia", ActorType.ARMED_GROUP, cameo_code="XYZREB"),
            Actor("l", "Osk lighthouse", ActorType.FACILITY),
            Actor("p", "Pella", ActorType.LOCATION),
            Actor("c", "Pella council", ActorType.GOVERNMENT_BODY),
        ),
        relations=(
            Relation("m", "l", RelationType.TARGETS, (raid_sentence,), date="2023-06-12",
                     confidence=0.8, cameo="193"),
            Relation("l", "p", RelationType.LOCATED_IN, (raid_sentence,), confidence=0.7),
            Relation(
                "m",
                "c",
                RelationType.COOPERATES_WITH,
                (sentence(LAKE_TEXT, "They had praised the council of Pella in 2020."),),
                date="2020",
                cameo="051",
            ),
        ),
    )  # fmt: skip


def events_of(store: EmbeddedStore) -> list[dict[str, str]]:
    return read_csv(exported(store, ExportFormat.EVENTS_CSV))


@pytest.mark.parametrize(
    ("code", "quad"),
    [
        ("01", 1), ("051", 1), ("057", 1), ("06", 2), ("07", 2), ("0871", 2), ("0874", 2),
        ("09", 3), ("11", 3), ("13", 3), ("14", 4), ("16", 4), ("186", 4), ("193", 4),
        ("20", 4), (None, None), ("", None), ("00", None), ("21", None), ("1", None),
        ("ab", None),
    ],
)  # fmt: skip
def test_quad_class_follows_the_cameo_root_code(code: str | None, quad: int | None) -> None:
    assert quad_class(code) == quad


def test_event_table_has_one_row_per_statement(store: EmbeddedStore) -> None:
    rows = events_of(store)
    assert len(rows) == store.stats().statements == 12
    assert set(rows[0]) == set(EVENT_COLUMNS)
    assert len({r["event_id"] for r in rows}) == 12
    # Dated rows first, in date order; undated ones last.
    dates = [r["date"] for r in rows]
    dated = [d for d in dates if d]
    assert dated == sorted(dated) and dates[: len(dated)] == dated
    killed = [r for r in rows if r["relation"] == "KILLED"]
    assert len(killed) == 2
    first = killed[0]
    assert (first["actor1_name"], first["actor1_type"]) == ("Tamar Front", "ARMED_GROUP")
    assert (first["actor2_name"], first["actor2_id"]) == ("Hassan", "hassan")
    assert (first["event_code"], first["event_root_code"]) == ("186", "18")
    assert (first["quad_class"], first["quad_class_name"]) == ("4", "material conflict")
    assert first["evidence"] == SHOP_TEXT[: SHOP_TEXT.index("Dunmore.") + 8]
    assert first["document"] == "shop.txt" and first["date"] == "2022-05-03"
    # Document text that a spreadsheet would run stays inert.
    assert killed[1]["evidence"] == "'=HYPERLINK(\"x\") was scrawled on the wall."


def test_event_table_marks_denials_claims_roles_and_states(store: EmbeddedStore) -> None:
    rows = events_of(store)
    (denied,) = [r for r in rows if r["negated"] == "True"]
    assert (denied["actor1_name"], denied["relation"], denied["actor2_name"]) == (
        "Crimson Brigade", "TARGETS", "Eastport embassy"
    )  # fmt: skip
    assert denied["claimed_by"] == "Omar Haddad"
    assert denied["quad_class"] == "4"
    (leads,) = [r for r in rows if r["relation"] == "LEADS" and r["document"] == "raid.txt"]
    assert (leads["event_code"], leads["quad_class"], leads["quad_class_name"]) == ("", "", "")
    (truce,) = [r for r in rows if r["relation"] == "CEASEFIRE_WITH"]
    assert (truce["event_code"], truce["quad_class"], truce["state"]) == ("0871", "2", "agreed")
    (criticism,) = [r for r in rows if r["relation"] == "CRITICIZES"]
    assert criticism["quad_class"] == "3"
    assert criticism["quad_class_name"] == "verbal conflict"


def test_event_table_places_an_event_and_keeps_actor_codes(empty: EmbeddedStore) -> None:
    empty.upsert_document(info(lake(), LAKE_TEXT), lake())
    rows = {r["relation"]: r for r in events_of(empty)}
    raid = rows["TARGETS"]
    assert raid["location"] == "Pella"  # the same sentence places the lighthouse
    assert (raid["actor1_cameo_code"], raid["actor2_cameo_code"]) == ("XYZREB", "")
    assert (raid["event_code"], raid["event_root_code"], raid["quad_class"]) == ("193", "19", "4")
    assert raid["report_date"] == "2023-06-12"
    assert (raid["evidence_start"], raid["evidence_end"]) == ("0", "67")
    praise = rows["COOPERATES_WITH"]
    assert praise["location"] == "" and praise["date"] == "2020"
    assert (praise["quad_class"], praise["quad_class_name"]) == ("1", "verbal cooperation")
    assert rows["LOCATED_IN"]["location"] == ""


@dataclass(frozen=True)
class SourcedDocument:
    """A document with the source metadata newer stores keep (url, title, published)."""

    id: str
    sha256: str
    date: str | None
    url: str
    title: str
    published: str


def test_event_table_gives_the_source_url_when_the_document_has_one(
    empty: EmbeddedStore,
) -> None:
    empty.upsert_document(info(lake(), LAKE_TEXT), lake())
    (doc,) = empty.list_documents()
    sourced = SourcedDocument(
        doc.id, doc.sha256, doc.date, "https://news.example/lake", "Lighthouse raided", "2023-06-13"
    )
    rows = list(event_rows([sourced], empty.search_actors("", limit=100), empty.edges()))  # type: ignore[list-item]
    assert {r["source_url"] for r in rows} == {"https://news.example/lake"}
    assert {r["source_title"] for r in rows} == {"Lighthouse raided"}
    assert {r["report_date"] for r in rows} == {"2023-06-13"}
    plain = events_of(empty)
    assert {r["source_url"] for r in plain} == {""}


def test_event_parquet_holds_the_csv_rows_with_types(store: EmbeddedStore) -> None:
    import pyarrow.parquet as pq

    table = pq.read_table(io.BytesIO(exported(store, ExportFormat.EVENTS_PARQUET)))
    assert table.column_names == list(EVENT_COLUMNS)
    assert str(table.schema.field("quad_class").type) == "int64"
    assert str(table.schema.field("negated").type) == "bool"
    parquet_rows = table.to_pylist()
    csv_rows = events_of(store)
    assert len(parquet_rows) == len(csv_rows) == 12
    for from_parquet, from_csv in zip(parquet_rows, csv_rows, strict=True):
        assert from_parquet["event_id"] == from_csv["event_id"]
        assert str(from_parquet["quad_class"] or "") == from_csv["quad_class"]
        assert (from_parquet["date"] or "") == from_csv["date"]
    # Parquet keeps the evidence as it is (no spreadsheet quoting).
    assert '=HYPERLINK("x") was scrawled on the wall.' in {r["evidence"] for r in parquet_rows}


def test_event_table_of_an_empty_store_has_the_header_only(empty: EmbeddedStore) -> None:
    data = exported(empty, ExportFormat.EVENTS_CSV).decode("utf-8")
    assert data == ",".join(EVENT_COLUMNS) + "\r\n"
    import pyarrow.parquet as pq

    table = pq.read_table(io.BytesIO(exported(empty, ExportFormat.EVENTS_PARQUET)))
    assert (table.num_rows, table.column_names) == (0, list(EVENT_COLUMNS))


def test_event_table_is_the_same_from_the_neo4j_store(
    store: EmbeddedStore, neo4j_store_factory: Neo4jStoreFactory, tmp_path: Path
) -> None:
    neo4j_store = neo4j_store_factory(tmp_path)
    try:
        import_graph(neo4j_store, exported(store, ExportFormat.JSON))
        again = io.BytesIO()
        export_graph(neo4j_store, ExportFormat.EVENTS_CSV, again)
    finally:
        neo4j_store.close()
    assert again.getvalue() == exported(store, ExportFormat.EVENTS_CSV)


def test_event_table_and_gexf_are_the_same_from_the_ladybug_store(
    store: EmbeddedStore, tmp_path: Path
) -> None:
    from actorgraph.graph.ladybug_store import LadybugStore

    with LadybugStore(tmp_path / "ladybug") as ladybug:
        import_graph(ladybug, exported(store, ExportFormat.JSON))
        outputs = {}
        for fmt in (ExportFormat.EVENTS_CSV, ExportFormat.GEXF):
            out = io.BytesIO()
            export_graph(ladybug, fmt, out)
            outputs[fmt] = out.getvalue()
    assert outputs[ExportFormat.EVENTS_CSV] == exported(store, ExportFormat.EVENTS_CSV)
    # Compared as graphs: the GEXF header carries the day it was written.
    from_ladybug = nx.read_gexf(io.BytesIO(outputs[ExportFormat.GEXF]))
    from_sqlite = nx.read_gexf(io.BytesIO(exported(store, ExportFormat.GEXF)))
    assert dict(from_ladybug.nodes(data=True)) == dict(from_sqlite.nodes(data=True))
    assert list(from_ladybug.edges(data=True)) == list(from_sqlite.edges(data=True))


@pytest.mark.parametrize("per_batch", [1, 2, 64])
def test_json_import_into_ladybug_in_batches_rebuilds_the_same_graph(
    store: EmbeddedStore, tmp_path: Path, per_batch: int
) -> None:
    """The import writes several documents per Ladybug transaction (both of its
    passes): the same report and graph whatever the batch size."""
    from actorgraph.graph.ladybug_store import LadybugStore

    first = exported(store, ExportFormat.JSON)
    with LadybugStore(tmp_path / "ladybug", batch_documents=per_batch) as ladybug:
        report = import_graph(ladybug, first)
        assert [r.status for r in report.results] == ["created"] * 6
        assert (report.actors, report.statements, report.renamed) == (
            store.stats().actors, store.stats().statements, {}
        )
        assert exported(ladybug, ExportFormat.JSON) == first
        assert ladybug.stats() == store.stats()
        assert by_name(ladybug) == by_name(store)
        again = import_graph(ladybug, first)
        assert {r.status for r in again.results} == {"unchanged"}


def test_json_import_into_a_new_ladybug_store_by_bulk_load(
    store: EmbeddedStore, tmp_path: Path
) -> None:
    """A new Ladybug store is filled by bulk load (first pass) and batched replaces
    (aliases): the same report and store as importing into an empty Ladybug store."""
    from actorgraph.graph.export import import_into_new_ladybug
    from actorgraph.graph.ladybug_store import LadybugStore

    data = exported(store, ExportFormat.JSON)
    bulk = import_into_new_ladybug(tmp_path / "bulk", data)
    with LadybugStore(tmp_path / "upserted") as upserted:
        expected = import_graph(upserted, data)
        with LadybugStore(tmp_path / "bulk") as loaded:
            assert bulk == expected
            assert exported(loaded, ExportFormat.JSON) == data
            assert loaded.stats() == upserted.stats() == store.stats()
            assert by_name(loaded) == by_name(upserted)
            # The alias pass ran: an alias did not capture the actor of that name.
            assert by_name(loaded)["Ali Hassan", "PERSON"].aliases == ("Hassan",)
            assert import_graph(loaded, data).count("unchanged") == 6
    with pytest.raises(StoreError, match="already holds a graph"):
        import_into_new_ladybug(tmp_path / "bulk", data)
