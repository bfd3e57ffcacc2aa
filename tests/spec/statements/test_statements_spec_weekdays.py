"""A statement's weekday counted from a known publication date (Thursday 9 May 2024 here): the
past week's day or the same day, forward only for a statement still to be made; a day named in
a relative clause about the speaker dates another event. Every article here is invented."""

import pytest


def test_a_day_in_a_relative_clause_about_the_speaker_is_not_the_statements(statements, one):
    st = one(statements("Minister Ana Ruiz, who will travel to Oslo on Friday, said on Tuesday that the bridge was safe."),
             "bridge was safe")
    assert (st.when_text, str(st.when_start)) == ("on Tuesday", "2024-05-07")


def test_a_relative_clause_that_is_the_speaking_itself_dates_it(statements, one):
    st = one(statements("Council leader Tom Reyes, who spoke on Monday, said the vote was fair."), "vote was fair")
    assert str(st.when_start) == "2024-05-06"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Council leader Tom Reyes said on Thursday that the vote was fair.", "2024-05-09"),
        ("Council leader Tom Reyes said on Friday that the vote was fair.", "2024-05-03"),
        ("Council leader Tom Reyes said on Wednesday night that the vote was fair.", "2024-05-08"),
        ("Council leader Tom Reyes will say on Friday that the vote was fair.", "2024-05-10"),
    ],
)
def test_a_weekday_is_the_past_weeks_unless_the_saying_is_still_ahead(statements, one, sentence, expected):
    assert str(one(statements(sentence), "vote was fair").when_start) == expected
