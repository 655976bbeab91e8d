"""The `actorgraph` command line: a thin shell over extract, ingest, store and API."""

from __future__ import annotations

import argparse
import errno
import json
import socket
import sys
from collections.abc import Sequence
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from tqdm import tqdm

from actorgraph import __version__
from actorgraph.cli_help import COMMANDS, epilog
from actorgraph.documents import DocumentError, SourceDocument, find_files
from actorgraph.domain import RelationType
from actorgraph.graph.store import GraphStore, StoreError
from actorgraph.settings import Settings, is_loopback
from actorgraph.stdin_input import STDIN, read_stdin_document

if TYPE_CHECKING:
    import uvicorn
    from spacy.language import Language

    from actorgraph.graph.explorer import EdgeFilter
    from actorgraph.ingest import Extractor


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
        "read_threads",
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
    from actorgraph.stores import open_store, sqlite_file

    sqlite = sqlite_file(settings)
    problem = None if sqlite is None else store_file_problem(sqlite)
    if problem is not None:
        print(f"actorgraph: warning: {problem}", file=sys.stderr)
    return open_store(settings, read_only=read_only, notice=_notice)


def _notice(text: str) -> None:
    print(f"actorgraph: {text}", file=sys.stderr)


def example_corpus() -> Path:
    """The bundled example corpus (a folder inside the installed package)."""
    return Path(str(resources.files("actorgraph") / "examples"))


def cmd_extract(args: argparse.Namespace) -> int:
    from actorgraph.extract import extract_documents
    from actorgraph.ingest import read_documents

    settings = _settings(args)
    docs = []
    failed = 0
    for given in _with_stdin_once(args.files):
        if given == STDIN:
            try:
                docs.append(_stdin_document(args, settings))
            except DocumentError as exc:
                print(f"actorgraph: {exc}", file=sys.stderr)
                failed += 1
            continue
        try:
            files = list(find_files([Path(given)]))
        except DocumentError as exc:
            print(f"actorgraph: {exc}", file=sys.stderr)
            failed += 1
            continue
        for file, doc_id in files:
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


def _with_stdin_once(given: Sequence[str]) -> list[str]:
    if given.count(STDIN) > 1:
        raise UsageError("standard input (-) can be read only once")
    return list(given)


def _stdin_document(args: argparse.Namespace, settings: Settings) -> SourceDocument:
    return read_stdin_document(
        args.name, max_bytes=settings.max_upload_bytes, max_chars=settings.max_document_chars
    )


def cmd_ingest(args: argparse.Namespace) -> int:
    from actorgraph.ingest import LocalExtractor, ingest_documents, ingest_paths

    settings = _settings(args)
    given = _with_stdin_once(args.paths)
    paths = [Path(p) for p in given if p != STDIN]
    for path in paths:
        if not path.exists():
            raise DocumentError(f"{path}: no such file or folder")
    # Standard input is read before the store opens: bad input fails without touching it.
    piped = _stdin_document(args, settings) if STDIN in given else None
    if args.workers is not None and args.workers < 1:
        raise UsageError(f"--workers must be 1 or more, not {args.workers}")
    if args.workers is not None and args.scheduler:
        raise UsageError("--workers is for this machine; a cluster's size is its own")
    if args.read_on_workers and not args.scheduler:
        raise UsageError("--read-on-workers needs --scheduler (without it the files are read here)")
    cluster: Extractor | None = None
    if args.scheduler:
        from actorgraph.cluster import ClusterError, DaskExtractor, check_address

        try:
            check_address(args.scheduler)
        except ClusterError as exc:
            raise UsageError(str(exc)) from exc
        try:
            cluster = DaskExtractor(args.scheduler)
        except ClusterError as exc:
            print(f"actorgraph: {exc}", file=sys.stderr)
            return 1
    # The pipeline is loaded here only when this process extracts (not on a cluster,
    # nor with more than one worker), and only once something needs reading.
    local = LocalExtractor(load=_pipeline)
    store = _open(settings)
    try:
        report = ingest_paths(
            store,
            None,
            paths,
            max_bytes=settings.max_upload_bytes,
            max_chars=settings.max_document_chars,
            progress=not args.no_progress,
            workers=args.workers,
            extractor=cluster,
            load_pipeline=lambda: local.nlp,
            send_paths=args.read_on_workers,
        )
        if piped is not None:
            stored = store.get_document(piped.id)
            if stored is not None and stored.sha256 == piped.sha256:
                report.skipped += 1
            else:
                report.results.extend(
                    ingest_documents(store, None, [piped], errors=report.errors,
                                     extractor=cluster or local)
                )
    finally:
        store.close()
        if cluster is not None:
            cluster.close()
    for error in report.errors:
        print(f"actorgraph: skipped {error}", file=sys.stderr)
    print(f"ingested into {_where(settings)}: {report.summary()}")
    return 1 if report.errors else 0


