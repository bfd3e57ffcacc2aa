"""A job asked with its body in the possessive ("the group's treasurer", "the council's finance
director") that the article never reports is not answered with another of that body's people.

"The group's treasurer" is the group's, not a "group" job as "the lighthouse keeper" is the
lighthouse's: the body names whose job it is, and an article that names the group but no treasurer
does not report its treasurer. "The council's finance director" is no leader of the council: an
article with the council leader but no word of finance does not report its finance director. The
jobs the article does report are still answered."""

import pytest

from bot.answering.roles import _compound_job
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines, table

COUNCIL = """Ferrowby council shuts two swimming pools

Halvard Pennick, Local Democracy Reporter
Friday 14 November 2025

Ferrowby Borough Council voted on Thursday to shut the swimming pools at Dunnock Road and Quillan Park from March.

Council leader Ottilie Brascombe said the decision was "hard but necessary" because running costs had doubled since 2021.

Campaign group Keep Ferrowby Swimming had collected 2,100 signatures against the closures. Its chair, Lorcan Fettiplace, said the group would ask for a review.
"""

council = app_fixture("ferrowby_pools.txt", COUNCIL)


@pytest.mark.parametrize("phrase, head, body", [("the group's treasurer", "treasur", "group"),
                                                ("the campaign's organiser", "organis", "campaign")])
def test_a_possessive_body_is_no_thing_of_the_job(phrase, head, body):
    assert (body,) not in _compound_job(phrase, head)


test_unreported_jobs_decline = table(declines, [
    ask("council", "Who is the group's treasurer?", id="a_treasurer_never_named"),
    ask("council", "Who is the council's finance director?", id="a_field_director_is_no_leader"),
    ask("council", "What did the council's finance director say about the closures?", id="what_a_field_director_said"),
])

test_reported_jobs_answer = table(answers, [
    ask("council", "Who is the group's chair?", "Fettiplace", id="the_chair_named"),
    ask("council", "Who is the council's leader?", "Brascombe", id="the_leader_named"),
    ask("council", "Who leads the council?", "Brascombe", id="the_leader_by_verb"),
    ask("council", "What did the council leader say about the closures?", "hard but necessary", id="the_leader_said"),
])
