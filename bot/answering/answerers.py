"""The answerers behind one seam: `(Question, Evidence) -> Answer | None`, tried in order.

None means "not mine": the next answerer tries. A question whose premise the articles contradict
(the wrong day, the wrong speaker) is corrected first. The ledger answers who/what/when questions
about statements from the statement ledger; the extractive answerer picks retrieved
sentences and abstains (with related passages) when none holds what was asked. The LLM
answerer (bot/llm/answer.py) is tried between them when a model is configured.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bot.answering.extractive import coverage, extractive_answer, unknown_names
from bot.answering.question import Question, amounts, extents
from index.models import Answer, ScoredChunk
from index.sparse import stem_terms


@dataclass
class Evidence:
    """What an answerer may read: the retrieved passages, the ledger, and the corpus they come from.

    `passages` may be given as a function that retrieves them, called when an answerer first reads
    them: the answerers that need only the ledger run while the question is still being embedded."""

    question: str  # the standalone question
    _passages: list[ScoredChunk] | Callable[[], list[ScoredChunk]]
    corpus: Any  # article(), chunks_of(), sparse, embedder
    ledger: Any = None
    extra: dict = field(default_factory=dict)

    @property
    def passages(self) -> list[ScoredChunk]:
        if callable(self._passages):
            self._passages = self._passages()
        return self._passages


Answerer = Callable[[Question, Evidence], "Answer | None"]


def premise_answerer(q: Question, ev: Evidence) -> Answer | None:
    """A question that puts a statement on the wrong day or in the wrong mouth: corrected, cited."""
    if ev.ledger is None:
        return None
    from bot.answering.premise import premise_answer

    found = premise_answer(ev.question, ev.ledger, _Articles(ev.corpus))
    if found is not None:
        found.retrieved = ev.passages
    return found


def signed_answerer(q: Question, ev: Evidence) -> Answer | None:
    """"Who wrote the review?" / "who decided the complaint?": the signature line says (signed_by.py)."""
    if q.kind != "who":
        return None
    from bot.answering.signed_by import asks_signer, signed_answer

    return signed_answer(ev.question, ev.passages, ev.corpus) if asks_signer(ev.question) else None


def thread_answerer(q: Question, ev: Evidence) -> Answer | None:
    """A question about a pasted issue thread ("who found the cause", "what workaround", "which
    version were they using"): the comment sentence of that kind, as its author's (thread_answers.py)."""
    from bot.answering.thread_answers import asks_thread, thread_answer

    return thread_answer(ev.question, q.kind, ev.passages, ev.corpus) if asks_thread(ev.question, q.kind) else None


def ledger_answerer(q: Question, ev: Evidence) -> Answer | None:
    if ev.ledger is None:
        return None
    from bot.answering.ledger import answer_from_ledger

    found = answer_from_ledger(ev.question, ev.ledger, _Articles(ev.corpus))
    if found is None or not covers_question(q, found, ev.corpus) or not holds_asked_type(q, found.text):
        return None
    from bot.answering.afterwards import not_yet
    from bot.answering.ahead import reads_question

    if reads_question(q) and callable(ev._passages):
        # not_yet's last check reads the question's parse after retrieving: made now, while the
        # question is still being embedded (predicate.parse_question_ahead).
        from bot.answering.predicate import parse_question_ahead

        parse_question_ahead(q.text)
    if q.kind in ("who", "what", "how-many", "where") and not_yet(ev.question, ev.passages, ev.corpus.article, q):
        return None  # "what did she tell the hearing" when the hearing is still to come: the extractive one says so
    if _withholds_asked(q, found):
        return None  # "she declined to say how many": the extractive answerer says the articles do not say
    if q.kind == "who" and not _reports_deed(q, found):
        return None  # "who wrote the bill": a statement that mentions the bill is not its writing
    found.retrieved = ev.passages
    return found


def extractive_answerer(q: Question, ev: Evidence) -> Answer:
    return extractive_answer(ev.question, ev.passages, ev.corpus, q)


ANSWERERS: tuple[Answerer, ...] = (premise_answerer, signed_answerer, thread_answerer, ledger_answerer, extractive_answerer)


def _withholds_asked(q: Question, found: Answer) -> bool:
    """The ledger's first statement withholds what is asked ("declined to say how many jobs would go")."""
    if not found.citations or q.kind == "compare":
        return False
    from bot.answering.question import asks_about_speech
    from bot.answering.unknown import not_known, own_terms, says_unknown

    content = tuple(t for t in q.terms if t not in q.names and t not in q.speaker)
    if q.kind != "when" and q.asks != "place" and not_known(q.text, own_terms(q), found.citations[0].text):
        return True  # "What caused the fire?" / "The cause could not be established, the fire officer said"
    if q.asks == "person":
        return False
    speaker = q.speaker if q.speaker_phrase and q.kind in ("what", "why") and asks_about_speech(q.text) else ()
    return says_unknown(q.text, content, found.citations[0].text, speaker)


def _reports_deed(q: Question, found: Answer) -> bool:
    from bot.answering.deeds import deed_of, reports

    deed = deed_of(q.text)
    return deed is None or any(reports(deed, c.text) for c in found.citations)


def holds_asked_type(q: Question, text: str) -> bool:
    """An answer to "how many" holds a number, to "how long" a duration."""
    if q.kind != "how-many":
        return True
    if q.asks == "duration":
        return bool(extents(q.text, text))
    return bool(amounts(text))


def covers_question(q: Question, result: Answer, corpus) -> bool:
    """A safety net over the ledger: its answer must mention the question's topic and names."""
    sparse = corpus.sparse
    if sparse is None:
        return True
    if unknown_names(q, lambda t: sparse.df.get(t, 0)):
        return False
    if not q.topic or not result.citations:
        return True
    present: set[str] = set()
    for c in result.citations:
        chunk = next((ch for ch in corpus.chunks_of(c.article_id) if ch.start <= c.start < ch.end), None)
        present.update(stem_terms(chunk.text if chunk else c.text))
    return coverage(q.topic, present, sparse.idf) >= 0.5


class _Articles:
    """A read-only Mapping view of the corpus's articles, loaded on demand."""

    def __init__(self, corpus):
        self._corpus = corpus

    def __getitem__(self, article_id):
        article = self._corpus.article(article_id)
        if article is None:
            raise KeyError(article_id)
        return article

    def get(self, article_id, default=None):
        return self._corpus.article(article_id) or default

    def __contains__(self, article_id):
        return self._corpus.article(article_id) is not None

    def __iter__(self):
        return iter(a.id for a in self._corpus.articles())

    def __len__(self):
        return self._corpus.article_count()
