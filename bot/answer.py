"""answer(question, history) -> Answer: the one path every front-end and eval calls."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from bot.extractive import extractive_answer
from index.errors import LLMError
from index.models import Answer, Turn

log = logging.getLogger(__name__)


def answer(app, question: str, history: Sequence[Turn] = (), on_token: Callable[[str], None] | None = None) -> Answer:
    settings = app.settings
    corpus = app.corpus
    model = _chat_model(settings)
    standalone = _standalone(question, history, model)
    ledger = corpus.ledger()
    if ledger is not None:
        from_ledger = _ledger_answer(standalone, ledger, corpus)
        if from_ledger is not None:
            return _finish(from_ledger, question, standalone)
    passages = corpus.retrieve(standalone, settings.top_k)
    if model is not None:
        from bot.llm_answer import llm_answer

        try:
            fluent = llm_answer(standalone, passages, app, on_token)
        except LLMError as err:
            log.warning("LLM failed, falling back to the extractive answer: %s", err)
            fallback = extractive_answer(standalone, passages, corpus)
            fallback.path = "extractive-fallback"
            fallback.notice = f"The language model could not be used ({err}); this is the extractive answer."
            return _finish(fallback, question, standalone)
        if fluent is not None:
            return _finish(fluent, question, standalone)
    return _finish(extractive_answer(standalone, passages, corpus), question, standalone)


def _finish(result: Answer, question: str, standalone: str) -> Answer:
    result.question = question
    if standalone != question:
        result.standalone_question = standalone
    return result


def _chat_model(settings):
    if not settings.use_llm:
        return None
    try:
        from bot.llm import ChatModel
    except ImportError:
        return None
    return ChatModel(settings)


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
