"""The one facade every front-end (REPL, `ask`, Telegram, eval) talks to.

Front-ends never reach into `index`: they call `Whosaid.answer()` and the few read-side
helpers below, and render what comes back.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from index.corpus import Corpus
from index.ingest import IngestReport
from index.errors import QuestionError
from index.models import Answer, Article, Chunk, Citation, Statement, Turn
from index.settings import Settings
from index.textnorm import normalize


@dataclass(frozen=True)
class PassageView:
    """A cited passage with its neighbours, for `:source N` and `/source N`."""

    citation: Citation
    article: Article
    before: str  # the paragraph text before the cited span (same paragraph)
    cited: str  # the cited span, verbatim
    after: str  # the rest of the paragraph
    previous_paragraph: str | None
    next_paragraph: str | None


class Whosaid:
    """Opens (and on first use builds) the index, then answers questions."""

    def __init__(
        self, settings: Settings, progress: Callable[[str, int, int], None] | None = None, seed: bool = True,
        write_lock=None,
    ):
        self.settings = settings
        self.corpus = Corpus.open(settings, progress=progress, seed=seed, write_lock=write_lock)
        self._lock = threading.Lock()

    # -- answering ---------------------------------------------------------------
    def answer(
        self,
        question: str,
        history: Sequence[Turn] = (),
        on_token: Callable[[str], None] | None = None,
    ) -> Answer:
        """Answer one question (after `history`, oldest first). Never raises but QuestionError."""
        from bot.answering.answer import answer as _answer

        started = time.perf_counter()
        result = _answer(self, clean_question(question, self.settings.max_question_chars), history, on_token)
        result.latency_ms = (time.perf_counter() - started) * 1000
        return result

    # -- read side ---------------------------------------------------------------
    def articles(self) -> list[Article]:
        return self.corpus.articles()

    def article(self, article_id: str) -> Article | None:
        return self.corpus.article(article_id)

    def passage(self, citation: Citation) -> PassageView:
        return passage_view(self.corpus, citation)

    def statements(self, speaker: str | None = None) -> list[Statement]:
        return self.corpus.statements(speaker=speaker)

    def ingest(self, paths, progress=None) -> IngestReport:
        with self._lock:
            return self.corpus.ingest(paths, progress=progress)

    def close(self) -> None:
        self.corpus.close()


# The articles are the user's: the example names no one in particular.
EMPTY_QUESTION = "Please type a question, for example: Who said what about a topic, and when?"


def clean_question(question: str, max_chars: int) -> str:
    """The question as we search it, or a QuestionError saying what to fix."""
    if question is None:
        raise QuestionError(EMPTY_QUESTION)
    text = "".join(ch for ch in str(question) if ch.isprintable() or ch in " \t\n").strip()
    if not text:
        raise QuestionError(EMPTY_QUESTION)
    if len(text) > max_chars:
        raise QuestionError(
            f"That question is {len(text)} characters long; the limit is {max_chars}. Please shorten it."
        )
    if not any(ch.isalnum() for ch in normalize(text)):
        raise QuestionError("That question has no words to search for. Please ask in words.")
    return text


def passage_view(corpus: Corpus, citation: Citation) -> PassageView:
    article = corpus.article(citation.article_id)
    if article is None:
        raise QuestionError(f"Article {citation.article_id} is no longer in the index.")
    paragraphs = list(article.paragraphs)
    idx = next(
        (i for i, p in enumerate(paragraphs) if p.start <= citation.start < max(p.end, p.start + 1)),
        None,
    )
    if idx is None:
        return PassageView(citation, article, "", citation.text, "", None, None)
    para = paragraphs[idx]
    return PassageView(
        citation=citation,
        article=article,
        before=article.text[para.start : citation.start],
        cited=article.text[citation.start : citation.end],
        after=article.text[citation.end : para.end],
        previous_paragraph=article.slice(paragraphs[idx - 1]) if idx > 0 else None,
        next_paragraph=article.slice(paragraphs[idx + 1]) if idx + 1 < len(paragraphs) else None,
    )
