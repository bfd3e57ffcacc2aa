"""A question about a place where the article tells the like of it only of another place: "how
many homes in X were flooded" where the floods hit homes in Y and X comes up only as where
someone's relative lives. The articles do not say it of X. Where the article tells it of X, or
the best sentence's article names X as the region in its lede, the question is answered."""

import pytest

FLOOD = """Storm floods homes in river valley

Published 20 November 2025

BALLYDUFF: More than 300 homes were flooded in Ballyduff and nearby villages after the Owenbeg burst its banks overnight, the county council said.

Council engineer Niamh Tierney said pumps had been running since 4am.

Pensioner Tom Keogh, 81, said it was the worst flood he had seen. "My daughter wants me to stay with her in Carrowmore until it dries out," he said.
"""

STRIKE = """Dockers walk out at two ports

Published 5 March 2025

About 400 dockers walked out at Portavel on Monday over a pay offer, the union said.

The union's organiser, Lena Varga, said talks at Westhaven had gone better. "At Westhaven we are close to a deal," she said.
"""

REGION = """Storm floods homes across Kerrow county

Published 20 November 2025

Floods hit homes across Kerrow county overnight, the county council said.

More than 300 homes were flooded in Ballyduff, the council said.
"""


@pytest.fixture(scope="module")
def flood(app_over):
    with app_over("ballyduff_flood.txt", FLOOD) as whosaid:
        yield whosaid


@pytest.fixture(scope="module")
def strike(app_over):
    with app_over("portavel_strike.txt", STRIKE) as whosaid:
        yield whosaid


@pytest.fixture(scope="module")
def region(app_over):
    with app_over("kerrow_flood.txt", REGION) as whosaid:
        yield whosaid


def test_a_count_of_another_place_does_not_answer_for_the_place_asked(flood):
    answer = flood.answer("How many homes in Carrowmore were flooded?")
    assert answer.abstained, answer.text


def test_the_count_of_the_place_asked_is_answered(flood):
    answer = flood.answer("How many homes in Ballyduff were flooded?")
    assert not answer.abstained and "300" in answer.text, answer.text


def test_a_walkout_at_another_port_does_not_answer_for_the_port_asked(strike):
    answer = strike.answer("How many dockers walked out at Westhaven?")
    assert answer.abstained, answer.text


def test_a_place_inside_the_region_asked_is_answered(region):
    answer = region.answer("How many homes in Kerrow county were flooded?")
    assert not answer.abstained and "300" in answer.text, answer.text


COUNTRY = """Heat pump maker denies sale talk

Published 21 October 2024

Brennvik AB denied a report last week that it was looking for a buyer for its Austrian plant in Graz. "The plant is not for sale," its chief executive said.
"""


@pytest.fixture(scope="module")
def country(app_over):
    with app_over("brennvik_denial.txt", COUNTRY) as whosaid:
        yield whosaid


def test_a_country_asked_is_told_by_its_adjective_or_its_city(country):
    answer = country.answer("What did Brennvik say about reports that it wanted to sell its plant in Austria?")
    assert "not for sale" in answer.text or "denied a report" in answer.text, answer.text
    assert not answer.text.startswith("The articles do not say; they report only"), answer.text
