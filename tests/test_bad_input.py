"""Hostile and broken input, one table run through every door: the CLI (`extract`,
`ingest`) and the API (POST /documents as JSON, POST /documents/upload as multipart).

Each case ends in a clear refusal (and the store exactly as before) or a correct result.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from spacy.language import Language

import actorgraph.cli
from actorgraph.api import create_app
from actorgraph.cli import main
from actorgraph.domain import Actor, ActorType, Evidence, Extraction, Relation, RelationType
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.store import GraphStore
from actorgraph.settings import Settings
from tests.samples import fill, info
from tests.test_api import assert_problem
from tests.test_explorer import VIS_JS, embedded

LIMIT = 4096  # bytes: small, so that the oversized case stays fast
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256))
STORY = "Valdoria condemned the Crimson Brigade on Friday. Ostrava met Valdoria in Harbour City."
HTML_STORY = (
    "<html><head><script>var Hostile = 'Kataib Hezbollah attacked Valdoria';</script></head>"
    "<body><p>Ostrava met Valdoria in Harbour City.</p>"
    "<script>document.write('Scriptland Front shelled Ostrava')</script></body></html>"
)


@dataclass(frozen=True)
class Case:
    name: str
    filename: str
    data: bytes
    reason: str | None = None  # a refusal: regex of the reason; None: accepted
    status: int = 422  # the API's status for a refusal
    text: str | None = None  # accepted: the text the extractor must see (None: skip)
    absent: tuple[str, ...] = ()  # accepted: strings no actor or evidence may contain

    @property
    def json_body(self) -> bytes:
        """The case as a POST /documents body: its text if it is text, else the raw
        bytes spliced into the JSON (which makes the body itself invalid)."""
        try:
            text = self.data.decode("utf-8-sig")
        except UnicodeDecodeError:
            if self.data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                text = self.data.decode("utf-16")
            else:
                return b'{"id": "' + self.filename.encode() + b'", "text": "' + self.data + b'"}'
        return json.dumps({"id": self.filename, "text": text}).encode()


CASES = [
    Case("empty", "empty.txt", b"", reason="empty"),
    Case("whitespace", "blank.txt", b"  \n\t \r\n  ", reason="empty"),
    Case("png-renamed", "picture.txt", PNG, reason="binary|not valid"),
    Case("invalid-utf8", "latin1.txt", b"Caf\xe9 talks in Valdoria.", reason="not valid utf-8"),
    Case("utf16-bom", "wide.txt", STORY.encode("utf-16"), text=STORY),
    Case("utf8-bom", "bom.txt", codecs.BOM_UTF8 + STORY.encode(), text=STORY),
    Case(
        "over-limit",
        "big.txt",
        ("Valdoria condemned the Crimson Brigade. " * 200).encode(),
        reason="over the limit",
        status=413,
    ),
    Case(
        "html-script",
        "page.html",
        HTML_STORY.encode(),
        text="Ostrava met Valdoria in Harbour City.",
        absent=("Kataib", "Hezbollah", "Scriptland", "document.write", "Hostile"),
    ),
]
IDS = [case.name for case in CASES]


def snapshot(store: GraphStore) -> tuple[object, ...]:
    return (
        store.stats(),
        store.edges(),
        store.search_actors("", limit=100_000),
        [(d.id, d.sha256) for d in store.list_documents()],
    )


def check_accepted(case: Case, extraction: dict[str, Any]) -> None:
    """Offsets index the decoded text; nothing from the `absent` list was read."""
    assert case.text is not None
    for rel in extraction["relations"]:
        for ev in rel["evidence"]:
            assert 0 <= ev["start"] < ev["end"] <= len(case.text)
            assert case.text[ev["start"] : ev["end"]] == ev["text"]
    seen = json.dumps(extraction, ensure_ascii=False)
    for word in case.absent:
        assert word not in seen, word
    assert "Valdoria" in {a["name"] for a in extraction["actors"]}


def check_stored(case: Case, store: GraphStore) -> None:
    """The document is stored, its statements index the decoded text, and nothing from
    the `absent` list became an actor or evidence."""
    assert case.text is not None
    assert store.get_document(case.filename) is not None
    statements = [s for e in store.edges() for s in e.statements if s.document == case.filename]
    assert statements
    for statement in statements:
        assert case.text[statement.start : statement.end] == statement.text
        assert not any(word in statement.text for word in case.absent)
    names = {a.name for a in store.search_actors("", limit=1000)}
    assert not any(word in name for name in names for word in case.absent)


# ---------------------------------------------------------------------------- CLI


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, nlp: Language) -> None:
    """The session pipeline (not one built per command) and the small size limit."""
    monkeypatch.setattr(actorgraph.cli, "_pipeline", lambda: nlp)
    monkeypatch.setenv("ACTORGRAPH_MAX_UPLOAD_BYTES", str(LIMIT))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data folder whose embedded store already holds the three samples."""
    folder = tmp_path / "data"
    with EmbeddedStore(folder / "graph.sqlite3") as store:
        fill(store)
    return folder


