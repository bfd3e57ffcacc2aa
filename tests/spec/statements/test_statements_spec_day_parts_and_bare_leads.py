"""A statement's day when its time phrase is parsed apart: "yesterday afternoon" (a day and a part
of it), a lead "On Tuesday" with no comma before the speaker's title ("On Tuesday Mayor X said").
Published Thursday 9 May 2024 (see conftest); every article here is invented."""

import pytest


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Mayor Ada Lorne said yesterday afternoon that the pier would reopen.", "2024-05-08"),
        ("Speaking yesterday evening, Mayor Ada Lorne said the pier would reopen.", "2024-05-08"),
        ("Mayor Ada Lorne told the Post on Tuesday morning that the pier would reopen.", "2024-05-07"),
    ],
)
def test_a_day_with_a_part_of_it_dates_the_statement(statements, one, sentence, expected):
    assert str(one(statements(sentence), "pier would reopen").when_start) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "On Tuesday Mayor Ada Lorne said the pier would reopen in June.",
        "On Tuesday Harbour Master Ada Lorne said the pier would reopen in June.",
        "On Tuesday, Mayor Ada Lorne said the pier will reopen in June.",
    ],
)
def test_a_lead_weekday_is_the_past_day_even_with_no_comma(statements, one, sentence):
    st = one(statements(sentence), "reopen in June")
    assert (str(st.when_start), st.date_basis) == ("2024-05-07", "context")
