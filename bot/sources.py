"""How a citation's source is named, the same on every surface."""

from __future__ import annotations

from datetime import date

from index.models import Article, Citation

UNKNOWN_OUTLET = "outlet not stated"


def format_date(d: date | None, confidence: str = "stated") -> str:
    if d is None:
        return "date unknown"
    text = f"{d.day} {d.strftime('%B %Y')}"
    return text + (" (inferred)" if confidence == "inferred" else "")


def first_words(text: str, n: int = 8) -> str:
    words = text.split()
    return " ".join(words[:n]) + ("…" if len(words) > n else "")


def source_label(article: Article) -> str:
    """`outlet, date — title or first words`."""
    outlet = article.outlet or UNKNOWN_OUTLET
    when = format_date(article.published, article.date_confidence)
    if article.title:
        name = article.title
    elif article.paragraphs:
        name = "“" + first_words(article.slice(article.paragraphs[0])) + "”"
    else:
        name = article.id
    return f"{outlet}, {when} — {name}"


def source_line(citation: Citation, article: Article | None) -> str:
    """`[n] outlet, date — title or first words, paragraph p`."""
    if article is None:
        return f"[{citation.n}] {citation.article_id}"
    para = f", paragraph {citation.paragraph}" if citation.paragraph else ""
    return f"[{citation.n}] {source_label(article)}{para} ({article.id})"
