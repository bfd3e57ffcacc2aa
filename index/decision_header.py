"""The header block of a written decision: a tribunal's judgment, a disciplinary or appeal panel's
decision, a regulator's fitness-to-practise ruling, an ombudsman's or a sports body's decision.

Such a document opens with labelled lines, one field a line:

    Case reference: ABC/2026/11
    Claimant: Ms Ann Roe
    Respondent: Harbour Logistics Ltd
    Before: Employment Judge Lo, Mr B Kay, Ms C Dee
    Heard on: 4 and 5 May 2026
    Date of decision: 19 May 2026

and then calls the parties by their roles ("the Claimant told the Tribunal ..."). The block says
who each role is, who decides, the day the evidence was heard and the decision's own day; its
lines are the document's furniture, no one's statement. A block counts only with a party's line
and a line of the bench, the hearing, the decision day or the case reference: a news story's
fact box ("Venue: ...") is no decision. Read once, linearly, over the document's first lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from index import datelines
from index.textnorm import fold
from index.vocabulary import vocabulary

_FIELD = re.compile(r"^[ \t]*(?P<label>[A-Z][A-Za-z .'’/()-]{0,40}?)[ \t]*:[ \t]*(?P<value>\S[^\n]*?)[ \t]*$")
# a field written as a phrase, no colon: "Hearing held on 3 February 2025", "Heard on 4 and 5 May 2026",
# "Site visit made on 15 January 2025", "Decision by Ann Roe, an Inspector"
_ON_FIELD = re.compile(r"^[ \t]*(?P<label>[A-Z][A-Za-z ]{2,30}?)[ \t]+(?:on|by)[ \t]+(?P<value>\S[^\n]*?)[ \t]*$")
_ON_OTHER = {"site visit made", "site visit", "inquiry held", "inquiry opened", "hearing and site visit held"}
_TOP_LINES = 40  # the block stands among the document's first lines
_HONORIFIC = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lady|Lord)\.?\s+)+")
_NAME = re.compile(r"^[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|van|von|der|du|le|la|bin|al))*$")


@dataclass(frozen=True)
class Header:
    start: int  # the block's first character
    end: int  # after its last line
    lines: tuple[tuple[int, int], ...]  # each labelled line's span
    parties: dict[str, str] = field(default_factory=dict)  # "respondent" -> "Ann Roe" (a person or a body as printed)
    bench: tuple[str, ...] = ()  # the deciders' names, chair first as printed
    hearing: date | None = None
    decided: date | None = None
    genders: dict[str, str] = field(default_factory=dict)  # party name -> "m" / "f", as its honorific tells
    chair: str | None = None  # the bench member marked "(Chair)", for "the Chair asked"


def _kind(label: str) -> str | None:
    low = " ".join(fold(label).lower().replace("’", "'").split())
    for kind, words in vocabulary().decision_header_labels.items():
        if low in words:
            return kind
    return None


def _party(value: str) -> str | None:
    """The name a party line gives: "Mr Ann Roe (membership no. 4)" -> "Ann Roe"; a body as
    printed ("Harbour Logistics Ltd"); None for a description ("The Head Steward of ...")."""
    value = re.sub(r"\s*[(\[].*$", "", value).strip().rstrip(",;.")
    value = re.split(r",\s+|\s+[-–—]\s+", value)[0].strip()
    name = _HONORIFIC.sub("", value).strip()
    if not name or name.split()[0].lower() in ("the", "a", "an") or not _NAME.match(name) or len(name.split()) > 6:
        return None
    return name


def gender(named: str) -> str | None:
    """"m" or "f" as a name's honorific tells ("Mr Ann Roe" -> "m"), else None."""
    m = re.match(r"\s*(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord)\b", named)
    return None if m is None else ("m" if m.group(1) in ("Mr", "Sir", "Lord") else "f")


def _bench(value: str) -> tuple[str, ...]:
    out = []
    for part in re.split(r",\s*|\s+and\s+|;\s*", re.sub(r"\([^)]*\)", "", value)):
        name = _HONORIFIC.sub("", part.strip()).strip()
        if name and _NAME.match(name) and len(name.split()) <= 5:
            out.append(name)
    return tuple(out)


def read(text: str) -> Header | None:
    """The decision header of `text`, or None when it has none."""
    pos, seen, run, best = 0, 0, [], None
    for line in text.split("\n"):
        a, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        seen += 1
        m = _FIELD.match(line)
        kind = (_kind(m.group("label")) or "other") if m and len(m.group("value")) <= 120 else None
        if kind is None and (m := _ON_FIELD.match(line)) and len(m.group("value")) <= 120:
            label = " ".join(m.group("label").lower().split())
            kind = _kind(label) or _kind(f"{label} {line[m.end('label'):m.start('value')].strip()}") \
                or ("other" if label in _ON_OTHER else None)
        if kind is not None:
            run.append((a, a + len(line.rstrip()), kind, m.group("label"), m.group("value")))
        elif run:
            best = best or _block(run)
            run = []
            if best is not None:
                break
        if seen >= _TOP_LINES:
            break
    return best or (_block(run) if run else None)


def _block(run: list[tuple[int, int, str, str, str]]) -> Header | None:
    kinds = {k for _, _, k, _, _ in run}
    known = sum(1 for _, _, k, _, _ in run if k != "other")
    # (a party's line, or, in a decision that names none in its header (a planning appeal's), the
    # hearing's day with the bench or the decision's own day)
    if not ("party" in kinds or "hearing" in kinds and kinds & {"bench", "decided"}) \
            or not kinds & {"bench", "hearing", "decided", "reference"} or known < 3 or known * 2 < len(run):
        return None
    parties: dict[str, str] = {}
    genders: dict[str, str] = {}
    bench: tuple[str, ...] = ()
    chair = None
    hearing = decided = None
    for _, _, kind, label, value in run:
        if kind == "party":
            label = " ".join(fold(label).lower().split())
            if (name := _party(value)) is not None:
                parties.setdefault(label, name)
                if (g := gender(value)) is not None:
                    genders.setdefault(name, g)
        elif kind == "bench" and not bench:
            bench = _bench(value)
            marked = re.search(r"([^,;(]+?)\s*\((?:the\s+)?(?:chair|chairman|chairwoman|chairperson|presiding(?: member)?)\)", value, re.IGNORECASE)
            chair = _HONORIFIC.sub("", marked.group(1).strip()) if marked else None
        elif kind == "hearing" and hearing is None:
            hearing = _last_day(value)
        elif kind == "decided" and decided is None:
            decided = _last_day(value)
    return Header(run[0][0], run[-1][1], tuple((a, b) for a, b, *_ in run), parties, bench, hearing, decided, genders, chair)


def _last_day(value: str) -> date | None:
    """The day a field names; of several ("4 and 5 May 2026", "4-5 May 2026"), the last."""
    return datelines.full_date(value)
