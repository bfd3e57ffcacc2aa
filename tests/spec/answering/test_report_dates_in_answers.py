"""A statement with no time of its own carries the report's date: answers say 'reported on', never
'said on', and a quote that is only part of what was said keeps the speaker's own words around it."""

from index.models import Turn

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import replies

ARTICLE = """---
title: Harwell council backs ferry subsidy
date: 2024-11-14
outlet: Harwell Gazette
---

Harwell's council voted on Tuesday to keep the island ferry subsidy for another year.

Councillor Benedikt Amsel, who opposes the plan, said the money would be better spent on the bus network.

Mayor Odile Pranter called the subsidy "a lifeline, not a luxury".
"""


app = app_fixture("ferry.md", ARTICLE)


def test_when_a_statement_has_no_time_of_its_own_the_answer_says_so(app):
    first = app.answer("What did Benedikt Amsel say?")
    assert "bus network" in first.text and not first.abstained
    when = app.answer("When did he say it?", history=[Turn("What did Benedikt Amsel say?", answer_text=first.text)])
    assert "14 November 2024" in when.text
    assert "reported" in when.text and "said this on 14 November" not in when.text


def test_a_partial_quote_is_not_shown_as_the_whole_of_what_was_said(app):
    replies(app, "What did the mayor say about the subsidy?", "lifeline, not a luxury",
            lacking=("called: ", "\u201cthe subsidy"))
