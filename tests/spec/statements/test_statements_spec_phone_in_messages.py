"""A radio phone-in's messages in a news story: "A text from a listener in PLACE said: '...'" is
the listener's (an unnamed person, placed), not the place's; an unnamed person described by one
noun ("a nurse in PLACE") is not the next person the story names under another description ("A
caller from PLACE, NAME, said"). Every article is invented."""

from tests.spec.invented import statements_of, the_one

CLINIC = """Night shifts at Carrowbeg clinic to end

By Ena Fallon

The clinic will close its night service from March, the health board said on Monday.

A text from a listener in Drumkeeran said: "Closing at night is closing full stop."

An email from a nurse in Ballinamore said the board had not asked staff.

A caller from Dromod, Peadar Gilsenan, said he had waited two hours.
"""


def test_a_listeners_text_is_the_listeners_not_the_places():
    stmts = statements_of(CLINIC)
    text = the_one(stmts, "closing full stop")
    assert "listener" in text.speaker and text.speaker != "Drumkeeran"
    assert the_one(stmts, "night service").speaker == "the health board"


def test_a_described_person_is_not_the_next_person_named_under_another_description():
    stmts = statements_of(CLINIC)
    assert the_one(stmts, "not asked staff").speaker == "a nurse in Ballinamore"
    assert the_one(stmts, "two hours").speaker == "Peadar Gilsenan"


def test_a_described_person_named_next_under_the_same_description_is_that_person():
    stmts = statements_of(
        "Ward closes at Fenmoor hospital\n\nBy Ena Fallon\n\nA nurse at the hospital said the ward would shut on Friday.\n\n"
        "The nurse, Orlaith Brennock, said patients had been moved to Sligo.\n")
    assert the_one(stmts, "would shut on Friday").speaker == "Orlaith Brennock"
