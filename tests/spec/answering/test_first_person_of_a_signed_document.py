"""A first-person sentence of a document signed at its end ("I will step down as chair ..." above
"NAME / Chair") that the ledger holds as no statement is still the signer's: a who-question is
answered with the signer's name, the sentence cited; an unsigned page's "I" names no one. Invented
articles: a chair's annual statement and a head of service's year-end message."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

ARTICLES = {
    "chair.txt": """Pellbrook Glass plc
Annual Report 2024

Chair's Statement

It has been a year of two halves for Pellbrook Glass. Sales fell by 9 per cent in the first six months, but the second half brought a recovery.

I will step down as chair at the annual general meeting in May 2025 after eight years on the Board. It has been a privilege to serve you.

Marit Lindahl-Okoro
Chair
20 March 2025
""",
    "service.txt": """Northvale Library Service: a message to readers

The mobile library will stop calling at the outlying villages from April, after thirty years on the road.

I have decided to move the two mobile librarians to the new hub at Carrick Cross, where they will run a home delivery service instead.

Ottilie Brennan-Vasse
Head of Library Services
""",
}

app = articles_fixture(ARTICLES)


def test_who_steps_down_is_the_signer_of_the_statement(app):
    answers(app, "Who will step down as chair at the annual general meeting?", "Lindahl-Okoro")


def test_who_decided_to_move_the_librarians_is_the_signer(app):
    answers(app, "Who decided to move the mobile librarians to the new hub?", "Brennan-Vasse")
