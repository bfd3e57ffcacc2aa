"""Naming who said a sentence and when, from the statement ledger or the article's date."""

from __future__ import annotations

from index.models import Article, Span, Statement


def _format(d) -> str:
    return f"{d.day} {d.strftime('%B %Y')}"


def statement_at(corpus, article_id: str, span: Span) -> Statement | None:
    ledger = corpus.ledger()
    if ledger is None:
        return None
    best, overlap = None, 0
    for st in _statements_of(ledger, article_id):
        o = min(st.end, span.end) - max(st.start, span.start)
        if o > overlap:
            best, overlap = st, o
    return best


def _statements_of(ledger, article_id: str) -> list[Statement]:
    if hasattr(ledger, "statements_for_article"):
        return ledger.statements_for_article(article_id)
    return [s for s in ledger.statements() if s.article_id == article_id]


def attribute(text: str, span: Span, article: Article | None, corpus, kind: str) -> str:
    """A prefix like 'Sergey Lavrov (28 February 2023): ', or '' when nothing is known."""
    if article is None:
        return ""
    st = statement_at(corpus, article.id, span)
    if st is not None:
        parts = [_format(st.when_start)] if st.when_start else []
        if st.where:
            parts.append(st.where if st.where.lower().startswith(("in ", "at ", "on ", "by ", "during ")) else f"in {st.where}")
        when = f" ({', '.join(parts)})" if parts else ""
        surname = st.speaker.split()[-1].lower()
        if surname in text.lower() and not when:
            return ""
        speaker = st.speaker[:1].upper() + st.speaker[1:]
        return f"{speaker}{when}: "
    if kind == "when" and article.published:
        return f"Reported {_format(article.published)}: "
    return ""
