"""The embedder seam: text -> unit vectors, offline (ONNX MiniLM) or an OpenAI-compatible endpoint.

Every embedder has a numpy fast path, `embed(texts)`, and a `model_id` that names the vector
collection, so vectors of two models never mix; `index.embeddings.get_embedder(settings)`
chooses one. They speak LlamaIndex's embedding calls (`get_text_embedding`...) without
importing it: importing llama_index.core costs about a second, which `whosaid ask` should not
pay. Where LlamaIndex itself needs a `BaseEmbedding`, `embedder.as_llama()` gives one (never
its OpenAI default).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

# Texts per ONNX run, after one length sort of everything to embed. Measured on 4,000 bench
# passages (bench/embeddings.py): smaller batches pad less and keep the attention tensors small
# (peak memory); below 16 the per-call overhead starts to show. See docs/bench.md.
ONNX_BATCH = 16


class Embedder(BaseModel):
    """Text -> unit vectors with a numpy fast path; queries and passages are embedded alike."""

    model_config = ConfigDict(validate_assignment=True, protected_namespaces=())
    model_name: str = "unknown"
    embed_batch_size: int = Field(default=ONNX_BATCH, gt=0, le=2048)
    _llama: Any = PrivateAttr(default=None)

    @classmethod
    def class_name(cls) -> str:
        return cls.__name__

    def to_payload(self) -> dict[str, Any]:
        """What may be logged about this embedder (never a key)."""
        return {"class_name": self.class_name(), "model_name": self.model_name, "model_id": self.model_id}

    def as_llama(self):
        """This embedder as a LlamaIndex `BaseEmbedding` (imports LlamaIndex; made once)."""
        if self._llama is None:
            from index.embeddings_llama import LlamaEmbedding

            self._llama = LlamaEmbedding.wrapping(self)
        return self._llama

    @property
    def model_id(self) -> str:
        """Names the vector collection: two models' vectors must never share one."""
        raise NotImplementedError

    def embed(self, texts: list[str], progress: Callable[[int, int], None] | None = None) -> np.ndarray:
        """Unit vectors, float32, shape (len(texts), dim), in the order given; `progress(done, total)`."""
        raise NotImplementedError

    # LlamaIndex's embedding calls, for code that speaks them.
    def get_query_embedding(self, query: str) -> list[float]:
        return self.embed([query])[0].tolist()

    def get_text_embedding(self, text: str) -> list[float]:
        return self.embed([text])[0].tolist()

    def get_text_embedding_batch(self, texts: list[str], **_: Any) -> list[list[float]]:
        return self.embed(list(texts)).tolist()

    # The work is CPU-bound (ONNX) or a blocking HTTP call: run it off the event loop. (asyncio is
    # imported by the caller's loop already; a `whosaid ask` never imports it.)
    async def aget_query_embedding(self, query: str) -> list[float]:
        import asyncio

        return await asyncio.to_thread(self.get_query_embedding, query)

    async def aget_text_embedding(self, text: str) -> list[float]:
        import asyncio

        return await asyncio.to_thread(self.get_text_embedding, text)

    async def aget_text_embedding_batch(self, texts: list[str], **_: Any) -> list[list[float]]:
        import asyncio

        return await asyncio.to_thread(self.get_text_embedding_batch, texts)


def _normalise(vectors: np.ndarray) -> np.ndarray:
    # As torch.nn.functional.normalize (sentence-transformers' Normalize): x / max(|x|, 1e-12).
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.maximum(norms, 1e-12)).astype(np.float32, copy=False)


def normalise(vectors: np.ndarray) -> np.ndarray:
    # As torch.nn.functional.normalize (sentence-transformers' Normalize): x / max(|x|, 1e-12).
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.maximum(norms, 1e-12)).astype(np.float32, copy=False)
