"""Follow-up questions become standalone ones; standalone questions are left alone."""

from __future__ import annotations

import pytest
from fake_openai import fake_openai, llm_settings, reply, status  # noqa: F401

from bot.answering.followup import depends_on_history, rewrite_followup
from bot.llm.client import ChatModel
from index.models import Answer, Turn

CHECKPOINTS = Turn(
    "What did Lavrov say about checkpoints?",
    answer_text="Russian Foreign Minister Sergey Lavrov, visiting Baku, said there would not be checkpoints [1].",
)
WHO_SAID = Turn(
    "Who said that no checkpoint is envisioned?",
    answer_text="Russian Foreign Minister Sergey Lavrov said that the setting up of any checkpoint is not envisioned [1].",
)
MEETING = Turn("Where did Putin and Pashinyan meet on Friday?", answer_text="They met in Bishkek [1].")


def test_a_pronoun_takes_the_speaker_of_the_previous_question():
    rewritten = rewrite_followup("And what did he say about the EU mission?", [CHECKPOINTS], None)
    assert rewritten == "And what did Lavrov say about the EU mission?"


def test_he_said_that_carries_both_speaker_and_topic():
    rewritten = rewrite_followup("Where was he when he said that?", [CHECKPOINTS], None)
    assert rewritten == "Where was Lavrov when he said that about checkpoints?"


def test_the_speaker_comes_from_the_answer_when_the_question_named_nobody():
    rewritten = rewrite_followup("Where was he when he said that?", [WHO_SAID], None)
    assert rewritten == "Where was Sergey Lavrov when he said that no checkpoint is envisioned?"


def test_what_did_he_say_next_names_the_speaker():
    assert rewrite_followup("What did he say next?", [CHECKPOINTS], None) == "What did Lavrov say next?"


def test_and_what_about_swaps_the_topic():
    rewritten = rewrite_followup("And what about the EU mission?", [CHECKPOINTS], None)
    assert rewritten == "What did Lavrov say about the EU mission?"


def test_and_what_about_a_name_swaps_the_speaker():
    assert rewrite_followup("What about Peskov?", [CHECKPOINTS], None) == "What did Peskov say about checkpoints?"


def test_a_bare_wh_question_is_built_from_speaker_and_topic():
    assert rewrite_followup("When?", [CHECKPOINTS], None) == "When did Lavrov speak about checkpoints?"


def test_they_takes_every_speaker_of_the_previous_question():
    assert rewrite_followup("What did they discuss?", [MEETING], None) == "What did Putin and Pashinyan discuss?"


def test_there_takes_the_place_from_the_previous_turn():
    assert rewrite_followup("What happened there?", [MEETING], None) == "What happened in Bishkek?"


def test_about_it_takes_the_previous_topic():
    assert rewrite_followup("What did Peskov say about it?", [CHECKPOINTS], None) == "What did Peskov say about checkpoints?"


def test_works_for_names_it_has_never_seen():
    history = [Turn("What did Ursula Vandermeer say about fishing quotas?")]
    assert rewrite_followup("And what did she say about tariffs?", history, None) == (
        "And what did Ursula Vandermeer say about tariffs?"
    )


def test_the_latest_turn_wins():
    history = [MEETING, CHECKPOINTS]
    assert rewrite_followup("What did he say next?", history, None) == "What did Lavrov say next?"


def test_a_rewritten_previous_question_is_used_as_context():
    earlier = Answer(question="And what did he say about the EU mission?", text="", standalone_question=(
        "And what did Lavrov say about the EU mission?"))
    history = [Turn("And what did he say about the EU mission?", answer=earlier)]
    assert rewrite_followup("Why did he say that?", history, None) == "Why did Lavrov say that about the EU mission?"


def test_only_the_last_history_turns_are_used():
    history = [CHECKPOINTS] + [Turn("How many people live in the region?")] * 3
    assert rewrite_followup("What did he say next?", history, None, max_turns=2) == "What did he say next?"


@pytest.mark.parametrize(
    "question",
    [
        "Who said that no checkpoint is envisioned?",
        "What did Lavrov say when he met Bayramov?",
        "Is there a checkpoint on the Lachin corridor?",
        "How many people live in the region?",
        "Who described the tensions around the Lachin Corridor as worrisome?",
        "Lachin corridor?",
        "What did Pashinyan say about his talks with Putin?",
    ],
)
def test_standalone_questions_are_not_rewritten(question):
    assert not depends_on_history(question)
    assert rewrite_followup(question, [CHECKPOINTS], None) == question


def test_without_history_nothing_is_rewritten():
    assert rewrite_followup("What did he say next?", [], None) == "What did he say next?"


def test_with_a_model_the_condense_prompt_rewrites(fake_openai, llm_settings):
    fake_openai.push(reply("What did Sergey Lavrov say about the EU mission?"))
    rewritten = rewrite_followup("And what about the EU mission?", [CHECKPOINTS], ChatModel(llm_settings))
    assert rewritten == "What did Sergey Lavrov say about the EU mission?"
    prompt = fake_openai.requests[0]["json"]["messages"][-1]["content"]
    assert "What did Lavrov say about checkpoints?" in prompt and "And what about the EU mission?" in prompt


def test_with_a_model_standalone_questions_cost_no_request(fake_openai, llm_settings):
    question = "Who said that no checkpoint is envisioned?"
    assert rewrite_followup(question, [CHECKPOINTS], ChatModel(llm_settings)) == question
    assert fake_openai.requests == []


def test_with_a_model_history_is_bounded_by_settings(fake_openai, llm_settings):
    fake_openai.push(reply("What did Lavrov say next?"))
    history = [Turn(f"Old question number {i}?") for i in range(10)] + [CHECKPOINTS]
    rewrite_followup("What did he say next?", history, ChatModel(llm_settings.with_(history_turns=2)))
    prompt = fake_openai.requests[0]["json"]["messages"][-1]["content"]
    assert "Old question number 9?" in prompt and "Old question number 8?" not in prompt


def test_a_failing_model_falls_back_to_the_rules(fake_openai, llm_settings):
    fake_openai.default = status(500, retry_after="0")
    rewritten = rewrite_followup("And what did he say about the EU mission?", [CHECKPOINTS], ChatModel(llm_settings))
    assert rewritten == "And what did Lavrov say about the EU mission?"


def test_they_after_an_answer_about_a_body_becomes_that_body():
    history = [Turn("Who said the bridge was closed for repairs?", None,
                    "The Ruritanian transport ministry claimed that the bridge was closed for repairs [1].")]
    rewritten = rewrite_followup("What did they say about reopening it?", history, None)
    assert "the Ruritanian transport ministry" in rewritten


def test_when_did_he_say_it_carries_the_claim_of_a_who_said_question():
    history = [Turn("Who said the harbour would reopen in May?", None, "Mayor Ana Lima said so [1].")]
    rewritten = rewrite_followup("When did he say it?", history, None)
    assert "harbour would reopen" in rewritten
