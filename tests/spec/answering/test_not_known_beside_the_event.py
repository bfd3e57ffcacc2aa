"""A round-up whose line on the asked thing says it is not known, beside lines that tell the event:
a yes/no question, or one asking a cause, is answered that the articles do not say, citing that line.

    Did the regional government approve the loans?  "... are asking the regional government for emergency
                                                     loans" / "The regional government has not yet
                                                     pronounced itself on the request for loans."
    What started the blaze?                          "The cause of the blaze isn't yet known."
"""

import pytest

from tests.spec.answering.asks import answers, declines

ROUNDUP = """Title: Morning round-up
Date: 2025-10-09

Eight fire crews were called to the Tolland Packaging warehouse in Farrowby just after midnight, and around thirty workers on the late shift were led out safely.

A bright start, with mist near the estuary lifting by nine. The blaze of colour in the park's flower beds is the council's start to the autumn season.

The cause of the blaze isn't yet known.

Vintners in the Ossery valley lost a third of their grapes to frost on Sunday and are asking the regional government for emergency loans, their association said. The association's chair, Pirjo Lindqvist, said many growers still owe money for the vines they planted at the start of the year. The regional government has not yet pronounced itself on the request for loans.
"""


@pytest.fixture(scope="module")
def roundup(app_over):
    with app_over("roundup.txt", ROUNDUP) as app:
        yield app


def test_whether_a_request_was_granted_is_not_known(roundup):
    declines(roundup, "Did the regional government approve the emergency loans for the vintners?", citing="not yet pronounced")


def test_a_cause_not_yet_known_is_not_answered(roundup):
    declines(roundup, "What started the blaze at the packaging warehouse?", citing="isn't yet known")


def test_what_is_told_is_still_answered(roundup):
    answers(roundup, "How many workers were led out of the warehouse?", "thirty")
    answers(roundup, "What did the vintners lose to frost?", "a third of their grapes")
