"""The bench's embedders: the real one timed and counted, and a stand-in for scale runs."""

from __future__ import annotations

import hashlib
import time

import numpy as np
from pydantic import PrivateAttr

from index.embedder import Embedder


class TimedEmbedder(Embedder):
    """Wraps the real embedder: same model id and vectors; counts texts and time spent embedding."""

    _inner: Embedder = PrivateAttr()
    _texts: list = PrivateAttr(default_factory=list)
    _seconds: float = PrivateAttr(default=0.0)

    def __init__(self, inner: Embedder, **kwargs):
        super().__init__(model_name=f"timed:{inner.model_id}", embed_batch_size=inner.embed_batch_size, **kwargs)
        self._inner = inner

    @classmethod
    def class_name(cls) -> str:
        return "TimedEmbedder"

    @property
    def model_id(self) -> str:
        return self._inner.model_id

    @property
    def seconds(self) -> float:
        return self._seconds

    @property
    def texts(self) -> list[str]:
        return self._texts

    def embed(self, texts, progress=None) -> np.ndarray:
        started = time.perf_counter()
        vectors = self._inner.embed(list(texts))
        self._seconds += time.perf_counter() - started
        self._texts.extend(texts)
        return vectors


def count_tokens(texts: list[str]) -> int:
    """Word pieces the model reads (truncated at 256, [CLS] and [SEP] included): the unit of embedding work."""
    from tokenizers import Tokenizer

    from index.embeddings import ASSETS_DIR, ONNX_MAX_TOKENS

    tokenizer = Tokenizer.from_file(str(ASSETS_DIR / "tokenizer.json"))
    tokenizer.enable_truncation(max_length=ONNX_MAX_TOKENS)
    tokenizer.no_padding()
    return sum(len(e.ids) for i in range(0, len(texts), 4096) for e in tokenizer.encode_batch(texts[i : i + 4096]))


class HashEmbedder(Embedder):
    """A stand-in for scale runs: hashed bag of words, 384 dims, unit length, no model.

    Costs microseconds instead of milliseconds, so a 50,000-article corpus can be indexed
    to measure query latency and memory at that size; it says nothing about ingest time with
    the model, and ranking is lexical, so retrieval quality is not comparable.
    """

    @classmethod
    def class_name(cls) -> str:
        return "HashEmbedder"

    @property
    def model_id(self) -> str:
        return "hash-bow-384"

    def embed(self, texts, progress=None) -> np.ndarray:
        out = np.zeros((len(texts), 384), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                h = int.from_bytes(hashlib.blake2b(word.strip(".,;:!?“”\"'()").encode(), digest_size=4).digest(), "little")
                out[row, h % 384] += 1.0 if h & (1 << 31) else -1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-12)


def llama(embedder):
    """The embedder as LlamaIndex wants it (older whosaid embedders already were BaseEmbeddings)."""
    from llama_index.core.base.embeddings.base import BaseEmbedding

    return embedder if isinstance(embedder, BaseEmbedding) else embedder.as_llama()
