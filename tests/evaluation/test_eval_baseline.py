"""The plain LlamaIndex baseline: default retriever over our chunks, top passage as the answer."""

import pytest
from llama_index.core import Settings as LlamaSettings
from llama_index.core.constants import DEFAULT_SIMILARITY_TOP_K

from bot.evaluation.baseline import Baseline
from index.models import Turn

PESKOV = "004_6cec359ea448f784.txt"


@pytest.fixture(scope="module")
def baseline(whosaid_app):
    return Baseline.from_corpus(whosaid_app.corpus)


def test_every_chunk_is_indexed(baseline, whosaid_app):
    assert len(baseline.index.docstore.docs) == len(whosaid_app.corpus.all_chunks())


def test_retriever_keeps_llamaindex_default_top_k(baseline):
    answer = baseline.answer("Who said the tensions were worrisome?")
    assert baseline.k == DEFAULT_SIMILARITY_TOP_K == len(answer.retrieved)


def test_answer_is_the_top_passage_with_its_article_cited(baseline):
    answer = baseline.answer("Who said the tensions were worrisome?")
    top = answer.retrieved[0].chunk
    assert answer.text == f"{top.text} [1]" and [c.article_id for c in answer.citations] == [top.article_id]


def test_quoted_sentence_retrieves_its_article(baseline):
    answer = baseline.answer("We do find the current tensions around the Lachin Corridor worrisome")
    assert answer.citations[0].article_id == PESKOV


def test_never_abstains(baseline):
    assert baseline.answer("What did Turkish President Erdogan say about the corridor?").abstained is False


def test_history_is_ignored(baseline):
    history = [Turn(question="Who is Peskov?", answer_text="The Kremlin spokesman [1].")]
    assert baseline.answer("Where was he?", history).text == baseline.answer("Where was he?").text


def test_never_resolves_llamaindex_global_llm_or_embedder(monkeypatch, whosaid_app):
    # Resolving either global would fall back to OpenAI: building and querying must not touch them.
    monkeypatch.setattr(LlamaSettings, "_llm", None)
    monkeypatch.setattr(LlamaSettings, "_embed_model", None)
    Baseline.from_corpus(whosaid_app.corpus).answer("Who said it?")
    assert LlamaSettings._llm is None and LlamaSettings._embed_model is None
