"""A nickname in quotation marks inside a name ('Mayor Evangelina "Vangie" Soriano') is neither
a quotation nor part of the speaker's name. Invented reports."""

import pytest


@pytest.mark.parametrize("opening", [
    'Mayor Evangelina "Vangie" Soriano said in a statement that the project would bring jobs.',
    'Evangelina “Vangie” Soriano, the mayor, said in a statement that the project would bring jobs.',
])
def test_a_nickname_is_no_quotation_and_no_part_of_the_name(statements, one, opening):
    stmts = statements(opening + '\n\n"No permit has been issued yet," Soriano told reporters on Wednesday.')
    said = one(stmts, "bring jobs")
    assert said.content.startswith("the project") and said.speaker == "Evangelina Soriano"
    assert one(stmts, "No permit").speaker == "Evangelina Soriano"


def test_a_quoted_word_after_a_name_is_still_a_quotation(statements, one):
    stmts = statements('Tomas Reyes called the plan "Madness" in a post. "It will drown the bay," Reyes said.')
    assert one(stmts, "drown the bay").speaker == "Tomas Reyes"
