"""A court's own words: its order told with a that-clause, and a remark in a participle after a
time clause.

Every article here is invented. "The Court ordered that the stalls remain standing" is the
court's statement, as "said that" would be; "... until the committee reports, orally remarking
that ..." is the court's remark too, not the committee's (the participle hangs on the clause
the time clause sits in). The day after the court's name ("The High Court on Monday directed")
is no part of its name, and "the Court" after it is that court.
"""

from tests.spec.invented import statements_of, the_one

LEGAL_NEWS = """Court halts demolition of market stalls

March 3, 2025

The Pelham High Court on Monday directed that no stall be pulled down in Kelvara until the traders' committee files its survey, orally remarking that a market "is not a vacant lot."

Counsel for the petitioners, Ravindra Moyle, argued that the traders had not been given notice.

Recording the municipality's undertaking, the Court ordered that the stalls remain standing until the next hearing.
"""

WIRE = """Judge freezes quarry permits

BRANTHOLM, June 2 (Newswire) - A judge on Tuesday froze three quarry permits after residents complained about blasting.

Justice Odile Farquharson ordered that all blasting stop before the inspectors report, noting that the permits "were issued in a hurry."

The quarry owner, Stanmere Aggregates, said it would appeal.
"""


def test_an_order_with_a_that_clause_is_the_courts_statement():
    # ("the Court" after "The Pelham High Court" is that court, one speaker for all its words)
    assert the_one(statements_of(LEGAL_NEWS), "stalls remain standing").speaker == "The Pelham High Court"
    assert the_one(statements_of(WIRE), "all blasting stop").speaker == "Odile Farquharson"


def test_a_remark_after_a_time_clause_is_the_courts_not_the_clause_subjects():
    stmts = statements_of(LEGAL_NEWS)
    remark = the_one(stmts, "not a vacant lot")
    assert remark.speaker == "The Pelham High Court"
    assert "vacant lot" not in the_one(stmts, "no stall be pulled down").content
    assert the_one(statements_of(WIRE), "issued in a hurry").speaker == "Odile Farquharson"
