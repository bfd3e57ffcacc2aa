"""A field label on the line above its content: "Hazard identified" / "The connector can ...",
"Reason" / "A main burst on Alder Road ...". Cleaning keeps such a label out of the paragraphs (it
is a subheading, index/articles.py), so the content's sentence loses the words that say what it is.
The first sentence under a label directly above it (no blank line between) gets the label's terms.
So does the first sentence of the paragraph under a quotes sheet's topic subhead ("On the injury to
X:"), a paragraph of its own that names no content and answers nothing: it keeps no terms.
"""

from __future__ import annotations

import re

from bot.answering.terms import stems
from index.vocabulary import vocabulary

MAX_LABEL_WORDS = 6
_TOPIC = re.compile(r"^(?:" + "|".join(map(re.escape, sorted(vocabulary().topic_openers, key=len, reverse=True))) + r")\b(.*):$", re.I)


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
        if found == _SUBHEAD:
            c.terms = frozenset()  # "On the injury to X:": what the quote below is about, not an answer
        elif found:
            c.terms = c.terms | found


def _labels_of(article) -> dict[int, frozenset[str]]:
    """Where a labelled paragraph starts -> its label's terms."""
    if article is None:
        return {}
    text, out = article.text, {}
    for span in getattr(article, "subheadings", None) or []:
        label = text[span.start:span.end].strip("#*_ :")
        if not label or len(label.split()) > MAX_LABEL_WORDS:
            continue
        rest = text[span.end:span.end + 200]
        gap = len(rest) - len(rest.lstrip())
        if rest[:gap].count("\n") == 1:  # the content on the very next line
            out[span.end + gap] = frozenset(stems(label))
    paragraphs = getattr(article, "paragraphs", None) or []
    for above, below in zip(paragraphs, paragraphs[1:]):
        topic = _TOPIC.match(text[above.start:above.end].strip())
        if topic and len(topic.group(0).split()) <= MAX_LABEL_WORDS + 2:
            out[above.start] = _SUBHEAD
            out[below.start] = frozenset(stems(topic.group(1)))
    return out


_SUBHEAD = frozenset({"\0subhead"})  # marks a topic subhead's own paragraph
