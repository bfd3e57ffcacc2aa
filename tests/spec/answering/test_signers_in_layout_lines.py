"""Who wrote a review or decided a complaint, when only a layout line names them (bot/answering/
signed_by.py, index/signature_lines.py): the "Written by NAME, TITLE" line above the section the
question names, or the "NAME / Role" block that closes a decision, is the answer and is cited. A
question about something else, or a news story with a byline, is not answered from them."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers, replies

STATUS_PAGE = """Brindlewick Freight Status
status.brindlewick.example

Tracking delays for parcels in the northern depots

Resolved
This incident has been resolved. All parcels held at the Orrin depot have now left for delivery. We will publish an incident review within five days.
Posted Jun 4, 2031 - 19:10 CET

Investigating
We are seeing delays on tracking updates for some parcels. Our team is investigating.
Posted Jun 4, 2031 - 08:02 CET

Incident review
Posted Jun 6, 2031 - 17:00 CET

Written by Marisol Tenkvist, Head of Operations

What happened

Between 06:40 and 16:10 on 4 June, about 12% of tracking scans failed to reach our system. Around 900 customers asked us where a parcel was.

Why it happened

The scanners at our partner's depots had been sent a faulty update. Our own checks should have caught it within minutes, but they were watching the wrong queue.
"""

DECISION = """DRN-7710421

The complaint

Mr K complains that Larchmont Mutual won't refund the £4,200 he lost to a fake parcel-delivery text.

What happened

Mr K clicked a link in a text that said a parcel was waiting, and entered his card details. Larchmont Mutual refused to refund the payments. It said it had sent him a warning text.

What I've decided – and why

I've read the warning text. It did not say what the payments were for. I think Larchmont Mutual should have called Mr K before the second payment.

My final decision

My final decision is that I uphold this complaint. Larchmont Mutual should refund the £4,200.

Oskar Pelletreau
Ombudsman
"""

app = articles_fixture({"status.txt": STATUS_PAGE, "decision.txt": DECISION})


def test_the_author_of_a_signed_review_is_named_from_its_written_by_line(app):
    answer = answers(app, "Who wrote the parcel company's incident review?", "Marisol Tenkvist")
    assert "Written by Marisol Tenkvist" in answer.citations[0].text, answer.citations


def test_the_decider_of_a_complaint_is_named_from_the_closing_signature(app):
    answer = answers(app, "Who decided the complaint about the fake parcel-delivery text?", "Oskar Pelletreau")
    assert "Oskar Pelletreau" in answer.citations[0].text, answer.citations


def test_a_question_about_another_act_is_not_answered_from_a_signature(app):
    replies(app, "Who clicked a link in a text about a parcel?", lacking="Pelletreau")
