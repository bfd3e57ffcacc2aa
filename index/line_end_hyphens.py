"""Words a printed column split over two lines with a hyphen ("redun-" / "dancies", "Prid-" /
"more"), joined again: read split, "commit- tee" matches no question's "committee" and a name
cut in two names no one.

A split is joined only when the joined word is a word: one the article itself writes whole, or
one the English word index knows ("redundancies"); a hyphen that joins a compound ("well-" /
"known": "wellknown" is no word; "Tram-" / "sheds" when the article writes "Tram-sheds" on one
line) stays. The text keeps its length, one character for one (spans found before and after
stay valid): the line break and the next line's indent move beside the joined word.
"""

from __future__ import annotations

import re

# a word's start, a hyphen ending the line, and the lower-case rest of the word opening the next
# (a break between paragraphs, a blank line, is no wrap; a part after another hyphen is a compound's)
_SPLIT = re.compile(r"(?<![\w\-‐])([^\W\d_]{2,})-\n([ \t]*)([^\W\d_A-Z]+)(?![\w\-‐])")
_WORD = re.compile(r"[^\W\d_]+(?:[\-‐][^\W\d_]+)*")


def rejoined(text: str) -> str:
    """`text` with its line-end splits of whole words joined, the same length."""
    if "-\n" not in text:
        return text
    words: set[str] | None = None
    out, last = [], 0
    for m in _SPLIT.finditer(text):
        if words is None:
            words = {w.lower() for w in _WORD.findall(text)}
        left, right = m.group(1), m.group(3)
        joined = left + right
        if not _is_word(joined, f"{left}-{right}".lower(), words):
            continue
        pad = len(m.group(0)) - len(joined)  # the hyphen, the break and the indent
        after = text[m.end():m.end() + 1]
        # the break stays a break: after the word when a space follows it, else before it (so a
        # closing mark or a stop stays on the word)
        mended = joined + "\n" + " " * (pad - 1) if after in ("", " ", "\n", "\t") else " " * (pad - 1) + "\n" + joined
        out.append(text[last:m.start()])
        out.append(mended)
        last = m.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def _is_word(joined: str, compound: str, words: set[str]) -> bool:
    if compound in words:
        return False  # the article writes the compound whole, hyphen and all
    if joined.lower() in words:
        return True
    from index.statements.english_words import (
        is_english_word,  # (the pipeline's word index: loaded on use)
    )

    return is_english_word(joined)
