"""A follow-up's he/she is the person the previous answer names by an honorific and surname alone
("Lord Ashgrove.", "Dr Okri, the chair."), as court summaries and transcripts name them."""

from bot.answering.followup import rewrite_followup
from index.models import Turn


def test_a_surname_with_its_honorific_is_the_person_meant():
    history = [Turn("Who dissented in the appeal?", answer_text="Lord Ashgrove.")]
    assert rewrite_followup("What did he fear the ruling would lead to?", history) == \
        "What did Lord Ashgrove fear the ruling would lead to?"
    history = [Turn("Who chaired the inquiry?", answer_text="Dr Okri, the chair.")]
    assert rewrite_followup("What did she say?", history) == "What did Dr Okri say?"


def test_a_body_is_not_taken_for_a_person():
    history = [Turn("Who ran the inquiry?", answer_text="The council [1].")]
    assert rewrite_followup("What did she say?", history) == "What did she say?"
