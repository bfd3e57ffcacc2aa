"""A hop's count told in the very sentence that names the described person.

    How many complaints has the councillor who represents the ward had about the bus cuts?
      hop: "How many complaints has Ada Pell had about the bus cuts?"   (the clause's words are gone)
      "Councillor Ada Pell, who represents the ward, said she had received 90 complaints."

The naming sentence holds the name and a number before the thing counted, but not the question's
topic ("the bus cuts", which it calls "the plan"): it falls below the score floor. When the rewritten
question is declined, that sentence answers if it counts the asked thing and its story tells the
rest of the question (every other word of it is in the article): a count of something else, or a
story about another topic, still declines.
"""

from __future__ import annotations

from bot.answering.counting import number_before
from bot.answering.hops import Hop
from bot.answering.question import Question
from bot.answering.shown import shown_for
from bot.answering.terms import stems
from index.models import Answer, Citation


def counted_in_bridge(q: Question, hop: Hop, corpus) -> Answer | None:
    """The answer the naming sentence gives a how-many question about the person it names, if it gives one."""
    b = hop.bridge
    if q.kind != "how-many" or not q.counted or not number_before(b.text, q.counted):
        return None
    chunk = b.chunk.chunk
    article = corpus.article(chunk.article_id)
    told = set(stems(article.text)) if article is not None else set()
    if not set(q.terms) - set(q.names) <= told:
        return None  # the story does not tell the rest of the question: another topic's count
    citation = Citation(1, chunk.article_id, b.span.start, b.span.end, b.text, chunk.id, chunk.paragraph)
    return Answer(question=q.text, text=f"{shown_for(b.text, hop.name)} [1]", citations=[citation])
