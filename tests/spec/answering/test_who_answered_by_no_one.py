"""A who-question whose best sentences name no one (no person, no body, no job, no speaker the
ledger found: only the thing the question names, and an "I" or "we" left unnamed) is not answered by
them: the articles do not say who. Invented articles in two styles: a chair's annual statement and
a parish newsletter."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers, declines

ARTICLES = {
    "chair.txt": """Pellbrook Glass plc
Annual Report 2024

Chair's Statement

It has been a year of two halves for Pellbrook Glass. Sales fell by 9 per cent in the first six months as gas prices forced us to idle our second furnace, but the second half brought a recovery that I did not expect when I wrote to you last year.

I will step down as chair at the annual general meeting in May 2025 after eight years on the Board.

Marit Lindahl-Okoro
Chair
20 March 2025
""",
    "parish.txt": """ST WENNA'S PARISH NEWS
Sunday 2nd March 2025

Churchwarden Hilda Trevanion reports that the organ fund has reached £8,200. The organ will be restored by a builder from Exeter in the autumn.

The boiler failed again on Thursday and has been repaired. We are grateful for everyone's patience.
""",
}

app = articles_fixture(ARTICLES)


def test_who_will_replace_the_chair_is_not_answered_by_a_sentence_naming_no_one(app):
    declines(app, "Who will replace the chair of Pellbrook Glass?")


def test_who_repaired_the_boiler_is_not_answered_by_a_sentence_naming_no_one(app):
    declines(app, "Who repaired the boiler at St Wenna's?")


def test_a_who_question_whose_sentence_names_the_person_is_still_answered(app):
    answers(app, "Who reports that the organ fund has reached £8,200?", "Trevanion")
