"""While eval/answerability/dump.py records (`answerability.recording`), the extractive answerer leaves
the features of its best sentence, chosen before any rule declines, in `answerability.last`: a
paraphrase that answers, a near miss (a joint total when one party's share is asked) and a sentence
that withholds the thing asked each get every feature. Otherwise nothing is recorded and the answers
are the same. The article is invented."""

import pytest

from bot.answering import answerability
from tests.spec.answering.apps import app_fixture

DREDGING = """Dredging of Pellow Cove to start in spring

Published 9 April 2026

The Pellow Cove harbour board and the county council will together spend 4.2 million pounds on dredging the silted channel, the board said on Tuesday.

Harbourmaster Oriel Vantongeren said the work would let the ferry run at low tide again. "The ferry has missed forty sailings since January because of the silt," she said.

Asked which contractors had bid for the work, Vantongeren declined to name them.
"""

cove = app_fixture("cove.txt", DREDGING)


@pytest.fixture
def recording():
    answerability.recording, answerability.last = True, None
    yield
    answerability.recording, answerability.last = False, None


def _recorded(app, question: str) -> tuple[object, dict]:
    answerability.last = None
    answer = app.answer(question)
    assert answerability.last is not None, answer.text
    assert set(answerability.last) == set(answerability.FEATURES)
    return answer, answerability.last


def test_a_paraphrase_and_a_near_miss_are_both_recorded(cove, recording):
    answer, paraphrase = _recorded(cove, "What did the harbourmaster say the dredging would allow?")
    assert "low tide" in answer.text and not answer.abstained  # "let ... run": "allow" in other words
    _, near_miss = _recorded(cove, "How much is the county council paying towards the dredging on its own?")
    assert paraphrase["kind_what"] == near_miss["kind_how-many"] == 1.0
    # The near miss holds the figure but few of the question's other words.
    assert near_miss["amount"] == 1.0 and near_miss["cover_content"] < 0.5


def test_a_withholding_sentence_is_marked(cove, recording):
    _, withheld = _recorded(cove, "Which contractors did Vantongeren say had bid for the dredging work?")
    assert withheld["withholds"] == 1.0


def test_nothing_is_recorded_unless_asked(cove):
    answerability.last = None
    answer = cove.answer("What did the harbourmaster say the dredging would allow?")
    assert answerability.last is None and "low tide" in answer.text
