"""A statement dated by a month without a day ("in March", "in late February", "last month")
gets the month's days as its range, never one day and never the publication date. Articles
invented; the reference is Thursday 9 May 2024."""

from datetime import date

import pytest


@pytest.mark.parametrize(
    "sentence, first, last",
    [
        ("Councillor Dev Amaro said in March that he would fight the increase.", date(2024, 3, 1), date(2024, 3, 31)),
        ("In January, Orla Penrose warned that routes might close.", date(2024, 1, 1), date(2024, 1, 31)),
        ("In late February, Orla Penrose told staff that the board was near insolvency.", date(2024, 2, 21), date(2024, 2, 29)),
        ("Orla Penrose said in September 2023 that the ferry was safe.", date(2023, 9, 1), date(2023, 9, 30)),
        ("Last month, Orla Penrose told staff that the board was near insolvency.", date(2024, 4, 1), date(2024, 4, 30)),
        # a month after the report's own month, told in the past: last year's
        ("Orla Penrose said in November that the ferry was safe.", date(2023, 11, 1), date(2023, 11, 30)),
        # the report's own month: up to the report
        ("Earlier in May, Orla Penrose said that the ferry was safe.", date(2024, 5, 1), date(2024, 5, 9)),
    ],
)
def test_a_month_without_a_day_dates_the_statement_by_the_month(statements, one, sentence, first, last):
    s = one(statements("Ferry fares to rise\n\n" + sentence + "\n"), "")
    assert (s.when_start, s.when_end, s.date_basis) == (first, last, "context")


def test_a_month_after_a_dated_statement_is_not_that_day(statements, one):
    stmts = statements("At committee on 2 March, councillor Dev Amaro said the rise was unacceptable.\n\n"
                       "Amaro said in April that he would fight the increase.\n")
    s = one(stmts, "fight the increase")
    assert (s.when_start, s.when_end) == (date(2024, 4, 1), date(2024, 4, 30))



def test_earlier_this_year_is_the_year_so_far(statements, one):
    s = one(statements("Earlier this year, Orla Penrose said that the ferry was safe.\n"), "ferry was safe")
    assert (s.when_start, s.when_end) == (date(2024, 1, 1), date(2024, 5, 8))


@pytest.mark.parametrize(
    "sentence, first, last",
    [("Over the weekend, Orla Penrose said that the ferry was safe.", date(2024, 5, 4), date(2024, 5, 5)),
     ("Orla Penrose said last weekend that the ferry was safe.", date(2024, 5, 4), date(2024, 5, 5)),
     ("Earlier in the week, Orla Penrose said that the ferry was safe.", date(2024, 5, 6), date(2024, 5, 8)),
     ("On Friday last week, Orla Penrose said that the ferry was safe.", date(2024, 5, 3), None)],
)
def test_weekends_and_days_of_last_week(statements, one, sentence, first, last):
    s = one(statements(sentence + "\n"), "ferry was safe")
    assert (s.when_start, s.when_end) == (first, last)


@pytest.mark.parametrize("phrase, day", [("on 3/4", None), ("on 4-3", None), ("on 25/3", date(2024, 3, 25))])
def test_a_numeric_day_is_read_only_when_its_order_is_certain(phrase, day):
    from index.statements.when import resolve

    got = resolve(phrase, date(2024, 5, 9))
    assert (got[0] if got else None) == day
