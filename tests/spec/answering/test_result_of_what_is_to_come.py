"""A question about the result of a test or a meeting the article tells only as to come: "What did
the laboratory find?" where samples were sent to it and its results are "expected within two weeks";
"Did shareholders approve the deal at the general meeting?" where the meeting is "to be held" on a
later day. The answer says the articles do not say, citing the sentence that shows it is to come. A
finding or a vote the article tells is answered."""

from bot.answering.ahead import _finds
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines

SAMPLES = """Dead eels wash up along Vessary canal

Published 4 August 2025

Hundreds of dead eels have been found along a two-kilometre stretch of the Vessary canal since Saturday, the county environment office said.

County ecologist Dr. Matthias Oyelaran said early readings showed low oxygen after a week of heat. "We have sent water samples to the laboratory in Carrowby to be sure," Oyelaran said.

He added that results of the laboratory tests were expected "within ten days".
"""

NOTICE = """Brackwater Holdings plc - BRKH
Proposed acquisition of Fennick Marine
Released 07:00:02 10-Feb-2026

Brackwater Holdings plc announces that it has agreed to acquire Fennick Marine Ltd for £31 million.

The Acquisition is conditional on shareholder approval at a General Meeting to be held at 11.00 a.m. on 9 March 2026 in Lanark. A circular will be posted to shareholders today.
"""

RESULT = """Brackwater Holdings plc - BRKH
Result of General Meeting
Released 14:10:05 09-Mar-2026

Brackwater Holdings plc announces that at the General Meeting held today in Lanark, shareholders approved the acquisition of Fennick Marine Ltd, with 94 per cent of votes cast in favour.
"""

samples = app_fixture("vessary_eels.txt", SAMPLES)
notice = app_fixture("brackwater_notice.txt", NOTICE)
result = app_fixture("brackwater_result.txt", RESULT)


def test_a_laboratory_finds_only_where_it_is_told_to():
    assert not _finds("We have sent water samples to the laboratory in Carrowby to be sure.", "laboratory")
    assert _finds("The laboratory found traces of ammonia in the water.", "laboratory")


def test_what_a_laboratory_found_is_not_told_while_its_results_are_expected(samples):
    declines(samples, "What did the laboratory in Carrowby find in the water samples?", "expected")


def test_what_the_readings_showed_is_answered(samples):
    answers(samples, "What did the early readings in the Vessary canal show?", "low oxygen")


def test_a_vote_at_a_meeting_to_be_held_is_not_told(notice):
    declines(notice, "Did shareholders approve the acquisition at the general meeting in Lanark?", "to be held")


def test_a_vote_at_a_meeting_held_is_answered(result):
    answers(result, "Did shareholders approve the acquisition at the general meeting in Lanark?", "94 per cent")


def test_where_samples_were_sent_is_answered_while_results_are_expected(samples):
    answers(samples, "Where were the water samples sent for laboratory testing?", "Carrowby")
