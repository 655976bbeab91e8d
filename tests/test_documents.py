"""Reading files: encodings, markup, and clear refusals of what is not a document."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from actorgraph.documents import (
    DocumentError,
    find_files,
    html_to_text,
    load_file,
    markdown_to_text,
    text_document,
)

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"Rebels shelled the port.", "Rebels shelled the port."),
        (codecs.BOM_UTF8 + "Caf\u00e9 talks".encode(), "Caf\u00e9 talks"),
        ("\ufeffTruce agreed".encode("utf-16-le"), "Truce agreed"),
        ("Truce agreed".encode("utf-16"), "Truce agreed"),
        (
            "\u0627\u0644\u062d\u0634\u062f said \U0001f600".encode(),
            "\u0627\u0644\u062d\u0634\u062f said \U0001f600",
        ),
    ],
)
def test_decodes_text_encodings(tmp_path: Path, data: bytes, expected: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(data)
    assert load_file(path).text == expected


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t  \n", "empty"),
        (PNG_HEADER + bytes(range(256)), "binary"),
        (b"caf\xe9 au lait", "not valid utf-8"),
    ],
)
def test_refuses_non_documents_with_reason(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(DocumentError, match=f"(?i){reason}"):
        load_file(path)


def test_refuses_files_over_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    with pytest.raises(DocumentError, match="over the limit"):
        load_file(path, max_bytes=100)


def test_html_keeps_visible_text_only() -> None:
    html = (
        "<html><head><title>t</title><script>alert('x')</script></head>"
        "<body><h1>Border clash</h1><p>Troops fired on a convoy &amp; withdrew.</p>"
        "<style>p{}</style></body></html>"
    )
    text = html_to_text(html)
    assert "alert" not in text and "p{}" not in text
    assert "Border clash" in text
    assert "Troops fired on a convoy & withdrew." in text


def test_markdown_markup_is_stripped() -> None:
    text = markdown_to_text("# Headline\n\n**Rebels** seized [the town](http://x.test).\n")
    assert text == "Headline\n\nRebels seized the town."


def test_text_document_hash_is_stable_and_content_based() -> None:
    a = text_document("a", "Militants attacked a checkpoint.")
    b = text_document("b", "Militants attacked a checkpoint.")
    c = text_document("a", "Militants attacked two checkpoints.")
    assert a.sha256 == b.sha256 != c.sha256
    assert a.words == 4


def test_find_files_names_folder_files_by_relative_path(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "report.txt").write_text("one")
    (tmp_path / "y" / "report.txt").write_text("two")
    (tmp_path / "y" / "image.png").write_bytes(PNG_HEADER)
    found = [doc_id for _, doc_id in find_files([tmp_path])]
    assert found == ["x/report.txt", "y/report.txt"]


def test_find_files_reports_missing_path(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        list(find_files([tmp_path / "missing.txt"]))
