"""Model-free parts of extraction: same-length normalisation and dates."""

from __future__ import annotations

import pytest

from actorgraph.extract.dates import find_datelines, sentence_date
from actorgraph.extract.textprep import normalise


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("“Quoted” text", '"Quoted" text'),
        ("Asa’ib Ahl al-Haq", "Asa'ib Ahl al-Haq"),
        ("Mustafa\u00a0al-Kadhimi", "Mustafa al-Kadhimi"),
        ("Iranian–backed", "Iranian-backed"),
        ("2020) — The", "2020) — The"),  # a spaced dash stays punctuation
        ("plain", "plain"),
        ("the old fort.[4] Later,[b] it", "the old fort.    Later,    it"),  # reference marks
        ("in [2019] and [sic]", "in [2019] and [sic]"),  # brackets that are text
    ],
)
def test_normalise_maps_char_for_char(raw: str, expected: str) -> None:
    out = normalise(raw)
    assert out == expected
    assert len(out) == len(raw)


@pytest.mark.parametrize(
    ("text", "document_date"),
    [
        ("Headline\n\nBAGHDAD (November 20, 2020) — Text.", "2020-11-20"),
        ("Headline\n\nNovember 23rd, 2020 - by A Reporter\n\nText.", "2020-11-23"),
        ("KYIV, Ukraine (March 1st, 2022) — Text.", "2022-03-01"),
        ("No date in this text at all.", None),
    ],
)
def test_document_date_from_dateline(text: str, document_date: str | None) -> None:
    assert find_datelines(text).document_date == document_date


def test_each_article_keeps_its_own_dateline() -> None:
    text = "A (May 2, 2021) — one.\n\nB (June 9, 2021) — two."
    anchors = find_datelines(text)
    assert anchors.at(text.index("one")) == "2021-05-02"
    assert anchors.at(text.index("two")) == "2021-06-09"


@pytest.mark.parametrize(
    ("sentence", "fallback", "expected"),
    [
        ("The strike came on January 3.", "2020-11-20", "2020-01-03"),
        ("They met on December 30.", "2021-01-05", "2020-12-30"),  # last year's December
        ("The truce was agreed in October.", "2020-11-20", "2020-10"),
        ("It happened on March 4, 2019.", "2020-11-20", "2019-03-04"),
        ("Nothing dated here.", "2020-11-20", "2020-11-20"),
        ("On January 3 they struck.", None, None),
    ],
)
def test_sentence_date(sentence: str, fallback: str | None, expected: str | None) -> None:
    assert sentence_date(sentence, fallback) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("BANGKOK, Thailand (AP) - Floods", "Bangkok, Thailand (AP) - Floods"),
        ("Story\nMEXICO CITY (AP) - Quake", "Story\nMexico City (AP) - Quake"),
        ("KARBALA , Iraq ( AP )", "Karbala , Iraq ( AP )"),
        ("NATO, the alliance, met.", "NATO, the alliance, met."),  # no place name
        ("HAMAS (AP) - x", "HAMAS (AP) - x"),
    ],
)
def test_dateline_place_in_capitals_is_title_cased(raw: str, expected: str) -> None:
    assert normalise(raw) == expected
    assert len(normalise(raw)) == len(raw)
