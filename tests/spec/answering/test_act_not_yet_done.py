""""What did the board decide?" / "the board had not yet reached a decision"; "what did the port
authority say?" / "asked for comment but had not received a reply"; "how much did the county give?" /
"the county had been asked for a grant of up to $2 million": the articles say the act asked is still
to come, and the bot declines, citing that sentence. A decision made, a reply given and a grant paid
are answered."""

import pytest

from tests.spec.answering.asks import answers, declines

QUARRY = """Title: Quarry expansion bid waits on licensing board
Date: 2026-05-14

Residents of Ellerthwaite packed the village hall on Monday to oppose a bid by Torvick Aggregates to extend its quarry towards the school.

The company's operations director, Malvina Hescott, said the extension would keep 40 people in work for another decade.

A spokeswoman for the Ellerthwaite Licensing Board said the board was "weighing every submission carefully". She added that the board had not yet reached a decision on the extension and would not say when it would.

The Ellerthwaite Courier asked the Harbour Trust for comment on the lorry route to the port but had not received a reply by the time of going to print.

Ms Hescott said the company had asked Rondale County for a grant of up to $2 million towards a new wheel-wash, which would cut dust on the village road.
"""

BULLETIN = """TAMBRIDGE COMMUNITY RADIO — 6PM BULLETIN
Wednesday 3 June 2026

Fishers at Korrowby landing say the new ice plant has still not arrived, three months after it was promised.

Landing committee chair Everton Quashie-Bell said the county had been asked for a grant of up to 80,000 dollars to buy the plant outright.

The Marine Licensing Office has yet to decide on the committee's application for a second slipway, an officer told the committee on Tuesday.

Tambridge Radio contacted the Harbour Master's office for comment on the slipway but had not received a reply up to air time.
"""

DONE = """Title: Wheel-wash approved after long wait
Date: 2026-07-02

The Pellbury Licensing Board decided on Tuesday to approve the extension of the Corlan quarry, with a limit of 30 lorries a day.

The Pellbury Harbour Trust said in reply that the lorry route to the port would be closed to quarry traffic at night.

Rondale County gave $1.5 million towards a new wheel-wash at the quarry, the council's finance chief said.
"""


@pytest.fixture(scope="module")
def quarry(app_over):
    with app_over("quarry.txt", QUARRY) as app:
        yield app


@pytest.fixture(scope="module")
def bulletin(app_over):
    with app_over("bulletin.txt", BULLETIN) as app:
        yield app


@pytest.fixture(scope="module")
def done(app_over):
    with app_over("done.txt", DONE) as app:
        yield app


def test_a_decision_not_yet_reached_is_declined(quarry):
    declines(quarry, "What did the Ellerthwaite Licensing Board decide on the quarry extension?", "not yet reached a decision")


def test_a_request_for_comment_not_replied_is_declined(quarry):
    declines(quarry, "What did the Harbour Trust say about the lorry route?", "had not received a reply")


def test_a_grant_asked_for_is_no_grant_given(quarry):
    declines(quarry, "How much did Rondale County give towards the wheel-wash?", "asked Rondale County for a grant")


def test_a_decision_yet_to_come_is_declined_in_a_bulletin(bulletin):
    declines(bulletin, "What did the Marine Licensing Office decide on the slipway application?", "yet to decide")


def test_a_non_reply_is_declined_in_a_bulletin(bulletin):
    declines(bulletin, "What did the Harbour Master's office say about the slipway?", "had not received a reply")


def test_a_grant_applied_for_is_declined_in_a_bulletin(bulletin):
    declines(bulletin, "How much did the county give for the ice plant?", "asked for a grant")


def test_a_decision_made_is_answered(done):
    answers(done, "What did the Pellbury Licensing Board decide on the quarry extension?", "approve")


def test_a_reply_given_is_answered(done):
    answers(done, "What did the Pellbury Harbour Trust say about the lorry route?", "closed to quarry traffic")


def test_a_grant_given_is_answered(done):
    answers(done, "How much did Rondale County give towards the wheel-wash?", "1.5 million")