def stored(data_dir: Path) -> tuple[object, ...]:
    with EmbeddedStore(data_dir / "graph.sqlite3") as store:
        return snapshot(store)


@pytest.mark.usefixtures("cli_env")
@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_cli_extract(case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / case.filename
    path.write_bytes(case.data)
    code = main(["extract", str(path), "--jsonl"])
    out, err = capsys.readouterr()
    if case.reason is not None:
        assert code == 1
        assert out == ""
        assert re.search(f"(?i){case.reason}", err), err
        assert case.filename in err
        assert "Traceback" not in err
    else:
        assert code == 0, err
        (line,) = out.splitlines()
        check_accepted(case, json.loads(line))


@pytest.mark.usefixtures("cli_env")
@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_cli_ingest(
    case: Case, tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / case.filename
    path.write_bytes(case.data)
    before = stored(data_dir)
    code = main(["ingest", str(path), "--data-dir", str(data_dir), "--no-progress"])
    out, err = capsys.readouterr()
    if case.reason is not None:
        assert code == 1
        assert re.search(f"(?i){case.reason}", err), err
        assert "0 created" in out and "1 failed" in out
        assert stored(data_dir) == before
    else:
        assert code == 0, err
        assert "1 created" in out
        with EmbeddedStore(data_dir / "graph.sqlite3") as store:
            check_stored(case, store)


@pytest.mark.usefixtures("cli_env")
def test_cli_ingest_of_a_missing_path_changes_nothing(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = stored(data_dir)
    code = main(["ingest", str(tmp_path / "nope.txt"), "--data-dir", str(data_dir)])
    assert code == 1
    assert "no such file" in capsys.readouterr().err
    assert stored(data_dir) == before


# ---------------------------------------------------------------------------- API


@pytest.fixture
def client(store: EmbeddedStore, tmp_path: Path, nlp: Language) -> Iterator[TestClient]:
    settings = Settings(data_dir=tmp_path, max_upload_bytes=LIMIT)
    app = create_app(settings, store=store, nlp=nlp)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def check_api_answer(case: Case, response: Any, store: GraphStore, before: object) -> None:
    if case.reason is not None:
        body = assert_problem(response, case.status)
        if case.status != 422 or "errors" not in body:  # a field error says which field
            assert re.search(f"(?i){case.reason}", body["detail"]), body
        assert snapshot(store) == before
    else:
        assert response.status_code == 201, response.text
        summary = json.dumps(response.json()["extraction"], ensure_ascii=False)
        assert not any(word in summary for word in case.absent)
        check_stored(case, store)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_api_upload(case: Case, client: TestClient, store: EmbeddedStore) -> None:
    before = snapshot(store)
    response = client.post(
        "/documents/upload", files={"file": (case.filename, case.data, "text/plain")}
    )
    check_api_answer(case, response, store, before)


@pytest.mark.parametrize(
    "case", [c for c in CASES if not c.filename.endswith(".html")], ids=lambda c: c.name
)
def test_api_post_json(case: Case, client: TestClient, store: EmbeddedStore) -> None:
    """POST /documents takes plain text in JSON (no markup stripping, so no HTML case);
    bytes that are not UTF-8 make the JSON body itself invalid."""
    before = snapshot(store)
    response = client.post(
        "/documents", content=case.json_body, headers={"Content-Type": "application/json"}
    )
    check_api_answer(case, response, store, before)


# ------------------------------------------------------------- one long sentence

LONG_WORDS = [
    "the",
    "Crimson",
    "Brigade",
    "attacked",
    "Valdoria",
    "forces",
    "near",
    "Harbour",
    "City",
    "and",
]
LONG_SENTENCE = " ".join(LONG_WORDS[i % len(LONG_WORDS)] for i in range(20_000))[:100_000]


def check_long(extraction: dict[str, Any]) -> None:
    for rel in extraction["relations"]:
        for ev in rel["evidence"]:
            assert 0 <= ev["start"] < ev["end"] <= len(LONG_SENTENCE)
            assert LONG_SENTENCE[ev["start"] : ev["end"]] == ev["text"]


@pytest.mark.slow
@pytest.mark.usefixtures("cli_env")
def test_cli_extracts_one_long_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert len(LONG_SENTENCE) == 100_000 and "." not in LONG_SENTENCE
    monkeypatch.setenv("ACTORGRAPH_MAX_UPLOAD_BYTES", "1000000")
    path = tmp_path / "long.txt"
    path.write_text(LONG_SENTENCE, encoding="utf-8")
    assert main(["extract", str(path), "--jsonl"]) == 0
    check_long(json.loads(capsys.readouterr().out))


@pytest.mark.slow
def test_api_ingests_one_long_sentence(store: EmbeddedStore, tmp_path: Path, nlp: Language) -> None:
    app = create_app(Settings(data_dir=tmp_path, max_upload_bytes=1_000_000), store=store, nlp=nlp)
    with TestClient(app) as test_client:
        response = test_client.post("/documents", json={"id": "long.txt", "text": LONG_SENTENCE})
    assert response.status_code == 201, response.text
    statements = [s for e in store.edges() for s in e.statements if s.document == "long.txt"]
    assert statements  # the sentence names actors that act on each other
    for statement in statements:
        assert LONG_SENTENCE[statement.start : statement.end] == statement.text


# -------------------------------------------------------------- hostile actor names

HOSTILE = {
    "quotes": 'Abu "The Hammer" O\'Neill',
    "backslash": "Back\\slash \\\\ Brigade",
    "cypher": "'}) DETACH DELETE n //",
    "cypher2": '"}) MATCH (m) DETACH DELETE m RETURN 1 //',
    "script": "<script>alert(1)</script> Cell",
    "breakout": "Breakout </script><script>alert(2)</script>",
    "emoji": "\U0001f525 Fire Brigade \U0001f4a3",
    "rtl": "\u0643\u062a\u0627\u0626\u0628 \u062d\u0632\u0628 \u0627\u0644\u0644\u0647",
    "rtl-mark": "\u202eTnorf Noitarebil\u202c \u200f\u05e9\u05dc\u05d5\u05dd",
}


def hostile_extraction(names: dict[str, str]) -> tuple[Extraction, str]:
    """Every name as an actor, each one TARGETS the next, evidence quoting the name."""
    keys = list(names)
    text = " ".join(
        f"{names[k]} struck {names[keys[(i + 1) % len(keys)]]}." for i, k in enumerate(keys)
    )
    actors = tuple(Actor(k, names[k], ActorType.ARMED_GROUP) for k in keys)
    relations = []
    offset = 0
    for i, k in enumerate(keys):
        sentence = f"{names[k]} struck {names[keys[(i + 1) % len(keys)]]}."
        start = text.index(sentence, offset)
        offset = start + len(sentence)
        relations.append(
            Relation(
                k,
                keys[(i + 1) % len(keys)],
                RelationType.TARGETS,
                (Evidence(sentence, start, offset),),
                date="2024-01-02",
            )
        )
    return Extraction(document="hostile.txt", actors=actors, relations=tuple(relations)), text


@pytest.fixture(params=["sqlite", "ladybug", "neo4j"])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    graph_store: GraphStore
    if request.param == "neo4j":
        graph_store = request.getfixturevalue("neo4j_store")
    elif request.param == "ladybug":
        graph_store = LadybugStore(tmp_path / "ladybug")
    else:
        graph_store = EmbeddedStore(tmp_path / "hostile.sqlite3")
    yield graph_store
    graph_store.close()


def own_markup(page: str) -> str:
    """The page without the inlined vis-network library (which mentions <script>)."""
    library = VIS_JS.read_text(encoding="utf-8")
    assert library in page
    return page.replace(library, "")


def test_hostile_names_are_stored_and_returned_verbatim(
    any_store: GraphStore, tmp_path: Path
) -> None:
    extraction, text = hostile_extraction(HOSTILE)
    any_store.upsert_document(info(extraction, text), extraction)
    with TestClient(create_app(Settings(data_dir=tmp_path), store=any_store)) as client:
        listed = client.get("/actors", params={"limit": 500}).json()
        by_name = {a["name"]: a for a in listed["items"]}
        assert set(by_name) == set(HOSTILE.values())
        for name, actor in by_name.items():
            assert client.get(f"/actors/{actor['id']}").json()["name"] == name
            found = client.get("/actors", params={"q": name}).json()
            assert found["items"][0]["name"] == name, (name, found)
        statements = [
            ev
            for item in client.get("/relations", params={"limit": 500}).json()["items"]
            for ev in item["evidence"]
        ]
        assert len(statements) == len(HOSTILE)
        for ev in statements:
            assert text[ev["start"] : ev["end"]] == ev["text"]
        page = client.get("/explorer")
        assert page.status_code == 200
    # the graph survived the Cypher-looking names
    stats = any_store.stats()
    assert (stats.actors, stats.statements, stats.documents) == (len(HOSTILE), len(HOSTILE), 1)

    labels = {node["label"] for node in embedded(page.text, "nodes")}
    assert labels == set(HOSTILE.values())  # drawn on the canvas as text, verbatim

    # The same graph with harmless names: the page's own markup has exactly as many
    # script tags, so no name opened or closed an element.
    tame = {k: f"Tame Group {i}" for i, k in enumerate(HOSTILE)}
    tame_extraction, tame_text = hostile_extraction(tame)
    with EmbeddedStore(tmp_path / "tame.sqlite3") as tame_store:
        tame_store.upsert_document(info(tame_extraction, tame_text), tame_extraction)
        with TestClient(create_app(Settings(data_dir=tmp_path), store=tame_store)) as client:
            tame_page = client.get("/explorer").text
    hostile_own, tame_own = own_markup(page.text), own_markup(tame_page)
    for tag in ("<script", "</script", "<Script", "<SCRIPT"):
        assert hostile_own.count(tag) == tame_own.count(tag), tag
    assert "<script>alert(" not in hostile_own
    assert "</script><script>" not in hostile_own


# ------------------------------------------------------------------ upload names


@pytest.mark.parametrize(
    ("filename", "status", "doc_id"),
    [
        ("../../etc/passwd.txt", 201, "passwd.txt"),
        ("..\\..\\windows\\win.txt", 201, "win.txt"),
        ("/srv/data/abs.txt", 201, "abs.txt"),
        ("C:\\Users\\x\\drive.txt", 201, "drive.txt"),
        ("a/../../../b/../c.txt", 201, "c.txt"),
        ("..", 422, None),
        ("../..", 422, None),
        ("../.hidden.txt", 422, None),
        ("../../etc/shadow", 415, None),
        ("x/../../run.sh", 415, None),
    ],
)
def test_upload_names_cannot_point_anywhere(
    client: TestClient, store: EmbeddedStore, filename: str, status: int, doc_id: str | None
) -> None:
    before = snapshot(store)
    response = client.post(
        "/documents/upload", files={"file": (filename, STORY.encode(), "text/plain")}
    )
    if doc_id is None:
        assert_problem(response, status)
        assert snapshot(store) == before
    else:
        assert response.status_code == status, response.text
        assert response.json()["result"]["document"] == doc_id
        ids = {d.id for d in store.list_documents()}
        assert doc_id in ids and not any("/" in i and ".." in i for i in ids)


# ---------------------------------------------------------- bodies and parameters


@pytest.mark.parametrize(
    ("content_type", "body", "status"),
    [
        ("application/json", b'{"id": "a.txt", "text": "Valdoria', 422),
        ("application/json", b'{"id": "a.txt", "text": 5}', 422),
        ("application/json", b'{"id": ["a.txt"], "text": "Valdoria met Ostrava."}', 422),
        ("application/json", b"null", 422),
        ("application/json", b"\xff\xfe{}", 422),
        (
            "application/json",
            b'{"id": "a.txt", "text": "Valdoria met Ostrava."' + b" " * 9000 + b"}",
            413,
        ),
        ("text/plain", b'{"id": "a.txt", "text": "Valdoria met Ostrava."}', 415),
        ("application/x-www-form-urlencoded", b"id=a.txt&text=Valdoria", 415),
        ("multipart/form-data; boundary=xyz", b"--xyz--\r\n", 415),
        ("application/xml", b"<doc id='a.txt'>Valdoria</doc>", 415),
    ],
)
def test_post_documents_refuses_bad_bodies(
    client: TestClient, store: EmbeddedStore, content_type: str, body: bytes, status: int
) -> None:
    before = snapshot(store)
    response = client.post("/documents", content=body, headers={"Content-Type": content_type})
    assert_problem(response, status)
    assert snapshot(store) == before


def test_post_documents_json_with_charset_is_fine(client: TestClient) -> None:
    response = client.post(
        "/documents",
        content=json.dumps({"id": "cs.txt", "text": STORY}).encode(),
        headers={"Content-Type": "application/json; charset=utf-8"},
    )
    assert response.status_code == 201, response.text


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("GET", "/actors/nobody-at-all"),
        ("GET", "/actors/nobody-at-all/connections"),
        ("GET", "/explorer/nobody-at-all"),
        ("GET", "/documents/no/such/doc.txt"),
        ("DELETE", "/documents/no-such-doc.txt"),
        ("GET", "/paths?source=nobody-at-all&target=crimson-brigade"),
        ("GET", "/relations/nobody-at-all/TARGETS/crimson-brigade"),
        ("GET", "/actors/%27%7D)%20DETACH%20DELETE%20n%20%2F%2F"),
    ],
)
def test_unknown_ids_are_404(
    client: TestClient, store: EmbeddedStore, method: str, url: str
) -> None:
    before = snapshot(store)
    assert_problem(client.request(method, url), 404)
    assert snapshot(store) == before


HUGE = "9" * 30


@pytest.mark.parametrize(
    "url",
    [
        f"/actors?limit={HUGE}",
        f"/actors?offset={HUGE}",
        "/actors?limit=-1",
        f"/actors/crimson-brigade/connections?depth={HUGE}",
        "/actors/crimson-brigade/connections?depth=4",
        "/actors/crimson-brigade/connections?limit=1000000",
        f"/explorer/crimson-brigade?depth={HUGE}",
        "/explorer/crimson-brigade?depth=1e9",
        f"/paths?source=crimson-brigade&target=valdoria&max_length={HUGE}",
        f"/paths?source=crimson-brigade&target=valdoria&limit={HUGE}",
        f"/relations?limit={HUGE}",
        f"/relations?offset={HUGE}",
        f"/documents?limit={HUGE}",
        "/actors/crimson-brigade/connections?min_confidence=1e400",
        "/actors?q=" + "x" * 10_000,
    ],
)
def test_huge_parameters_are_422_not_500(client: TestClient, url: str) -> None:
    body = assert_problem(client.get(url), 422)
    assert body["errors"][0]["loc"][0] == "query"
