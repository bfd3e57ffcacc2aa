"""A field label on the line above its content: "Hazard identified" / "The connector can ...",
"Reason" / "A main burst on Alder Road ...". Cleaning keeps such a label out of the paragraphs (it
is a subheading, index/articles.py), so the content's sentence loses the words that say what it is.
The first sentence under a label directly above it (no blank line between) gets the label's terms.
"""

from __future__ import annotations

from bot.answering.terms import stems

MAX_LABEL_WORDS = 6


def with_labels(candidates, article_of) -> None:
    """Give each candidate that opens a paragraph right under a short label the label's terms."""
    labels: dict[str, dict[int, frozenset[str]]] = {}
    for c in candidates:
        chunk = c.chunk.chunk
        if c.span.start != chunk.start:
            continue
        if chunk.article_id not in labels:
            labels[chunk.article_id] = _labels_of(article_of(chunk.article_id))
        found = labels[chunk.article_id].get(chunk.start)
        if found:
            c.terms = c.terms | found


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
