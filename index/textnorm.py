"""Normalisation for matching only; display always uses the original text.

`fold` keeps length: every character maps to exactly one character, so an offset found in
folded text is the same offset in the original.
"""

from __future__ import annotations

import re
import unicodedata

_ONE_TO_ONE = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u3000": " ",
    "\u2026": ".",
}
# One C scan for the few characters that fold, each hit replaced by a lookup: str.translate with a
# table looks every character of a non-ASCII text up in a dict (five to six times slower; folding is
# most of reading a sentence's BM25 terms at answer time).
_FOLDS = re.compile("[" + "".join(re.escape(c) for c in _ONE_TO_ONE) + "]")


def _translate(text: str) -> str:
    return _FOLDS.sub(lambda m: _ONE_TO_ONE[m.group()], text)
_WS = re.compile(r"\s+")


# "**Name:** words", "*Q*: words", "__A:__ words": a turn label set in Markdown emphasis
_EMPHASISED_LABEL = re.compile(r"\s*(\*\*|__|\*|_)[^*_:\n]{1,80}?(?:\1\s*:|:\s*\1)")


def without_label_emphasis(text: str) -> str:
    """A paragraph whose opening turn label is set in Markdown emphasis, its marks blanked (same
    length): the label then reads as a plain one ("Name: words")."""
    m = _EMPHASISED_LABEL.match(text)
    if not m:
        return text
    return text[:m.end()].replace("*", " ").replace("_", " ") + text[m.end():]


_LONG = 4096  # texts this long (whole articles) are folded once and remembered
_folded: dict[str, str] = {}


def fold(text: str) -> str:
    """Typographic quotes, dashes and spaces to ASCII, one character for one."""
    if text.isascii() and "`" not in text:  # nothing to fold (the backtick is the table's one ASCII key)
        return text
    if len(text) < _LONG:
        return _translate(text)
    # Extraction folds the whole article once per paragraph or statement: without this, ingest
    # time grew with the square of the article's size (a 5 MB article took many minutes).
    # A str caches its hash, so the lookup costs nothing after the first.
    found = _folded.get(text)
    if found is None:
        found = _translate(text)
        if len(_folded) >= 4:
            _folded.clear()
        _folded[text] = found
    return found


def unmarked(text: str) -> str:
    """`text` without diacritics ("Trémeur" -> "Tremeur", "façade" -> "facade"): readers type
    names and words from translated copy without the marks the article prints."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def normalize(text: str) -> str:
    """Fold, drop diacritics, apply NFKC, casefold, collapse whitespace: the form used to compare strings."""
    text = unicodedata.normalize("NFKC", unmarked(fold(text)))
    # Zero-width and control characters carry no meaning for matching. In ASCII text they are
    # exactly \x00-\x1f and \x7f: one translate instead of a category lookup per character
    # (which was most of answering a new who-question at 10,000 articles).
    if text.isascii():
        text = text.translate(_ASCII_CONTROLS)
    else:
        text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C" or ch in "\n\t")
    return _WS.sub(" ", text.casefold()).strip()


_ASCII_CONTROLS = dict.fromkeys(c for c in [*range(0x20), 0x7F] if chr(c) not in "\n\t")


_WORD = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)


def words(text: str) -> list[str]:
    """Word tokens of normalised text (numbers kept whole: "120,000")."""
    return _WORD.findall(normalize(text))
