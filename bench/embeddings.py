"""Which ONNX batch size to use: texts/s and peak memory at 8/16/32/64 on whosaid's own texts.

    python -m bench.embeddings [--corpus bench/out/corpora/1000] [--sample 800] [--rounds 2]

The texts are what an ingest embeds (passages and the sentences of multi-sentence passages)
of a synthetic corpus, sampled; all of them are length-sorted once, as `embed` does. Each
(batch size, round) runs in its own process, so peak memory is its own; the order of batch
sizes rotates between rounds so machine load hits them alike. Prints JSON; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
ROOT = Path(__file__).resolve().parent.parent


def ingest_texts(corpus: Path) -> list[str]:
    from index.articles import find_article_files, load_article
    from index.chunking import chunk_article
    from index.sentence_vectors import own_sentences, sentence_text

    chunks = [c for f in find_article_files([corpus]) for c in chunk_article(load_article(f, f.name, None))]
    return [c.text for c in chunks] + [sentence_text(c, s) for c, s in own_sentences(chunks)]


def one(batch: int, texts_file: Path) -> dict:
    from index.embeddings import OnnxMiniLMEmbedding

    texts = json.loads(texts_file.read_text())
    embedder = OnnxMiniLMEmbedding(embed_batch_size=batch)
    embedder.embed(texts[:8])  # load the model; not timed
    started = time.perf_counter()
    embedder.embed(texts)
    seconds = time.perf_counter() - started
    return {"batch": batch, "texts_per_s": len(texts) / seconds,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "bench" / "out" / "corpora" / "1000")
    parser.add_argument("--sample", type=int, default=800)
    parser.add_argument("--batches", default="8,16,32,64")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--texts", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.texts)))
        return
    if not args.corpus.is_dir():
        from bench.synth import write_corpus

        write_corpus(args.corpus, int(args.corpus.name) if args.corpus.name.isdigit() else 1000)
    texts = ingest_texts(args.corpus)
    sample = random.Random(0).sample(texts, min(args.sample, len(texts)))
    texts_file = ROOT / "bench" / "out" / "embedding-sample.json"
    texts_file.parent.mkdir(parents=True, exist_ok=True)
    texts_file.write_text(json.dumps(sample))
    batches = [int(b) for b in args.batches.split(",")]
    runs: dict[int, list[dict]] = {b: [] for b in batches}
    for r in range(args.rounds):
        order = batches[r % len(batches):] + batches[: r % len(batches)]
        for b in order:
            proc = subprocess.run([sys.executable, "-m", "bench.embeddings", "--one", str(b), "--texts", str(texts_file)],
                                  cwd=ROOT, capture_output=True, text=True, check=True)
            runs[b].append(json.loads(proc.stdout.strip().splitlines()[-1]))
    summary = {b: {"texts_per_s": statistics.median(x["texts_per_s"] for x in v),
                   "peak_rss_mb": max(x["peak_rss_mb"] for x in v)} for b, v in runs.items()}
    print(json.dumps({"texts": len(sample), "summary": summary, "runs": runs}, indent=1))


if __name__ == "__main__":
    main()
