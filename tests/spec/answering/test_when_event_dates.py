"""A when-question is answered by the date the sentence gives the question's event, also when the
event is named by a noun ("the closures take effect on July 1"), before a sentence that names the
event but dates another one ("voted on Wednesday to approve a plan that closes ...")."""

from tests.spec.answering.apps import app_fixture


ARTICLE = """---
title: Tolvern trustees approve pool closures
published: 2025-09-18
---

Tolvern's leisure trust voted on Wednesday to approve a savings plan that shuts two public swimming pools and cuts gym opening hours.

Trust chair Miriam Oduya said the board had "run out of alternatives."

The pool shutdowns will take effect on November 30, the trust said. Reduced gym hours start in October.
"""


app = app_fixture("pools.md", ARTICLE)


def test_when_takes_the_date_of_the_event_named_by_a_noun(app):
    answer = app.answer("When will the pools shut?")
    assert not answer.abstained and "November 30" in answer.citations[0].text, answer.text


def test_a_date_belongs_to_the_verb_it_modifies():
    from bot.answering.event_dates import date_owner

    assert date_owner("The board voted on Wednesday to approve a plan that shuts two pools.", "shut") == "other"
    assert date_owner("The pool shutdowns will take effect on November 30.", "shut") == "event"
    assert date_owner("The pools will shut.", "shut") == "none"
