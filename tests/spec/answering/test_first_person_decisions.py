"""Questions on a decision written in the first person and signed only at its end (an ombudsman's
final decision): who decided it is the signer; what the decider told the firm to pay is the remedy
under "Putting things right"; the firm's reasons for refusing follow its refusal as "It said ...";
a why-question that has the decider refuse everything is corrected by the decision that upholds
the complaint in part. The document is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

DECISION = """Reference: PCS-771204

Pensions and Savings Complaints Service

The complaint

Mr V complains that Corrowick Savings Bank won't refund the £8,200 he lost when he paid a fake investment firm. His wife, Mrs V, has helped him with the complaint.

What happened

In May 2024 Mr V saw an advert for a bond paying 11% a year. He sent two payments from his Corrowick account: £5,000 on 6 May and £3,200 on 20 May.

Corrowick refused to refund either payment. It said it had warned Mr V about investment scams before each payment and that he had chosen to go ahead.

Our investigator thought Corrowick should refund the second payment. He said the first payment wasn't unusual for Mr V's account. He didn't think the firm had to refund the first payment.

Corrowick didn't agree. It said its warning had been clear enough.

What I've decided - and why

I've looked at the warnings Corrowick showed. They were general and didn't mention bonds.

I'm not persuaded the first payment should have stood out. But by 20 May the pattern was clear, and I think a short call would have stopped the second payment.

I've also thought about whether Mr V should share the blame. I think he should, for half of the second payment.

Putting things right

Corrowick should refund £1,600, add 8% simple interest a year from 20 May 2024 to the date of settlement, and pay Mr V £200.

My final decision

My final decision is that I uphold this complaint in part. I'm required to ask Mr V to accept or reject my decision before 3 March 2025.

Rosalind Ashgrove-Pell
Ombudsman
"""

decision = app_fixture("pension_decision.txt", DECISION)


def test_who_decided_is_the_signer(decision):
    answers(decision, "Who decided Mr V's complaint about the fake bond?", "Ashgrove-Pell")


def test_what_the_decider_told_the_firm_to_pay(decision):
    answers(decision, "What did the ombudsman tell Corrowick to pay?", "1,600", "£200")


def test_the_firms_reasons_for_refusing_follow_its_refusal(decision):
    answers(decision, "What reasons did Corrowick give for refusing to refund Mr V?", "warned Mr V about investment scams")


def test_a_refusal_of_everything_is_corrected_by_the_partial_uphold(decision):
    answers(decision, "Why did the ombudsman refuse to give Mr V any of his money back?", "in part",
            starting="The articles do not say")
