""""How many scrums did they lose?" where the only number on the topic counts lineouts: the sentence
never names the thing asked, and its numbers count another thing, so the articles do not say.
A count written with another word for the thing asked ("pupils" for "students") still answers."""

import pytest

from tests.spec.answering.asks import answers, declines

MATCH = """Title: Harriers bow out of the Vellmore Shield
Date: 2025-03-09

Tolbury Harriers were knocked out of the Vellmore Shield on Saturday, losing 24-10 to Quenby Park.
The Harriers conceded three tries, missed 19 tackles and lost six of their own lineouts in Saturday's quarter-final.
"We gave them the ball too often," Drewitt said.
"""

SURVEY = """Title: Later start, longer sleep, study finds
Date: 2025-04-02

BRANTHAM, April 2 - A study of later school start times in the county followed more than 8,000 students over two years, researchers at the Orwen Institute said on Wednesday.
A council officer, Petra Lunde, said the county's depots had counted 340 lorries a day on the school roads before the change.
"""


@pytest.fixture(scope="module")
def match(app_over):
    with app_over("shield.txt", MATCH) as app:
        yield app


@pytest.fixture(scope="module")
def survey(app_over):
    with app_over("sleep.txt", SURVEY) as app:
        yield app


def test_a_count_of_another_thing_is_no_answer(match):
    declines(match, "How many scrums did the Harriers lose in the quarter-final?")


def test_the_thing_counted_is_still_answered(match):
    answers(match, "How many lineouts did the Harriers lose?", "six")
    answers(match, "How many tackles did the Harriers miss?", "19")


def test_another_word_for_the_thing_still_answers(survey):
    answers(survey, "How many pupils did the Orwen study follow?", "8,000")


def test_a_study_of_another_group_is_no_answer(survey):
    declines(survey, "How many parents did the Orwen study follow?")


INQUEST = """Title: Inquest told of danger at Marlow Reach weir
Date: 2025-11-14

The coroner, Edith Strand, said she had been told of two near misses at the weir since June.
"""


@pytest.fixture(scope="module")
def inquest(app_over):
    with app_over("weir.txt", INQUEST) as app:
        yield app


def test_a_thing_asked_in_other_words_still_answers(inquest):
    answers(inquest, "How many close calls at the weir had the coroner heard about?", "two")
