"""A comparison cites each side's own words: a side's first sentence often only sums its view up
("the union said talks had failed"), and the figure or the quote is in its next sentence. "A second
union" is not the union the question means."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers


ARTICLE = """Bus drivers in Carrow vote to strike over pay

By Ines Mardle | 3 June 2025

CARROW - The Carrow Transit Workers' Union said on Monday that its members had voted to strike after pay talks with the city's bus operator broke down for the second time this spring.

The union is demanding a 14% rise over two years, arguing that drivers' pay has fallen behind inflation since 2021. "Our drivers have waited long enough," said its general secretary, Colm Ferriter.

A second union, the smaller Carrow Engineers' Guild, said in a statement that it would not join the strike but supported the call for a higher offer.

The operator, Carrow City Buses, said its offer was fair. Its managing director, Halina Brodzik, told reporters the company had put a 6% rise on the table, paid over two years. "Anything more would mean cutting routes," she said.

The strike would start on June 16 unless a deal is reached. About 40,000 people use the city's buses every day.
"""


app = app_fixture("carrow_buses.txt", ARTICLE)


def test_each_side_of_a_pay_gap_is_cited_with_its_figure(app):
    answers(app, "How far apart are the union's pay demand and the operator's offer?", "14%", "6%",
            lacking="Engineers' Guild")


def test_a_named_sides_summary_brings_their_own_quote(app):
    answer = app.answer("How do the union's general secretary and the operator's managing director see the pay offer differently?")
    assert not answer.abstained, answer.text
    assert "Ferriter" in answer.text and "Brodzik" in answer.text, answer.text
    assert "waited long enough" in answer.text or "14%" in answer.text, answer.text
    assert "cutting routes" in answer.text or "6%" in answer.text, answer.text
