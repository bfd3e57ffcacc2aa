"""What an article is about: the words of its headline and its first paragraph.

"How many objection letters did planning receive about knocking down the schoolhouse?" is answered
by "the department had received 61 letters of objection", a paragraph that never names the
schoolhouse again: the whole story is about it, and its headline and lede say so. A topic the
article's own subject holds is one every sentence of that article is about. Every word of it the
articles write must be in the sentence's paragraph or the subject ("knocking down" may be written
"torn down"; "the analyst who asked about labour costs: what did she do with her price target" is no
topic of a story whose headline says only "price war").
"""

from __future__ import annotations

from collections.abc import Callable

from bot.answering.terms import stems

LEDE_WORDS = 12


def story_topic_of(corpus, written: Callable[[str], bool]) -> Callable[[tuple, frozenset, str], bool]:
    """(topic, the passage's stems, article id) -> whether the topic is that story's own: each of its words
    the corpus writes (`written`) is in the passage or the story's subject, and the subject holds at
    least one of them. The subjects are read once per answer, and only when asked."""
    subject = subject_terms(corpus)

    def holds(topic, present: frozenset[str], article_id: str) -> bool:
        story = subject(article_id)
        return bool(set(topic) & story) and all(t in present or t in story for t in topic if written(t))

    return holds


def subject_terms(corpus) -> Callable[[str], frozenset[str]]:
    """article id -> the stems of its headline and first passage, read once per answer."""
    seen: dict[str, frozenset[str]] = {}

    def terms(article_id: str) -> frozenset[str]:
        if article_id not in seen:
            article = corpus.article(article_id)
            chunks = list(corpus.chunks_of(article_id)) if article is not None else []
            # (not "(Listen to this article - 4 min)" or a one-line standfirst: the first two passages that are sentences)
            lede = [c.text for c in chunks if len(c.text.split()) >= LEDE_WORDS][:2]
            text = " ".join(filter(None, [getattr(article, "title", None), *lede]))
            seen[article_id] = frozenset(stems(text))
        return seen[article_id]

    return terms
