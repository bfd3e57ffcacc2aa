"""whosaid against a plain LlamaIndex baseline on synthetic corpora of growing size.

    make bench                      # python -m bench.run --sizes 1000,10000
    python -m bench.run --sizes 1000 --ingest-rounds 2
    python -m bench.run --sizes 10000,50000 --embedder hash   # stand-in vectors: query latency and memory at scale

For each size: a deterministic corpus (bench/synth.py); each system ingests it with real
embedding in a fresh process (peak memory of a real ingest; with several rounds the order
alternates); cold `whosaid ask` beside the baseline's open-and-retrieve, alternated; each
system's own query process (cold start, new questions, peak memory, source found); then
one process holding both, asking new questions (each once) and repeated ones, interleaved.
Writes bench/out/results.json and bench/out/bench.png and prints a table. Nothing is
estimated and nothing is asserted: timings depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.report import plot, print_table, targets  # noqa: E402
from bench.synth import questions, write_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def _env() -> dict:
    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False", "PYTHONPATH": str(ROOT)}
    env.pop("CHROMA_HOST", None)
    # A user's Python keeps bytecode caches (pip writes them for both systems' libraries); without
    # them every cold `whosaid ask` would recompile whosaid's own modules (an editable install).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _run(module: str, *args: str, started_at: float | None = None) -> dict:
    cmd = [sys.executable, "-m", module, *args]
    if started_at is not None:
        cmd += ["--started-at", repr(started_at)]
    proc = subprocess.run(cmd, cwd=ROOT, env=_env(), capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _wall(cmd: list[str], env: dict) -> float:
    started = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
    return time.perf_counter() - started


def question_sets(n: int, n_new: int) -> dict:
    """Disjoint question sets (each about other articles), so a "new" question is new to both systems."""
    at = 0

    def take(count: int) -> list[dict]:
        nonlocal at
        out, at = questions(n, count, start=at), at + count
        return out

    return {"repeated": take(20), "warmup": take(5), "new": take(n_new), "new_retrieval": take(n_new),
            "new_own": take(n_new), "profile": take(20)}


def cold_ask(work: Path, qfile: Path, sets: dict, rounds: int) -> dict:
    """`whosaid ask` on the built index, beside the baseline opening its index and retrieving once."""
    question = sets["warmup"][0]["question"]
    env_w = {**_env(), "WHOSAID_DATA": str(work / "whosaid"), "WHOSAID_SEEDS": str(work / "no-seeds"),
             "WHOSAID_MODE": "extractive"}
    cmds = {
        "whosaid": ([sys.executable, "-m", "bot", "ask", question], env_w),
        "baseline": ([sys.executable, "-m", "bench.worker", "baseline", "cold", "--data", str(work / "baseline"),
                      "--questions", str(qfile)], _env()),
    }
    seconds: dict[str, list[float]] = {name: [] for name in cmds}
    for r in range(rounds):
        for name in (list(cmds) if r % 2 == 0 else list(cmds)[::-1]):
            seconds[name].append(_wall(*cmds[name]))
    return {name: {"median_s": statistics.median(v), "runs_s": v} for name, v in seconds.items()}


def measure(n: int, out: Path, args, say) -> dict:
    hashed = args.embedder == "hash"
    work = out / "work" / (f"{n}-hash" if hashed else str(n))
    corpus = out / "corpora" / str(n)
    say(f"[{n}] writing the corpus")
    write_corpus(corpus, n)
    work.mkdir(parents=True, exist_ok=True)
    qfile = work / "questions.json"
    sets = question_sets(n, args.new_questions)
    qfile.write_text(json.dumps(sets, indent=1))
    result: dict = {"articles": n, "embedder": args.embedder, "whosaid": {"ingest_rounds": []},
                    "baseline": {"ingest_rounds": []}}
    for r in range(args.ingest_rounds):
        for system in (("whosaid", "baseline") if r % 2 == 0 else ("baseline", "whosaid")):
            data = work / system
            shutil.rmtree(data, ignore_errors=True)
            say(f"[{n}] {system}: ingest with {'stand-in' if hashed else 'real'} embedding (round {r + 1})")
            ingest = _run("bench.worker", system, "ingest", "--corpus", str(corpus), "--data", str(data),
                          "--embedder", args.embedder)
            result[system]["ingest_rounds"].append(ingest)
    for system in ("whosaid", "baseline"):
        rounds = result[system]["ingest_rounds"]
        result[system]["ingest"] = {**rounds[-1], "seconds": statistics.median(r["seconds"] for r in rounds),
                                    "peak_rss_mb": max(r["peak_rss_mb"] for r in rounds)}
    if not hashed:  # `whosaid ask` would embed with the real model, which a stand-in index does not hold
        say(f"[{n}] cold `whosaid ask` and the baseline's open-and-retrieve, alternated")
        result["cold_ask"] = cold_ask(work, qfile, sets, args.cold_rounds)
    for system in ("whosaid", "baseline"):
        say(f"[{n}] {system}: own process (cold start, new questions, memory)")
        extra = []
        if system == "whosaid" and not args.no_profile:
            extra = ["--profile", str(out / f"profile-query-{n}{'-hash' if hashed else ''}.txt")]
        result[system]["query"] = _run("bench.worker", system, "query", "--data", str(work / system),
                                       "--questions", str(qfile), "--embedder", args.embedder, *extra,
                                       started_at=time.time())
    say(f"[{n}] both in one process: new and repeated questions, interleaved")
    result["interleaved"] = _run("bench.worker", "both", "latency", "--data", str(work), "--questions", str(qfile),
                                 "--embedder", args.embedder, "--rounds", str(args.rounds))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark whosaid against a plain LlamaIndex baseline.")
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated corpus sizes in articles")
    parser.add_argument("--with-50k", action="store_true", help="also 50,000 articles")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds over the 20 repeated questions")
    parser.add_argument("--new-questions", type=int, default=40, help="questions in each set of new ones")
    parser.add_argument("--ingest-rounds", type=int, default=1, help="ingests per system (order alternates)")
    parser.add_argument("--cold-rounds", type=int, default=4, help="cold `ask` runs per system (alternated)")
    parser.add_argument("--embedder", choices=["onnx", "hash"], default="onnx",
                        help="hash: a bag-of-words stand-in for vectors: query latency and memory at large sizes, "
                        "not ingest time nor retrieval quality")
    parser.add_argument("--no-profile", action="store_true", help="skip the cProfile of whosaid's queries")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.with_50k and 50000 not in sizes:
        sizes.append(50000)
    args.out.mkdir(parents=True, exist_ok=True)
    from rich.console import Console

    console = Console()
    say = lambda msg: console.print(f"[dim]{time.strftime('%H:%M:%S')}[/dim] {msg}")  # noqa: E731
    results = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
                    "load_avg_at_start": os.getloadavg()},
        "notes": "Everything measured in this run, nothing estimated: ingests embed with the real model; "
        "query latencies include embedding the question. Ratios are whosaid / baseline.",
        "sizes": [],
    }
    if args.embedder == "hash":
        results["notes"] = ("STAND-IN VECTORS (--embedder hash): a hashed bag of words replaces the model in both "
                            "systems, for ingest and for questions. These rows measure query latency and memory "
                            "at this size, not ingest time with the model; latencies exclude embedding the "
                            "question (about 5-20 ms with the model) and 'found' is not comparable to real runs.")
    results["embedder"] = args.embedder
    results_name = "results.json" if args.embedder == "onnx" else "results-hash.json"
    started = time.time()
    for n in sorted(sizes):
        results["sizes"].append(measure(n, args.out, args, say))
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
