"""An aside closing reported words says when they were said (", in a video on 27 February");
an aside that tells of the thing said (", starting on 1 March") does not. Articles invented;
the reference is Thursday 9 May 2024."""

from datetime import date

import pytest


@pytest.mark.parametrize(
    "sentence, day",
    [
        ("Orla Penrose said the board had cut staff already, in a video on 27 February.", date(2024, 2, 27)),
        ("Councillor Dev Amaro said the rise was unacceptable, at committee on 2 March.", date(2024, 3, 2)),
        ("Hal Brisco wrote that the state would not step in, in his letter of 1 March.", date(2024, 3, 1)),
        ("Kit Dunne said complaints had tripled, in a post published on Monday, 15 April.", date(2024, 4, 15)),
    ],
)
def test_a_closing_aside_dates_the_statement(statements, one, sentence, day):
    s = one(statements("Ferry fares to rise\n\n" + sentence + "\n"), "")
    assert (s.when_start, s.date_basis) == (day, "explicit")


@pytest.mark.parametrize(
    "sentence",
    ["Orla Penrose said fares would rise by a fifth, starting on 1 June.",
     "Orla Penrose said the board had cut two sailings, in a timetable which began on 1 March."],
)
def test_an_aside_about_what_was_said_does_not_date_the_saying(statements, one, sentence):
    s = one(statements("Ferry fares to rise\n\n" + sentence + "\n"), "")
    assert (s.when_start, s.date_basis) == (date(2024, 5, 9), "publication")
