"""One measurement in a fresh process, so peak memory and cold start are each system's own.

    python -m bench.worker {whosaid|baseline} ingest --corpus DIR --data DIR [--embedder hash]
    python -m bench.worker {whosaid|baseline} query  --data DIR --questions FILE [--profile FILE]
    python -m bench.worker baseline cold --data DIR --questions FILE
    python -m bench.worker both latency --data DIR --questions FILE  (DIR holds whosaid/ and baseline/)

Prints one JSON line. Ingests embed for real (or with the stand-in, `--embedder hash`);
nothing is estimated. `--started-at` (wall clock, set by the parent just before it started
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
        real = getattr(owner, name, None)
        if real is None:  # an older whosaid without this stage
            return
        timer = self

        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return real(*args, **kwargs)
            finally:
                timer.seconds[stage] += time.perf_counter() - started

        setattr(owner, name, timed)


def _embedder(args, real):
    from bench.embedders import HashEmbedder, TimedEmbedder

    return TimedEmbedder(HashEmbedder(model_name="hash") if args.embedder == "hash" else real)


def _ingest_result(timed, articles: int, chunks: int, seconds: float, data: Path) -> dict:
    from bench.embedders import count_tokens

    texts = timed.texts
    return {
        "articles": articles, "chunks": chunks, "seconds": seconds, "texts_embedded": len(texts),
        "tokens_embedded": count_tokens(texts), "embed_seconds": timed.seconds,
        "index_mb": dir_size_mb(data), "peak_rss_mb": _peak_rss_mb(),
    }


# -- whosaid ---------------------------------------------------------------------------
def whosaid_ingest(args) -> dict:
    import index.corpus as corpus_mod
    from bot.service import Whosaid

    timer = StageTimer()
    timer.wrap(corpus_mod, "plan_ingest", "read + clean + plan")
    timer.wrap(corpus_mod, "chunk_article", "chunk")
    timer.wrap(corpus_mod, "_extract_statements", "extract statements")  # (older whosaid)
    timer.wrap(corpus_mod, "_extract_all", "extract statements")
    timer.wrap(corpus_mod, "_store_statements", "store statements")
    timer.wrap(corpus_mod.VectorStore, "add", "chroma add")
    timer.wrap(corpus_mod.Corpus, "_build_sparse", "bm25")
    timer.wrap(corpus_mod.Corpus, "_update_sparse", "bm25")
    app = Whosaid(_settings(args.data), seed=False)
    timed = _embedder(args, app.corpus.embedder)
    app.corpus.embedder = timed
    started = time.perf_counter()
    report = app.ingest([args.corpus])
    seconds = time.perf_counter() - started
    out = _ingest_result(timed, len(report.added), app.corpus.vectors.count(), seconds, args.data)
    out["stages"] = {**timer.seconds, "embedding": timed.seconds}
    app.close()
    return out


def whosaid_query(args, sets: dict) -> dict:
    from bot.service import Whosaid

    app = Whosaid(_settings(args.data), seed=False)
    app.corpus.embedder = _query_embedder(args, app.corpus.embedder)
    app.answer(sets["warmup"][0]["question"])
    out = {"cold_start_s": time.time() - args.started_at}
    app.warm_up().join()  # as the REPL and the Telegram bot do before their first question
    for q in sets["warmup"]:
        app.answer(q["question"])
    out["new"] = _latency_stats(_timed(lambda q: app.answer(q), sets["new_own"]))
    out["found_source"] = _found(lambda q: {c.article_id for c in app.answer(q).citations}, sets["repeated"])
    out["paths"] = dict(_count(app.answer(q["question"]).path or "?" for q in sets["repeated"]))
    if args.profile:
        out["profile"] = _profile(lambda: [app.answer(q["question"]) for q in sets["profile"]], args.profile)
    out["peak_rss_mb"] = _peak_rss_mb()
    app.close()
    return out


def _query_embedder(args, real):
    from bench.embedders import HashEmbedder

    return HashEmbedder(model_name="hash") if args.embedder == "hash" else real


# -- baseline: plain LlamaIndex over Chroma --------------------------------------------
def _baseline_store(data: Path):
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from llama_index.vector_stores.chroma import ChromaVectorStore

    client = chromadb.PersistentClient(path=str(data / "chroma"), settings=ChromaSettings(anonymized_telemetry=False))
    return ChromaVectorStore(chroma_collection=client.get_or_create_collection(BASELINE_COLLECTION))


def _baseline_retriever(args, data: Path):
    """LlamaIndex's defaults over the stored index, with the very model object whosaid uses."""
    from llama_index.core import VectorStoreIndex

    from bench.embedders import llama
    from index.embeddings import get_embedder

    embedder = _query_embedder(args, get_embedder(_settings(data)))
    return VectorStoreIndex.from_vector_store(_baseline_store(data), embed_model=llama(embedder)).as_retriever()


