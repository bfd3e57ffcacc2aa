""""Why did the ombudsman refuse to give him any of it back?" where the decision upheld the
complaint in part: corrected with the decision's line, not answered with the firm's refusal."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

DECISION = """Financial Redress Service: final decision of the ombudsman

Mr D complains that Pelham Mutual won't refund the £8,200 he sent to a fake solicitor.

What happened

Mr D paid £8,200 on 4 April 2025. Pelham Mutual refused to refund any of it. It said it had warned him before each payment.

My findings

Ombudsman Tessa Varley-Amin said the society should have called Mr D back before the second payment.
Pelham Mutual should refund £4,100 and pay £200 for the trouble caused. My final decision is that I uphold this complaint in part.

Tessa Varley-Amin
Ombudsman
"""

decision = app_fixture("pelham_in_part.txt", DECISION)


def test_refused_any_is_corrected_by_upheld_in_part(decision):
    answers(decision, "Why did the ombudsman refuse to give Mr D any of his money back?", "in part",
            starting="The articles do not say")
