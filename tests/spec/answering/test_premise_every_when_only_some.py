"""A why-question that takes a fault as reaching every one of something ("why did the update break
every printer driver on the network") where the article says it reaches only some ("It only affects
drivers that still use the old spooler"): the articles do not say so, and the sentence saying only
some is cited. Every name is invented."""

from tests.spec.answering.apps import app_fixture

STORY = """Council printers down after overnight update

Staff at Marrowby District Council could not print for most of Tuesday after an overnight software update, the council's IT manager said.

Printing stopped at the Tollgate Street offices at about 8am, when the first shift arrived.

"It only affects drivers that still use the old spooler, which is two of ours," said IT manager Ruairi Trevail. "We rolled those two back by lunchtime and everything printed again by three."

He said the supplier had apologised and would send a fixed version next week.
"""

council = app_fixture("printers.txt", STORY)


def test_every_is_corrected_by_only_some(council):
    answer = council.answer("why did the update break every printer driver at the council")
    assert answer.text.startswith("The articles do not say so")
    assert "only affects drivers" in answer.citations[0].text


def test_a_plain_why_question_is_answered(council):
    answer = council.answer("why could council staff not print on Tuesday")
    assert not answer.text.startswith("The articles do not say so")
