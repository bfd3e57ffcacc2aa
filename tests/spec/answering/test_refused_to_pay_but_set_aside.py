""""Why did the council refuse to pay for a cleanup of the canal?" where the council "has set aside
£40,000 for an emergency clean-up": the money set aside is the payment the premise denies (event
phrases of "pay"), and what is paid for ("a cleanup", written "clean-up") picks the sentence, not one
where letters "had been received" (the converse of paying, of something else). A refusal told is
explained."""

import pytest

from tests.spec.answering.asks import answers

CANAL = """Title: Boaters angry over weed-choked canal at Thrushley
Date: 2026-06-18

Boat owners at Thrushley wharf say the canal has been impassable for a month because of floating weed.

Speaking on Radio Thrushley yesterday, the council leader, Cllr Amabel Rookwood, said the council had set aside £40,000 for an emergency clean-up of the canal and the wharf, starting on Monday.

The boaters' club says it wrote to the council twice asking it to pay for the canal to be cleared. Asked about that, the council leader said the letters had been received and that the council had been "working on the canal behind the scenes".
"""

REFUSED = """Title: Council will not fund Brindlecombe pond dredging
Date: 2026-06-18

Brindlecombe parish council refused on Tuesday to pay for a cleanup of the village pond, saying the landowner was responsible for dredging it.
"""


@pytest.fixture(scope="module")
def canal(app_over):
    with app_over("canal.txt", CANAL) as app:
        yield app


@pytest.fixture(scope="module")
def refused(app_over):
    with app_over("pond.txt", REFUSED) as app:
        yield app


def test_money_set_aside_corrects_a_refusal_to_pay(canal):
    answers(canal, "Why did the council refuse to pay for a cleanup of the canal?", "set aside £40,000",
            starting="The articles do not say so", lacking="letters")


def test_a_refusal_to_pay_told_is_explained(refused):
    answers(refused, "Why did Brindlecombe parish council refuse to pay for a cleanup of the pond?", "landowner",
            lacking="do not say so")
