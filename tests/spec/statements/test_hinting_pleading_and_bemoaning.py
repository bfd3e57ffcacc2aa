"""Reporting verbs of Englishes whose papers prefer a livelier word than "said": "intimated that ..." (a hint,
often of what will be), "pleaded with the ministry to ..." (with what the one pleaded with is to do, as
"called on X to"), "bemoaned the lack of ..." / "decried the delay" (the complaint is what was said)."""

from tests.spec.invented import speaker_of, statements_of

STORY = """Market vendors wait for new stalls

The Harbour Times | Wednesday, 4 November 2026

The Town Clerk, Mrs. Odile Ramsamy, intimated that the new stalls would be ready before the Christmas rush.

Vendors' representative Rodrigue Lafleurine pleaded with the district council to let traders use the bus station car park in the meantime.

Fruit seller Ameena Joomun bemoaned the lack of shade at the temporary site.

The Consumers Forum decried the delay in a short statement.

"We have lost half our customers," Mr. Lafleurine said.
"""


def test_intimated_that_is_a_statement():
    stmts = statements_of(STORY)
    assert speaker_of(stmts, "ready before the Christmas rush") == "Odile Ramsamy"


def test_pleaded_with_someone_to_do_something():
    stmts = statements_of(STORY)
    assert speaker_of(stmts, "to let traders use the bus station car park") == "Rodrigue Lafleurine"


def test_bemoaned_and_decried_say_the_complaint():
    stmts = statements_of(STORY)
    assert speaker_of(stmts, "the lack of shade") == "Ameena Joomun"
    assert speaker_of(stmts, "the delay") == "The Consumers Forum"
