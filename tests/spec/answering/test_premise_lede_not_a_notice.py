"""A why-question whose premise has a detail no article gives ("the crowded train") is corrected with
the article's lede, which states what happened: the first sentence that tells something, not a
notice in capitals above it ("THIS IS A RUSH TRANSCRIPT.", "REPORTING RESTRICTIONS APPLY.")."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers


TRANSCRIPT = """NIGHTLINE WITH ORLA BRENNIGAN

THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM.

ORLA BRENNIGAN, HOST: A diesel freight train left the rails outside Carrow Junction this afternoon, spilling grain across both tracks. Nobody was hurt. Our reporter Deven Ashcombe-Tully is there.

DEVEN ASHCOMBE-TULLY, REPORTER: Orla, the train was carrying forty wagons of barley when the last six came off on the bend. The line will stay closed until Friday at the earliest.
"""

COURT = """Crown Court report

REPORTING RESTRICTIONS APPLY TO PARTS OF THIS CASE.

A builder who took deposits for kitchens he never fitted was jailed for two years at Pellham Crown Court on Friday.

Judge Aurelia Stanmore-Cole told Dorian Felks, 44, that his customers had trusted him with their savings. The sentence was cut by a third because Felks pleaded guilty.
"""

transcript = app_fixture("carrow_derailment_transcript.txt", TRANSCRIPT)
court = app_fixture("pellham_court_report.txt", COURT)


def test_the_lede_under_a_transcript_notice_corrects_the_premise(transcript):
    answers(transcript, "Why did the crowded train come off the rails at Carrow Junction?",
            "do not say it was a crowded train", "A diesel freight train left the rails", lacking="RUSH TRANSCRIPT")


def test_the_lede_under_a_court_notice_corrects_the_premise(court):
    answers(court, "Why did the judge give Dorian Felks a suspended sentence?",
            "do not say", "was jailed for two years", lacking="REPORTING RESTRICTIONS")
