"""Ingesting files into a store: read, skip unchanged, extract in batches, upsert."""

from __future__ import annotations

import queue
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from tqdm import tqdm

from actorgraph.documents import (
    BULK_SUFFIXES,
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_CHARS,
    DocumentError,
    SourceDocument,
    find_files,
    load_file,
)
from actorgraph.domain import Extraction
from actorgraph.duplicates import Fingerprint, SourceIndex, fingerprint
from actorgraph.extract import extract_document, extract_documents
from actorgraph.graph.batch_writes import upsert_many
from actorgraph.graph.models import DocumentInfo, UpsertResult
from actorgraph.graph.store import GraphStore
from actorgraph.sources import enumerate_jsonl
from actorgraph.stored import copy_item, document_info, is_stored

if TYPE_CHECKING:
    from spacy.language import Language

BATCH_SIZE = 32
# Documents read, checked for copies and extracted together, then handed to the writer
# as one: small, so that the last chunk's writes (the part no extraction overlaps) are.
CHUNK_SIZE = BATCH_SIZE
# The last chunk's writes are the only ones no extraction overlaps: the final chunk is
# split in halves down to this size. Not smaller: each chunk is at least one write
# transaction, whose fixed cost (about 35 ms of CPU on Ladybug) outgrew the wait it
# saves once writes got cheaper, and smaller spaCy batches cost a little more CPU.
TAIL_CHUNK = 16
# Documents a scan checks with a read each before it reads every stored document once.
SCAN_READS = 16
# Extracted chunks that may wait for the writer thread (0: write in the calling thread
# between chunks, as a store of one thread would).
WRITE_AHEAD = 2

Tag = TypeVar("Tag")


@dataclass(frozen=True, slots=True)
class FileText:
    """A document's text left in its file, for extractors that read files themselves
    (Dask workers on a filesystem shared with this machine, at the same path). The
    hash is the one the writer planned for: a file changed in between is refused."""

    file: str  # absolute path
    sha256: str
    max_bytes: int = DEFAULT_MAX_BYTES
    max_chars: int = DEFAULT_MAX_CHARS

    def read(self, document: str) -> str:
        """The text, read as `load_file` reads it; raises DocumentError."""
        doc = load_file(Path(self.file), doc_id=document, max_bytes=self.max_bytes,
                        max_chars=self.max_chars)
        if doc.sha256 != self.sha256:
            raise DocumentError(f"{self.file}: the file changed while it was being ingested")
        return doc.text


Items = Sequence[tuple[str, str | FileText]]  # (document id, text or where to read it)


@dataclass(frozen=True, slots=True)
class ExtractionFailed:
    """A document whose extraction raised: it is reported by name and not stored."""

    document: str
    reason: str  # "ExceptionType: message"


Outcome = Extraction | ExtractionFailed


class Extractor(Protocol):
    """Turns batches of texts into outcomes, each batch's in input order. `map` may
    read ahead in `batches` (a pool or a cluster works on later batches while the
    caller stores earlier ones) but yields the batches in the order given."""

    def map(
        self, batches: Iterable[tuple[Tag, Items]]
    ) -> Iterator[tuple[Tag, list[Outcome]]]: ...

    def close(self) -> None: ...


def extract_batch(nlp: Language, items: Items) -> list[Outcome]:
    """Outcomes of a batch, in order; a file that cannot be read fails only its own
    document (reported with the file's path)."""
    texts: list[tuple[str, str]] = []
    unread: dict[int, ExtractionFailed] = {}
    for position, (document, text) in enumerate(items):
        if isinstance(text, FileText):
            try:
                text = text.read(document)
            except (DocumentError, OSError) as exc:
                unread[position] = ExtractionFailed(document, f"could not read it here: {exc}")
                continue
        texts.append((document, text))
    extracted = iter(_extract_texts(nlp, texts))
    return [unread[i] if i in unread else next(extracted) for i in range(len(items))]


def _extract_texts(nlp: Language, items: Sequence[tuple[str, str]]) -> list[Outcome]:
    """Outcomes of texts in one `nlp.pipe` pass; when that raises, each text is
    read again alone so that one bad document costs only itself."""
    if not items:
        return []
    try:
        return list(extract_documents(nlp, items, batch_size=BATCH_SIZE))
    except Exception:  # some document of the batch: find which below
        pass
    outcomes: list[Outcome] = []
    for document, text in items:
        try:
            outcomes.append(extract_document(nlp, text, document))
        except Exception as exc:  # this document only; the others go on
            outcomes.append(ExtractionFailed(document, f"{type(exc).__name__}: {exc}"))
    return outcomes


