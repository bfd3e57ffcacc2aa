""""Who said the cafes could keep going indoors until two in the morning?": the minister's quote
said mid-quote ('"Nobody is shutting anyone," Mr X said. "Inside, behind closed doors, you can carry
on until two as you do now."') answers, not another speaker's sentence sharing "two in the morning"
word for word. "keep going" is said as "carry on", "indoors" as "inside" / "behind closed doors".
Every article here is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

DAILY = """THE BELLMOOR COURIER
Bellmoor's daily newspaper

Local News | Wednesday 11th March 2026 | 07:05

Quay cafes face midnight cut-off for pavement tables

By Perpetua Waldron

Cafes on the Gullwing Quay will have to take in their pavement tables at midnight from the start of
the summer, under rules announced by the Government yesterday.

The Minister for Ports and Licensing, the Hon Lucian Carbonell, said the rules would give "some quiet"
to the families living above the quay.

"Nobody is shutting anyone," Mr Carbonell said. "Inside, behind closed doors, you can carry on until two
as you do now. What stops at midnight is the tables on the quay."

Osric Tregorran, secretary of the Quay Residents' Association, called the rules long overdue.

"It is not the cafes we mind. It is the singing at two in the morning on a Tuesday," he said.
"""

app = app_fixture("quay.txt", DAILY)


def test_the_quote_in_other_words_answers_who(app):
    answers(app, "who said quay cafes could keep going indoors until two in the morning", "Lucian Carbonell",
            lacking="Tregorran")


def test_keep_going_and_indoors_are_said_otherwise():
    from bot.answering.paraphrase import paraphrased, paraphrases_in
    from bot.answering.terms import stems

    said = "Inside, behind closed doors, you can carry on until two as you do now."
    found = paraphrases_in("who said the cafes could keep going indoors")
    assert sum(paraphrased(p, said, frozenset(stems(said))) for p in found) == 2
