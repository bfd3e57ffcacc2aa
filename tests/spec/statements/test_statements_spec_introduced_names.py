"""A one-word name introduced after a noun of a person ("a welder called Joris", "a rider named
Sunday", "a trader who gave her name only as Blessing") is someone a "he" or "she" after it
stands for. Invented reports."""

import pytest


@pytest.mark.parametrize("intro, pronoun, name", [
    ("I asked one of them, a welder called Anders, what he was proudest of.", "He", "Anders"),
    ("We spoke to a rider named Monday at the junction.", "He", "Monday"),
    ("A trader who gave her name only as Precious was angry.", "She", "Precious"),
    ("One driver, who simply identified himself as Kojo, waited by the gate.", "He", "Kojo"),
])
def test_a_pronoun_after_an_introduced_one_word_name_is_that_person(statements, one, intro, pronoun, name):
    stmts = statements(f"The Harlow market reopened on Monday after the flood.\n\n"
                       f'{intro} {pronoun} said, "We lost two weeks of trade."')
    assert one(stmts, "two weeks of trade").speaker == name


def test_a_thing_called_by_a_name_is_no_person(statements, one):
    stmts = statements('The council opened a new bridge called Harmony on Monday. "It took six years," he said.')
    assert one(stmts, "six years").speaker != "Harmony"
