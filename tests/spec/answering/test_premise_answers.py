"""Questions whose premise the article contradicts get the sentence that contradicts it:
"how much ransom" -> "had not received a ransom demand"; "why did X refuse" -> X's own statement."""

from tests.spec.answering.apps import app_fixture


ARTICLE = """Ferry operator hit by cyber attack

Published 2 February 2025

DUNMORROW — Hackers broke into the booking system of ferry operator Saltway Lines on Friday, exposing the travel details of about 90,000 passengers and cancelling 14 crossings, in the worst disruption the island route has seen in a decade.

Saltway said it had not received a ransom demand.

Harbour commissioner Iona Brack said she would allow an inquiry into the operator's security "if the evidence justifies one."

Passenger groups called for compensation for everyone whose crossing was cancelled.
"""


app = app_fixture("ferry.txt", ARTICLE)


def test_how_much_is_answered_by_a_denial_of_the_thing_counted(app):
    answer = app.answer("How much ransom did the hackers demand from Saltway?")
    assert not answer.abstained and "not received a ransom demand" in answer.citations[0].text, answer.text


def test_why_did_x_refuse_is_answered_first_by_what_x_said(app):
    answer = app.answer("Why did commissioner Iona Brack refuse to allow an inquiry?")
    assert not answer.abstained and "if the evidence justifies one" in answer.citations[0].text, answer.text
