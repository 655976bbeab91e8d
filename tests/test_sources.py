"""Source metadata from files (front matter, HTML meta, sidecars, JSON Lines) and
near-duplicate documents, through the ingest path the CLI uses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from actorgraph.documents import DocumentError, SourceDocument, load_file
from actorgraph.duplicates import (
    DUPLICATE_JACCARD,
    SourceIndex,
    fingerprint,
    normalise,
    similarity,
)
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.ingest import ingest_paths
from actorgraph.sources import MetadataError, parse_meta, split_front_matter

STORY = (
    "The Houthis fired a missile at a tanker in the Red Sea.\n\n"
    "The United States condemned the Houthis after the attack on the tanker, which "
    "was carrying grain to a port further north along the coast."
)
OTHER_STORY = (
    "Hezbollah fighters attacked an Israeli army post near the border.\n\n"
    "Iran backs Hezbollah, officials in the region said on the same day."
)


@pytest.fixture
def store(tmp_path: Path) -> EmbeddedStore:
    return EmbeddedStore(tmp_path / "store" / "graph.sqlite3")


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# ------------------------------------------------------------------ metadata


def test_grades_dates_and_urls_are_normalised() -> None:
    meta = parse_meta(
        {"published": "2024-03-05T08:30:00Z", "reliability": "b", "url": "https://example.org/a"},
        name="doc",
    )
    assert (meta.published, meta.reliability, meta.url) == (
        "2024-03-05",
        "B",
        "https://example.org/a",
    )
    assert parse_meta({"date": "2024-03"}, name="doc").published == "2024-03"


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"published": "last Tuesday"}, "published"),
        ({"published": "2024-02-30"}, "published"),
        ({"reliability": "G"}, "reliability"),
        ({"url": "ftp://example.org/file"}, "url"),
        ({"url": "example.org/no-scheme"}, "url"),
        ({"url": "http://[broken/"}, "url"),
        ({"title": ["a", "list"]}, "title"),
        ({"publshed": "2024-01-01"}, "publshed"),
    ],
)
def test_bad_metadata_names_the_field(values: dict[str, object], field: str) -> None:
    with pytest.raises(MetadataError) as caught:
        parse_meta(values, name="doc.txt")
    assert caught.value.field == field
    assert field in str(caught.value) and "doc.txt" in str(caught.value)


def test_front_matter_is_split_from_the_body() -> None:
    values, body = split_front_matter(
        '---\ntitle: "Missile hits tanker"\npublisher: Harbour Gazette\ntags: shipping\n---\n'
        "Body text.",
        name="a.md",
    )
    assert values == {"title": "Missile hits tanker", "publisher": "Harbour Gazette",
                      "tags": "shipping"}
    assert body == "Body text."
    assert split_front_matter("No block here.\n---\n", name="b.md") == ({}, "No block here.\n---\n")


def test_markdown_front_matter_becomes_metadata_and_leaves_the_text(tmp_path: Path) -> None:
    path = write(
        tmp_path / "tanker.md",
        "---\ntitle: Missile hits tanker\nurl: https://news.example/tanker\n"
        "published: 2024-03-04\nreliability: C\nlayout: post\n---\n# Tanker hit\n\n" + STORY,
    )
    doc = load_file(path)
    assert doc.meta is not None
    assert doc.meta.to_dict() == {
        "title": "Missile hits tanker",
        "url": "https://news.example/tanker",
        "published": "2024-03-04",
        "reliability": "C",
    }
    assert doc.text.startswith("Tanker hit") and "title:" not in doc.text


def test_html_meta_tags_and_title(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Tanker hit | Harbour Gazette</title>"
        '<meta property="og:title" content="Missile hits tanker">'
        '<meta property="article:published_time" content="2024-03-04T09:00:00+02:00">'
        '<meta property="og:site_name" content="Harbour Gazette">'
        '<link rel="canonical" href="https://news.example/tanker">'
        f"</head><body><p>{STORY}</p></body></html>"
    )
    doc = load_file(write(tmp_path / "tanker.html", page))
    assert doc.meta is not None
    assert doc.meta.to_dict() == {
        "title": "Missile hits tanker",
        "url": "https://news.example/tanker",
        "published": "2024-03-04",
        "publisher": "Harbour Gazette",
    }
    assert "Harbour Gazette" not in doc.text


def test_sidecar_fields_win_over_front_matter(tmp_path: Path) -> None:
    front = "---\ntitle: Old title\npublisher: Gazette\n---\n"
    path = write(tmp_path / "tanker.txt", front + STORY)
    write(tmp_path / "tanker.meta.json", json.dumps({"title": "New title", "reliability": "a"}))
    doc = load_file(path)
    assert doc.meta is not None
    assert doc.meta.to_dict() == {"title": "New title", "publisher": "Gazette", "reliability": "A"}


def test_bad_sidecar_is_a_clear_error(tmp_path: Path) -> None:
    path = write(tmp_path / "tanker.txt", STORY)
    write(tmp_path / "tanker.txt.meta.json", json.dumps({"published": "soon"}))
    with pytest.raises(DocumentError, match="published 'soon' is not a date"):
        load_file(path)


def test_metadata_is_part_of_the_hash_but_plain_texts_keep_theirs(tmp_path: Path) -> None:
    plain = load_file(write(tmp_path / "a.txt", STORY))
    dated = load_file(write(tmp_path / "b.txt", "---\npublished: 2024-03-04\n---\n" + STORY))
    assert plain.text == dated.text
    assert plain.sha256 != dated.sha256
    assert plain.meta is None


# ----------------------------------------------------------- ingest & stores


def test_ingest_stores_metadata_and_dates_statements_by_it(
    nlp: Language, store: EmbeddedStore, tmp_path: Path
) -> None:
    write(
        tmp_path / "in" / "tanker.md",
        "---\ntitle: Missile hits tanker\npublished: 2024-03-04\npublisher: Harbour Gazette\n"
        "---\n" + STORY,
    )
    report = ingest_paths(store, nlp, [tmp_path / "in"], progress=False)
    assert report.errors == [] and report.count("created") == 1
    info = store.get_document("tanker.md")
    assert info is not None
    assert (info.title, info.published, info.publisher, info.date) == (
        "Missile hits tanker",
        "2024-03-04",
        "Harbour Gazette",
        "2024-03-04",
    )
    edges = store.edges()
    assert edges, "the story should give at least one statement"
    # The text gives no date: every statement takes the publication date.
    assert {s.date for e in edges for s in e.statements} == {"2024-03-04"}


def test_jsonl_bulk_load_reads_good_lines_and_names_bad_ones(
    nlp: Language, store: EmbeddedStore, tmp_path: Path
) -> None:
    lines = [
        {"id": "tanker", "text": STORY, "url": "https://news.example/tanker",
         "published": "2024-03-04"},
        {"text": OTHER_STORY, "publisher": "Border Courier", "reliability": "D"},
        {"id": "graded", "text": OTHER_STORY + " More.", "reliability": "Z"},
        "not an object",
        {"id": "notext"},
    ]
    bulk = write(tmp_path / "bulk.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n\n")
    report = ingest_paths(store, nlp, [bulk], progress=False)
    assert sorted(d.id for d in store.list_documents()) == ["bulk.jsonl#2", "tanker"]
    assert store.get_document("bulk.jsonl#2").publisher == "Border Courier"  # type: ignore[union-attr]
    assert len(report.errors) == 3
    assert any("graded" in e and "reliability" in e for e in report.errors)
    assert any("bulk.jsonl#4" in e for e in report.errors)
    assert any("notext" in e and "text" in e for e in report.errors)
    again = ingest_paths(store, nlp, [bulk], progress=False)
    assert again.skipped == 2 and again.results == []


def test_changed_metadata_alone_replaces_the_document(
    nlp: Language, store: EmbeddedStore, tmp_path: Path
) -> None:
    path = write(tmp_path / "tanker.md", "---\npublisher: Gazette\n---\n" + STORY)
    ingest_paths(store, nlp, [path], progress=False)
    write(tmp_path / "tanker.md", "---\npublisher: Courier\n---\n" + STORY)
    report = ingest_paths(store, nlp, [path], progress=False)
    assert report.count("replaced") == 1
    assert store.get_document("tanker.md").publisher == "Courier"  # type: ignore[union-attr]


# --------------------------------------------------------------- duplicates


def test_normalisation_drops_case_punctuation_and_boilerplate() -> None:
    messy = "THE HOUTHIS   fired a missile!\nShare this article\n(Reporting by A. Writer)\n"
    assert normalise(messy) == ["the", "houthis", "fired", "a", "missile"]
    assert fingerprint(messy).exact == fingerprint("The Houthis fired a missile.").exact


def test_syndicated_copy_is_similar_and_another_story_is_not() -> None:
    bylined = "By Harbour Staff\n" + STORY + "\nEditing by Someone Else"
    assert similarity(fingerprint(STORY), fingerprint(bylined)) >= DUPLICATE_JACCARD
    # One changed word in a short story breaks five of its few 5-grams: not a copy.
    edited = STORY.replace("further north", "farther north")
    assert similarity(fingerprint(STORY), fingerprint(edited)) < DUPLICATE_JACCARD
    assert similarity(fingerprint(STORY), fingerprint(OTHER_STORY)) < 0.2
    long_a = " ".join(f"word{i}" for i in range(400))
    long_b = long_a.replace("word200 ", "changed ")
    assert similarity(fingerprint(long_a), fingerprint(long_b)) >= DUPLICATE_JACCARD


def test_index_finds_a_copy_among_many_and_never_the_document_itself(
    store: EmbeddedStore,
) -> None:
    index = SourceIndex(store)
    for n in range(300):  # unrelated stories of the same vocabulary
        words = " ".join(f"w{(n * 7 + i * 13) % 900}" for i in range(300))
        index.add(f"other-{n}", fingerprint(words))
    long_story = " ".join(f"word{i}" for i in range(400))
    index.add("first", fingerprint(long_story))
    edited = fingerprint(long_story.replace("word200 ", "changed "))
    assert index.original_of(SourceDocument("second", "", ""), edited) == "first"
    assert index.original_of(SourceDocument("first", "", ""), edited) is None
    assert index.original_of(SourceDocument("x", "", ""), fingerprint(OTHER_STORY)) is None
    assert index.original_of(SourceDocument("y", "", ""), fingerprint(long_story)) == "first"


def test_copies_are_stored_once_with_their_sources(
    nlp: Language, store: EmbeddedStore, tmp_path: Path
) -> None:
    write(tmp_path / "a" / "gazette.txt", STORY)
    ingest_paths(store, nlp, [tmp_path / "a"], progress=False)
    counts = {(e.source, e.target, e.type): e.count for e in store.edges()}
    # The same story with other spacing, punctuation and a credit line, from another outlet.
    copy = STORY.replace(". ", ".   ").replace(",", " -") + "\n\n(Reporting by Harbour Desk)"
    write(tmp_path / "b" / "courier.txt", "---\npublisher: Courier\n---\n" + copy)
    report = ingest_paths(store, nlp, [tmp_path / "b"], progress=False)
    assert report.count("created") == 1 and report.errors == []
    info = store.get_document("courier.txt")
    assert info is not None and info.duplicate_of == "gazette.txt"
    assert info.publisher == "Courier"
    assert {(e.source, e.target, e.type): e.count for e in store.edges()} == counts
    # Re-ingesting either changes nothing.
    again = ingest_paths(store, nlp, [tmp_path / "a", tmp_path / "b"], progress=False)
    assert again.skipped == 2 and again.results == []
    # Once the first copy goes, the second is read in its place.
    store.delete_document("gazette.txt")
    ingest_paths(store, nlp, [tmp_path / "b"], progress=False)
    info = store.get_document("courier.txt")
    assert info is not None and info.duplicate_of is None
    assert sum(e.count for e in store.edges()) == sum(counts.values())


def test_copies_within_one_run_are_recognised(
    nlp: Language, store: EmbeddedStore, tmp_path: Path
) -> None:
    write(tmp_path / "in" / "1.txt", STORY)
    write(tmp_path / "in" / "2.txt", STORY + "\nAdvertisement")
    write(tmp_path / "in" / "3.txt", OTHER_STORY)
    ingest_paths(store, nlp, [tmp_path / "in"], progress=False)
    docs = {d.id: d.duplicate_of for d in store.list_documents()}
    assert docs == {"1.txt": None, "2.txt": "1.txt", "3.txt": None}


# ----------------------------------------------------------------------- CLI


def test_cli_ingest_reads_metadata_and_names_bad_fields(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from actorgraph.cli import main

    folder = tmp_path / "in"
    write(folder / "good.md", "---\npublisher: Harbour Gazette\nreliability: b\n---\n" + STORY)
    write(folder / "copy.txt", STORY + "\nSubscribe to our newsletter")
    write(folder / "bad.txt", "---\npublished: the other day\n---\n" + OTHER_STORY)
    data = tmp_path / "data"
    assert main(["ingest", str(folder), "--data-dir", str(data), "--no-progress"]) == 1
    captured = capsys.readouterr()
    assert "bad.txt: published 'the other day' is not a date" in captured.err
    assert "1 recorded as copies" in captured.out
    with EmbeddedStore(data / "graph.sqlite3") as store:
        good = store.get_document("good.md")
        assert good is not None and (good.publisher, good.reliability) == ("Harbour Gazette", "B")
        assert store.get_document("bad.txt") is None


def test_cli_extract_reads_jsonl_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from actorgraph.cli import main

    bulk = write(
        tmp_path / "bulk.jsonl",
        json.dumps({"id": "one", "text": STORY}) + "\n" + json.dumps({"text": OTHER_STORY}),
    )
    assert main(["extract", str(bulk), "--jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["document"] for r in records] == ["one", "bulk.jsonl#2"]
