"""The specs' invented articles read as ingest reads them: cleaned, and their statements.

    from tests.spec.invented import cleaned, statements_of, the_one, speaker_of, contents_by_speaker
"""

from __future__ import annotations

from index.articles import clean, parse_front_matter
from index.models import Article, Statement
from index.statements.extract import extract


def cleaned(text: str, meta: dict | None = None, *, name: str = "x.txt") -> Article:
    """The article of file `name` holding `text` (front matter, cleaning and its dates), with manifest `meta`."""
    return clean(parse_front_matter(text), name, meta)


def statements_of(text: str, name: str = "x.txt") -> list[Statement]:
    """The statement ledger's entries for the article of file `name` holding `text`."""
    return extract(cleaned(text, name=name))


def the_one(stmts: list[Statement], fragment: str) -> Statement:
    """The one statement whose content holds `fragment` (fails unless exactly one does)."""
    found = [s for s in stmts if fragment in s.content]
    assert len(found) == 1, (fragment, [(s.speaker, s.content) for s in stmts])
    return found[0]


def speaker_of(stmts: list[Statement], fragment: str) -> str:
    """The speaker of the one statement whose content holds `fragment`."""
    return the_one(stmts, fragment).speaker


def contents_by_speaker(stmts: list[Statement]) -> dict[str, set[str]]:
    """Each speaker's statement contents."""
    out: dict[str, set[str]] = {}
    for s in stmts:
        out.setdefault(s.speaker, set()).add(s.content)
    return out
