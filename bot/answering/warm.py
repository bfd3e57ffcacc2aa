"""What a long-lived session's answers read, made ready in the background before its questions.

The first question of a kind builds a table over the whole index, kept until the ledger changes:
the term index of every statement's claim (a who-said-that question: seconds at 10,000
articles), the speaker table and the speakers' name terms; the gazetteer's cities are read once
per process (a where-question), and the speech words' large patterns compiled. The REPL and the Telegram bot warm up at start, after loading
the question parser, and again after each change to the index (bot/service.py), so no question
of theirs waits for a table. A one-shot `ask` builds only what its question reads.
"""

from __future__ import annotations

import gc
import logging
import threading

log = logging.getLogger(__name__)


def warm_up(corpus, parser: bool = True) -> threading.Thread:
    """Start loading the parser (when `parser`) and building the tables; returns the thread."""
    thread = threading.Thread(target=_build, args=(corpus, parser), name="whosaid-warm-up", daemon=True)
    thread.start()
    return thread


def _build(corpus, parser: bool) -> None:
    gc.unfreeze()  # the tables of the index as it was become garbage as they are replaced
    if parser:
        from index.statements.nlp import pipeline

        pipeline()
    try:
        _tables(corpus)
        _patterns()
    except Exception:  # a table not built ahead is built by the first question that reads it
        log.debug("warm-up stopped", exc_info=True)
    _settle()


def _settle() -> None:
    """Set aside for the cyclic collector what exists now: the parser, the stores and the tables
    just built live as long as the index stays as it is. At 10,000 articles they are a quarter of
    a million tracked objects, and each full collection while questions were answered walked
    them all again (0.1-0.8 s a time, in the middle of some question). Frozen objects are still
    freed by reference counting; the next warm-up (after a change to the index) unfreezes them."""
    gc.collect()
    gc.freeze()


def _tables(corpus) -> None:
    from bot.answering.answerers import _Articles
    from bot.answering.ledger import build_tables
    from index.world import is_place

    ledger = corpus.ledger()
    if ledger is not None:
        build_tables(ledger, _Articles(corpus))
        # The speaker table resolve_speaker reads. (Read through the store's own method: a method
        # added to index/statements/ would change the extractor's version, and every existing
        # index would extract its statements again.)
        speaker_table = getattr(ledger, "_speaker_table", None)
        if speaker_table is not None:
            speaker_table()
    if corpus.sparse is not None:
        corpus.sparse.stems_of(())  # its postings by document, which an answer's article stems read
    is_place("Xqzv")  # reads every gazetteer table (a word none holds; only the tables are worth keeping)


def _patterns() -> None:
    """The speech words' large alternations, compiled on first use (0.1-0.4 s each): a one-shot `ask`
    rarely reads them, the first what-questions of a session do."""
    from bot.answering import asked, asked_speaker, neighbours

    asked._speech()
    neighbours._by_pronoun()
    asked_speaker._near_speech()
