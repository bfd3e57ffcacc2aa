"""Questions the article plausibly could answer but does not: the nearest sentence on the topic
is no answer when it lacks what was asked (a new person for "who", money for "how much did it
cost", a statement of the person described for "what did the coach say")."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines, table

ARTICLE = """Kestrel Rovers sack manager after cup defeat

LEEDBRIDGE, March 9 (Reuters) - Kestrel Rovers dismissed manager Oskar Lindqvist on Sunday, a day after a 3-0 home defeat by Harlan Athletic knocked the club out of the county cup.

The club's board is considering three candidates to replace Lindqvist, according to two people familiar with the matter.

Chairman Rupert Vane said the decision had been "painful but necessary". "Oskar gave this club everything, but results are results," he told the club's website.

Harlan Athletic will play Dunmore Town in the final at Castle Park on April 12.

The club said the new stadium roof, paid for by a supporters' fund, would be finished in time for next season; the fund has raised about 40% of its target.
"""


app = app_fixture("rovers.txt", ARTICLE)


test_declines = table(declines, [
    ask("app", "Who did the board appoint to replace Oskar Lindqvist?",
        id="who_is_not_answered_by_a_sentence_naming_only_the_questions_own_people"),
    ask("app", "What did the Dunmore Town coach say about the final?",
        id="a_described_person_who_is_never_quoted_said_nothing"),
    ask("app", "How much did the supporters' fund pay for the stadium roof?",
        id="how_much_money_is_not_answered_by_a_share"),
])


def test_the_described_person_who_is_quoted_answers(app):
    answers(app, "What did the chairman say about the decision?", "painful but necessary")
