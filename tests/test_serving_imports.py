"""What a serving process on the Ladybug store imports (docs/performance.md, "Serving memory at 1M
statements"): the Neo4j driver, with the numpy and pyarrow it loads, took about 70 MB of
it, though only a Neo4j store needs it, and spaCy about 80 MB more, though only a process
given documents to read needs it; and the Cypher console still speaks to a Neo4j
store and converts its values once the driver is there."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from neo4j.graph import Graph, Node
from neo4j.graph import Path as GraphPath

from actorgraph.graph.cypher_console import speaks_cypher, to_json
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.neo4j_store import Neo4jStore

ROOT = Path(__file__).resolve().parent.parent

# A fresh interpreter that does what a serving process (and `benchmarks.scale serve`)
# does: the API app on a Ladybug store, a Cypher query through the console, a whole
# connections request; then says which heavy modules it has loaded.
_SERVE = """
import asyncio, json, sys
from pathlib import Path
from actorgraph.api.app import create_app
from actorgraph.graph.cypher_console import run_read_query, speaks_cypher
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.settings import Settings
from benchmarks import scale

with LadybugStore(Path(sys.argv[1])) as store:
    rows = run_read_query(store, "RETURN 1 + 1 AS two").rows
    app = create_app(Settings(), store=store)

    async def health() -> bytes:
        async with app.router.lifespan_context(app):
            return await scale.asgi_get(app, "/health")

    async def search() -> bytes:  # reads the gazetteer's aliases (extract/gazetteer.py)
        async with app.router.lifespan_context(app):
            return await scale.asgi_get(app, "/actors", "q=side")

    asyncio.run(health())
    asyncio.run(search())
    print(json.dumps({
        "rows": rows,
        "speaks": speaks_cypher(store),
        "loaded": sorted(m for m in ("neo4j", "pyarrow", "actorgraph.graph.neo4j_store", "spacy")
                         if m in sys.modules),
    }))
"""


def test_a_ladybug_serving_process_never_loads_the_neo4j_driver_pyarrow_nor_spacy(
    tmp_path: Path,
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _SERVE, str(tmp_path / "graph")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    assert answer == {"rows": [[2]], "speaks": True, "loaded": []}


def test_the_console_still_knows_a_neo4j_store(tmp_path: Path) -> None:
    # (A Neo4jStore without a server: speaks_cypher only looks at its type.)
    assert speaks_cypher(object.__new__(Neo4jStore))
    with EmbeddedStore(tmp_path / "store.sqlite3") as sqlite_store:
        assert not speaks_cypher(sqlite_store)
    with LadybugStore(tmp_path / "graph") as ladybug_store:
        assert speaks_cypher(ladybug_store)


def test_neo4j_nodes_relationships_and_paths_become_json() -> None:
    graph = Graph()
    start = Node(graph, "n1", 1, ["Actor"], {"id": "side-a", "seen": 2.5})
    end = Node(graph, "n2", 2, ["Actor"], {"id": "side-b"})
    attacks = graph.relationship_type("ATTACKS")(graph, "r1", 1, {"count": 3})
    attacks._start_node, attacks._end_node = start, end  # as the driver's hydration sets them
    node_json = {
        "element_id": "n1",
        "labels": ["Actor"],
        "properties": {"id": "side-a", "seen": 2.5},
    }
    relationship_json = {
        "element_id": "r1",
        "type": "ATTACKS",
        "start": "n1",
        "end": "n2",
        "properties": {"count": 3},
    }
    assert to_json(start) == node_json
    # A relationship is a mapping of its properties too: it must not be read as one.
    assert to_json(attacks) == relationship_json
    assert to_json(GraphPath(start, attacks)) == [
        node_json,
        relationship_json,
        {"element_id": "n2", "labels": ["Actor"], "properties": {"id": "side-b"}},
    ]
