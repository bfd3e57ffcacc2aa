"""A why-question that puts an act in one season ("why is she retiring in the summer") where the
asked article puts it in another ("this winter is her last", "until the end of March"): the answer
says the articles do not say so and cites the sentence that gives the other time. Asked the season
the article gives, it is answered."""

from bot.answering.premise_season import _other_time
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

TRANSCRIPT = """The last ferryman on the Quillow crossing

Broadcast 14 November 2026

For forty years the Quillow crossing has had one ferryman. This winter is his last.

PRESENTER: Osric Fenwelle has rowed the crossing since 1986. Osric Fenwelle says he will keep the ferry running through the frost, until the end of February.

FENWELLE: My knees are done. The river is not kind to knees.

PRESENTER: The parish has asked for volunteers to take over the ferry once he retires. None has come forward.

PRESENTER: A student, Lenka Brodowa, spent a week on the boat with Fenwelle in the summer.
"""

transcript = app_fixture("quillow_ferry_transcript.txt", TRANSCRIPT)


def test_retiring_in_the_summer_is_corrected_by_the_winter_the_article_gives(transcript):
    answers(transcript, "why is osric fenwelle retiring in the summer", "winter", starting="The articles do not say")


def test_the_season_the_article_gives_is_answered(transcript):
    answers(transcript, "Why is Osric Fenwelle retiring this winter?", lacking="The articles do not say")


def test_a_month_bound_contradicts_a_season_in_either_hemisphere():
    summer = _other_time("summer")
    assert summer.search("She will keep taking calls until the end of March.")
    assert summer.search("The crossing runs over the winter.")
    assert not summer.search("She will keep taking calls until the end of July.")  # summer in the north
    assert not summer.search("She will keep taking calls until the end of January.")  # summer in the south
    assert not summer.search("He said in March that it was too soon.")  # a date of saying, not a bound
    assert _other_time("spring").search("The works last until mid-July.")


SIGNING = """Tarrow Vale sign goalkeeper

Tarrow Vale have signed the goalkeeper Benedek Oszlany from Hollin Rovers.

Oszlany signed in July after his Hollin Rovers contract ran out.

Oszlany will stay on loan at Hollin Rovers until the end of March, manager Petronel Quist said.
"""

signing = app_fixture("tarrow_vale_signing.txt", SIGNING)


def test_a_month_of_the_asked_season_with_the_act_keeps_the_premise(signing):
    answers(signing, "Why did Benedek Oszlany sign for Tarrow Vale in the summer?", lacking="The articles do not say")