def _where(settings: Settings) -> str:
    from actorgraph.stores import where

    return where(settings)


def write_explorer(
    store: GraphStore,
    settings: Settings,
    output: Path,
    actor: str | None,
    depth: int,
    edge_filter: EdgeFilter | None = None,
) -> str:
    """Render the explorer page to `output`; returns a one-line description."""
    from actorgraph.graph.explorer import neighbourhood_graph, render_explorer, whole_graph_page

    limit = settings.explorer_max_nodes
    if actor:
        matches = store.search_actors(actor, limit=1, document_limit=0)
        if not matches:
            raise StoreError(f"no actor matches {actor!r}; try a shorter name or alias")
        graph = neighbourhood_graph(
            store, matches[0].id, depth, max_nodes=limit, edge_filter=edge_filter
        )
        html = render_explorer(
            graph,
            title=f"{matches[0].name}: connections (depth {depth})",
            focus=matches[0].id,
            max_nodes=limit,
            edge_filter=edge_filter,
            depth=depth,
        )
        counts = graph.number_of_nodes(), graph.number_of_edges()
    else:
        # Ranked and cut inside the store, as GET /explorer: the whole graph is not read.
        html = whole_graph_page(
            store, title="actorgraph explorer", max_nodes=limit, edge_filter=edge_filter
        )
        stats = store.stats()
        counts = stats.actors, stats.edges
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_suffix(output.suffix + ".tmp")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(output)
    return f"{counts[0]} actors, {counts[1]} edges"


def _edge_filter(args: argparse.Namespace) -> EdgeFilter:
    from actorgraph.graph.explorer import EdgeFilter

    try:
        return EdgeFilter(
            types=frozenset(RelationType(t) for t in args.type) if args.type else None,
            date_from=date.fromisoformat(args.date_from) if args.date_from else None,
            date_to=date.fromisoformat(args.date_to) if args.date_to else None,
            include_negated=args.include_negated,
            as_of=date.fromisoformat(args.as_of) if args.as_of else None,
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
    """Run a read-only Cypher query (Ladybug or Neo4j) and print a table (or JSON)."""
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
    from actorgraph.graph.migrate import compare_graphs, copy_graph, copy_graph_to_new_ladybug
    from actorgraph.stores import canonical_store, ladybug_not_made

    base = _settings(args)
    if canonical_store(args.source) == canonical_store(args.target):
        raise UsageError("--from and --to name the same store")
    source = _open(base.model_copy(update={"store": args.source}))
    try:
        target_settings = base.model_copy(update={"store": args.target})
        with tqdm(total=0, unit=" documents", desc="migrate", file=sys.stderr) as bar:

            def progress(done: int, total: int) -> None:
                bar.total = total
                bar.update(done - bar.n)

            # A Ladybug store not made yet is filled in bulk (COPY), then compared.
            bulk = ladybug_not_made(target_settings)
            if bulk:
                counts = copy_graph_to_new_ladybug(
                    source, target_settings.ladybug_path, progress=progress
                )
            target = _open(target_settings)
            if not bulk:
                try:
                    counts = copy_graph(source, target, progress=progress)
                except BaseException:
                    target.close()
                    raise
        try:
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
    """Write the whole graph as GraphML/GEXF (Gephi), JSON node-link, CSV or events."""
    from actorgraph.graph.export import (
        ExportFormat,
        ExportTargetError,
        check_export_target,
        export_graph,
        suggested_filename,
    )

    settings = _settings(args)
    output = Path(args.output or suggested_filename(ExportFormat(args.format)))
    try:
        check_export_target(output, args.format)  # before opening the store
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
    from actorgraph.graph.export import ImportFormatError, import_graph, import_into_new_ladybug
    from actorgraph.stores import ladybug_not_made

    settings = _settings(args)
    new_ladybug = (
        ladybug_not_made(settings)
        and not settings.embedded_path.is_file()  # else opening upgrades that store first
    )
    if new_ladybug:  # a graph not made yet: filled by bulk load
        try:
            report = import_into_new_ladybug(settings.ladybug_path, Path(args.file))
        except (ImportFormatError, OSError) as exc:
            raise UsageError(f"{args.file}: {exc}") from exc
        print(f"imported {args.file} into {_where(settings)}: {report.summary()}")
        return 0
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


class PortBusyError(Exception):
    """The address to serve on cannot be bound (exit status 1)."""


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening-ready TCP socket on host:port, or PortBusyError saying why not.

    Bound here, before anything is printed or loaded, and handed to uvicorn: no other
    process can take the port between the check and the start."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM
        )[0]
    except socket.gaierror as exc:
        raise PortBusyError(f"cannot serve on {host}: {exc.strerror}") from exc
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise PortBusyError(
                f"port {port} on {host} is already in use (another server?); stop it or "
                "choose another port with --port"
            ) from exc
        raise PortBusyError(f"cannot serve on {host}:{port}: {exc.strerror}") from exc
    return sock