class LocalExtractor:
    """Extraction in this process, one batch at a time (no read-ahead)."""

    def __init__(
        self, nlp: Language | None = None, *, load: Callable[[], Language] | None = None
    ) -> None:
        self._nlp = nlp
        self._load = load

    @property
    def nlp(self) -> Language:
        """The pipeline given, else loaded at first use (an ingest that finds every
        document stored never loads it)."""
        if self._nlp is None:
            if self._load is None:
                from actorgraph.extract import build_pipeline

                self._load = build_pipeline
            self._nlp = self._load()
        return self._nlp

    def map(
        self, batches: Iterable[tuple[Tag, Items]]
    ) -> Iterator[tuple[Tag, list[Outcome]]]:
        for tag, items in batches:
            yield tag, (extract_batch(self.nlp, items) if items else [])

    def close(self) -> None:
        pass


@dataclass
class IngestReport:
    results: list[UpsertResult] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    skipped: int = 0
    words: int = 0
    copies: list[str] = field(default_factory=list)  # ids stored as copies of others

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    def summary(self) -> str:
        return (
            f"{self.count('created')} created, {self.count('replaced')} replaced, "
            f"{self.count('unchanged') + self.skipped} unchanged, {len(self.errors)} failed; "
            f"{sum(r.statements_added for r in self.results)} statements added"
            + (f"; {len(self.copies)} recorded as copies" if self.copies else "")
        )


@dataclass
class _Plan:
    """A chunk of documents sorted for storing: texts to extract, and copies of
    documents already stored or read earlier (stored without extraction)."""

    fresh: list[tuple[SourceDocument, Fingerprint]] = field(default_factory=list)
    copies: list[tuple[SourceDocument, Fingerprint, str]] = field(default_factory=list)
    # Copies read in place of an original whose extraction failed, by copy id.
    readings: dict[str, Outcome] = field(default_factory=dict)

    def items(self, files: dict[str, FileText] | None = None) -> Items:
        """What the extractor gets: each text, or where to read it when in `files`."""
        files = files or {}
        return [(doc.id, files.get(doc.id, doc.text)) for doc, _ in self.fresh]


def _plan(documents: Iterable[SourceDocument], index: SourceIndex) -> _Plan:
    plan = _Plan()
    for doc in documents:
        fp = fingerprint(doc.text)
        original = index.original_of(doc, fp)
        if original is None:
            index.add(doc.id, fp)
            plan.fresh.append((doc, fp))
        else:
            plan.copies.append((doc, fp, original))
    return plan


