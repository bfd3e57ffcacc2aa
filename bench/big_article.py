"""One huge article through the real ingest (issue 11, point 6): time per stage and peak memory.

    python -m bench.big_article --sizes 1000000,2000000            # real embedding
    python -m bench.big_article --sizes 4900000 --embedder hash    # reading only (stand-in vectors)

Each size runs in a fresh process on a fresh data directory. The article is the invented one of
tests/index/test_big_article.py (names, quotes, pronouns and role nouns, paragraphs of four
sentences). Doubling the size should about double every stage: none may grow faster.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def one(size: int, embedder: str) -> dict:
    from bench.worker import _embedder
    from bot.service import Whosaid
    from index.settings import load_settings
    from tests.index.test_big_article import big_article

    work = Path(tempfile.mkdtemp(prefix="whosaid-big-"))
    article = big_article(work / "in", size)
    app = Whosaid(load_settings().with_(store={"data_dir": work / "data"}), seed=False)
    timed = _embedder(argparse.Namespace(embedder=embedder), app.corpus.embedder)
    app.corpus.embedder = timed
    first: dict[str, float] = {}
    last: dict[str, float] = {}

    def progress(stage: str, done: int, total: int) -> None:
        now = time.perf_counter()
        first.setdefault(stage, now)
        last[stage] = now

    from index.statements.nlp import pipeline

    pipeline()  # loaded once per process whatever the size (a few seconds): not timed
    started = time.perf_counter()
    cpu = time.process_time()
    report = app.ingest([work / "in"], progress=progress)
    out = {"size_bytes": len(article.text.encode()), "paragraphs": len(article.paragraphs),
           "passages": report.chunks_added, "texts_embedded": len(timed.texts), "embedder": embedder,
           "seconds": time.perf_counter() - started, "cpu_seconds": time.process_time() - cpu,
           "embed_seconds": timed.seconds,
           "stages": {**{stage: last[stage] - first[stage] for stage in first}, "embedding": timed.seconds},
           "statements": len(app.statements()),
           "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    app.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000000,2000000", help="article sizes in characters")
    parser.add_argument("--embedder", choices=["onnx", "hash"], default="onnx")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(one(args.one, args.embedder)))
        return 0
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        done = subprocess.run([sys.executable, "-m", "bench.big_article", "--one", str(size), "--embedder", args.embedder],
                              capture_output=True, text=True, check=True)
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        r = rows[-1]
        print(f"{r['size_bytes'] / 1e6:.2f} MB, {r['paragraphs']:,} paragraphs, {r['passages']:,} passages, "
              f"{r['statements']:,} statements: {r['seconds']:.0f} s ({r['cpu_seconds']:.0f} s CPU); "
              + ", ".join(f"{k} {v:.0f} s" for k, v in r["stages"].items())
              + f"; peak {r['peak_rss_mb']:.0f} MB", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
