"""A follow-up's he/she is the person the previous answer names, even when the question only described them."""

from bot.answering.followup import rewrite_followup
from index.models import Turn


def test_she_is_the_person_the_previous_answer_names():
    history = [Turn("Who is the harbour master?", answer_text="Ilse Marwick, who has run the port since 2019 [1].")]
    assert rewrite_followup("What did she say about the pier?", history) == "What did Ilse Marwick say about the pier?"


def test_a_body_named_first_is_not_taken_for_the_person():
    history = [Turn("What did the forecaster say about the wind?",
                    answer_text="Kettle Weather Service forecaster Ana Dobre said gusts would reach 50 mph [1].")]
    assert "Ana Dobre" in rewrite_followup("Did she warn about rain?", history)
