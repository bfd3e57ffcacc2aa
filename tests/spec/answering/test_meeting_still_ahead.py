"""A result asked of a meeting the article names only as to come: "What was the score when Harbury
played Lenwick?" where the manager "expects him to be fit for Saturday's game against Lenwick", or
"Who won Harbury's away match at Corrow?" where a player "is likely to miss Wednesday's trip to
Corrow". The articles do not say, citing that line; a result the article tells is still answered."""

import pytest

from tests.spec.answering.asks import answers, declines

BULLETIN = """Title: Sport at six
Date: 2025-04-10

Harbury Town manager Odile Fairweather says she expects her striker, Kwame Ansah-Byrne, to be fit for Saturday's home game against Lenwick despite a bruised ankle.

Harbury are third in the table, a point off the top.

In the county cup, Marlow Vale beat Stennings 3-1 last night, with two goals from Petra Lindahl.
"""

REPORT = """Title: Late header sinks Ossington
Date: 2025-04-12

Harbury Town 2 Ossington 1

Harbury came from behind to beat Ossington with a header in stoppage time.

Manager Odile Fairweather said defender Tomas Reyes, who went off with a tight calf, is likely to miss Wednesday's trip to Corrow.
"""


@pytest.fixture(scope="module")
def sport(app_over):
    with app_over("bulletin.txt", BULLETIN) as app:
        yield app


@pytest.fixture(scope="module")
def report(app_over):
    with app_over("report.txt", REPORT) as app:
        yield app


def test_a_game_still_to_be_played_has_no_score(sport):
    declines(sport, "What was the score when Harbury Town played Lenwick?", citing="Saturday's home game against Lenwick")


def test_an_away_trip_still_to_come_has_no_winner(report):
    declines(report, "Who won Harbury's away match at Corrow?", citing="trip to Corrow")


def test_a_result_told_is_still_answered(sport, report):
    answers(sport, "What was the score when Marlow Vale played Stennings?", "3-1")
    answers(report, "Who scored the winner against Ossington?", "header")
