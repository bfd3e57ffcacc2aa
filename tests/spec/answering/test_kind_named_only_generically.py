""""Which <kind> ..." is declined when the article mentions the kind only by its common noun and
names nothing of that kind beside what the question names; answered when it names one."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines

DECISION = """Final decision

Mr D complains that Pelham Mutual won't refund the £8,200 he sent to a fake solicitor.

On 4 April 2025 Mr D paid £8,200 from his Pelham Mutual current account to an account the caller gave him. The payment was later frozen by the receiving bank, which returned £1,100 on 9 April.

Pelham Mutual said its systems had been in a change of suppliers at the time.

I uphold the complaint in part.
"""

WIRE = """Harbour Freight switches lenders

Harbour Freight said on Monday it had moved its credit line to Castlemere Bank, after its previous lender cut the limit.
"""

decision = app_fixture("pelham_decision.txt", DECISION)
wire = app_fixture("harbour_freight.txt", WIRE)


def test_the_bank_named_only_as_the_receiving_bank_is_not_known(decision):
    declines(decision, "Which bank held the account that received Mr D's money?", "receiving bank")


def test_the_bank_named_is_given(wire):
    answers(wire, "Which bank did Harbour Freight move its credit line to?", "Castlemere Bank")


def test_the_kinds_an_article_names():
    from bot.answering.kind_unnamed import _named_kinds

    assert _named_kinds("It moved the line to Castlemere Bank.", "bank") == ["Castlemere Bank"]
    assert "Nordea" in _named_kinds("Nordea, the Nordic bank, lent it.", "bank")
    assert _named_kinds("who represents the Bramblewood ward", "ward") == ["Bramblewood"]
    assert _named_kinds("It was frozen by the receiving bank.", "bank") == []


def test_only_a_body_asked_by_its_own_noun_is_checked():
    from bot.answering.kind_unnamed import _kind

    assert _kind("Which bank held the account?") == "bank"
    assert _kind("Which opposition politician said it?") is None  # the person asked
    assert _kind("Which club official told the paper?") is None
    assert _kind("Which phones will it work on?") is None  # a description may answer
    assert _kind("Which couple does she want to trace?") is None
