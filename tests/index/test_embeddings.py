"""The embedder: ONNX MiniLM matches sentence-transformers; the OpenAI seam fails helpfully."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np
import pytest

import index.embeddings as embeddings
from index.embeddings import OnnxMiniLMEmbedding, get_embedder
from index.embeddings_openai import OpenAIEndpointEmbedding
from index.errors import ConfigError, LLMError
from index.settings import LLMSettings, Settings, StoreSettings

REFERENCE = json.loads((Path(__file__).resolve().parents[1] / "data" / "reference_embeddings.json").read_text("utf-8"))
SECRET = "sk-test-secret-0123456789abcdef"


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any connection beyond 127.0.0.1 fails the test instead of leaving the machine."""
    real_connect = socket.socket.connect

    def connect(sock, address):
        host = address[0] if isinstance(address, tuple) else address
        if sock.family in (socket.AF_INET, socket.AF_INET6) and host not in ("127.0.0.1", "::1", "localhost"):
            raise AssertionError(f"test tried to reach the network: {address!r}")
        return real_connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", connect)


@pytest.fixture(scope="module")
def onnx() -> OnnxMiniLMEmbedding:
    return get_embedder(Settings(store=StoreSettings(embeddings="onnx")))


def cosine(a, b) -> float:
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))


@pytest.mark.parametrize("item", REFERENCE["items"], ids=lambda item: item["sentence"][:30] or "<empty>")
def test_vector_matches_sentence_transformers_fp32_reference(onnx, item):
    assert cosine(onnx.embed([item["sentence"]])[0], item["vector"]) > 0.98


def test_vectors_are_float32_unit_length_and_384_wide(onnx):
    vectors = onnx.embed([item["sentence"] for item in REFERENCE["items"]])
    assert vectors.dtype == np.float32
    assert vectors.shape == (len(REFERENCE["items"]), 384)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_batching_gives_the_same_vectors_as_one_at_a_time():
    small_batches = OnnxMiniLMEmbedding(embed_batch_size=3)
    sentences = [item["sentence"] for item in REFERENCE["items"]]
    together = small_batches.embed(sentences)
    alone = np.stack([small_batches.embed([s])[0] for s in sentences])
    np.testing.assert_allclose(together, alone, atol=1e-4)


def test_text_far_beyond_256_tokens_is_truncated_not_an_error(onnx):
    long_text = " ".join(f"Minister number {i} said the talks would resume." for i in range(400))
    longer_text = long_text + " An ending that lies far past the 256th token changes nothing."
    first, second = onnx.embed([long_text, longer_text])
    assert cosine(first, second) > 0.9999


def test_empty_string_embeds_to_a_unit_vector(onnx):
    (vector,) = onnx.embed([""])
    assert np.isfinite(vector).all()
    assert abs(np.linalg.norm(vector) - 1.0) < 1e-5


def test_no_texts_give_an_empty_array(onnx):
    assert onnx.embed([]).shape == (0, 384)


def test_paraphrase_is_nearer_than_an_unrelated_sentence(onnx):
    said, paraphrase, unrelated = onnx.embed(
        [
            "Lavrov said the negotiations were constructive.",
            "The Russian foreign minister called the talks constructive.",
            "Heavy rain flooded the football stadium car park.",
        ]
    )
    assert cosine(said, paraphrase) > cosine(said, unrelated) + 0.3


def test_llamaindex_text_and_query_embeddings_are_identical(onnx):
    text = onnx.get_text_embedding("Who said the border would stay closed?")
    query = onnx.get_query_embedding("Who said the border would stay closed?")
    assert isinstance(query, list) and len(query) == 384 and isinstance(query[0], float)
    assert text == query


def test_llamaindex_batch_embedding_matches_the_numpy_path(onnx):
    texts = ["Bayramov met Mirzoyan.", "The ceasefire held.", ""]
    batch = onnx.get_text_embedding_batch(texts)
    np.testing.assert_allclose(np.array(batch, dtype=np.float32), onnx.embed(texts), atol=1e-6)


def test_llamaindex_async_query_embedding_matches_sync(onnx):
    query = "What did Jeyhun Bayramov say in Bakı?"
    assert asyncio.run(onnx.aget_query_embedding(query)) == pytest.approx(onnx.get_query_embedding(query), abs=1e-6)


