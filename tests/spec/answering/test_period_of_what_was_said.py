"""A question's month ("how many nights in December") bounds when a statement was made, except
for a sentence that itself names that month: what it tells is of that time, though it was said
later ("on nine nights in December", said on air in January). Invented article."""

import pytest

from tests.spec.answering.apps import app_fixture

ARTICLE = """---
title: Night shifts at Dunmore clinic
published: 2026-01-14
---

The Dunmore clinic will shut its night ward from April, its board said on Tuesday.

The night ward has been short of nurses after midnight since the spring, and agency staff have filled the rota on most weekends.

"On nine nights in December we had no nurse on the ward after midnight. That is not safe," said Dr Aoife Keane, the clinic's director.

"Not one of the night nurses knows where they will be working in April," said Councillor Rory Boyle. "Nobody asked them."
"""


app = app_fixture("clinic.md", ARTICLE)


@pytest.mark.parametrize(
    "question, expected",
    [
        ("On how many nights in December did Dr Keane say there was no nurse on the ward?", "nine nights"),
        ("Who said none of the night nurses knew where they would be working in April?", "Boyle"),
    ],
)
def test_a_sentence_naming_the_month_asked_is_not_ruled_out_by_when_it_was_said(app, question, expected):
    answer = app.answer(question)
    assert not answer.abstained and expected in answer.text, answer.text
