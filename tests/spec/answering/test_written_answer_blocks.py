"""A written-answers page: two questions, each answered by the same minister on another day. Its label
lines ("Answered on 18 March 2025") name no topic: the block's question says what was answered. "When did
the minister answer the question on X?" is answered with X's block's day, not the other block's, not the
"Answered by" line (which has no day), and not the day the question was tabled. A question opening
"When did ..." asks when, though "how many" names its topic later."""

import pytest

from bot.answering.question import kind_of

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

PAGE = """Written questions and answers

Canal Moorings: Fees

Question for Department for Waterways

UIN 51207, tabled on 3 March 2025

Asked by Elspeth Marrable (Fenwick Levels)

To ask the Secretary of State for Waterways, how many boaters were charged the winter mooring surcharge on the Halvergate canal in 2024.

Answered on 11 March 2025

Answered by Caspian Rudgewick, Minister for Inland Waters

Some 1,310 boaters paid the surcharge in 2024. I have asked officials to review it before next winter.

Lock Repairs: Halvergate

Question for Department for Waterways

UIN 51388, tabled on 5 March 2025

Asked by Elspeth Marrable (Fenwick Levels)

To ask the Secretary of State for Waterways, when the lock gates at Tollery Bridge will be replaced.

Answered on 18 March 2025

Answered by Caspian Rudgewick, Minister for Inland Waters

The lock gates at Tollery Bridge will be replaced in October. The work will close the canal for three weeks.
"""

page = app_fixture("waterways_answers.txt", PAGE)


@pytest.mark.parametrize("question", [
    "When did the minister answer the question on how many boaters paid the mooring surcharge?",
    "When was the question about the mooring surcharge answered?",
])
def test_the_day_of_the_block_whose_question_is_asked(page, question):
    answers(page, question, "11 March 2025", lacking=("18 March 2025", "3 March 2025"))


def test_the_other_blocks_day_for_the_other_question(page):
    answers(page, "When did the minister answer the question about the Tollery Bridge lock gates?", "18 March 2025",
            lacking=("11 March 2025", "5 March 2025"))


@pytest.mark.parametrize("question, kind", [
    ("When did the minister answer the question on how long certificates take?", "when"),
    ("When was she told how many staff would go?", "when"),
    ("How long did the minister take to answer?", "how-many"),
])
def test_a_when_question_with_a_how_clause_asks_when(question, kind):
    assert kind_of(question) == kind


def test_who_answered_is_the_answering_minister(page):
    answers(page, "Which minister answered the question about the Tollery Bridge lock gates?", "Rudgewick")


def test_what_the_minister_said_is_the_answer_not_its_label_line(page):
    answers(page, "What did the minister say about the mooring surcharge?", "1,310 boaters", lacking="Answered by")
