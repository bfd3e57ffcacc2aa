"""Questions over an export of recorded messages: a forward day in the latest message is read from
that message's own day ("now due on Tuesday, not Friday": the Tuesday after it, the day put right
named no day at all), and "what is X offering" is answered by the block that passes X's promise
on. Every article is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

CALLS = """Call log with transcriptions - Quillbrook Row Allotment Society
Export date: 22/03/2026

Call 1
Caller: Unknown number
Date: Wednesday 18 March 2026, 09:40
Length: 0:51
Message:
Morning, this is Oswin Tregarthen from Kelvedon Pumps, I'm the fitter for the borehole pump at Quillbrook Row. The new impeller is coming from the supplier in Rotterdam and should reach us on Friday. Once it's here it's two hours to fit.

Call 2
Caller: Marlpit District Water (office)
Date: Friday 20 March 2026, 16:05
Length: 1:02
Message:
Hi Henrietta, Ysolde Parrack calling from Marlpit District Water. The impeller is now due on Tuesday, not Friday, so there's a delay, I'm sorry. Our operations manager, Thaddeus Brimblecombe, has also said we'll waive the standing charge for every plot holder for the weeks without water. I don't have the figure yet.
"""

calls = app_fixture("quillbrook_calls.txt", CALLS)


def test_a_forward_day_in_the_latest_message_counts_from_that_message(calls):
    answers(calls, "When is the impeller due now?", "24 March 2026", "Ysolde Parrack", lacking=("17 March", "13 March"))


def test_an_offer_passed_on_in_a_message_answers_what_the_body_offers(calls):
    answers(calls, "What is Marlpit District Water offering plot holders for the weeks without water?", "waive the standing charge")