def test_concurrent_first_use_loads_the_model_once_and_agrees(monkeypatch):
    loads = []
    real_load = embeddings._load_session
    monkeypatch.setattr(embeddings, "_load_session", lambda *args: loads.append(args) or real_load(*args))
    fresh = OnnxMiniLMEmbedding()
    start = threading.Barrier(8)
    results: list[np.ndarray] = [None] * 8  # type: ignore[list-item]

    def worker(i: int) -> None:
        start.wait()
        results[i] = fresh.embed(["Who said the talks would resume?"])[0]

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(loads) == 1
    for vector in results[1:]:
        np.testing.assert_allclose(vector, results[0], atol=1e-6)


def test_get_embedder_returns_one_instance_per_model(onnx):
    assert get_embedder(Settings(store=StoreSettings(embeddings="onnx"))) is onnx
    assert onnx.model_id == "all-MiniLM-L6-v2-int8-matmul"


def test_get_embedder_openai_gives_the_openai_embedder_with_its_own_model_id():
    embedder = get_embedder(Settings(store=StoreSettings(embeddings="openai"), llm=LLMSettings(api_key=SECRET)))
    assert isinstance(embedder, OpenAIEndpointEmbedding)
    assert embedder.model_id == "openai-text-embedding-3-small"
    assert embedder.model_id != OnnxMiniLMEmbedding().model_id


def test_openai_embedder_without_key_or_url_is_a_config_error():
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        OpenAIEndpointEmbedding.from_settings(Settings(store=StoreSettings(embeddings="openai")))


def test_openai_embedder_repr_hides_the_key():
    embedder = OpenAIEndpointEmbedding(api_key=SECRET)
    assert SECRET not in repr(embedder)
    assert SECRET not in json.dumps(embedder.to_payload())


class FakeEmbeddingsServer:
    """An OpenAI-compatible /v1/embeddings on 127.0.0.1 answering `status` with fixed vectors."""

    def __init__(self, status: int = 200):
        self.requests: list[dict] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                outer.requests.append({"body": body, "auth": self.headers.get("Authorization")})
                if status == 200:
                    # Out of order on purpose: the client must sort by index.
                    data = [
                        {"object": "embedding", "index": i, "embedding": [float(i + 1), 1.0, 0.0]}
                        for i in reversed(range(len(body["input"])))
                    ]
                    reply = {"object": "list", "data": data, "model": body["model"], "usage": {"prompt_tokens": 1, "total_tokens": 1}}
                else:
                    reply = {"error": {"message": f"Incorrect API key provided: {SECRET}.", "type": "invalid_request_error"}}
                raw = json.dumps(reply).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def openai_embedder(url: str) -> OpenAIEndpointEmbedding:
    settings = Settings(store=StoreSettings(embeddings="openai"), llm=LLMSettings(api_key=SECRET, base_url=url, max_retries=0))
    return OpenAIEndpointEmbedding.from_settings(settings)


def test_openai_vectors_come_back_in_input_order_normalised_and_batched():
    with FakeEmbeddingsServer() as server:
        embedder = openai_embedder(server.url)
        embedder.embed_batch_size = 2
        vectors = embedder.embed(["first", "", "third"])
    assert [len(r["body"]["input"]) for r in server.requests] == [2, 1]
    assert server.requests[0]["body"]["input"] == ["first", " "]  # empty text sent as a space
    assert server.requests[0]["auth"] == f"Bearer {SECRET}"
    expected = np.array([[1, 1, 0], [2, 1, 0], [1, 1, 0]], dtype=np.float32)
    np.testing.assert_allclose(vectors, expected / np.linalg.norm(expected, axis=1, keepdims=True), atol=1e-6)


def test_openai_rejected_key_becomes_llm_error_that_never_shows_the_key():
    with FakeEmbeddingsServer(status=401) as server:
        with pytest.raises(LLMError) as caught:
            openai_embedder(server.url).get_query_embedding("Who said it?")
    message = str(caught.value)
    assert "OPENAI_API_KEY" in message and "EMBEDDINGS=onnx" in message
    assert SECRET not in message and SECRET[:12] not in message


