"""A job asked by other words than the article's title: "the opposition health spokesman" is the
"Shadow Minister of Health" (a two-word job its role group names by two other words, the field
written between them), and "the union pay negotiator" is one person's description, not the union."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

STORY = """Clinic staff warning as commuting costs climb

PORT ELLERY, 14 May 2026 — The island's only clinic could lose a quarter of its staff by winter, members were told on Tuesday.

The Shadow Minister of Health, Oskar Lindfeldt, said the clinic would lose nurses who could no longer afford to commute. He said the shortage was caused by the fare rises of recent years.

Harbour Users chair Benedikta Crane said members would meet next week.
"""

story = app_fixture("island_clinic_staff.txt", STORY)


def test_opposition_spokesman_is_the_shadow_minister(story):
    answers(story, "Who is the opposition health spokesman?", "Lindfeldt", lacking="Crane")


def test_what_the_opposition_spokesman_on_a_field_said(story):
    answers(story, "What did the opposition spokesman on health say about nurses?", "Lindfeldt", "nurses")


def test_a_body_word_before_a_field_and_a_job_is_one_description():
    from bot.answering.question import analyse

    q = analyse("When did the union pay negotiator speak?")
    assert q.role_phrase == "the union pay negotiator", q.role_phrase


def test_a_verb_before_people_ends_the_body_description():
    from bot.answering.question import analyse

    q = analyse("Why did the island ferry company blame hackers for the outage?")
    assert q.role_phrase == "the island ferry company", q.role_phrase
