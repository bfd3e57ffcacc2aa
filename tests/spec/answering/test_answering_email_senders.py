"""A pasted e-mail thread: a question naming a sender (named in full only in a header block,
"From: X <...>") is answered from their message."""

import pytest

from tests.spec.answering.asks import answers
from tests.spec.statements.test_statements_spec_email_threads import THREAD


@pytest.fixture(scope="module")
def thread(app_over):
    with app_over("thread.txt", THREAD) as app:
        yield app


def test_a_sender_named_only_in_the_header_is_answered_from_their_message(thread):
    answers(thread, "What did Teodor Raszewski say about loans?", "22 per cent")
