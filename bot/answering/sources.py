"""How a citation's source is named, the same on every surface."""

from __future__ import annotations

from datetime import date

from index.models import Article, Citation, Statement

UNKNOWN_OUTLET = "outlet not stated"


def format_date(d: date | None, confidence: str = "stated") -> str:
    if d is None:
        return "date unknown"
    text = f"{d.day} {d.strftime('%B %Y')}"
    return text + (" (inferred)" if confidence == "inferred" else "")


def format_when(st: Statement, article: Article | None = None) -> str:
    """When a statement was made, as precisely as the article says it, the same on every surface.

    A range stays a range ("9 January to 15 January 2023 (last week)"): showing its first day
    alone would claim more than the article does. Undated: the article's date, marked as such.
    """
    if st.when_start is None:
        if article is not None and article.published:
            return f"{format_date(article.published, article.date_confidence)} (article date)"
        return "date unknown"
    if st.date_basis == "publication" and not st.when_text:  # no time of its own: the report's date
        return f"{format_date(st.when_start)} (article date)"
    text = format_date(st.when_start)
    end = st.when_end
    if end is not None and end != st.when_start:
        first = f"{st.when_start.day} {st.when_start.strftime('%B')}" if end.year == st.when_start.year else text
        text = f"{first} to {format_date(end)}"
    phrase = " ".join((st.when_text or "").split())
    if phrase and not _says_nothing_more(phrase, text):
        text += f" ({phrase})"
    return text


def _says_nothing_more(phrase: str, shown: str) -> bool:
    """True when the phrase as written only restates the date shown ("December 3", "on 3 Dec. 2022")."""
    import re

    words = {w for w in re.findall(r"[a-z]+|\d+", phrase.lower()) if w not in ("on", "in", "the", "of", "st", "nd", "rd", "th")}
    shown_words = set(re.findall(r"[a-z]+|\d+", shown.lower()))
    return all(w in shown_words or any(s.startswith(w) and len(w) >= 3 for s in shown_words) for w in words)


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
