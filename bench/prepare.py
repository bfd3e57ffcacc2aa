"""Before the timed ingests: each system's texts to embed, real embedding speed on a sample of
them, and the shared cache filled so that the timed ingests measure everything but embedding.

    python -m bench.prepare --corpus DIR --cache FILE [--sample 256]

Prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def whosaid_texts(corpus: Path) -> list[str]:
    """The passages whosaid embeds: its own chunks of each article."""
    from index.articles import find_article_files, load_article
    from index.chunking import chunk_article

    return [c.text for f in find_article_files([corpus]) for c in chunk_article(load_article(f, f.name, None))]


def baseline_texts(corpus: Path) -> list[str]:
    """What LlamaIndex's defaults embed: SentenceSplitter nodes with their metadata header."""
    from llama_index.core import SimpleDirectoryReader
    from llama_index.core.node_parser import SentenceSplitter
    from llama_index.core.schema import MetadataMode

    documents = SimpleDirectoryReader(str(corpus)).load_data(show_progress=False)
    nodes = SentenceSplitter().get_nodes_from_documents(documents)
    return [n.get_content(metadata_mode=MetadataMode.EMBED) for n in nodes]


def main() -> None:
    from bench.embed_cache import CachedEmbedder, embedding_throughput
    from index.embeddings import OnnxMiniLMEmbedding

    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--sample", type=int, default=256)
    parser.add_argument("--embedder", choices=["onnx", "hash"], default="onnx")
    args = parser.parse_args()
    real = OnnxMiniLMEmbedding()  # what get_embedder(settings) returns for EMBEDDINGS=onnx
    cached = CachedEmbedder(real, args.cache)
    out: dict = {}
    for system, texts in (("whosaid", whosaid_texts(args.corpus)), ("baseline", baseline_texts(args.corpus))):
        sample = random.Random(0).sample(texts, min(args.sample, len(texts)))
        rate = embedding_throughput(real, sample)
        rate["words_per_text"] = sum(len(t.split()) for t in sample) / max(len(sample), 1)
        started = time.perf_counter()
        before = cached.stats["misses"]
        if args.embedder == "onnx":  # with the stand-in, ingest embeds for itself (microseconds)
            for i in range(0, len(texts), 2048):  # in parts: an interrupted run keeps what it embedded
                cached.embed(texts[i : i + 2048])
        out[system] = {
            "texts": len(texts),
            "sample": rate,
            "cache_fill": {"embedded": cached.stats["misses"] - before, "seconds": time.perf_counter() - started},
        }
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(out))


if __name__ == "__main__":
    main()