@dataclass
class _Writer:
    """The one writer: stores planned chunks with their outcomes, in input order.
    Extraction stays with the caller (`settle`): `write` only touches the store, so
    it may run on a thread of its own while the next chunk is extracted."""

    store: GraphStore
    extractor: Extractor
    index: SourceIndex
    on_done: Callable[[SourceDocument], None] | None = None
    errors: list[str] | None = None
    copies_out: list[str] | None = None
    # Set to stop between documents (an interrupted ingest): what is committed stays.
    stop: threading.Event = field(default_factory=threading.Event)

    # Documents of this run whose extraction failed (never stored).
    unread: set[str] = field(default_factory=set)

    def settle(self, plan: _Plan, outcomes: Sequence[Outcome]) -> None:
        """Read, in place of its original, each copy whose original failed to extract,
        in this chunk or an earlier one (only when failures are recorded: otherwise
        the first one ends the ingest)."""
        if self.errors is None:
            return
        self.unread.update(doc.id for (doc, _), outcome in zip(plan.fresh, outcomes, strict=True)
                           if isinstance(outcome, ExtractionFailed))
        for doc, fp, original in plan.copies:
            if original in self.unread:
                self.index.add(doc.id, fp)
                for _, again in self.extractor.map([(None, [(doc.id, doc.text)])]):
                    plan.readings[doc.id] = again[0]

    def write(self, plan: _Plan, outcomes: Sequence[Outcome]) -> list[UpsertResult]:
        return self.write_chunks([(plan, outcomes)])

    def write_chunks(self, chunks: Sequence[tuple[_Plan, Sequence[Outcome]]]) -> list[UpsertResult]:
        """Store chunks as one stream of documents (several to a transaction where the
        store can): each chunk's extracted documents, then its copies, chunk after
        chunk. Results, `on_done` and `copies_out` follow that order, which is the
        order of one chunk written at a time: each result is matched to its document
        by position, never by id (a copy and its original may share a transaction).

        A failed extraction is recorded in `errors`, or, without that list, raised
        once the documents before it are stored (the rest are not written)."""
        taken: list[tuple[SourceDocument, bool]] = []  # (document, stored as a copy)
        failed: list[DocumentError] = []

        def extracted(doc: SourceDocument, fp: Fingerprint,
                      outcome: Outcome) -> tuple[DocumentInfo, Extraction] | None:
            if isinstance(outcome, ExtractionFailed):
                message = f"{doc.id}: extraction failed ({outcome.reason})"
                if self.errors is None:
                    failed.append(DocumentError(message))
                else:
                    self.errors.append(message)
                return None
            taken.append((doc, False))
            return document_info(doc, outcome, fingerprint=fp), outcome

        def items() -> Iterator[tuple[DocumentInfo, Extraction]]:
            for plan, outcomes in chunks:
                for (doc, fp), outcome in zip(plan.fresh, outcomes, strict=True):
                    if self.stop.is_set():
                        return  # what was taken commits; the rest is left to a re-run
                    item = extracted(doc, fp, outcome)
                    if failed:
                        return
                    if item is not None:
                        yield item
                for doc, fp, original in plan.copies:
                    if self.stop.is_set():
                        return
                    if doc.id in plan.readings:  # its original failed: read in its place
                        item = extracted(doc, fp, plan.readings[doc.id])
                        if item is not None:
                            yield item
                        continue
                    taken.append((doc, True))
                    yield copy_item(doc, original, fp)

        results: list[UpsertResult] = []
        # Results come in input order, after their documents were taken from items().
        for position, result in enumerate(upsert_many(self.store, items())):
            results.append(result)
            doc, is_copy = taken[position]
            if is_copy and self.copies_out is not None:
                self.copies_out.append(doc.id)
            if self.on_done is not None:
                self.on_done(doc)
        if failed:
            raise failed[0]
        return results


class _WriterThread:
    """Runs a `_Writer` on a thread of its own, fed extracted chunks through a
    bounded queue, so that storing one chunk overlaps extracting the next. It is
    still the store's only writer, and writes chunks in the order given. A failure
    of the writer (its exception, as raised) is raised to the caller by `finish`;
    the chunks after it are not written."""

    def __init__(self, writer: _Writer, depth: int) -> None:
        self._writer = writer
        self._queue: queue.Queue[tuple[_Plan, Sequence[Outcome]] | None] = queue.Queue(depth)
        self._failure: BaseException | None = None
        self._closed = False
        self.results: list[UpsertResult] = []
        # A daemon: a second Ctrl-C ends the process even while a write runs (that
        # transaction is then absent, never half-stored).
        self._thread = threading.Thread(target=self._run, name="actorgraph-writer",
                                        daemon=True)
        self._thread.start()

    def _run(self) -> None:
        ended = False
        while not ended and (job := self._queue.get()) is not None:
            jobs = [job]
            # Chunks that came while the last one was written go together: fewer
            # transactions (each has a fixed cost) when the writer falls behind.
            while True:
                try:
                    waiting = self._queue.get_nowait()
                except queue.Empty:
                    break
                if waiting is None:
                    ended = True
                    break
                jobs.append(waiting)
            if self._failure is not None or self._writer.stop.is_set():
                continue  # drained, so that the caller never waits on a full queue
            try:
                self.results.extend(self._writer.write_chunks(jobs))
            except BaseException as exc:  # handed to the caller's thread, raised there
                self._failure = exc

    @property
    def failed(self) -> bool:
        return self._failure is not None

    def put(self, plan: _Plan, outcomes: Sequence[Outcome]) -> None:
        self._queue.put((plan, outcomes))

    def finish(self) -> list[UpsertResult]:
        """Wait for every chunk handed over to be written; their results."""
        self._close()
        self._raise_failure()
        return self.results

    def interrupt(self) -> None:
        """Stop after the transaction under way (it commits whole) and wait for it."""
        self._writer.stop.set()
        self._close()

    def _close(self) -> None:
        if not self._closed:  # one end mark: the thread reads no further
            self._closed = True
            self._queue.put(None)
        self._thread.join()

    def _raise_failure(self) -> None:
        if self._failure is not None:
            raise self._failure


