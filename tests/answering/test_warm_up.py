"""A long-lived session (REPL, Telegram) loads the question parser in the background at start,
so the first question about an event does not pay for loading it."""

import index.statements.nlp as nlp
from bot.service import Whosaid


def test_warm_up_loads_the_parser_in_the_background():
    thread = Whosaid.warm_up()
    assert thread.daemon  # never holds the process open at exit
    thread.join(timeout=120)
    assert not thread.is_alive()
    assert nlp._nlp is not None and nlp.pipeline() is nlp._nlp
    assert [t.dep_ for t in nlp.pipeline()("Who signed the deal?")][0]  # a working parse
