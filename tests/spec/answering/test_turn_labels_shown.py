"""A cited transcript turn is shown with its label as the attribution, not inside the quoted words:
"[00:02:10] CLLR DAVIES: We meet on the fourth." used to be printed as it stands (timestamp and all),
and "Ms OKORO: ..." after "Grace Okoro, on ...:" named her twice. A dateline ("PORT ELLIS: ...") or a
rating label is no turn and stays."""

from datetime import date

import pytest

from bot.answering.shown import shown, shown_for
from index.models import Article, Statement

from tests.spec.answering.apps import app_fixture

PODCAST = """The Potting Shed, episode 41: hedges, hosepipes and a rent row

[00:00:12] HOST: Welcome back. With me today is Councillor Ellen Davies, who chairs the parks committee.

[00:00:40] CLLR DAVIES: Thanks for having me. The committee wants to raise the water charge for every plot from 20 pounds to 32 pounds.

[00:01:15] HOST: And when does the committee decide?

[00:01:22] CLLR DAVIES: We meet on the fourth of June, and I expect a long evening.

[00:02:05] HOST: Plot holders say the taps have been broken since last summer.

[00:02:20] CLLR DAVIES: That is fair. The contractor has been told to repair every tap by the end of April.
"""


def _article(text: str) -> Article:
    return Article(id="a1", text=text, title="t", published=date(2025, 5, 2))


def _statement(speaker: str, start: int, end: int) -> Statement:
    return Statement("s1", "a1", speaker, speaker, "said", "", "direct", start, end,
                     when_start=date(2025, 5, 2), date_basis="publication")


def test_a_timestamped_turn_is_shown_under_its_speaker():
    text = "[00:02:10] CLLR DAVIES: We meet on the fourth."
    line = shown(text, None, _article(text), "what", 0)
    assert line == "Cllr Davies: We meet on the fourth."


def test_a_labelled_turn_the_ledger_gives_its_speaker_names_them_once():
    text = "Ms OKORO: We will publish the audit in full."
    line = shown(text, _statement("Grace Okoro", 0, len(text)), _article(text), "what", 0)
    assert line.startswith("Grace Okoro") and "OKORO:" not in line and line.endswith("We will publish the audit in full.")


def test_a_house_label_with_seat_and_clock_names_them_once():
    text = "Mr HALE (Ashby East) (10:42): My question is to the Treasurer."
    line = shown(text, _statement("Tom Hale", 0, len(text)), _article(text), "what", 0)
    assert line.startswith("Tom Hale") and "(10:42)" not in line and line.endswith("My question is to the Treasurer.")


@pytest.mark.parametrize("text", [
    "PORT ELLIS: The state will spend more on flood walls.",
    "VERDICT: Mostly false.",
])
def test_a_dateline_or_a_rating_label_stays(text):
    assert shown(text, None, _article(text), "what", 0).endswith(text)


def test_a_sentence_without_a_label_is_shown_as_before():
    text = "The contractor has been told to repair every tap."
    assert shown(text, None, _article(text), "what", 0) == text


podcast = app_fixture("potting_shed_41.txt", PODCAST)


@pytest.mark.parametrize("question, words", [
    ("What has the contractor been told to do about the taps?", "repair every tap"),
    ("What does the committee want to do with the water charge?", "32 pounds"),
])
def test_an_answer_from_a_turn_shows_no_timestamp_or_label(podcast, question, words):
    answer = podcast.answer(question)
    assert not answer.abstained and words in answer.text, answer.text
    assert "[00:" not in answer.text and "CLLR DAVIES:" not in answer.text, answer.text
    assert "Davies" in answer.text, answer.text


def test_a_bridge_sentence_shows_its_label_as_the_person_found():
    assert shown_for("Mr HALE (Ashby East) (10:42): On a point of order.", "Mr Hale") == "Mr Hale: On a point of order."
    assert shown_for("PORT ELLIS: Floods hit the town.", "Mr Hale") == "PORT ELLIS: Floods hit the town."


@pytest.mark.parametrize("text", ["TQ: The first in autumn.", "T.Q.: The first in autumn."])
def test_an_initials_label_of_the_ledger_s_speaker_names_them_once(text):
    line = shown(text, _statement("Tobias Quarnstrom", 0, len(text)), _article(text), "what", 0)
    assert line.startswith("Tobias Quarnstrom") and "TQ" not in line and "T.Q." not in line, line
    assert line.endswith("The first in autumn.")
