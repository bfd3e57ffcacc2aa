"""answer(question, history) -> Answer: the one path every front-end and eval calls."""

from __future__ import annotations

import logging
from dataclasses import replace
from collections.abc import Callable, Sequence

from bot.extractive import coverage, extractive_answer, unknown_names
from bot.question import analyse
from index.sparse import stem_terms
from index.errors import LLMError
from index.models import Answer, Citation, Turn

log = logging.getLogger(__name__)


def answer(app, question: str, history: Sequence[Turn] = (), on_token: Callable[[str], None] | None = None) -> Answer:
    settings = app.settings
    corpus = app.corpus
    model = _chat_model(settings)
    standalone = _standalone(question, history, model)
    passages = corpus.retrieve(standalone, settings.top_k)
    ledger = corpus.ledger()
    from_ledger = None
    if ledger is not None:
        from_ledger = _ledger_answer(standalone, ledger, corpus)
        if from_ledger is not None and not covers_question(standalone, from_ledger, corpus):
            from_ledger = None
        if from_ledger is not None:
            from_ledger.retrieved = passages
    if model is not None:
        return _finish(_model_answer(app, standalone, passages, from_ledger, on_token), question, standalone, corpus)
    if from_ledger is not None:
        return _finish(from_ledger, question, standalone, corpus)
    return _finish(extractive_answer(standalone, passages, corpus), question, standalone)


def _model_answer(app, question: str, passages, from_ledger: Answer | None, on_token) -> Answer:
    """With a model configured it writes the answer from the passages and the ledger's statements;
    the ledger's answer (else the extractive one) is the labelled fallback."""
    from bot.llm_answer import answer_with_model

    fallback = lambda: extractive_answer(question, passages, app.corpus)  # noqa: E731
    return answer_with_model(app, question, passages, from_ledger, fallback, on_token)


def _finish(result: Answer, question: str, standalone: str, corpus=None) -> Answer:
    result.question = question
    if corpus is not None:
        result.citations = [_locate(c, corpus) for c in result.citations]
    if standalone != question:
        result.standalone_question = standalone
    return result


def covers_question(question: str, result: Answer, corpus) -> bool:
    """A safety net over the ledger: its answer must mention the question's topic and names."""
    q = analyse(question)
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


def _locate(citation: Citation, corpus) -> Citation:
    """Fill in the chunk and paragraph of a citation that only knows its offsets."""
    if citation.paragraph is not None and citation.chunk_id is not None:
        return citation
    for chunk in corpus.chunks_of(citation.article_id):
        if chunk.start <= citation.start < chunk.end:
            return replace(citation, chunk_id=chunk.id, paragraph=chunk.paragraph)
    return citation


def _chat_model(settings):
    if not settings.use_llm:
        return None
    from bot.llm import chat_model

    return chat_model(settings)


def _standalone(question: str, history: Sequence[Turn], model) -> str:
    if not history:
        return question
    try:
        from bot.followup import rewrite_followup
    except ImportError:
        return question
    try:
        return rewrite_followup(question, history, model)
    except LLMError as err:
        log.warning("could not rewrite the follow-up with the LLM: %s", err)
        return rewrite_followup(question, history, None)


def _ledger_answer(question: str, ledger, corpus) -> Answer | None:
    try:
        from bot.ledger_answer import answer_from_ledger
    except ImportError:
        return None
    return answer_from_ledger(question, ledger, _Articles(corpus))


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
