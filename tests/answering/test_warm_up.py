"""A long-lived session (REPL, Telegram) loads the question parser and builds the tables answers
read in the background at start, and again after a change to the index, so that the first
question of a kind does not pay for them."""

import index.statements.nlp as nlp
from bot.answering import ledger_candidates
from bot.answering.ledger import _claim_text

ARTICLE = """---
title: Ferry service to resume
published: 2024-03-04
---
The harbour board said on Monday that the island ferry would resume sailing in April.
"We have repaired the slipway and trained two new crews," said Dana Whitcombe, the board's chair.
"""


def _built(app) -> set:
    ledger = app.corpus.ledger()
    version = ledger.version()
    return {key for key, at in list(ledger._derived.keys()) if at == version}


def test_warm_up_loads_the_parser_and_builds_the_tables(whosaid_app):
    thread = whosaid_app.warm_up()
    assert thread.daemon  # never holds the process open at exit
    thread.join(timeout=300)
    assert not thread.is_alive()
    assert nlp._nlp is not None and nlp.pipeline() is nlp._nlp
    assert [t.dep_ for t in nlp.pipeline()("Who signed the deal?")][0]  # a working parse
    built = _built(whosaid_app)
    assert ("claim terms", _claim_text) in built and "speaker table" in built and "speaker name terms" in built


def test_the_first_who_question_reads_the_table_built_ahead(whosaid_app, monkeypatch):
    whosaid_app.warm_up().join(timeout=300)
    monkeypatch.setattr(ledger_candidates, "_postings", lambda *a: (_ for _ in ()).throw(AssertionError("built again")))
    whosaid_app.answer("Who said that the talks would resume next week?")


def test_tables_are_built_again_after_an_ingest(fresh_app, tmp_path):
    app = fresh_app
    app.warm_up().join(timeout=300)
    folder = tmp_path / "new"
    folder.mkdir()
    (folder / "ferry.md").write_text(ARTICLE)
    app.ingest([folder])
    for thread in __import__("threading").enumerate():
        if thread.name == "whosaid-warm-up":
            thread.join(timeout=300)
    assert ("claim terms", _claim_text) in _built(app)
    assert app.answer("Who said that the slipway had been repaired?").citations


def test_warm_up_compiles_the_speech_word_patterns(whosaid_app):
    from bot.answering import asked, asked_speaker, neighbours

    patterns = (asked._speech, neighbours._by_pronoun, asked_speaker._near_speech)
    for pattern in patterns:
        pattern.cache_clear()
    whosaid_app.warm_up().join(timeout=300)
    assert all(pattern.cache_info().currsize == 1 for pattern in patterns)  # no first question compiles them


def test_warm_up_sets_aside_what_it_built_for_the_cyclic_collector(whosaid_app):
    import gc

    gc.unfreeze()
    whosaid_app.warm_up().join(timeout=300)
    # Frozen: a full collection while questions are answered does not walk the tables again.
    assert gc.get_freeze_count() > 0
    whosaid_app.answer("Who said that the talks would resume next week?")
