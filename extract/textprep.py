"""Same-length text normalisation, so spaCy offsets index the original text."""

from __future__ import annotations

# Every replacement is one character for one character: offsets never shift.
_CHAR_MAP = str.maketrans(
    {
        "\u00a0": " ",  # no-break space
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u201b": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2212": "-",  # minus sign
    }
)
_DASHES = "\u2013\u2014"


def normalise(text: str) -> str:
    """Straight quotes, plain spaces and hyphens; the result has the same length.

    En/em dashes between two letters or digits ("Iranian–backed") become hyphens so
    the tokenizer splits them like "-"; spaced dashes stay, spaCy already treats
    them as punctuation.
    """
    out = text.translate(_CHAR_MAP)
    if not any(d in out for d in _DASHES):
        return out
    chars = list(out)
    for i, ch in enumerate(chars):
        if (ch in _DASHES and 0 < i < len(chars) - 1
                and chars[i - 1].isalnum() and chars[i + 1].isalnum()):
            chars[i] = "-"
    return "".join(chars)
