"""A follow-up's he/she after a question that named the person only by office ("What did
Estonia's deputy minister say about ...?" / "She said ...") is that office phrase, so retrieval
and the speaker aliases find the person's statements; "a spokeswoman" is no one in particular."""

from bot.answering.followup import rewrite_followup
from index.models import Turn


def test_the_office_phrase_of_the_previous_question_stands_for_the_pronoun():
    history = [Turn("What did Estonia's deputy minister say about the quotas?", answer_text="She said the quotas ignored small boats.")]
    assert rewrite_followup("Which two villages did she name?", history) == "Which two villages did Estonia's deputy minister name?"
    history = [Turn("What did the chief biologist tell delegates?", answer_text="She said the survey was incomplete.")]
    assert rewrite_followup("What else did she say?", history) == "What else did the chief biologist say?"


def test_an_unnamed_source_or_a_question_without_a_speaker_is_not_carried():
    history = [Turn("What did a spokeswoman say?", answer_text="She said the survey was incomplete.")]
    assert rewrite_followup("What else did she say?", history) == "What else did she say?"
    history = [Turn("When did the storm reach the coast?", answer_text="On Monday.")]
    assert rewrite_followup("What did she say?", history) == "What did she say?"
