"""Sentences of a model's answer and the citation marks they carry.

`split_sentences` cuts an answer into sentences, each keeping the `[n]` marks that follow it
(before or after the full stop); `render` writes a kept sentence back with its marks at the
end. bot.llm.verify decides which sentences to keep.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.vocabulary import vocabulary

# [1]  [1, 2]  [1-3]  [1; 2]
CITATION = re.compile(r"\[\s*(\d+(?:\s*(?:,|;|-|–|and)\s*\d+)*)\s*\]")


# the short forms no sentence ends at (index/vocabulary.yaml `point_abbreviations`, which the
# articles' sentences are cut by too), and those a model's answer also writes mid-sentence
_ABBREVIATIONS = vocabulary().point_abbreviations | {"jr", "sr", "etc", "fig", "e.g", "i.e"}
_END = re.compile(r"[.!?]+[\"'”’)\]]*")
_CITES_AFTER = re.compile(r"(?:\s*\[[^\]\n]{1,20}\])+")
_NEXT_STARTS = re.compile(r"\s+[\"'“‘(\[]?[A-Z0-9À-Þ]")
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")


def split_sentences(text: str) -> list[str]:
    """Sentences of a model's answer, each with the citation marks that follow it."""
    out: list[str] = []
    for line in text.splitlines():
        line = _BULLET.sub("", line).strip()
        start = 0
        for m in _END.finditer(line):
            end = m.end()
            cites = _CITES_AFTER.match(line, end)
            if cites:
                end = cites.end()
            if end < len(line) and not _NEXT_STARTS.match(line, end):
                continue
            if _is_abbreviation(line, m.start()) and not cites:
                continue
            piece = line[start:end].strip()
            if piece:
                out.append(piece)
            start = end
        rest = line[start:].strip()
        if rest:
            out.append(rest)
    # A citation mark alone on a line belongs to the sentence before it.
    merged: list[str] = []
    for piece in out:
        if merged and not CITATION.sub("", piece).strip(" .,;"):
            merged[-1] = merged[-1] + " " + piece
        else:
            merged.append(piece)
    return merged


def _is_abbreviation(line: str, dot: int) -> bool:
    if line[dot] != ".":
        return False
    m = re.search(r"([A-Za-z][A-Za-z.]*)$", line[:dot])
    if not m:
        return False
    word = m.group(1).lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and line[m.start()].isupper()) or "." in word


def render(body: str, cites: Sequence[int]) -> str:
    """`body` with its citation marks at the end: `He said so [1][2].`"""
    marks = "".join(f"[{n}]" for n in cites)
    body = body.rstrip()
    if body and body[-1] in ".!?":
        stripped = body.rstrip(".!?")
        return f"{stripped} {marks}{body[len(stripped):][:1]}"
    if len(body) > 1 and body[-1] in "\"'”’" and body[-2] in ".!?,":
        return f"{body} {marks}"
    return f"{body} {marks}."


def cited_numbers(sentence: str) -> list[str]:
    out: list[str] = []
    for m in CITATION.finditer(sentence):
        inner = m.group(1)
        for a, b in re.findall(r"(\d+)\s*[-–]\s*(\d+)", inner):
            if 0 <= int(b) - int(a) <= 20:
                out.extend(str(n) for n in range(int(a), int(b) + 1))
        out.extend(re.findall(r"\d+", re.sub(r"\d+\s*[-–]\s*\d+", " ", inner)))
    return out


def clean_body(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"\s+([.,;:!?])", r"\1", text)
