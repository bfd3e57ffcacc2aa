"""A field label on the line above its content: "Hazard identified" / "The connector can ...",
"Reason" / "A main burst on Alder Road ...". Cleaning keeps such a label out of the paragraphs (it
is a subheading, index/articles.py), so the content's sentence loses the words that say what it is.
The first sentence under a label directly above it (no blank line between) gets the label's terms.
"""

from __future__ import annotations

from bot.answering.terms import stems

MAX_LABEL_WORDS = 6
MAX_TOPIC_WORDS = 10  # "On the supporters' complaints about the ticket allocation:"


def with_labels(candidates, article_of) -> None:
    """Give each candidate that opens a paragraph right under a short label the label's terms, and
    each sentence of a paragraph right under a topic line kept as a paragraph ("On the new signing:")
    that line's terms."""
    labels: dict[str, dict[int, frozenset[str]]] = {}
    topics: dict[str, list[tuple[int, int, frozenset[str]]]] = {}
    for c in candidates:
        chunk = c.chunk.chunk
        if chunk.article_id not in labels:
            article = article_of(chunk.article_id)
            labels[chunk.article_id] = _labels_of(article)
            topics[chunk.article_id] = _topic_lines(article)
        found = labels[chunk.article_id].get(chunk.start) if c.span.start == chunk.start else None
        if found:
            c.terms = c.terms | found
        for start, end, terms in topics[chunk.article_id]:
            if start <= c.span.start < end:
                c.terms = c.terms | terms


def _topic_lines(article) -> list[tuple[int, int, frozenset[str]]]:
    """(start, end, terms) of each paragraph right under a topic line: a short paragraph of its own
    ending in a colon ("On Fraser's hamstring:", "On the ticket allocation:"), the next line its
    content. A press conference's notes put the topic only there; what follows is about it."""
    paragraphs = getattr(article, "paragraphs", ()) if article is not None else ()
    text = getattr(article, "text", "")
    out = []
    for line, body in zip(paragraphs, paragraphs[1:]):
        words = text[line.start:line.end].strip()
        if not words.endswith(":") or len(words.split()) > MAX_TOPIC_WORDS or "\n" in words:
            continue
        if text[line.end:body.start].count("\n") != 1 or text[line.end:body.start].strip():
            continue  # the content on the very next line
        out.append((body.start, body.end, frozenset(stems(words.rstrip(":")))))
    return out


def _labels_of(article) -> dict[int, frozenset[str]]:
    """Where a labelled paragraph starts -> its label's terms."""
    if article is None or not getattr(article, "subheadings", None):
        return {}
    text, out = article.text, {}
    for span in article.subheadings:
        label = text[span.start:span.end].strip("#*_ :")
        if not label or len(label.split()) > MAX_LABEL_WORDS:
            continue
        rest = text[span.end:span.end + 200]
        gap = len(rest) - len(rest.lstrip())
        if rest[:gap].count("\n") == 1:  # the content on the very next line
            out[span.end + gap] = frozenset(stems(label))
    return out
