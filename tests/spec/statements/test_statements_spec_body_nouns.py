"""Bodies named by their kind alone: "the co-op said" (a hyphened noun the tokenizer split into
three subjects, none a speaker), "the cooperative said", "the chamber of trade said last week".
Every article is invented."""

from tests.spec.invented import statements_of, the_one

SURGERY = """Night doctor service cut in Carrick

By Ena Fallon

Westmoor Doc, the GP co-operative that runs the service, will end its night service on March 1.

In a statement issued last night, the co-op said it had been unable to fill 12 of its 28 weeknight rosters.

The cooperative said patients should ring the hospital after midnight.

The chamber of trade said last week it would pay for a taxi scheme.
"""


def test_a_body_named_by_its_kind_speaks():
    stmts = statements_of(SURGERY)
    assert the_one(stmts, "weeknight rosters").speaker == "Westmoor Doc"  # (the co-op it named before)
    assert the_one(stmts, "ring the hospital").speaker == "Westmoor Doc"
    assert "chamber of trade" in the_one(stmts, "taxi scheme").speaker.lower()


def test_the_record_a_body_spoke_in_is_no_part_of_its_name():
    stmts = statements_of(SURGERY + "\nThe Carrick Patients Forum, in a press release on Monday, called on the board to keep one night doctor.\n")
    assert the_one(stmts, "one night doctor").speaker.removeprefix("The ") == "Carrick Patients Forum"
