""""Where would the storage firm put the choir's piano?" asks with a modal of what is to be: "Dalby
Storage will put the piano in a unit near Osterby" answers it (the parser may read "put" as a past
tense; the question's "would" says it is not). Every article is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

THREAD = """Subject: Piano - where next?

From: Ivo Grant <ivo.grant@wenlowchoir.org>
Sent: Tuesday, February 3, 2026 8:05 PM
To: Wenlow Choir Committee
Subject: Piano - where next?

I rang round today. Dalby Storage will put the piano in a heated unit near Osterby for £40 a month, plus £90 to move it. The church hall said they have no room.

Ivo
"""

thread = app_fixture("thread.txt", THREAD)


def test_a_modal_question_is_answered_by_what_will_be_done(thread):
    answers(thread, "where would the storage firm put the choir's piano", "Osterby")
