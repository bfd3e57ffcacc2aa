"""When a question asks the day of the publication itself ("When was this edition of the Whelk
published?", "What is the date of this issue?"), the answer is the day its header line states (a
weekly's "Edition 1,482 — week ending Friday 14 March 2025", a "Published: ..." line), cited on that
line. The sentences retrieved never hold it: the cleaner keeps header lines out of the passages.
A question about a report, a book or a paper the article names ("When was the audit published?")
is not about the page, and is left to the ordinary answer."""

from __future__ import annotations

import re

from index import datelines
from index.models import Answer, Citation, ScoredChunk

# the page itself: "this", "this edition", "the latest issue of X", "this week's newsletter", "the article"
_PAGE = r"(?:this|it|(?:this|the|that)\s+(?:(?:week's|latest|current|weekly)\s+)?(?:edition|issue|article|story|piece|newsletter|bulletin|page|post|column|number))"
_ASKED = re.compile(rf"^\s*(?:when|(?:on\s+)?what\s+(?:day|date))\s+(?:was|is|were)\s+{_PAGE}\b(?:\s+of\s+(?:the\s+)?[A-Z][^?]{{0,60}}?)?"
                    r"\s+(?:published|issued|printed|released|posted|dated|out)\b\s*\??\s*$"
                    rf"|^\s*what\s+(?:is|was)\s+the\s+(?:publication\s+|issue\s+)?date\s+of\s+{_PAGE}\b[^?]{{0,60}}\??\s*$"
                    rf"|^\s*what\s+(?:week|day)\s+(?:does|did)\s+{_PAGE}\b[^?]{{0,60}}\s+(?:cover|carry)\b", re.I)
_HEAD_LINES = 12  # (the lines above the story that may hold the page's date)


def publication_day(question: str, passages: list[ScoredChunk], corpus) -> Answer | None:
    """The day the first retrieved article's own header line gives, or None."""
    if not _ASKED.search(question) or not passages or not hasattr(corpus, "article"):
        return None
    article_id = passages[0].chunk.article_id
    article = corpus.article(article_id)
    published = getattr(article, "published", None)
    text = getattr(article, "text", "") or ""
    if published is None or getattr(article, "date_confidence", "") != "stated":
        return None
    pos = 0
    for n, line in enumerate(text.split("\n")):
        if n >= _HEAD_LINES:
            break
        start, pos = pos, pos + len(line) + 1
        found = datelines.header_date(line) if line.strip() else None
        if found and found[1] == published:
            lead = len(line) - len(line.lstrip())
            cited = line.strip()
            day = f"{published:%A} {published.day} {published:%B %Y}"
            return Answer(question=question, text=f"It was published on {day} [1].", retrieved=passages,
                          citations=[Citation(1, article_id, start + lead, start + lead + len(cited), cited)])
    return None
