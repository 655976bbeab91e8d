"""The `actorgraph` command line: a thin shell over extract, ingest, store and API."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from tqdm import tqdm

from actorgraph import __version__
from actorgraph.documents import DocumentError, find_files
from actorgraph.domain import RelationType
from actorgraph.graph.store import GraphStore, StoreError
from actorgraph.settings import Settings, is_loopback

if TYPE_CHECKING:
    from spacy.language import Language

    from actorgraph.graph.explorer import EdgeFilter


class UsageError(Exception):
    """A command line option the command cannot use (exit status 2)."""


def _settings(args: argparse.Namespace) -> Settings:
    overrides: dict[str, Any] = {}
    for name in (
        "data_dir",
        "store",
        "neo4j_user",
        "neo4j_password",
        "neo4j_database",
        "host",
        "port",
        "allow_insecure_bind",
    ):
        value = getattr(args, name, None)
        if value is not None:
            overrides[name] = value
    return Settings(**overrides)


def _pipeline() -> Language:
    from actorgraph.extract import build_pipeline

    return build_pipeline()


def _open(settings: Settings, *, read_only: bool = False) -> GraphStore:
    from actorgraph.store_file import store_file_problem
    from actorgraph.stores import open_store

    if settings.store in ("embedded", "sqlite"):
        problem = store_file_problem(settings.embedded_path)
        if problem is not None:
            print(f"actorgraph: warning: {problem}", file=sys.stderr)
    return open_store(settings, read_only=read_only)


def example_corpus() -> Path:
    """The bundled example corpus (a folder inside the installed package)."""
    return Path(str(resources.files("actorgraph") / "examples"))


def cmd_extract(args: argparse.Namespace) -> int:
    from actorgraph.extract import extract_documents
    from actorgraph.ingest import read_documents

    settings = _settings(args)
    docs = []
    failed = 0
    for file, doc_id in find_files(Path(p) for p in args.files):
        # One document per file, or one per line of a .jsonl file (with its metadata).
        for _, doc in read_documents(
            file,
            doc_id,
            max_bytes=settings.max_upload_bytes,
            max_chars=settings.max_document_chars,
        ):
            if isinstance(doc, DocumentError):
                print(f"actorgraph: {doc}", file=sys.stderr)
                failed += 1
            else:
                docs.append(doc)
    if not docs:
        return 1 if failed else 0  # nothing readable: no need to load the language model
    nlp = _pipeline()
    for extraction in extract_documents(nlp, ((d.id, d.text) for d in docs)):
        if args.jsonl:
            print(json.dumps(extraction.to_json(), ensure_ascii=False))
            continue
        names = {a.id: a.name for a in extraction.actors}
        print(f"# {extraction.document} ({extraction.date or 'no date'})")
        print(f"actors: {len(extraction.actors)}")
        for actor in extraction.actors:
            print(f"  {actor.name} [{actor.type}]")
        print(f"relations: {len(extraction.relations)}")
        for rel in extraction.relations:
            flag = " (negated)" if rel.negated else ""
            print(f"  {names[rel.source]} {rel.type} {names[rel.target]}{flag}")
            for ev in rel.evidence:
                print(f"      [{ev.start}:{ev.end}] {' '.join(ev.text.split())}")
    return 1 if failed else 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from actorgraph.ingest import ingest_paths

    settings = _settings(args)
    paths = [Path(p) for p in args.paths]
    for path in paths:
        if not path.exists():
            raise DocumentError(f"{path}: no such file or folder")
    store = _open(settings)
    try:
        report = ingest_paths(
            store,
            _pipeline(),
            paths,
            max_bytes=settings.max_upload_bytes,
            max_chars=settings.max_document_chars,
            progress=not args.no_progress,
        )
    finally:
        store.close()
    for error in report.errors:
        print(f"actorgraph: skipped {error}", file=sys.stderr)
    print(f"ingested into {_where(settings)}: {report.summary()}")
    return 1 if report.errors else 0


def _where(settings: Settings) -> str:
    if settings.store in ("embedded", "sqlite"):
        return str(settings.embedded_path)
    if settings.store == "ladybug":
        return str(settings.ladybug_path)
    return settings.store


def write_explorer(
    store: GraphStore,
    settings: Settings,
    output: Path,
    actor: str | None,
    depth: int,
    edge_filter: EdgeFilter | None = None,
) -> str:
    """Render the explorer page to `output`; returns a one-line description."""
    from actorgraph.graph.explorer import neighbourhood_graph, render_explorer

    limit = settings.explorer_max_nodes
    if actor:
        matches = store.search_actors(actor, limit=1)
        if not matches:
            raise StoreError(f"no actor matches {actor!r}; try a shorter name or alias")
        focus: str | None = matches[0].id
        graph = neighbourhood_graph(
            store, matches[0].id, depth, max_nodes=limit, edge_filter=edge_filter
        )
        title = f"{matches[0].name}: connections (depth {depth})"
    else:
        focus, graph, title = None, store.to_networkx(), "actorgraph explorer"
    html = render_explorer(
        graph,
        title=title,
        focus=focus,
        max_nodes=limit,
        edge_filter=edge_filter,
        depth=depth if actor else None,
    )
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_suffix(output.suffix + ".tmp")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(output)
    return f"{graph.number_of_nodes()} actors, {graph.number_of_edges()} edges"


def _edge_filter(args: argparse.Namespace) -> EdgeFilter:
    from actorgraph.graph.explorer import EdgeFilter

    try:
        return EdgeFilter(
            types=frozenset(RelationType(t) for t in args.type) if args.type else None,
            date_from=date.fromisoformat(args.date_from) if args.date_from else None,
            date_to=date.fromisoformat(args.date_to) if args.date_to else None,
            include_negated=args.include_negated,
        )
    except ValueError as exc:
        raise UsageError(f"invalid filter: {exc}") from exc


def cmd_view(args: argparse.Namespace) -> int:
    settings = _settings(args)
    output = Path(args.output) if args.output else settings.data_dir / "explorer.html"
    store = _open(settings, read_only=True)
    try:
        described = write_explorer(
            store, settings, output, args.actor, args.depth, _edge_filter(args)
        )
    finally:
        store.close()
    print(f"wrote {output} ({described}); open it in a browser")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    settings = _settings(args)
    store = _open(settings, read_only=True)
    try:
        stats = store.stats()
    finally:
        store.close()
    print(
        json.dumps(
            {
                "actors": stats.actors,
                "edges": stats.edges,
                "statements": stats.statements,
                "documents": stats.documents,
                "actors_by_type": stats.actors_by_type,
                "edges_by_type": stats.edges_by_type,
            },
            indent=2,
        )
    )
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    """Run a read-only Cypher query on the Neo4j store and print a table (or JSON)."""
    from actorgraph.graph.cypher_console import (
        NO_CYPHER,
        format_table,
        parse_params,
        run_read_query,
        speaks_cypher,
    )

    settings = _settings(args)
    store = _open(settings, read_only=True)
    try:
        if not speaks_cypher(store):
            raise UsageError(NO_CYPHER)
        params = parse_params(args.param or [])
        result = run_read_query(
            store, args.cypher, params, row_limit=args.limit, timeout_s=args.timeout
        )
    finally:
        store.close()
    if args.json:
        body = {"columns": result.columns, "rows": result.rows, "truncated": result.truncated}
        print(json.dumps(body, ensure_ascii=False))
    else:
        print(format_table(result))
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    """Copy a whole graph between stores, then check both hold the same graph."""
    from actorgraph.graph.migrate import compare_graphs, copy_graph

    base = _settings(args)
    same = {"sqlite": "embedded"}
    if same.get(args.source, args.source) == same.get(args.target, args.target):
        raise UsageError("--from and --to name the same store")
    source = _open(base.model_copy(update={"store": args.source}))
    try:
        target = _open(base.model_copy(update={"store": args.target}))
        try:
            with tqdm(total=0, unit=" documents", desc="migrate", file=sys.stderr) as bar:

                def progress(done: int, total: int) -> None:
                    bar.total = total
                    bar.update(done - bar.n)

                counts = copy_graph(source, target, progress=progress)
            differences = compare_graphs(source, target)
        finally:
            target.close()
    finally:
        source.close()
    print(
        f"copied {counts.documents} documents ({counts.created} created, "
        f"{counts.replaced} replaced, {counts.unchanged} unchanged): {counts.actors} actors, "
        f"{counts.edges} edges, {counts.statements} statements"
    )
    for line in differences:
        print(f"actorgraph: differs after copy: {line}", file=sys.stderr)
    return 1 if differences else 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write the whole graph as GraphML (Gephi), JSON node-link or CSV."""
    from actorgraph.graph.export import (
        ExportFormat,
        ExportTargetError,
        check_target,
        export_graph,
        suggested_filename,
    )

    settings = _settings(args)
    output = Path(args.output or suggested_filename(ExportFormat(args.format)))
    try:
        if not (args.format == "csv" and output.is_dir()):
            check_target(output)  # before opening the store
        store = _open(settings, read_only=True)
        try:
            summary = export_graph(store, args.format, output)
        finally:
            store.close()
    except (ExportTargetError, OSError) as exc:
        print(f"actorgraph: cannot export: {exc}", file=sys.stderr)
        return 1
    print(
        f"wrote {output} ({summary.format}): {summary.actors} actors, {summary.edges} edges, "
        f"{summary.statements} statements, {summary.documents} documents"
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Load a JSON export into the store (documents already there stay unchanged)."""
    from actorgraph.graph.export import ImportFormatError, import_graph

    settings = _settings(args)
    store = _open(settings)
    try:
        report = import_graph(store, Path(args.file))
    except (ImportFormatError, OSError) as exc:
        raise UsageError(f"{args.file}: {exc}") from exc
    finally:
        store.close()
    print(f"imported {args.file} into {_where(settings)}: {report.summary()}")
    return 0


def check_bind(settings: Settings) -> None:
    """UsageError when the API would listen beyond this machine with no token: anyone
    who can reach the port could then write to the graph."""
    if is_loopback(settings.host) or settings.has_token or settings.allow_insecure_bind:
        return
    raise UsageError(
        f"refusing to serve on {settings.host} without a token: anyone who reaches that "
        "address could ingest and delete documents. Set ACTORGRAPH_API_TOKEN, bind "
        "127.0.0.1, or pass --allow-insecure-bind (ACTORGRAPH_ALLOW_INSECURE_BIND=true) "
        "if something in front of the API (a firewall, a proxy) keeps others out"
    )


def serve(settings: Settings) -> None:
    import uvicorn

    from actorgraph.api.access_log import configure_logging
    from actorgraph.api.app import create_app

    check_bind(settings)
    configure_logging(access_log=settings.access_log)
    base = f"http://{settings.host}:{settings.port}"
    print(f"API on {base} (docs at {base}/docs); explorer at {base}/explorer", flush=True)
    # uvicorn's own access log would repeat each request with its full query string
    # (a ?token= included); ours logs every request without it.
    uvicorn.run(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        log_level="info",
        access_log=False,
    )


def cmd_serve(args: argparse.Namespace) -> int:
    serve(_settings(args))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Ingest the bundled example corpus, write the explorer page, then serve."""
    from actorgraph.ingest import ingest_paths

    settings = _settings(args)
    store = _open(settings)
    try:
        report = ingest_paths(store, _pipeline(), [example_corpus()], progress=True)
        print(f"example corpus: {report.summary()}")
        output = settings.data_dir / "explorer.html"
        described = write_explorer(store, settings, output, None, 1)
        print(f"wrote {output} ({described})")
    finally:
        store.close()
    if args.no_serve:
        return 0
    serve(settings)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="actorgraph",
        description="Turn news about armed conflict into an evidence-backed actor graph.",
    )
    parser.add_argument("--version", action="version", version=f"actorgraph {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, help="embedded store folder (default: ./data)")
    common.add_argument(
        "--store",
        help="'embedded' (default, SQLite), 'ladybug' (embedded with Cypher), 'sqlite:PATH' "
        "or a bolt:// / neo4j:// URL",
    )
    common.add_argument("--neo4j-user", help="Neo4j user (default: neo4j)")
    common.add_argument(
        "--neo4j-password", help="Neo4j password (better: ACTORGRAPH_NEO4J_PASSWORD)"
    )
    common.add_argument("--neo4j-database", help="Neo4j database (default: neo4j)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("extract", parents=[common], help="print actors and relations of files")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--jsonl", action="store_true", help="JSON Lines, one object per file")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser(
        "ingest",
        parents=[common],
        help="add files or folders to the store",
        description=(
            "Reads .txt, .md and .html files (and folders of them) and .jsonl bulk files "
            "(one JSON object per line: text, optional id, title, url, published, "
            "publisher, reliability). Source metadata also comes from front matter in "
            ".txt/.md, <title>/<meta> tags in .html, and a sidecar NAME.meta.json. Copies "
            "of stored documents are recorded as other sources, not read again."
        ),
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("view", parents=[common], help="write the explorer HTML page")
    p.add_argument("actor", nargs="?", help="centre on this actor (name or alias)")
    p.add_argument("--depth", type=int, default=1, choices=(1, 2, 3))
    p.add_argument("-o", "--output", help="file to write (default: DATA_DIR/explorer.html)")
    p.add_argument(
        "--type",
        action="append",
        choices=[t.value for t in RelationType],
        metavar="TYPE",
        help="only these relation types (repeatable), e.g. --type TARGETS --type KILLED",
    )
    p.add_argument("--date-from", help="only edges with a statement on or after this date")
    p.add_argument("--date-to", help="only edges with a statement on or before this date")
    p.add_argument("--include-negated", action="store_true", help="also draw denied statements")
    p.set_defaults(func=cmd_view)

    p = sub.add_parser("stats", parents=[common], help="counts of actors, edges, documents")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("export", parents=[common], help="write the graph as GraphML, JSON or CSV")
    p.add_argument("--format", choices=("graphml", "json", "csv"), default="json")
    p.add_argument("-o", "--output", help="file to write (default: actorgraph.<format>)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", parents=[common], help="load a JSON export into the store")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("query", parents=[common], help="run a read-only Cypher query (Neo4j)")
    p.add_argument("cypher", metavar="CYPHER", help='e.g. "MATCH (a)-[:LEADS]->(b) RETURN a, b"')
    p.add_argument(
        "--param", action="append", metavar="NAME=VALUE", help="query parameter (JSON or text)"
    )
    p.add_argument("--limit", type=int, default=1000, help="most rows printed (default 1000)")
    p.add_argument("--timeout", type=float, default=30.0, help="seconds (default 30)")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("migrate", parents=[common], help="copy a whole graph between stores")
    p.add_argument(
        "--from",
        dest="source",
        default="embedded",
        help="'embedded', 'ladybug', 'sqlite:PATH' or a Bolt URL",
    )
    p.add_argument(
        "--to", dest="target", required=True, help="'embedded', 'ladybug' or a Bolt URL"
    )
    p.set_defaults(func=cmd_migrate)

    for name, func, text in (
        ("serve", cmd_serve, "serve the REST API and the explorer"),
        ("demo", cmd_demo, "ingest the example corpus, write the explorer, serve"),
    ):
        p = sub.add_parser(name, parents=[common], help=text)
        p.add_argument("--host", help="address to bind (default 127.0.0.1)")
        p.add_argument("--port", type=int, help="port (default 8000)")
        p.add_argument(
            "--allow-insecure-bind",
            action="store_const",
            const=True,
            help="serve on a non-loopback address without ACTORGRAPH_API_TOKEN",
        )
        if name == "demo":
            p.add_argument("--no-serve", action="store_true", help="stop after writing")
        p.set_defaults(func=func)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except (DocumentError, StoreError) as exc:
        print(f"actorgraph: {exc}", file=sys.stderr)
        return 1
    except UsageError as exc:
        print(f"actorgraph: {exc}", file=sys.stderr)
        return 2
    except ValidationError as exc:
        for error in exc.errors():
            field = ".".join(str(part) for part in error["loc"])
            print(
                f"actorgraph: setting {field} (ACTORGRAPH_{field.upper()}): {error['msg']}",
                file=sys.stderr,
            )
        return 2
    except KeyboardInterrupt:
        print("actorgraph: interrupted; run the same command again to resume", file=sys.stderr)
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())