def serve_banner(host: str, port: int) -> str:
    """The line `serve` prints once the port is bound: where the API and explorer are."""
    base = f"http://{host}:{port}"
    return f"API on {base} (docs at {base}/docs); explorer at {base}/explorer"


def serving_stack(config: uvicorn.Config) -> str:
    """The HTTP parser and event loop a uvicorn.Config serves on, e.g. "httptools +
    uvloop": what its "auto" settings pick (the C parser and libuv's loop when installed,
    as the project's dependencies have them; h11 and asyncio's loop otherwise)."""
    from uvicorn.config import HTTP_PROTOCOLS
    from uvicorn.importer import import_from_string

    http = config.http
    protocol = import_from_string(HTTP_PROTOCOLS.get(http, http)) if isinstance(http, str) else http
    parser = "httptools" if protocol.__module__.endswith("httptools_impl") else "h11"
    factory = config.get_loop_factory()
    uv = factory is not None and factory.__module__.startswith("uvloop")
    loop = "uvloop" if uv else "asyncio"
    return f"{parser} + {loop}"


def serve(settings: Settings, sock: socket.socket | None = None) -> None:
    import uvicorn

    from actorgraph.api.access_log import configure_logging
    from actorgraph.api.app import create_app

    check_bind(settings)
    if sock is None:
        sock = bind_socket(settings.host, settings.port)
    configure_logging(access_log=settings.access_log)
    print(serve_banner(settings.host, settings.port), flush=True)
    # uvicorn's own access log would repeat each request with its full query string
    # (a ?token= included); ours logs every request without it.
    config = uvicorn.Config(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        log_level="info",
        access_log=False,
    )
    print(f"HTTP parser and event loop: {serving_stack(config)}", flush=True)
    with sock:
        uvicorn.Server(config).run(sockets=[sock])


