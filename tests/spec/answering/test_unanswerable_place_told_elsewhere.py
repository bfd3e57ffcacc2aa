"""A question about a place where the article tells the like of it only of another place: "how
many homes in X were flooded" where the floods hit homes in Y and X comes up only as where
someone's relative lives. The articles do not say it of X. Where the article tells it of X, or
the best sentence's article names X as the region in its lede, the question is answered."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines


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


flood = app_fixture("ballyduff_flood.txt", FLOOD)
strike = app_fixture("portavel_strike.txt", STRIKE)
region = app_fixture("kerrow_flood.txt", REGION)


def test_a_count_of_another_place_does_not_answer_for_the_place_asked(flood):
    declines(flood, "How many homes in Carrowmore were flooded?")


def test_the_count_of_the_place_asked_is_answered(flood):
    answers(flood, "How many homes in Ballyduff were flooded?", "300")


def test_a_walkout_at_another_port_does_not_answer_for_the_port_asked(strike):
    declines(strike, "How many dockers walked out at Westhaven?")


def test_a_place_inside_the_region_asked_is_answered(region):
    answers(region, "How many homes in Kerrow county were flooded?", "300")


COUNTRY = """Heat pump maker denies sale talk

Published 21 October 2024

Brennvik AB denied a report last week that it was looking for a buyer for its Austrian plant in Graz. "The plant is not for sale," its chief executive said.
"""


country = app_fixture("brennvik_denial.txt", COUNTRY)


def test_a_country_asked_is_told_by_its_adjective_or_its_city(country):
    answer = country.answer("What did Brennvik say about reports that it wanted to sell its plant in Austria?")
    assert "not for sale" in answer.text or "denied a report" in answer.text, answer.text
    assert not answer.text.startswith("The articles do not say; they report only"), answer.text
