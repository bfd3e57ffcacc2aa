"""A figure a report gives in a labelled field of its header: "Venue: Keppoch Park | Attendance: 4,812".

The cleaner keeps such a line out of the passages (a match-details or fact-box line), so "What was
the crowd at the game?" or "How many attended?" finds no sentence with the number. The leading
articles' "Label: number" fields are read: a label that is the question's noun, or a word of its
paraphrase group (index/vocabulary.yaml `paraphrases`: crowd / attendance), answers, in an article
that names everything the question names."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.answering.paraphrase import words_of
from bot.answering.terms import stems
from index.models import Answer, Citation

ARTICLES = 2
# "Attendance: 4,812" up to the next field ("|", ";" or the line's end); the label a few words.
_FIELD = re.compile(r"(?:^|(?<=[|;\n]))[ \t]*([A-Z][A-Za-z]*(?:[ \t][A-Za-z]+){0,2})[ \t]*:[ \t]*(\d[\d,.]*)[ \t]*(?=[|;\n]|$)",
                    re.M)
# a result block's count: "YES to strike action: 4,812", "Votes cast: 6,052 (turnout 88.5%)"; an appeal
# box's sum, its currency before or after: "Raised to date: £2,340 (thank you!)", "Target: 5,000 euros"
_COUNT_FIELD = re.compile(r"^[ \t]*([A-Z][A-Za-z'’-]*(?:[ \t][A-Za-z'’-]+){0,5})[ \t]*:[ \t]*"
                          r"((?:[£$€¥]|[A-Z]{1,3}\$?[ \t]?)?\d[\d,.]*"
                          r"(?:[ \t]?(?:k|m|bn|million|thousand|pounds|euros|dollars|rupees|rand))?)(?=[ \t]*(?:\(|$))", re.M)
# "What was the crowd at the game?", not "what was the crowd's mood" nor "what was the crowd like".
_ASKED = re.compile(r"^\s*(?:and\s+)?what\s+(?:was|is|were|are)\s+the\s+([a-z]+)(?=\s*(?:\?|$|\b(?:at|in|for|on|during)\b))",
                    re.I)


@lru_cache(maxsize=256)
def _fields(text: str) -> tuple[tuple[int, int, str], ...]:
    return tuple((m.start(1), m.end(2), m.group(1)) for m in _FIELD.finditer(text))


def labelled_figure(question: str, q, passages, corpus) -> Answer | None:
    """The labelled field that answers a what-was-the-figure or how-many question, else None."""
    if q.kind not in ("what", "how-many") or not hasattr(corpus, "article"):
        return None
    noun = _ASKED.match(question)
    wanted = {words_of(noun.group(1))} if noun else set()
    if q.kind == "how-many" and q.counted_word:
        wanted.add(words_of(q.counted_word))
    # "How much has been raised to date?" names no counted noun: only a result or appeal box's field
    # whose label the question words answers it ("Raised to date: £2,340"); the question's own words,
    # for the parse drops "to date" from its terms as a time.
    if not wanted and q.kind != "how-many":
        return None
    asked = set(q.terms) if wanted else set(q.terms) | set(stems(question)) | _label_words(question)
    for p in q.paraphrases:
        if any(set(p.terms) & set(stems(" ".join(w))) for w in wanted):
            wanted |= set(p.others)
    names = set(q.names)
    for article_id in list(dict.fromkeys(sc.chunk.article_id for sc in passages))[:ARTICLES]:
        text = getattr(corpus.article(article_id), "text", "") or ""
        if ":" not in text or not names <= set(stems(text)):
            continue
        for start, end, label in _fields(text):
            if words_of(label) in wanted:
                line = text[start:end]
                return Answer(question=question, text=f"{line} [1]", retrieved=passages,
                              citations=[Citation(1, article_id, start, end, line)])
        if q.kind == "how-many" and (field := _counted_field(text, asked)) is not None:
            start, end = field
            line = text[start:end]
            return Answer(question=question, text=f"{line} [1]", retrieved=passages,
                          citations=[Citation(1, article_id, start, end, line)])
    return None


# An appeal box's label in the words a question uses for it: "how much has the appeal brought in so
# far" is "Raised to date"; "collected up to now" too.
_RAISED_ASKED = re.compile(r"\b(?:brought|bring|brings|taken|take|takes|pulled|pull|pulls)\s+in\b|\b(?:collected|gathered|amassed)\b", re.I)
_TO_DATE_ASKED = re.compile(r"\b(?:so|thus)\s+far\b|\b(?:up\s+to|until|till)\s+now\b|\byet\b", re.I)


def _label_words(question: str) -> set[str]:
    """The words of an appeal box's labels the question says otherwise (see above)."""
    out: set[str] = set()
    if _RAISED_ASKED.search(question):
        out |= set(stems("raised"))
    if _TO_DATE_ASKED.search(question):
        out |= set(stems("to date so far"))
    return out


def _counted_field(text: str, asked: set[str]) -> tuple[int, int] | None:
    """The one count field of a result block whose label the question words, most of it and two
    words or more ("how many voted in favour of strike action": "YES to strike action: 4,812")."""
    scored = []
    for m in _COUNT_FIELD.finditer(text):
        label = set(stems(m.group(1)))
        shared = len(label & asked)
        if shared >= 2 and shared * 2 >= len(label):
            scored.append((shared, m.start(1), m.end(2)))
    scored.sort(reverse=True)
    if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1], scored[0][2]
