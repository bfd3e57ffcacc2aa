"""A verb joined by "but" to a negated one is not negated with it: a sentence about another matter
("The tribunal does not rest on the logs alone, but finds that ...") does not deny what a question
asks ("when did the coach find out"), and is not lifted as the premise's correction. Sentences invented."""

from bot.answering.predicate import happened


def test_a_verb_after_but_is_not_negated_in_a_ruling():
    assert happened("The tribunal does not rest on the server logs alone, but finds that they, with the "
                    "witness accounts, prove the breach.", "find") == "yes"


def test_a_verb_after_but_is_not_negated_in_news_copy():
    assert happened("The ferry operator did not cancel the crossing but delayed it by two hours.", "delay") == "yes"


def test_a_verb_joined_by_or_stays_negated():
    assert happened("The minister did not sign or ratify the fishing accord.", "ratify") == "negated"
