"""A sentence that withholds or postpones the very thing asked ("declined to name", "would be
announced on Friday") makes the answer "the articles do not say", citing that sentence."""

from bot.answering.question import analyse
from bot.answering.unknown import says_unknown


def _unknown(question: str, sentence: str) -> bool:
    q = analyse(question)
    return says_unknown(q.text, tuple(t for t in q.terms if t not in q.names), sentence)


def test_a_withheld_name_does_not_answer_which_firm():
    assert _unknown("Which firm built the collapsed footbridge?",
                    "The mayor said the footbridge had been built by a local firm, which she declined to name.")


def test_a_result_still_to_be_announced_does_not_answer_what_it_was():
    assert _unknown("What was the outcome of the members' vote?",
                    "Okafor said the outcome of the vote would be announced on Friday.")
    assert _unknown("What did the laboratory tests show?", "The results of the laboratory tests are due next week.")


def test_a_question_about_what_is_to_come_is_answered_by_it():
    assert not _unknown("When will the outcome of the vote be announced?",
                        "Okafor said the outcome of the vote would be announced on Friday.")


def test_a_marker_about_something_else_does_not_count():
    assert not _unknown("How many members voted for the strike?",
                        "Some 4,100 members voted for the strike; the union declined to comment on its next step.")
