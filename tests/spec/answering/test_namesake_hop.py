""""What job does the man who shares a surname with the <role> do?": the role finds its person, the
namesake is the one other person of that article with the same surname, and the question is asked
about the namesake by name (a sentence naming them cited first)."""

import pytest

from tests.spec.answering.asks import answers

ARTICLE = """River erosion eats a village school

By a staff reporter

Published 4 June 2026

Sandbags lie stacked on the bank at Dighirpar. Jamal Hossain Mridha, chief engineer of the district's embankment division, said 30,000 bags had been placed since May. He admitted the work had started late.

Ward councillor Nasima Begum said the school would move to a neighbour's yard.

Union council chairman Rafiq Uddin Mridha, who is not related to the engineer, said 250 families had lost their homes this season. He disputed the lower estimate given by the district office.
"""


@pytest.fixture(scope="module")
def app(app_over):
    with app_over("erosion.txt", ARTICLE) as whosaid:
        yield whosaid


def test_the_namesake_of_a_role_is_the_other_person_of_that_surname(app):
    answers(app, "What job does the man who shares a surname with the union council chairman do?", "chief engineer")


def test_two_people_of_one_surname_are_two_people_of_the_article():
    from index.article_people import read_people

    people = {p.name: p for p in read_people(ARTICLE)}
    chair = next(p for n, p in people.items() if n.endswith("Rafiq Uddin Mridha"))
    engineer = next(p for n, p in people.items() if n.endswith("Jamal Hossain Mridha"))
    assert chair is not engineer
    assert "chairman" in chair.description and "chairman" not in engineer.description


def test_a_name_after_a_sentences_last_word_is_read_without_it():
    from index.article_people import read_people

    assert "Jamal Hossain Mridha" in {p.name for p in read_people(ARTICLE)}  # "... at Dighirpar. Jamal Hossain Mridha, ..."


def test_an_abbreviated_title_before_a_name_is_not_a_sentences_end():
    from index.article_people import read_people

    text = "The story quoted Coun. Anton Wexley, who represents the Elm ward, as saying the deal was fair."
    wexley = next(p for p in read_people(text) if p.name == "Anton Wexley")
    assert "councillor" in wexley.description, wexley
