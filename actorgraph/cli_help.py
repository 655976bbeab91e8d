"""Help texts of the `actorgraph` subcommands: what each does, and an example.

Kept apart from the argument handling so the texts read as one page of documentation.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CommandHelp:
    summary: str  # one line, in `actorgraph --help`
    description: str  # the paragraph at the top of `actorgraph COMMAND --help`
    examples: tuple[str, ...]


COMMANDS: dict[str, CommandHelp] = {
    "extract": CommandHelp(
        "print actors and relations of files (nothing is stored)",
        "Read each file (.txt, .md, .html; folders recursively; - for standard input) "
        "and print its actors and relations with the evidence sentence and offsets. "
        "Uses no store. Exit status 1 if a file could not be read (the others are "
        "still printed).",
        (
            "actorgraph extract actorgraph/examples/08-asaib-warning.txt",
            "actorgraph extract reports/ --jsonl > predictions.jsonl",
            "curl -s https://example.org/story.html | actorgraph extract - --name story.html",
        ),
    ),
    "ingest": CommandHelp(
        "add files or folders to the store",
        "Extract files and folders (.txt, .md, .html, recursively; - for standard input) "
        "and .jsonl bulk files (one JSON object per line: text, optional id, title, url, "
        "published, publisher, reliability) into the store, one transaction per document. "
        "Source metadata also comes from front matter in .txt/.md, <title>/<meta> tags in "
        ".html, and a sidecar NAME.meta.json. Copies of stored documents are recorded as "
        "other sources, not read again. A document already stored with "
        "the same content is skipped, so re-running resumes an interrupted ingest. "
        "Files that cannot be read (empty, binary, too large) are reported by name and "
        "skipped; every other file is stored. Exit status: 0 when every file was "
        "stored or unchanged, 1 when some were skipped (the rest is stored), 2 for a "
        "usage error. A large input is extracted on every core (--workers), or on a "
        "Dask cluster (--scheduler); this process alone writes to the store, in order.",
        (
            "actorgraph ingest reports/",
            "actorgraph ingest wire.jsonl",
            "actorgraph ingest archive/ --workers 2",
            "actorgraph ingest archive/ --scheduler tcp://dask-scheduler:8786",
            "actorgraph ingest story.txt notes.md --data-dir /srv/graph",
            "pdftotext brief.pdf - | actorgraph ingest - --name brief.txt",
        ),
    ),
    "view": CommandHelp(
        "write the explorer HTML page",
        "Write the interactive explorer page (one self-contained HTML file): the whole "
        "graph, or one actor's neighbourhood, optionally filtered by relation type and "
        "date.",
        (
            'actorgraph view "Asaib Ahl al-Haq" --type TARGETS',
            "actorgraph view Iran --depth 2 --date-from 2020-01-01 -o iran.html",
        ),
    ),
    "stats": CommandHelp(
        "counts of actors, edges, documents",
        "Print the counts of actors, edges, statements and documents, by type, as JSON.",
        ("actorgraph stats", "actorgraph stats --store ladybug"),
    ),
    "export": CommandHelp(
        "write the graph as GraphML, GEXF, JSON, CSV or an event table",
        "Write the whole graph to a file. json: full fidelity (actorgraph import reads it "
        "back); graphml and gexf: for Gephi; csv: nodes.csv and edges.csv, as a .zip file "
        "or into an existing folder; events-csv and events-parquet: one row per statement "
        "with both actors, the CAMEO event code and quad class, place, source and "
        "evidence, as ACLED and GDELT users load them.",
        (
            "actorgraph export --format graphml -o graph.graphml",
            "actorgraph export --format csv -o tables.zip",
            "actorgraph export --format events-parquet -o events.parquet",
        ),
    ),
    "import": CommandHelp(
        "load a JSON export into the store",
        "Load a JSON export (actorgraph export --format json) into the store. Documents "
        "already stored with the same content stay unchanged.",
        ("actorgraph import actorgraph.json --data-dir restored",),
    ),
    "query": CommandHelp(
        "run a read-only Cypher query (Ladybug or Neo4j store)",
        "Run a read-only Cypher query and print a table (or JSON). Needs a store that "
        "speaks Cypher: the default Ladybug store (it reads while `actorgraph serve` "
        "runs) or a Neo4j server (bolt://); the SQLite store has none.",
        (
            'actorgraph query "MATCH (a:Actor)-[:LEADS]->(g) RETURN a.name, g.name"',
            "actorgraph query \"MATCH (a:Actor {name: $name}) RETURN a\" --param name=Iran",
        ),
    ),
    "migrate": CommandHelp(
        "copy a whole graph between stores",
        "Copy every document, actor and statement from one store to another, then "
        "compare the two; exit status 1 if the copy differs.",
        (
            "actorgraph migrate --from sqlite:old/graph.sqlite3 --to ladybug",
            "actorgraph migrate --from ladybug --to bolt://127.0.0.1:7687",
        ),
    ),
    "serve": CommandHelp(
        "serve the REST API and the explorer",
        "Serve the REST API (OpenAPI docs at /docs) and the explorer (/explorer). A port "
        "that is already taken is reported before anything else (exit status 1). One "
        "process serves (a store has one writer): requests wait on its event loop, store "
        "reads run on --read-threads threads, and past ACTORGRAPH_READ_QUEUE_SIZE waiting "
        "reads a request gets 503 with Retry-After.",
        ("actorgraph serve", "actorgraph serve --port 8080 --read-threads 4"),
    ),
    "demo": CommandHelp(
        "ingest the example corpus, write the explorer, serve",
        "Ingest the bundled example corpus, write DATA_DIR/explorer.html, then serve the "
        "API and the explorer (unless --no-serve).",
        ("actorgraph demo", "actorgraph demo --no-serve --data-dir /tmp/demo"),
    ),
}


def epilog(name: str) -> str:
    lines = "\n".join(f"  {example}" for example in COMMANDS[name].examples)
    return f"examples:\n{lines}"
