"""Our embedders as LlamaIndex `BaseEmbedding`s, for the code that hands one to LlamaIndex.

Apart from index/embeddings.py so that only that code imports llama_index.core (about a
second of imports): the question-answering path never needs it.
"""

from __future__ import annotations

import asyncio
from typing import Any

from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr


class LlamaEmbedding(BaseEmbedding):
    """Delegates to one of our `Embedder`s: same vectors, and LlamaIndex never falls back to OpenAI."""

    _inner: Any = PrivateAttr(default=None)

    @classmethod
    def wrapping(cls, inner) -> "LlamaEmbedding":
        wrapper = cls(model_name=inner.model_id, embed_batch_size=inner.embed_batch_size)
        wrapper._inner = inner
        return wrapper

    @classmethod
    def class_name(cls) -> str:
        return "WhosaidEmbedding"

    @property
    def inner(self):
        return self._inner

    @property
    def model_id(self) -> str:
        return self._inner.model_id

    def embed(self, texts: list[str], progress=None):
        return self._inner.embed(texts, progress)

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._inner.embed([query])[0].tolist()

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._inner.embed([text])[0].tolist()

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._inner.embed(list(texts)).tolist()

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return await asyncio.to_thread(self._get_query_embedding, query)

    async def _aget_text_embedding(self, text: str) -> list[float]:
        return await asyncio.to_thread(self._get_text_embedding, text)

    async def _aget_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return await asyncio.to_thread(self._get_text_embeddings, texts)


def llama_embedding(embedder) -> BaseEmbedding:
    """A BaseEmbedding for LlamaIndex: the embedder itself if it already is one."""
    return embedder if isinstance(embedder, BaseEmbedding) else embedder.as_llama()
