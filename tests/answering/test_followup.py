"""Follow-up questions become standalone ones; standalone questions are left alone."""

from __future__ import annotations

import pytest
from fake_openai import fake_openai, llm_settings, reply, status  # noqa: F401

from bot.answering.followup import depends_on_history, rewrite_followup
from bot.llm.client import ChatModel
from index.models import Answer, Turn

TOLLS = Turn(
    "What did Brandt say about tolls?",
    answer_text="Danish Transport Minister Tomas Brandt, visiting Tallinn, said there would not be tolls [1].",
)
WHO_SAID = Turn(
    "Who said that no toll is planned?",
    answer_text="Danish Transport Minister Tomas Brandt said that the setting up of any toll is not planned [1].",
)
MEETING = Turn("Where did Halvorsen and Castellano meet on Friday?", answer_text="They met in Vilnius [1].")


def test_a_pronoun_takes_the_speaker_of_the_previous_question():
    rewritten = rewrite_followup("And what did he say about the ferry plan?", [TOLLS], None)
    assert rewritten == "And what did Brandt say about the ferry plan?"


def test_he_said_that_carries_both_speaker_and_topic():
    rewritten = rewrite_followup("Where was he when he said that?", [TOLLS], None)
    assert rewritten == "Where was Brandt when he said that about tolls?"


def test_the_speaker_comes_from_the_answer_when_the_question_named_nobody():
    rewritten = rewrite_followup("Where was he when he said that?", [WHO_SAID], None)
    assert rewritten == "Where was Tomas Brandt when he said that no toll is planned?"


def test_what_did_he_say_next_names_the_speaker():
    assert rewrite_followup("What did he say next?", [TOLLS], None) == "What did Brandt say next?"


def test_and_what_about_swaps_the_topic():
    rewritten = rewrite_followup("And what about the ferry plan?", [TOLLS], None)
    assert rewritten == "What did Brandt say about the ferry plan?"


def test_and_what_about_a_name_swaps_the_speaker():
    assert rewrite_followup("What about Moreau?", [TOLLS], None) == "What did Moreau say about tolls?"


def test_a_bare_wh_question_is_built_from_speaker_and_topic():
    assert rewrite_followup("When?", [TOLLS], None) == "When did Brandt speak about tolls?"


def test_they_takes_every_speaker_of_the_previous_question():
    assert rewrite_followup("What did they discuss?", [MEETING], None) == "What did Halvorsen and Castellano discuss?"


def test_there_takes_the_place_from_the_previous_turn():
    assert rewrite_followup("What happened there?", [MEETING], None) == "What happened in Vilnius?"


def test_about_it_takes_the_previous_topic():
    assert rewrite_followup("What did Moreau say about it?", [TOLLS], None) == "What did Moreau say about tolls?"


def test_works_for_names_it_has_never_seen():
    history = [Turn("What did Ursula Vandermeer say about fishing quotas?")]
    assert rewrite_followup("And what did she say about tariffs?", history, None) == (
        "And what did Ursula Vandermeer say about tariffs?"
    )


def test_the_latest_turn_wins():
    history = [MEETING, TOLLS]
    assert rewrite_followup("What did he say next?", history, None) == "What did Brandt say next?"


def test_a_rewritten_previous_question_is_used_as_context():
    earlier = Answer(question="And what did he say about the ferry plan?", text="", standalone_question=(
        "And what did Brandt say about the ferry plan?"))
    history = [Turn("And what did he say about the ferry plan?", answer=earlier)]
    assert rewrite_followup("Why did he say that?", history, None) == "Why did Brandt say that about the ferry plan?"


def test_only_the_last_history_turns_are_used():
    history = [TOLLS] + [Turn("How many people live in the town?")] * 3
    assert rewrite_followup("What did he say next?", history, None, max_turns=2) == "What did he say next?"


@pytest.mark.parametrize(
    "question",
    [
        "Who said that no toll is planned?",
        "What did Brandt say when he met Lindqvist?",
        "Is there a toll on the harbour bridge?",
        "How many people live in the town?",
        "Who described the tensions around the harbour bridge as worrisome?",
        "Harbour bridge?",
        "What did Castellano say about his talks with Halvorsen?",
    ],
)
def test_standalone_questions_are_not_rewritten(question):
    assert not depends_on_history(question)
    assert rewrite_followup(question, [TOLLS], None) == question


def test_without_history_nothing_is_rewritten():
    assert rewrite_followup("What did he say next?", [], None) == "What did he say next?"


def test_with_a_model_the_condense_prompt_rewrites(fake_openai, llm_settings):
    fake_openai.push(reply("What did Tomas Brandt say about the ferry plan?"))
    rewritten = rewrite_followup("And what about the ferry plan?", [TOLLS], ChatModel(llm_settings))
    assert rewritten == "What did Tomas Brandt say about the ferry plan?"
    prompt = fake_openai.requests[0]["json"]["messages"][-1]["content"]
    assert "What did Brandt say about tolls?" in prompt and "And what about the ferry plan?" in prompt


def test_with_a_model_standalone_questions_cost_no_request(fake_openai, llm_settings):
    question = "Who said that no toll is planned?"
    assert rewrite_followup(question, [TOLLS], ChatModel(llm_settings)) == question
    assert fake_openai.requests == []


def test_with_a_model_history_is_bounded_by_settings(fake_openai, llm_settings):
    fake_openai.push(reply("What did Brandt say next?"))
    history = [Turn(f"Old question number {i}?") for i in range(10)] + [TOLLS]
    rewrite_followup("What did he say next?", history, ChatModel(llm_settings.with_(answering={"history_turns": 2})))
    prompt = fake_openai.requests[0]["json"]["messages"][-1]["content"]
    assert "Old question number 9?" in prompt and "Old question number 8?" not in prompt


def test_a_failing_model_falls_back_to_the_rules(fake_openai, llm_settings):
    fake_openai.default = status(500, retry_after="0")
    rewritten = rewrite_followup("And what did he say about the ferry plan?", [TOLLS], ChatModel(llm_settings))
    assert rewritten == "And what did Brandt say about the ferry plan?"


def test_they_after_an_answer_about_a_body_becomes_that_body():
    history = [Turn("Who said the bridge was closed for repairs?", None,
                    "The Ruritanian transport ministry claimed that the bridge was closed for repairs [1].")]
    rewritten = rewrite_followup("What did they say about reopening it?", history, None)
    assert "the Ruritanian transport ministry" in rewritten


def test_when_did_he_say_it_carries_the_claim_of_a_who_said_question():
    history = [Turn("Who said the harbour would reopen in May?", None, "Mayor Ana Lima said so [1].")]
    rewritten = rewrite_followup("When did he say it?", history, None)
    assert "harbour would reopen" in rewritten
