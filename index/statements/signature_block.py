"""The signature block that closes a document: the signer's name and the title under or beside it.

    Ana Ruiz                     Ana Ruiz, Tribunal Member        Employment Judge Ana Ruiz
    Ombudsman                    Date: 4 June 2024                Signed on 4 June 2024

The block is the last lines of the text, after the last sentence: a name line (two to four
capitalised words, a courtesy title allowed before them) and a short title line below it, or
the two on one line ("NAME, TITLE" or "TITLE NAME"). Label lines after it ("Date: ...",
"Signed on ...", "Reference ...") are passed over. A title nothing in `roles` accepts gives None.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from index.textnorm import fold
from index.vocabulary import vocabulary


@dataclass(frozen=True)
class Signature:
    name: str  # "Ana Ruiz"
    title: str  # "Ombudsman"


_LABEL = re.compile(r"^(?i:date[d]?|signed|issued|decision date|date of decision|reference|ref|case ref(?:erence)?|"
                    r"our ref|complaint ref(?:erence)?)\b[\s:.-]")
_REF_LINE = re.compile(r"^[A-Z]{2,5}[-/ ]?\d{3,}[\w/-]*$")  # "DRN-1234567"
_NAME_WORD = re.compile(r"(?:[A-Z][\w'’-]*\.?|[A-Z]\.)$")
_PARTICLES = {"de", "van", "von", "der", "den", "da", "del", "la", "le", "bin", "al"}


def closing_signature(text: str, roles: Callable[[str], bool]) -> Signature | None:
    """The name and title the last lines of `text` sign it with, when `roles(title)` accepts the title."""
    lines = [fold(ln).strip(" *_#\t").lstrip("-–— ").strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln][-6:]
    while lines and (_LABEL.match(lines[-1]) or _REF_LINE.match(lines[-1])):
        lines.pop()
    if not lines:
        return None
    last = lines[-1]
    if "," in last and len(last) <= 90:  # "Ana Ruiz, Tribunal Member"
        name, title = (p.strip() for p in last.split(",", 1))
        if _name(name) and roles(title.rstrip(".")):
            return Signature(_name(name), title.rstrip("."))
    front = _titled_name(last, roles)  # "Employment Judge Ana Ruiz"
    if front:
        return front
    if len(lines) >= 2 and _is_title(last) and roles(last.rstrip(".")) and _name(lines[-2]):
        return Signature(_name(lines[-2]), last.rstrip("."))
    return None


def _is_title(line: str) -> bool:
    return len(line.split()) <= 6 and not re.search(r"[.!?;:]\s|[\"“”]", line + " ")


def _name(line: str) -> str | None:
    """"Ana Ruiz" of a name line ("Dr Ana Ruiz", "Ana Ruiz KC"), or None for any other line."""
    v = vocabulary()
    words = line.rstrip(" .").split()
    while words and v.is_title(words[0].rstrip(".")):
        words = words[1:]
    while len(words) > 2 and words[-1].isupper() and words[-1].lower() in v.post_nominals:
        words = words[:-1]
    if not 2 <= len(words) <= 4 or not all(_NAME_WORD.match(w) or w.lower() in _PARTICLES for w in words):
        return None
    if not words[-1][:1].isupper() or len(words[-1].rstrip(".")) < 2:
        return None
    if any(w.lower() in v.stop_words or v.is_role(w.lower()) for w in words):
        return None
    return " ".join(words)


def _titled_name(line: str, roles: Callable[[str], bool]) -> Signature | None:
    """"Employment Judge Ana Ruiz": a title the roles accept, then the name."""
    words = line.rstrip(" .").split()
    for k in range(min(4, len(words) - 2), 0, -1):
        title = " ".join(words[:k])
        if words[k - 1].lower() in ("of", "for", "to", "at", "and", "the"):
            continue  # "Head of Library Services": a title cut before its object names no one
        if roles(title) and (name := _name(" ".join(words[k:]))):
            return Signature(name, title)
    return None
