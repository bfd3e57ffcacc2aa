"""The plain-RAG baseline: LlamaIndex's defaults over our chunks, to show what whosaid adds.

A `VectorStoreIndex` (in-memory default store) of one TextNode per chunk, embedded with our
own embedder passed explicitly; its default retriever; the top passage is the answer and its
article the only citation. It never abstains and ignores conversation history. No LLM is
involved, and nothing is read from LlamaIndex's global `Settings` that could reach OpenAI.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from llama_index.core import VectorStoreIndex
from llama_index.core.base.embeddings.base import BaseEmbedding
from llama_index.core.schema import TextNode

from index.embeddings_llama import llama_embedding
from index.models import Answer, Chunk, Citation, ScoredChunk, Turn


class Baseline:
    """Answers like a default LlamaIndex retriever would: the nearest passage, cited."""

    system = "baseline"

    def __init__(self, chunks: Sequence[Chunk], embedder: BaseEmbedding):
        self._chunks = {c.id: c for c in chunks}
        nodes = [
            TextNode(
                id_=c.id,
                text=c.text,
                metadata={"article_id": c.article_id},
                # Embed the passage text alone, exactly as whosaid embeds it.
                excluded_embed_metadata_keys=["article_id"],
                excluded_llm_metadata_keys=["article_id"],
            )
            for c in chunks
        ]
        self.index = VectorStoreIndex(nodes, embed_model=llama_embedding(embedder))
        self.retriever = self.index.as_retriever()  # LlamaIndex's default similarity_top_k

    @property
    def k(self) -> int:
        return int(getattr(self.retriever, "_similarity_top_k", 0) or 0)

    @classmethod
    def from_corpus(cls, corpus) -> "Baseline":
        """Over the very chunks and embedder whosaid's corpus uses."""
        return cls(list(corpus.all_chunks()), corpus.embedder)

    def answer(self, question: str, history: Sequence[Turn] = ()) -> Answer:
        started = time.perf_counter()
        hits = self.retriever.retrieve(question)
        retrieved = [
            ScoredChunk(chunk=self._chunks[h.node.node_id], score=float(h.score or 0.0), dense_rank=i)
            for i, h in enumerate(hits, start=1)
        ]
        if not retrieved:
            return Answer(question=question, text="", latency_ms=(time.perf_counter() - started) * 1000)
        top = retrieved[0].chunk
        citation = Citation(n=1, article_id=top.article_id, start=top.start, end=top.end, text=top.text,
                            chunk_id=top.id, paragraph=top.paragraph)
        return Answer(
            question=question,
            text=f"{top.text} [1]",
            citations=[citation],
            retrieved=retrieved,
            path="baseline",
            latency_ms=(time.perf_counter() - started) * 1000,
        )