def write_overlapped(
    writer: _Writer,
    chunks: Iterable[tuple[_Plan, Sequence[Outcome]]],
    *,
    write_ahead: int = WRITE_AHEAD,
) -> list[UpsertResult]:
    """Store each (plan, outcomes) chunk as `chunks` yields it: on a writer thread
    while the next chunk is extracted (`write_ahead` chunks may wait for it), or in
    this thread between chunks when `write_ahead` is 0.

    If `chunks` raises, the chunks it gave are written before the error goes on; an
    interrupt (Ctrl-C) stops the writer after its current transaction instead. Either
    way each document is stored whole or not at all."""
    if write_ahead < 1:
        results: list[UpsertResult] = []
        for plan, outcomes in chunks:
            writer.settle(plan, outcomes)
            results.extend(writer.write(plan, outcomes))
        return results
    thread = _WriterThread(writer, write_ahead)
    try:
        for plan, outcomes in chunks:
            if thread.failed:
                break  # finish() raises the writer's error: extract no further
            writer.settle(plan, outcomes)
            thread.put(plan, outcomes)
    except Exception:
        thread.finish()
        raise
    except BaseException:
        thread.interrupt()
        raise
    try:
        return thread.finish()
    except BaseException:  # Ctrl-C while waiting for the last chunks (or their error)
        thread.interrupt()
        raise


def ingest_documents(
    store: GraphStore,
    nlp: Language | None,
    documents: Sequence[SourceDocument],
    *,
    on_done: Callable[[SourceDocument], None] | None = None,
    errors: list[str] | None = None,
    originals: SourceIndex | None = None,
    copies_out: list[str] | None = None,
    extractor: Extractor | None = None,
    write_ahead: int = WRITE_AHEAD,
) -> list[UpsertResult]:
    """Extract and upsert documents (each whole in one store transaction, several to a
    transaction on a store that batches them; see graph/batch_writes.py).

    A copy of a stored document (or of an earlier one in `documents`) is not read:
    it is stored as another source of the first (see duplicates.py). A document whose
    extraction fails costs only itself: its error goes to `errors` (raised as a
    DocumentError when no list is given) and every other one is stored. Extraction
    runs in this process with `nlp` (built on demand when None) unless an
    `extractor` (a process pool, a cluster) is given. Chunks of documents are stored
    while the next is extracted (see write_overlapped).
    """
    index = originals if originals is not None else SourceIndex(store)
    writer = _Writer(store, extractor or LocalExtractor(nlp), index, on_done, errors, copies_out)

    def plans() -> Iterator[tuple[_Plan, Items]]:
        for start, stop in chunk_bounds(len(documents)):
            plan = _plan(documents[start:stop], index)
            yield plan, plan.items()

    return write_overlapped(writer, writer.extractor.map(plans()),
                            write_ahead=_ahead(len(documents), write_ahead))


def chunk_bounds(total: int) -> list[tuple[int, int]]:
    """(start, stop) of each chunk of `total` documents: CHUNK_SIZE each, the last one
    halved while its halves hold TAIL_CHUNK or more, so that little is left to write
    once extraction ends. A single chunk stays whole (it is written in turn)."""
    bounds = [(start, min(start + CHUNK_SIZE, total)) for start in range(0, total, CHUNK_SIZE)]
    if len(bounds) < 2:
        return bounds
    start, stop = bounds.pop()
    while stop - start >= 2 * TAIL_CHUNK:
        half = start + (stop - start) // 2
        bounds.append((start, half))
        start = half
    bounds.append((start, stop))
    return bounds


def _ahead(documents: int, write_ahead: int) -> int:
    """No writer thread for a single chunk: there is nothing to overlap its writes
    with (and on Ladybug each new writing thread opens a connection of its own)."""
    return write_ahead if documents > CHUNK_SIZE else 0


