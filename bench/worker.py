"""One measurement in a fresh process, so cold start and peak memory are each system's own.

    python -m bench.worker {whosaid|baseline} {ingest|query} --corpus DIR --data DIR \
        --cache FILE --questions FILE [--profile FILE]
    python -m bench.worker both latency --data DIR ...   (DIR holds whosaid/ and baseline/)

Prints one JSON line. `started_at` (wall clock, set by the parent just before it started
this process) makes cold start "new process to first answer".
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import resource
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BASELINE_COLLECTION = "baseline"


def _settings(data: Path):
    from index.settings import load_settings

    env = {"WHOSAID_DATA": str(data), "WHOSAID_SEEDS": str(data / "no-seeds"), "WHOSAID_MODE": "extractive"}
    for key in ("CHROMA_HOST", "CHROMA_PORT"):
        env.pop(key, None)
    return load_settings(env=env, dotenv_path=Path("/nonexistent"))


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def dir_size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file()) / 1e6


class StageTimer:
    """Wall time per ingest stage, by wrapping the functions the corpus calls."""

    def __init__(self):
        self.seconds: dict[str, float] = defaultdict(float)

    def wrap(self, owner, name: str, stage: str) -> None:
        real = getattr(owner, name)
        timer = self

        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return real(*args, **kwargs)
            finally:
                timer.seconds[stage] += time.perf_counter() - started

        setattr(owner, name, timed)


# -- whosaid ---------------------------------------------------------------------------
def whosaid_ingest(args) -> dict:
    import index.corpus as corpus_mod
    from bot.service import Whosaid

    timer = StageTimer()
    timer.wrap(corpus_mod, "plan_ingest", "read + clean + plan")
    timer.wrap(corpus_mod, "chunk_article", "chunk")
    timer.wrap(corpus_mod, "_extract_statements", "extract statements")
    timer.wrap(corpus_mod, "_store_statements", "store statements")
    timer.wrap(corpus_mod.VectorStore, "add", "chroma add")
    timer.wrap(corpus_mod.Corpus, "_build_sparse", "bm25 build + save")
    app = Whosaid(_settings(args.data), seed=False)
    cached = _ingest_embedder(args, app.corpus.embedder)
    app.corpus.embedder = cached
    started = time.perf_counter()
    report = app.ingest([args.corpus])
    seconds = time.perf_counter() - started
    stages = dict(timer.seconds)
    stages["embedding (cache misses)"] = cached.stats["embed_seconds"]
    n_chunks = app.corpus.vectors.count()
    app.close()
    return {
        "articles": len(report.added), "chunks": n_chunks, "texts_embedded": n_chunks, "seconds": seconds,
        "embed_seconds": cached.stats["embed_seconds"], "cache": cached.stats, "stages": stages,
        "index_mb": dir_size_mb(args.data), "peak_rss_mb": _peak_rss_mb(),
    }


def _ingest_embedder(args, real):
    """Ingests take vectors from the shared cache, or from the stand-in in --embedder hash runs."""
    from bench.embed_cache import CachedEmbedder, HashEmbedder

    if args.embedder == "hash":
        return CachedEmbedder(HashEmbedder(model_name="hash"), args.cache.with_name("hash-unused.sqlite3"),
                              store=False)
    return CachedEmbedder(real, args.cache)


def _query_embedder(args, real):
    from bench.embed_cache import HashEmbedder

    return HashEmbedder(model_name="hash") if args.embedder == "hash" else real


def whosaid_query(args, questions: list[dict]) -> dict:
    from bot.service import Whosaid

    app = Whosaid(_settings(args.data), seed=False)
    app.corpus.embedder = _query_embedder(args, app.corpus.embedder)
    first = app.answer(questions[0]["question"])
    first_at = time.time()
    out = {"cold_start_s": first_at - args.started_at, "first_answer_ms": first.latency_ms}
    latencies, retrieve_ms, hits = [], [], 0
    for q in questions:  # warm-up round
        app.answer(q["question"])
    for _ in range(args.rounds):
        for q in questions:
            t = time.perf_counter()
            answer = app.answer(q["question"])
            latencies.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            app.corpus.retrieve(q["question"])
            retrieve_ms.append((time.perf_counter() - t) * 1000)
    for q in questions:
        answer = app.answer(q["question"])
        cited = {c.article_id for c in answer.citations}
        hits += q["article"] in cited
    out.update(_latency_stats(latencies), retrieve_p50_ms=statistics.median(retrieve_ms))
    out.update(found_source=hits / len(questions), paths=_paths(app, questions))
    if args.profile:
        out["profile"] = _profile(lambda: [app.answer(q["question"]) for q in questions], args.profile)
    out["peak_rss_mb"] = _peak_rss_mb()
    app.close()
    return out


def _paths(app, questions) -> dict:
    counts: dict[str, int] = defaultdict(int)
    for q in questions:
        counts[app.answer(q["question"]).path or "?"] += 1
    return dict(counts)


# -- baseline: plain LlamaIndex over Chroma --------------------------------------------
def _baseline_store(data: Path):
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from llama_index.vector_stores.chroma import ChromaVectorStore

    client = chromadb.PersistentClient(path=str(data / "chroma"), settings=ChromaSettings(anonymized_telemetry=False))
    return ChromaVectorStore(chroma_collection=client.get_or_create_collection(BASELINE_COLLECTION))


def baseline_ingest(args) -> dict:
    from llama_index.core import SimpleDirectoryReader, StorageContext, VectorStoreIndex

    from index.embeddings import get_embedder

    cached = _ingest_embedder(args, get_embedder(_settings(args.data)))
    started = time.perf_counter()
    documents = SimpleDirectoryReader(str(args.corpus)).load_data(show_progress=False)
    storage = StorageContext.from_defaults(vector_store=_baseline_store(args.data))
    index = VectorStoreIndex.from_documents(documents, storage_context=storage, embed_model=cached)
    seconds = time.perf_counter() - started
    n_nodes = index.vector_store._collection.count()
    return {
        "articles": len(documents), "chunks": n_nodes, "texts_embedded": n_nodes, "seconds": seconds,
        "embed_seconds": cached.stats["embed_seconds"], "cache": cached.stats,
        "index_mb": dir_size_mb(args.data), "peak_rss_mb": _peak_rss_mb(),
    }


def baseline_query(args, questions: list[dict]) -> dict:
    from llama_index.core import VectorStoreIndex

    from index.embeddings import get_embedder

    embedder = _query_embedder(args, get_embedder(_settings(args.data)))  # the very model object whosaid uses
    index = VectorStoreIndex.from_vector_store(_baseline_store(args.data), embed_model=embedder)
    retriever = index.as_retriever()
    retriever.retrieve(questions[0]["question"])
    first_at = time.time()
    out = {"cold_start_s": first_at - args.started_at}
    latencies = []
    for q in questions:
        retriever.retrieve(q["question"])
    for _ in range(args.rounds):
        for q in questions:
            t = time.perf_counter()
            retriever.retrieve(q["question"])
            latencies.append((time.perf_counter() - t) * 1000)
    hits = 0
    for q in questions:
        names = {Path(n.node.metadata.get("file_name", "")).name for n in retriever.retrieve(q["question"])}
        hits += q["article"] in names
    out.update(_latency_stats(latencies), found_source=hits / len(questions), peak_rss_mb=_peak_rss_mb())
    return out


# -- both in one process: warm latency, interleaved ------------------------------------
def interleaved_latency(args, questions: list[dict]) -> dict:
    """Warm latency of both systems asked alternately, so machine load hits both alike."""
    from llama_index.core import VectorStoreIndex

    from bot.service import Whosaid

    app = Whosaid(_settings(args.data / "whosaid"), seed=False)
    app.corpus.embedder = _query_embedder(args, app.corpus.embedder)
    index = VectorStoreIndex.from_vector_store(_baseline_store(args.data / "baseline"), embed_model=app.corpus.embedder)
    retriever = index.as_retriever()
    systems = {
        "whosaid answer": lambda q: app.answer(q),
        "whosaid retrieval": lambda q: app.corpus.retrieve(q),
        "baseline retrieval": lambda q: retriever.retrieve(q),
    }
    ms: dict[str, list[float]] = {name: [] for name in systems}
    for q in questions:  # warm-up
        for fn in systems.values():
            fn(q["question"])
    names = list(systems)
    for r in range(args.rounds):
        for i, q in enumerate(questions):
            turn = (r * len(questions) + i) % len(names)
            for name in names[turn:] + names[:turn]:  # rotate who goes first
                started = time.perf_counter()
                systems[name](q["question"])
                ms[name].append((time.perf_counter() - started) * 1000)
    return {name: _latency_stats(values) for name, values in ms.items()}


# -- helpers ---------------------------------------------------------------------------
def _latency_stats(ms: list[float]) -> dict:
    ordered = sorted(ms)
    return {
        "p50_ms": statistics.median(ordered),
        "p95_ms": ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))],
        "samples": len(ordered),
    }


def _profile(fn, path: Path, top: int = 30) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    fn()
    profiler.disable()
    buf = io.StringIO()
    pstats.Stats(profiler, stream=buf).strip_dirs().sort_stats("cumulative").print_stats(top)
    Path(path).write_text(buf.getvalue())
    return str(path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("system", choices=["whosaid", "baseline", "both"])
    parser.add_argument("phase", choices=["ingest", "query", "latency"])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--questions", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--started-at", type=float, default=None)
    parser.add_argument("--profile", type=Path, default=None)
    parser.add_argument("--embedder", choices=["onnx", "hash"], default="onnx")
    args = parser.parse_args()
    args.started_at = args.started_at or time.time()
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    questions = json.loads(args.questions.read_text())
    if args.phase == "latency":
        result = interleaved_latency(args, questions)
    elif args.phase == "ingest":
        result = whosaid_ingest(args) if args.system == "whosaid" else baseline_ingest(args)
    else:
        result = whosaid_query(args, questions) if args.system == "whosaid" else baseline_query(args, questions)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
