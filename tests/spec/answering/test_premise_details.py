"""A why-question whose premise has a detail the article contradicts (a figure that belongs to
something else) or never gives (a qualifier it never writes) is corrected from the article,
citing what it does say, instead of being answered as if the premise held."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers


PAY = """Bus drivers in Carrow vote to strike over pay

By Ines Mardle | 3 June 2025

CARROW - The Carrow Transit Workers' Union said on Monday that its members had voted to strike after pay talks with the city's bus operator broke down for the second time this spring.

The union is demanding a 14% rise over two years, arguing that drivers' pay has fallen behind inflation since 2021. The operator has offered 6%.

Its managing director, Halina Brodzik, said the offer was fair. "Anything more would mean cutting routes," she said.
"""

COURT = """Depot manager jailed for fuel card thefts

By Ruth Anselm | 12 September 2025

A FORMER bus depot manager who stole fuel cards worth £48,000 from his employer has been jailed for three years.

Gerald Ostby, 51, admitted nine counts of theft at Carrow Crown Court. Judge Ian Colter said the sentence reflected "a deliberate and sustained breach of trust".

Ostby's lawyer said he had repaid £5,000 and was deeply ashamed.
"""


pay = app_fixture("carrow_pay.txt", PAY)
court = app_fixture("depot_theft.txt", COURT)


def test_a_figure_that_belongs_to_the_other_side_is_corrected(pay):
    answers(pay, "Why did the operator raise its offer to 14%?", "6%", starting="The articles do not say")


def test_a_figure_the_article_gives_for_the_thing_is_not_corrected(pay):
    answer = pay.answer("Why is the union demanding a 14% rise?")
    assert not answer.text.startswith("The articles do not say"), answer.text


def test_a_qualifier_the_article_never_writes_is_corrected_with_what_happened(court):
    answers(court, "Why did the judge give Ostby a suspended sentence?", "three years",
            starting="The articles do not say")
