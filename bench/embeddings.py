"""How fast the offline embedder is: sentences/s at batch 64 and ms per single query.

    .venv/bin/python -m bench.embeddings [--n 512]

Prints only; timings vary by machine, so nothing here asserts on them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # also runnable as a plain script

from index.embeddings import OnnxMiniLMEmbedding  # noqa: E402

# News-like passages of mixed length (about 15 to 120 words), as chunks will be.
_BASE = [
    "Sergey Lavrov said on Tuesday that the talks in Geneva had been constructive.",
    "“We will not accept any preconditions,” Jeyhun Bayramov told reporters in Bakı.",
    "About 120,000 people were displaced, according to the UN refugee agency, which urged both sides "
    "to open the humanitarian corridor before winter and to allow monitors into the region.",
    " ".join(["The ministers met again late into the evening and discussed the border, prisoners and transit."] * 6),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=512, help="passages to embed in the throughput run")
    args = parser.parse_args()
    passages = [f"{_BASE[i % len(_BASE)]} ({i})" for i in range(args.n)]
    embedder = OnnxMiniLMEmbedding(embed_batch_size=64)

    t0 = time.perf_counter()
    embedder.embed(["warm up"])
    print(f"load + first call: {(time.perf_counter() - t0) * 1000:.0f} ms  (cpu_count={os.cpu_count()})")

    t0 = time.perf_counter()
    embedder.embed(passages)
    elapsed = time.perf_counter() - t0
    print(f"batch 64: {args.n / elapsed:.0f} sentences/s  ({args.n} passages in {elapsed:.2f} s)")

    queries = ["Who said the talks were constructive?", "What did Bayramov say about the border?"]
    times = []
    for i in range(50):
        t0 = time.perf_counter()
        embedder.get_query_embedding(queries[i % 2])
        times.append((time.perf_counter() - t0) * 1000)
    print(f"single query: median {statistics.median(times):.1f} ms, max {max(times):.1f} ms over {len(times)}")


if __name__ == "__main__":
    main()
