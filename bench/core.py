"""Core numbers on the seeds: cold start to first answer (index build included), warm answer
latency (median of 20), embedding throughput. Prints them; asserts nothing.

    python -m bench.core
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = [
    "Who said that no checkpoint is envisioned on the Lachin corridor?",
    "When did the blockade of the Lachin Corridor begin?",
    "What did Peskov say about international peacekeepers?",
    "How many people live in the region?",
    "What did Emmanuel Macron say about the blockade?",
]


def cold_start_seconds() -> float:
    """A new process, an empty data directory: build the index and answer once."""
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "WHOSAID_DATA": data, "WHOSAID_MODE": "extractive"}
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "bot", "ask", QUESTIONS[0]], env=env, cwd=ROOT,
                       check=True, capture_output=True)
        return time.perf_counter() - started


def warm_latencies_ms(n: int = 20) -> list[float]:
    from bot.service import Whosaid
    from index.settings import load_settings

    with tempfile.TemporaryDirectory() as data:
        app = Whosaid(load_settings(env={"WHOSAID_DATA": data, "WHOSAID_MODE": "extractive"}))
        app.answer(QUESTIONS[0])
        out = []
        for i in range(n):
            started = time.perf_counter()
            app.answer(QUESTIONS[i % len(QUESTIONS)])
            out.append((time.perf_counter() - started) * 1000)
        chunks = [c.text for c in app.corpus.all_chunks()]
        started = time.perf_counter()
        app.corpus.embedder.embed(chunks * 4)
        rate = 4 * len(chunks) / (time.perf_counter() - started)
        app.close()
    print(f"embedding throughput: {rate:.0f} chunks/s ({len(chunks)} seed chunks x4)")
    return out


def main() -> None:
    cold = cold_start_seconds()
    print(f"cold start to first answer (index build included): {cold:.1f} s")
    warm = warm_latencies_ms()
    print(f"warm answer latency: median {statistics.median(warm):.0f} ms, max {max(warm):.0f} ms over {len(warm)}")


if __name__ == "__main__":
    main()
