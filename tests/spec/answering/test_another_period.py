""""How many passengers did the route carry this year?" where the article gives only last year's figure,
"How many nests were counted ten years ago?" where it gives this summer's against last year's, "Where was
the depot that went on strike in May?" where the strike it tells of was in October, "How big was the farm
before its expansion?" where it gives only the expansion's size: the sentence names a period of the
kind asked, never the one asked. Asked for the period the article gives, each is answered, and so is a
figure set against last year's when this year's is asked."""

import pytest

from tests.spec.answering.asks import answers, declines

BUSES = """Title: Operator to axe the 417 valley bus
Date: 2026-03-05

Residents of Glenmarrow packed the village hall on Wednesday after Tolland Coaches said it would withdraw the 417 route in June.

The operator's managing director, Ferris Quayle, told them the company could not keep running empty buses and that the 417 carried an average of eleven people per journey last year.
"""

NESTS = """# Tern colony holds steady on Skellan Point

*Posted 20 September 2025*

Warden Ottilie Glaskin said the tern colony on Skellan Point had held up well. The volunteers who survey the point counted 318 nests this summer, against 305 last year.

"We are cautiously pleased," she said.
"""

HAULAGE = """Title: Drenmore Haulage results: costs bite
Date: 2025-11-12

Drenmore Haulage said quarterly profit fell 18%. Analyst Pietra Valcourt of Osmund Securities asked the board about wage costs after a strike at the group's Kilbarra depot in October.

Chief executive Anselm Frey said the dispute was settled within a week.
"""

FARM = """Title: Vellacott estate grows again
Date: 2025-07-02

The Vellacott fruit estate has completed its expansion, the company said. Its operations manager, Imelda Sorrow, wrote that the expansion covered 640 hectares and that 85 families had been paid compensation.
"""

CATCH = """Title: Sprat quota cut for the Inner Sound
Date: 2025-03-18

The fisheries minister, Corwin Abernay, said the total allowable catch of sprat in the Inner Sound would fall to 9,200 tonnes, from 12,700 tonnes last season, after surveys found fewer young fish.
"""


@pytest.fixture(scope="module")
def buses(app_over):
    with app_over("buses.txt", BUSES) as app:
        yield app


@pytest.fixture(scope="module")
def nests(app_over):
    with app_over("nests.md", NESTS) as app:
        yield app


@pytest.fixture(scope="module")
def haulage(app_over):
    with app_over("haulage.txt", HAULAGE) as app:
        yield app


@pytest.fixture(scope="module")
def farm(app_over):
    with app_over("farm.txt", FARM) as app:
        yield app


@pytest.fixture(scope="module")
def catch(app_over):
    with app_over("catch.txt", CATCH) as app:
        yield app


def test_last_years_figure_is_no_answer_for_this_year(buses):
    declines(buses, "According to the managing director, how many people did an average 417 journey carry this year?")


def test_last_years_figure_answers_last_year(buses):
    answers(buses, "According to the managing director, how many people did an average 417 journey carry last year?",
            "eleven")


def test_this_and_last_year_are_no_answer_for_ten_years_ago(nests):
    declines(nests, "How many tern nests did the volunteers count on Skellan Point ten years ago?")


def test_this_summers_count_is_answered(nests):
    answers(nests, "How many tern nests did the volunteers count on Skellan Point this summer?", "318")


def test_another_months_strike_is_no_answer(haulage):
    declines(haulage, "Where was the Drenmore Haulage depot that went on strike in May?")


def test_the_months_strike_is_answered(haulage):
    answers(haulage, "Where was the Drenmore Haulage depot that went on strike in October?", "Kilbarra")


def test_the_expansions_size_is_no_answer_for_before_it(farm):
    declines(farm, "How many hectares did the Vellacott estate cover before its expansion?")


def test_the_expansions_size_is_answered(farm):
    answers(farm, "How many hectares did the Vellacott expansion cover?", "640")


def test_a_figure_against_last_seasons_is_this_years(catch):
    answers(catch, "How many tonnes of sprat may be landed in the Inner Sound this year?", "9,200")