def ingest_paths(
    store: GraphStore,
    nlp: Language | None,
    paths: Iterable[Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_chars: int = DEFAULT_MAX_CHARS,
    progress: bool = True,
    workers: int | None = 1,
    extractor: Extractor | None = None,
    load_pipeline: Callable[[], Language] | None = None,
    send_paths: bool = False,
    write_ahead: int = WRITE_AHEAD,
) -> IngestReport:
    """Ingest files and folders. Unreadable files are reported, never half-stored;
    documents already stored with the same content are skipped without extraction,
    so an interrupted ingest resumes where it stopped.

    Extraction runs in `workers` processes (None: chosen from the amount of text,
    see parallel.py), or on the given `extractor` (a Dask cluster); either way this
    process alone writes to the store, in input order, on one thread that stores
    each chunk while the next is extracted (`write_ahead`: see write_overlapped).
    Extraction in this process uses `nlp`, else the pipeline `load_pipeline`
    (default: build_pipeline) returns.

    With `send_paths` the extractor gets each file's path instead of its text (JSON
    Lines records still go as text) and reads it itself: for cluster workers that
    share the files' filesystem. This process still reads every file, since its hash
    says what is stored already and its fingerprint finds copies before extraction."""
    report = IngestReport()
    # The scan keeps only what the bar and the skip test need, not the texts: a large
    # corpus would otherwise sit in memory whole. Each chunk is read again to ingest it.
    pending: list[_Pending] = []
    # Past the first few documents, the stored ones are read once: the skip test of
    # every later document and the copy index both start from them (a read per
    # document cost a transaction each; a large store's list, more than a few reads).
    stored: dict[str, DocumentInfo] | None = None
    scanned = 0
    for file, doc_id in find_files(paths):
        for line, doc in read_documents(file, doc_id, max_bytes=max_bytes, max_chars=max_chars):
            if isinstance(doc, DocumentError):
                report.errors.append(str(doc))
                continue
            if stored is None and scanned >= SCAN_READS:
                stored = {info.id: info for info in store.list_documents()}
            scanned += 1
            if is_stored(store, doc, stored):
                report.skipped += 1
            else:
                pending.append(_Pending(file, doc.id, doc.words, line, doc_id))
    if not pending:
        return report
    index = SourceIndex(store, None if stored is None else stored.values())
    del stored  # the index keeps what it needs
    total_words = sum(item.words for item in pending)
    owned = extractor is None
    if extractor is None:
        from actorgraph.parallel import open_extractor

        extractor = open_extractor(nlp, workers=workers, words=total_words, load=load_pipeline)
    try:
        with tqdm(
            total=total_words,
            unit=" words",
            unit_scale=True,
            desc="ingest",
            disable=not progress,
            file=sys.stderr,
        ) as bar:

            def advance(doc: SourceDocument) -> None:
                bar.update(doc.words)
                report.words += doc.words

            writer = _Writer(store, extractor, index, advance, report.errors, report.copies)

            def plans() -> Iterator[tuple[_Plan, Items]]:
                for start, stop in chunk_bounds(len(pending)):
                    chunk: list[SourceDocument] = []
                    files: dict[str, FileText] = {}
                    for item in pending[start:stop]:
                        doc = _reread(item, max_bytes=max_bytes, max_chars=max_chars)
                        if isinstance(doc, DocumentError):  # changed or removed since the scan
                            report.errors.append(str(doc))
                            bar.update(item.words)
                            continue
                        chunk.append(doc)
                        if send_paths and item.file.suffix.lower() not in BULK_SUFFIXES:
                            files[doc.id] = FileText(str(item.file.resolve()), doc.sha256,
                                                     max_bytes, max_chars)
                    plan = _plan(chunk, writer.index)
                    yield plan, plan.items(files)

            report.results.extend(write_overlapped(
                writer, extractor.map(plans()), write_ahead=_ahead(len(pending), write_ahead)
            ))
    finally:
        if owned:
            extractor.close()
    return report


def read_documents(
    file: Path, doc_id: str, *, max_bytes: int, max_chars: int
) -> Iterator[tuple[int, SourceDocument | DocumentError]]:
    """(line, document or its error) of a file: line 0 for a single-document file,
    the line number for each record of a JSON Lines file."""
    if file.suffix.lower() in BULK_SUFFIXES:
        yield from enumerate_jsonl(file, base_id=doc_id, max_chars=max_chars)
        return
    try:
        yield 0, load_file(file, doc_id=doc_id, max_bytes=max_bytes, max_chars=max_chars)
    except DocumentError as exc:
        yield 0, exc


def _reread(item: _Pending, *, max_bytes: int, max_chars: int) -> SourceDocument | DocumentError:
    found = read_documents(item.file, item.base_id, max_bytes=max_bytes, max_chars=max_chars)
    for line, doc in found:
        if line == item.line:
            if isinstance(doc, SourceDocument) and doc.id != item.id:
                return DocumentError(f"{item.id}: the file changed while it was being ingested")
            return doc
    return DocumentError(f"{item.id}: the file changed while it was being ingested")


@dataclass(frozen=True, slots=True)
class _Pending:
    """A file the scan found new or changed."""

    file: Path
    id: str
    words: int
    line: int = 0  # the record's line in a JSON Lines file (0: the whole file)
    base_id: str = ""
