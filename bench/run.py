"""whosaid against a plain LlamaIndex baseline on synthetic corpora of growing size.

    make bench                      # python -m bench.run --sizes 1000,10000
    python -m bench.run --with-50k  # adds 50,000 articles (embedding alone takes long)

For each size: a deterministic corpus (bench/synth.py); each system's texts embedded once
into a shared cache (embedding speed measured on a sample); then, each in a fresh process,
ingest (timed without embedding), cold start and warm query latency over 20 questions,
index size and peak memory. Writes bench/out/results.json and bench/out/bench.png and prints
a table. Reports targets; asserts nothing: timings depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.report import plot, print_table, targets  # noqa: E402
from bench.synth import questions, write_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def _run(module: str, *args: str, started_at: float | None = None) -> dict:
    cmd = [sys.executable, "-m", module, *args]
    if started_at is not None:
        cmd += ["--started-at", repr(started_at)]
    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False", "PYTHONPATH": str(ROOT)}
    env.pop("CHROMA_HOST", None)
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def measure(n: int, out: Path, cache: Path, rounds: int, profile: bool, embedder: str, say) -> dict:
    work = out / "work" / (f"{n}-hash" if embedder == "hash" else str(n))
    corpus = out / "corpora" / str(n)
    say(f"[{n}] writing the corpus")
    write_corpus(corpus, n)
    qfile = work / "questions.json"
    work.mkdir(parents=True, exist_ok=True)
    qfile.write_text(json.dumps(questions(n), indent=1))
    say(f"[{n}] embedding each system's texts into the cache (speed measured on a sample)")
    prepared = _run("bench.prepare", "--corpus", str(corpus), "--cache", str(cache), "--embedder", embedder)
    result: dict = {"articles": n, "embedder": embedder, "embedding": prepared}
    for system in ("whosaid", "baseline"):
        data = work / system
        shutil.rmtree(data, ignore_errors=True)
        common = ["--corpus", str(corpus), "--data", str(data), "--cache", str(cache), "--questions", str(qfile),
                  "--embedder", embedder]
        say(f"[{n}] {system}: ingest")
        ingest = _run("bench.worker", system, "ingest", *common)
        say(f"[{n}] {system}: cold start and warm queries")
        extra = ["--rounds", str(rounds)]
        if profile and system == "whosaid":
            extra += ["--profile", str(out / f"profile-query-{n}{'-hash' if embedder == 'hash' else ''}.txt")]
        query = _run("bench.worker", system, "query", *common, *extra, started_at=time.time())
        rate = result["embedding"][system]["sample"]["texts_per_s"]
        ingest["embed_seconds_est"] = ingest["texts_embedded"] / rate
        ingest["seconds_with_embedding_est"] = ingest["seconds"] + ingest["embed_seconds_est"]
        result[system] = {"ingest": ingest, "query": query}
    say(f"[{n}] both: warm latency, questions asked of each system in turn")
    result["interleaved"] = _run("bench.worker", "both", "latency", "--corpus", str(corpus), "--data", str(work),
                                 "--cache", str(cache), "--questions", str(qfile), "--embedder", embedder,
                                 "--rounds", str(rounds))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark whosaid against a plain LlamaIndex baseline.")
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated corpus sizes in articles")
    parser.add_argument("--with-50k", action="store_true", help="also 50,000 articles")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds over the 20 questions")
    parser.add_argument("--embedder", choices=["onnx", "hash"], default="onnx",
                        help="hash: a bag-of-words stand-in for vectors, to reach large sizes fast (not for quality)")
    parser.add_argument("--no-profile", action="store_true", help="skip the cProfile of whosaid's queries")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.with_50k and 50000 not in sizes:
        sizes.append(50000)
    args.out.mkdir(parents=True, exist_ok=True)
    cache = args.out / "cache" / "embeddings.sqlite3"
    from rich.console import Console

    console = Console()
    say = lambda msg: console.print(f"[dim]{time.strftime('%H:%M:%S')}[/dim] {msg}")  # noqa: E731
    results = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
                    "load_avg_at_start": os.getloadavg()},
        "notes": "ingest seconds exclude embedding (vectors from a cache keyed by text, shared by both systems); "
        "'with embedding' adds texts / (embedding speed measured on a sample of the system's own texts). "
        "Query latencies include embedding the question, for real.",
        "sizes": [],
    }
    if args.embedder == "hash":
        results["notes"] = ("STAND-IN VECTORS (--embedder hash): a hashed bag of words replaces the model in both "
                            "systems, for ingest and for questions, so query latencies exclude embedding the "
                            "question (about 5-20 ms with the model) and 'found' is not comparable to real runs; "
                            "'with embedding' adds texts / (the real model's speed on a sample of the system's texts).")
    results["embedder"] = args.embedder
    results_name = "results.json" if args.embedder == "onnx" else "results-hash.json"
    started = time.time()
    for n in sorted(sizes):
        results["sizes"].append(measure(n, args.out, cache, args.rounds, not args.no_profile, args.embedder, say))
        (args.out / results_name).write_text(json.dumps(results, indent=1))
    results["seconds"] = time.time() - started
    results["targets"] = targets(results)
    (args.out / results_name).write_text(json.dumps(results, indent=1))
    plot(results, args.out / results_name.replace("results", "bench").replace(".json", ".png"))
    print_table(console, results)
    say(f"wrote {args.out / results_name} and its plot in {results['seconds']:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
