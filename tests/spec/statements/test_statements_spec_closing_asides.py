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


@pytest.mark.parametrize(
    "paragraph, day",
    [('In a video posted on 27 February, Orla Penrose defended the rise. "We have no choice," she said.',
      date(2024, 2, 27)),
     ("Hal Brisco set out the ministry's position in his letter of 1 March. The state would not step in, he wrote.",
      date(2024, 3, 1)),
     ('At a rally on Saturday, 4 May, Dev Amaro attacked the board. "It has lost the town," he said.',
      date(2024, 5, 4))],
)
def test_the_day_of_an_occasion_the_sentence_before_narrates_dates_what_is_said_at_it(statements, one, paragraph, day):
    s = one(statements("Ferry fares to rise\n\n" + paragraph + "\n"), "")
    assert s.when_start == day


def test_a_dated_occasion_still_to_come_dates_nothing_said(statements, one):
    s = one(statements('Dev Amaro will speak at a rally on 18 May. "It has lost the town," he said.\n'), "lost the town")
    assert s.when_start == date(2024, 5, 9)
