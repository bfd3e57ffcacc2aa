"""A name or a figure the article never gives is not answered with a loosely related sentence: a
who-question needs a person named, a how-many or what-figure question a number."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines

MILL = """Title: Paper mill to shut its second line
Date: 2025-02-11

Hartsfield Paper will close the second production line at its riverside mill, the company said.

Staff were told of the decision at a meeting on Monday morning.

A spokesperson for the firm said demand for coated paper had fallen sharply since the spring.

Union organiser Tomasz Ekwueme said workers were angry at how little notice they had been given.

The mill opened in 1962 and the town council has backed efforts to find a buyer.
"""


mill = app_fixture("mill.txt", MILL)


def test_an_unnamed_person_is_not_answered(mill):
    declines(mill, "Who told staff about the decision at the meeting?")
    declines(mill, "Who is the spokesperson for Hartsfield Paper?")


def test_a_figure_never_given_is_not_answered(mill):
    declines(mill, "How many jobs will be lost at the mill?")
    declines(mill, "By how much has demand for coated paper fallen?")


def test_what_is_given_is_still_answered(mill):
    answers(mill, "When did the mill open?", "1962")
    answers(mill, "Who is the union organiser?", "Ekwueme")