def test_openai_server_error_quotes_the_server_but_not_the_key():
    with FakeEmbeddingsServer(status=500) as server:
        with pytest.raises(LLMError) as caught:
            openai_embedder(server.url).embed(["Who said it?"])
    assert "HTTP 500" in str(caught.value)
    assert SECRET not in str(caught.value) and SECRET[:12] not in str(caught.value)


def test_openai_unreachable_endpoint_says_to_check_the_base_url():
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(LLMError, match="OPENAI_BASE_URL"):
        openai_embedder(f"http://127.0.0.1:{port}/v1").embed(["Who said it?"])


def test_openai_unreachable_endpoint_names_it_without_the_credentials_in_its_url():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(LLMError) as caught:
        openai_embedder(f"http://me:pa55word-xyz@127.0.0.1:{port}/v1?api-key=query-secret-123").embed(["Who said it?"])
    assert f"127.0.0.1:{port}/v1" in str(caught.value)
    assert "pa55word-xyz" not in str(caught.value) and "query-secret-123" not in str(caught.value)


def test_as_llama_is_a_llamaindex_embedding_with_the_same_vectors(onnx):
    from llama_index.core.base.embeddings.base import BaseEmbedding

    from index.embeddings_llama import llama_embedding

    wrapped = onnx.as_llama()
    assert isinstance(wrapped, BaseEmbedding) and llama_embedding(onnx) is wrapped and llama_embedding(wrapped) is wrapped
    texts = ["Bayramov met Mirzoyan.", "The ceasefire held."]
    np.testing.assert_allclose(np.array(wrapped.get_text_embedding_batch(texts)), onnx.embed(texts), atol=1e-6)
    assert wrapped.get_query_embedding(texts[0]) == pytest.approx(onnx.get_query_embedding(texts[0]), abs=1e-6)


def test_one_length_sort_over_all_texts_keeps_vectors_and_reports_progress():
    sentences = [item["sentence"] for item in REFERENCE["items"]] * 3
    seen = []
    vectors = OnnxMiniLMEmbedding(embed_batch_size=4).embed(sentences, lambda done, total: seen.append((done, total)))
    for item, vector in zip(REFERENCE["items"], vectors):
        assert cosine(vector, item["vector"]) > 0.98
    alone = OnnxMiniLMEmbedding(embed_batch_size=1).embed(sentences[: len(REFERENCE["items"])])
    for a, b in zip(alone, vectors):
        assert cosine(a, b) >= 0.9999
    done = [d for d, _ in seen]
    assert seen[-1] == (len(sentences), len(sentences)) and done == sorted(set(done))
    assert len(seen) >= -(-len(sentences) // 4) and all(b - a <= 4 for a, b in zip([0, *done], done))


def test_long_texts_run_in_smaller_batches_so_a_run_holds_a_bounded_number_of_word_pieces(monkeypatch):
    """Peak memory follows rows x width² of a run: long passages go fewer to a run, short ones
    keep the full batch; the vectors are those of one text at a time."""
    runs: list[tuple[int, int]] = []
    real = OnnxMiniLMEmbedding._run

    def counting(session, encodings):
        runs.append((len(encodings), max(len(e.ids) for e in encodings)))
        return real(session, encodings)

    monkeypatch.setattr(OnnxMiniLMEmbedding, "_run", staticmethod(counting))
    long = [f"The harbour board met on day {i} and " + "the ferry timetable was discussed again, " * 30 for i in range(12)]
    short = [f"The mayor spoke on day {i}." for i in range(40)]
    embedder = OnnxMiniLMEmbedding(embed_batch_size=16)
    vectors = embedder.embed(long + short)
    assert all(rows * width <= embeddings.TOKENS_PER_RUN for rows, width in runs if rows > 1)
    assert any(width > 150 for _, width in runs) and max(rows for rows, _ in runs) == 16
    alone = np.stack([embedder.embed([t])[0] for t in long[:3] + short[:3]])
    for a, b in zip(alone, np.concatenate([vectors[:3], vectors[12:15]])):
        assert cosine(a, b) >= 0.9999
