""""How many beds did the hostel have?", "How much money does the club have in its reserve?": the verb
asks only what is held, which a text tells by counting the thing ("the 36 beds upstairs", "reserve
is €14,300"), never with "have". Such a count answers whatever its verb, in a scanned clipping or
in a club's meeting notes; a news story that never counts the thing asked is still declined."""

import pytest

from tests.spec.answering.asks import answers, declines

CLIPPING = """[Scanned from microfilm. Text recognised automatically.]

THE DUNWARREN GAZETTE, Thursday, March 4, 1971

HOSTEL ON QUAYSIDE TO SHUT

ORRELSBY'S seamen's hostel on
Tarrant Quay, which has stood since
1898, is to close, the
Harbour Trust decided yesterday.

Much of the protest was over the
dormitories, the 36 narrow beds
upstairs which, the Trust's own
figures show, were let on 4,100
nights last year.

The warden, Mr. Osric Quillfeather,
said the Trust had never asked
the men who sleep there.
"""

NOTES = """# Committee meeting — spring

**Date:** April 2, 2026 7:30 PM
**Attendees:** @Bryony Kestell (chair) @Yseult Orloff (treasurer)

## 1. Money

- Yseult: reserve is €14,300, so the new nets can be bought outright.
- Bryony: wants a quote from two suppliers first.
"""

NEWS = """Title: Quayside hostel to close in May
Date: 2026-03-05

The Velmor Street hostel, which opened in 1994, will close in May, its trustees said on Wednesday.

Trustee Ilse Dunstrell said the building needed a new roof and the charity could no longer pay for it.
"""


@pytest.fixture(scope="module")
def clipping(app_over):
    with app_over("clipping.txt", CLIPPING) as app:
        yield app


@pytest.fixture(scope="module")
def notes(app_over):
    with app_over("notes.md", NOTES) as app:
        yield app


@pytest.fixture(scope="module")
def news(app_over):
    with app_over("news.txt", NEWS) as app:
        yield app


def test_a_count_of_the_thing_tells_how_many_were_held(clipping):
    answers(clipping, "How many beds did the seamen's hostel have?", "36")


def test_a_sum_tells_how_much_money_is_held(notes):
    answers(notes, "How much money does the club have in its reserve?", "14,300")


def test_a_story_counting_nothing_asked_is_declined(news):
    declines(news, "How many beds did the Velmor Street hostel have?")
