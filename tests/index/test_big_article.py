"""Reading a big article takes time in proportion to its size (issue 11, point 6).

Chunking and hashing (the corpus's share of reading) on a 1 MB article: about 5 s here. The
statement extractor's share is measured and reported apart (it is spaCy-bound and linear per
paragraph); embedding is linear by construction (fixed-size batches)."""

from __future__ import annotations

import random
import time

from pathlib import Path

from index.articles import load_article
from index.chunking import chunk_article
from index.corpus_db import text_hash
from index.models import Article

FIRST = ["Mara", "Tomas", "Ilse", "Pavel", "Nadia", "Oren", "Lucia", "Kofi", "Ayla", "Bram"]
LAST = ["Velden", "Okoro", "Strand", "Marsh", "Quill", "Barros", "Hale", "Novak", "Ferro", "Lind"]
ROLES = ["Minister of Water", "council spokeswoman", "harbour master", "union leader", "mayor"]
TOPICS = ["the new ferry line", "the river dam", "the school budget", "the grain tariff", "the bridge repairs"]
WHEN = ["on Monday", "on Tuesday", "last week", "on 3 March", "yesterday"]


def _paragraph(rng: random.Random, i: int) -> str:
    name, topic = f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(TOPICS)
    sentences = [
        f"{name}, the {rng.choice(ROLES)}, said {rng.choice(WHEN)} that {topic} would be reviewed before the summer.",
        f"“We will not accept delays on {topic},” {name.split()[1]} told reporters in Port Elling.",
        f"Officials added that the plan number {i} had been approved by the regional board after a long debate.",
    ]
    return " ".join(rng.sample(sentences, k=3))


def big_article(folder: Path, size: int, seed: int = 7) -> Article:
    """An invented article of about `size` characters, read as ingest reads it."""
    rng = random.Random(seed)
    paragraphs, total = ["Harbour plans spark debate"], 0
    while total < size:
        paragraphs.append(_paragraph(rng, len(paragraphs)))
        total += len(paragraphs[-1]) + 2
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "big.txt"
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")
    return load_article(path, path.name, None)


def test_a_one_megabyte_article_is_chunked_and_hashed_in_time_linear_in_its_size(tmp_path):
    small, big = big_article(tmp_path / "small", 250_000), big_article(tmp_path / "big", 1_000_000)
    took = []
    for article in (small, big):
        started = time.perf_counter()
        chunks = chunk_article(article)
        text_hash(article.text)
        took.append(time.perf_counter() - started)
        assert len(chunks) >= len(article.paragraphs)
    # Four times the text: about four times the time (the square would be sixteen).
    assert took[1] < 8 * took[0] + 2, f"{took[0]:.1f} s for 250 kB, {took[1]:.1f} s for 1 MB"
    assert took[1] < 60