def cmd_serve(args: argparse.Namespace) -> int:
    settings = _settings(args)
    check_bind(settings)
    serve(settings, bind_socket(settings.host, settings.port))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Ingest the bundled example corpus, write the explorer page, then serve."""
    from actorgraph.ingest import ingest_paths

    settings = _settings(args)
    sock = None
    if not args.no_serve:  # a busy port is reported before the long ingest
        check_bind(settings)
        sock = bind_socket(settings.host, settings.port)
    try:
        store = _open(settings)
        try:
            report = ingest_paths(store, _pipeline(), [example_corpus()], progress=True)
            print(f"example corpus: {report.summary()}")
            output = settings.data_dir / "explorer.html"
            described = write_explorer(store, settings, output, None, 1)
            print(f"wrote {output} ({described})")
        finally:
            store.close()
    except BaseException:
        if sock is not None:
            sock.close()
        raise
    if sock is None:
        return 0
    serve(settings, sock)
    return 0


def _command(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    parents: Sequence[argparse.ArgumentParser] = (),
) -> argparse.ArgumentParser:
    text = COMMANDS[name]
    return sub.add_parser(
        name,
        parents=list(parents),
        help=text.summary,
        description=text.description,
        epilog=epilog(name),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def _store_options() -> argparse.ArgumentParser:
    """Options of the commands that open a store (every command but extract)."""
    common = argparse.ArgumentParser(add_help=False)
    group = common.add_argument_group("store")
    group.add_argument("--data-dir", type=Path, help="embedded store folder (default: ./data)")
    group.add_argument(
        "--store",
        help="'ladybug' (default: embedded, with Cypher; 'embedded' is the same), 'sqlite' "
        "(the earlier SQLite store), 'sqlite:PATH' or a bolt:// / neo4j:// URL",
    )
    group.add_argument("--neo4j-user", help="Neo4j user (default: neo4j)")
    group.add_argument(
        "--neo4j-password", help="Neo4j password (better: ACTORGRAPH_NEO4J_PASSWORD)"
    )
    group.add_argument("--neo4j-database", help="Neo4j database (default: neo4j)")
    return common


def _stdin_name(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--name",
        metavar="NAME",
        help="document name for standard input (-), default stdin.txt; its suffix "
        "(.html, .md) says how to read the text",
    )


def build_parser() -> argparse.ArgumentParser:
    from actorgraph.graph.export import ExportFormat

    parser = argparse.ArgumentParser(
        prog="actorgraph",
        description="Turn news about armed conflict into an evidence-backed actor graph.",
        epilog="Run actorgraph COMMAND --help for a command's options and examples.",
    )
    parser.add_argument("--version", action="version", version=f"actorgraph {__version__}")
    common = _store_options()
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = _command(sub, "extract")
    p.add_argument("files", nargs="+", metavar="FILE", help="file, folder, or - (standard input)")
    p.add_argument("--jsonl", action="store_true", help="JSON Lines, one object per file")
    _stdin_name(p)
    p.set_defaults(func=cmd_extract)

    p = _command(sub, "ingest", [common])
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, or - (standard input)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="extraction processes on this machine (default: every core for a large input, "
        "1 for a small one)",
    )
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="extract on a Dask distributed cluster, e.g. tcp://HOST:8786; this process "
        "still writes to the store",
    )
    p.add_argument(
        "--read-on-workers",
        action="store_true",
        help="with --scheduler: send file paths instead of texts, and the workers read the "
        "files (they must see them at the same absolute paths, e.g. on a shared filesystem)",
    )
    _stdin_name(p)
    p.set_defaults(func=cmd_ingest)

    p = _command(sub, "view", [common])
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
    p.add_argument(
        "--as-of", help="the graph as known that day: no edge first seen after it, no undated edge"
    )
    p.add_argument("--include-negated", action="store_true", help="also draw denied statements")
    p.set_defaults(func=cmd_view)

    p = _command(sub, "stats", [common])
    p.set_defaults(func=cmd_stats)

    p = _command(sub, "export", [common])
    p.add_argument(
        "--format", choices=[f.value for f in ExportFormat], default="json", help="default: json"
    )
    p.add_argument(
        "-o",
        "--output",
        help="file to write (default: actorgraph.<format>); for csv a .zip file or a folder",
    )
    p.set_defaults(func=cmd_export)

    p = _command(sub, "import", [common])
    p.add_argument("file", metavar="FILE", help="a JSON export")
    p.set_defaults(func=cmd_import)

    p = _command(sub, "query", [common])
    p.add_argument("cypher", metavar="CYPHER", help='e.g. "MATCH (a)-[:LEADS]->(b) RETURN a, b"')
    p.add_argument(
        "--param", action="append", metavar="NAME=VALUE", help="query parameter (JSON or text)"
    )
    p.add_argument("--limit", type=int, default=1000, help="most rows printed (default 1000)")
    p.add_argument("--timeout", type=float, default=30.0, help="seconds (default 30)")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(func=cmd_query)

    p = _command(sub, "migrate", [common])
    p.add_argument(
        "--from",
        dest="source",
        default="sqlite",
        help="'sqlite' (default: the SQLite file in the data folder), 'sqlite:PATH', "
        "'ladybug' or a Bolt URL",
    )
    p.add_argument("--to", dest="target", required=True, help="'ladybug', 'sqlite' or a Bolt URL")
    p.set_defaults(func=cmd_migrate)

    for name, func in (("serve", cmd_serve), ("demo", cmd_demo)):
        p = _command(sub, name, [common])
        p.add_argument("--host", help="address to bind (default 127.0.0.1)")
        p.add_argument("--port", type=int, help="port (default 8000)")
        p.add_argument(
            "--allow-insecure-bind",
            action="store_const",
            const=True,
            help="serve on a non-loopback address without ACTORGRAPH_API_TOKEN",
        )
        p.add_argument(
            "--read-threads",
            type=int,
            metavar="N",
            help="threads that read the store for the API (default: the cores, 2 to 8; "
            "ACTORGRAPH_READ_THREADS); more than the cores only take turns",
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
    except PortBusyError as exc:
        print(f"actorgraph: {exc}", file=sys.stderr)
        return 1
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
