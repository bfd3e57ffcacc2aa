"""'How did X respond / react / reply to <something said by another>' asks for X's answer: it does not
put the other party's words in X's mouth, so it is not corrected as a false premise ("the articles do
not report X saying this"). And a country speaks through its adjective ("Kestonian officials denied")."""

import pytest

ROW = """Harbour board and ferry union trade blame over cancelled sailings

The Kestrel Harbour Board accused the ferry union of staging an unofficial go-slow over the holiday weekend, its chairman Tomas Reyne said on Tuesday.

Union leader Dario Pell rejected the charge. "Our crews refused unsafe overtime, nothing more," Pell said.

Sailings are due to return to the normal timetable on Monday.
"""


@pytest.mark.parametrize("question", [
    "How did Pell respond to the accusation of staging an unofficial go-slow?",
    "How did Dario Pell react to the charge that the union staged a go-slow over the holiday weekend?",
    "How did Pell reply to the harbour board accusing the union of an unofficial go-slow?",
])
def test_a_reply_to_another_s_words_is_not_corrected_as_a_false_premise(app_over, question):
    with app_over("harbour.txt", ROW) as whosaid:
        answer = whosaid.answer(question)
    assert "do not report" not in answer.text, answer.text


def test_a_real_country_speaks_through_its_gazetteer_adjective():
    from bot.answering.speech_subjects import speaks_in

    assert speaks_in("Japan", "Japanese officials denied the report.")
    assert speaks_in("Kestonia", "Kestonian officials denied the charge.")
    assert not speaks_in("Lee", "Leeds officials denied the charge.")
    assert not speaks_in("Japan", "The ministry said Japanese engineers built it.")
