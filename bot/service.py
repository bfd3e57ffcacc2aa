"""The one door every front-end (REPL, `ask`, Telegram, eval) goes through.

A front-end imports this module and its own folder, nothing else of the project: it calls
`Whosaid` and renders what comes back. The facade opens, builds, rebuilds and reports on the
index, so no front-end knows a file of the data directory; it hands the answering pipeline
what it reads (`Deps`), never itself. The types it speaks (Answer, Article, Citation,
Statement, Turn), its errors, the settings and how a source is named are re-exported here.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from bot.answering.deps import Deps
from bot.answering.sources import first_words, format_date, format_when, source_label, source_line
from index import rebuild as _rebuild
from index.corpus import Corpus
from index.data_dir import lock_for_writing
from index.errors import ConfigError, QuestionError, VectorStoreError, WhosaidError
from index.ingest import IngestReport
from index.models import Answer, Article, Chunk, Citation, Statement, Turn
from index.settings import Settings, load_settings
from index.textnorm import normalize

__all__ = [
    "Whosaid", "PassageView", "Status", "IngestReport",
    "Answer", "Article", "Chunk", "Citation", "Statement", "Turn",
    "WhosaidError", "ConfigError", "QuestionError", "VectorStoreError",
    "Settings", "load_settings",
    "first_words", "format_date", "format_when", "source_label", "source_line",
]

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Status:
    """What the index holds, from its database alone, and what opening it repaired (one line each)."""

    articles: int
    repaired: tuple[str, ...]


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

    def __init__(self, settings: Settings, progress: Progress | None = None, seed: bool = True,
                 writer: str | None = None, building: Callable[[], None] | None = None):
        """`writer` ("ingest", "removal"): first take the data directory's writer lock as that role.
        `building()`: called when the first build from the seed articles is about to start."""
        write_lock = lock_for_writing(settings, writer) if writer is not None else None
        self._open(settings, Corpus.open(settings, progress=progress, seed=seed, write_lock=write_lock,
                                         building=building))

    def _open(self, settings: Settings, corpus: Corpus) -> None:
        self.settings = settings
        self.corpus = corpus
        self.deps = Deps(corpus, settings)
        self._lock = threading.Lock()
        self._warm = False  # warm_up() was called: tables are rebuilt ahead after each change

    @classmethod
    def _over(cls, settings: Settings, corpus: Corpus) -> "Whosaid":
        app = cls.__new__(cls)
        app._open(settings, corpus)
        return app

    @classmethod
    def records_only(cls, settings: Settings) -> "Whosaid":
        """The database alone (articles, statements): for listings when the vector store is unusable."""
        return cls._over(settings, Corpus.open_records(settings))

    @staticmethod
    def has_index(settings: Settings) -> bool:
        return _rebuild.has_index(settings)

    @classmethod
    def rebuild(cls, settings: Settings, progress: Progress | None = None,
                started: Callable[[], None] | None = None) -> "Whosaid":
        """Vectors and keyword index rebuilt from the corpus database, even when the vector store
        is damaged; `started()` is called once no other process writes."""
        return cls._over(settings, _rebuild.rebuild(settings, progress, started))

    # -- answering ---------------------------------------------------------------
    @staticmethod
    def prepare(question: str) -> None:
        """Before opening, for a one-shot answer: start loading in the background what answering
        `question` needs beyond the index: the parser. Not only a question about an event is
        parsed: every answer of the general eval set and of the bench's questions parses candidate
        sentences (who said it, whether it was withheld), so a cold `ask` always loads it, and
        loading it beside opening the stores and embedding the question ends 5 % sooner."""
        from bot.answering.predicate import preload_parser

        preload_parser()

    def warm_up(self) -> threading.Thread:
        """For a session that answers many questions (REPL, Telegram): load the question parser and
        build the tables answers read over the whole index (bot/answering/warm.py) in the
        background now, and again after each change to the index, so that no first question of a
        kind waits for them (the parser ~1 s; a who-said-that question's table seconds at 10,000
        articles). Returns the thread."""
        from bot.answering.warm import warm_up

        self._warm = True
        return warm_up(self.corpus)

    def answer(
        self,
        question: str,
        history: Sequence[Turn] = (),
        on_token: Callable[[str], None] | None = None,
    ) -> Answer:
        """Answer one question (after `history`, oldest first). Never raises but QuestionError."""
        from bot.answering.answer import answer as _answer  # the pipeline's imports wait for a question

        started = time.perf_counter()
        result = _answer(clean_question(question, self.settings.answering.max_question_chars), history, self.deps, on_token)
        result.latency_ms = (time.perf_counter() - started) * 1000
        return result

    def example_questions(self, n: int = 2) -> list[str]:
        """Questions about the corpus's own most quoted speakers, for help texts."""
        from bot.answering.examples import example_questions as _example_questions

        return _example_questions(self.statements(), n=n)

    # -- read side ---------------------------------------------------------------
    def articles(self) -> list[Article]:
        return self.corpus.articles()

    def article(self, article_id: str) -> Article | None:
        return self.corpus.article(article_id)

    def passage(self, citation: Citation) -> PassageView:
        return passage_view(self.corpus, citation)

    def statements(self, speaker: str | None = None) -> list[Statement]:
        return self.corpus.statements(speaker=speaker)

    @staticmethod
    def cleaning_notes(article: Article) -> list[str]:
        """What cleaning left out of the article or could not tell, one line each."""
        from index.articles import cleaning_notes  # (article reading is no part of answering)

        return cleaning_notes(article)

    def status(self) -> Status:
        return Status(self.corpus.article_count(), tuple(self.corpus.repaired))

    def passage_count(self) -> int | None:
        """Passages with a vector in the vector store (None when opened without one)."""
        return self.corpus.vectors.count() if self.corpus.vectors is not None else None

    # -- write side --------------------------------------------------------------
    def ingest(self, paths, progress=None) -> IngestReport:
        with self._lock:
            report = self.corpus.ingest(paths, progress=progress)
        self._rewarm()
        return report

    def remove(self, article_ids: Iterable[str]) -> IngestReport:
        with self._lock:
            report = self.corpus.remove(article_ids)
        self._rewarm()
        return report

    def _rewarm(self) -> None:
        if self._warm:
            from bot.answering.warm import warm_up

            warm_up(self.corpus, parser=False)

    def close(self) -> None:
        self.corpus.close()


# The articles are the user's: the example names no one in particular.
EMPTY_QUESTION = "Please type a question, for example: Who said what about a topic, and when?"


def clean_question(question: str, max_chars: int) -> str:
    """The question as we search it, or a QuestionError saying what to fix."""
    if question is None:
        raise QuestionError(EMPTY_QUESTION)
    text = str(question)
    if not text.isprintable():  # (a test of the whole string first: most questions are)
        text = "".join(ch for ch in text if ch.isprintable() or ch in " \t\n")
    text = text.strip()
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
