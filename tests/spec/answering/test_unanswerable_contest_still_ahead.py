"""A question about the outcome of a contest (a match, a race, an election) that the article
tells only as ahead ("two days before Saturday's cup tie", "ahead of Sunday's race"): the
articles do not report the score or the winner. Where the article reports the result, it is
answered."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines


PREVIEW = """Six talking points from Dermot Crean's pre-match briefing

Published 6 March 2025

HARBURY - Harbury Town manager Dermot Crean spoke to reporters at the club's training ground on Thursday, two days before Saturday's cup tie against Lenwick Athletic.

Crean said winger Ola Bankole would miss the tie with a hamstring strain. "He is gutted, but we have cover," he said.

The club said 4,100 tickets for the tie had been sold.
"""

RACE = """Rowers ready for river race

Published 28 March 2025

Crews from both universities took their final outings on the Tamar on Friday ahead of Sunday's race, which is expected to draw 20,000 spectators to the banks.

Coach Imke Valk said her crew had "never been fitter".
"""

RESULT = """Harbury Town through after cup tie win

Published 9 March 2025

Harbury Town beat Lenwick Athletic 3-1 in Saturday's cup tie, with two goals from Kwame Ofori. The final score flattered Lenwick, manager Dermot Crean said.
"""


preview = app_fixture("harbury_preview.txt", PREVIEW)
race = app_fixture("tamar_race.txt", RACE)
result = app_fixture("harbury_result.txt", RESULT)


def test_the_score_of_a_tie_a_preview_puts_ahead_is_not_answered(preview):
    declines(preview, "What was the final score in the cup tie between Harbury Town and Lenwick Athletic?")


def test_the_winner_of_a_race_still_ahead_is_not_answered(race):
    declines(race, "Which crew was the winner of the race on the Tamar?")


def test_the_score_reported_is_answered(result):
    answers(result, "What was the final score in the cup tie between Harbury Town and Lenwick Athletic?", "3-1")