def baseline_ingest(args) -> dict:
    from llama_index.core import SimpleDirectoryReader, StorageContext, VectorStoreIndex

    from bench.embedders import llama
    from index.embeddings import get_embedder

    timed = _embedder(args, get_embedder(_settings(args.data)))
    started = time.perf_counter()
    documents = SimpleDirectoryReader(str(args.corpus)).load_data(show_progress=False)
    storage = StorageContext.from_defaults(vector_store=_baseline_store(args.data))
    index = VectorStoreIndex.from_documents(documents, storage_context=storage, embed_model=llama(timed))
    seconds = time.perf_counter() - started
    return _ingest_result(timed, len(documents), index.vector_store._collection.count(), seconds, args.data)


def _hit_files(nodes) -> set[str]:
    return {Path(n.node.metadata.get("file_name", "")).name for n in nodes}


def baseline_query(args, sets: dict) -> dict:
    retriever = _baseline_retriever(args, args.data)
    retriever.retrieve(sets["warmup"][0]["question"])
    out = {"cold_start_s": time.time() - args.started_at}
    for q in sets["warmup"]:
        retriever.retrieve(q["question"])
    out["new"] = _latency_stats(_timed(lambda q: retriever.retrieve(q), sets["new_own"]))
    out["found_source"] = _found(lambda q: _hit_files(retriever.retrieve(q)), sets["repeated"])
    out["peak_rss_mb"] = _peak_rss_mb()
    return out


def baseline_cold(args, sets: dict) -> dict:
    """The baseline's `ask`: open the stored index and retrieve once (the parent times the process)."""
    retriever = _baseline_retriever(args, args.data)
    return {"hits": len(retriever.retrieve(sets["warmup"][0]["question"]))}


# -- both in one process: latency, interleaved -----------------------------------------
def interleaved_latency(args, sets: dict) -> dict:
    """Both systems asked alternately (who goes first rotates), so machine load hits both alike.

    New questions: each asked once, of each system, never asked before in this process (no
    cache of either system has seen them). Repeated: the same questions over several rounds.
    """
    from bot.service import Whosaid

    app = Whosaid(_settings(args.data / "whosaid"), seed=False)
    app.corpus.embedder = _query_embedder(args, app.corpus.embedder)
    retriever = _baseline_retriever(args, args.data / "baseline")
    # A long-lived session (the REPL, the Telegram bot) warms up at start: parser and whole-index
    # tables are built before its first question. Latency is measured in that state.
    app.warm_up().join()
    answer = {"whosaid answer": lambda q: app.answer(q), "baseline retrieval": lambda q: retriever.retrieve(q)}
    retrieval = {"whosaid retrieval": lambda q: app.corpus.retrieve(q), "baseline retrieval": lambda q: retriever.retrieve(q)}
    everything = {"whosaid answer": answer["whosaid answer"], **retrieval}
    for q in sets["warmup"]:
        for fn in everything.values():
            fn(q["question"])
    out = {
        "new: answer vs retrieval": _interleave(answer, sets["new"], 1),
        "new: retrieval vs retrieval": _interleave(retrieval, sets["new_retrieval"], 1),
    }
    _interleave(everything, sets["repeated"], 1)  # the round that fills caches
    out["repeated"] = _interleave(everything, sets["repeated"], args.rounds)
    app.close()
    return out


def _interleave(systems: dict, questions: list[dict], rounds: int) -> dict:
    names = list(systems)
    ms: dict[str, list[float]] = {name: [] for name in names}
    for r in range(rounds):
        for i, q in enumerate(questions):
            turn = (r * len(questions) + i) % len(names)
            for name in names[turn:] + names[:turn]:
                started = time.perf_counter()
                systems[name](q["question"])
                ms[name].append((time.perf_counter() - started) * 1000)
    return {name: _latency_stats(values) for name, values in ms.items()}


# -- helpers ---------------------------------------------------------------------------
def _timed(fn, questions: list[dict]) -> list[float]:
    out = []
    for q in questions:
        started = time.perf_counter()
        fn(q["question"])
        out.append((time.perf_counter() - started) * 1000)
    return out


def _found(cited, questions: list[dict]) -> float:
    return sum(q["article"] in cited(q["question"]) for q in questions) / len(questions)


def _count(items) -> dict:
    counts: dict[str, int] = defaultdict(int)
    for item in items:
        counts[item] += 1
    return counts


def _latency_stats(ms: list[float]) -> dict:
    ordered = sorted(ms)
    return {
        "p50_ms": statistics.median(ordered),
        "p95_ms": ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))],
        "samples": len(ordered),
    }


def _profile(fn, path: Path, top: int = 35) -> str:
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
    parser.add_argument("phase", choices=["ingest", "query", "cold", "latency"])
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--questions", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--started-at", type=float, default=None)
    parser.add_argument("--profile", type=Path, default=None)
    parser.add_argument("--embedder", choices=["onnx", "hash"], default="onnx")
    args = parser.parse_args()
    args.started_at = args.started_at or time.time()
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    sets = json.loads(args.questions.read_text()) if args.questions else {}
    if args.phase == "latency":
        result = interleaved_latency(args, sets)
    elif args.phase == "ingest":
        result = whosaid_ingest(args) if args.system == "whosaid" else baseline_ingest(args)
    elif args.phase == "cold":
        result = baseline_cold(args, sets)
    else:
        result = whosaid_query(args, sets) if args.system == "whosaid" else baseline_query(args, sets)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
