"""The LLM path against a real model: Gemma 3 270M (a base model) served by llama.cpp on 127.0.0.1.

The model is far too weak to answer well, so these tests assert the plumbing and the
guarantees, whatever it writes: the request is made, streaming works, the answer is labelled,
nothing uncited or unsupported reaches the user, a timeout falls back in time. Generation is
kept short (OPENAI_MAX_TOKENS) because every token costs CPU on a shared machine.
"""

from __future__ import annotations

import re
import time

import httpx
import pytest
from conftest import make_settings
from llm_fixtures import SPEC, local_model, spec_dir  # noqa: F401

from bot.llm.sentences import split_sentences
from bot.llm.client import ChatModel
from bot.llm.prompts import record_date
from bot.service import Whosaid
from bot.answering.sources import format_date

QUESTION = "What did Okonkwo say about the bridge?"
LABELLED = {"llm", "ledger-fallback", "extractive-fallback"}


def settings_for(spec_dir, url: str, **extra: str):
    env = {"OPENAI_BASE_URL": url, "OPENAI_MODEL": "gemma-3-270m", "OPENAI_TIMEOUT": "90",
           "OPENAI_MAX_RETRIES": "0", "OPENAI_MAX_TOKENS": "40", "WHOSAID_TOP_K": "3"}
    return make_settings(spec_dir, WHOSAID_SEEDS=str(SPEC), **{**env, **extra})


@pytest.fixture
def app(spec_dir, local_model):
    app = Whosaid(settings_for(spec_dir, local_model))
    yield app
    app.close()


def prompt_tokens_served(url: str) -> float:
    """llama.cpp's count of prompt tokens it has processed (its Prometheus metrics)."""
    text = httpx.get(url.removesuffix("/v1") + "/metrics", timeout=10).text
    return float(re.search(r"^llamacpp:prompt_tokens_total (\S+)$", text, re.M).group(1))


def evidence_of(app, article_id: str) -> str:
    """Everything a cited sentence may draw names and numbers from: the article, its outlet,
    title and date, and the ledger's records of its statements."""
    article = app.article(article_id)
    records = [f"{st.speaker} {st.where or ''} {record_date(st)}" for st in app.corpus.ledger().statements_for_article(article_id)]
    return "\n".join([article.text, article.title or "", article.outlet or "", format_date(article.published), *records])


def assert_every_sentence_cited_and_supported(app, answer) -> None:
    assert answer.path in LABELLED and answer.notice
    if answer.path != "llm":
        return
    for sentence in split_sentences(answer.text):
        marks = [int(n) for n in re.findall(r"\[(\d+)\]", sentence)]
        assert marks and all(1 <= n <= len(answer.citations) for n in marks), sentence
        body = re.sub(r"\[\d+\]", "", sentence)
        sources = "\n".join(evidence_of(app, answer.citations[n - 1].article_id) for n in marks)
        for token in re.findall(r"\d[\d,.]*\d|\d|(?<!^)\b[A-Z][a-z]+", body.strip()):
            assert token in sources, f"{token!r} of {sentence!r} is in none of its sources"
    for c in answer.citations:
        assert app.article(c.article_id).text[c.start : c.end] == c.text


def test_streaming_from_the_real_server_arrives_in_pieces(spec_dir, local_model):
    model = ChatModel(settings_for(spec_dir, local_model, OPENAI_MAX_TOKENS="12"))
    try:
        pieces = list(model.stream([{"role": "user", "content": "Say hello."}]))
    finally:
        model.close()
    assert len(pieces) > 1 and "".join(pieces).strip()


def test_the_model_is_asked_and_its_answer_is_labelled_and_verified(app, local_model):
    before = prompt_tokens_served(local_model)
    answer = app.answer(QUESTION)
    assert prompt_tokens_served(local_model) > before  # the request reached the model
    assert "could not be used" not in (answer.notice or "")
    assert_every_sentence_cited_and_supported(app, answer)


def test_a_streamed_answer_shows_only_what_survives_verification(app, local_model):
    shown: list[str] = []
    answer = app.answer("Who said that ferry fares would rise in April?", on_token=shown.append)
    assert_every_sentence_cited_and_supported(app, answer)
    assert "".join(shown) == (answer.text if answer.path == "llm" else "")


# Last: the server goes on with the abandoned request for a while after the client gives up.
def test_a_timeout_falls_back_within_the_timeout_plus_one_second(spec_dir, local_model):
    app = Whosaid(settings_for(spec_dir, local_model, OPENAI_TIMEOUT="0.5"))
    try:
        app.corpus.retrieve(QUESTION, 3)  # warm: what is measured is the wait for the model, not loading
        started = time.monotonic()
        answer = app.answer(QUESTION)
        elapsed = time.monotonic() - started
    finally:
        app.close()
    assert elapsed < 0.5 + 1.0
    assert answer.path == "ledger-fallback" and "could not be used" in answer.notice
