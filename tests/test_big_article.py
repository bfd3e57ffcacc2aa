"""Reading an article (chunks and statements) takes time in proportion to its size: a big article
under the size limit is indexed in minutes at most, not hours (issue 11, point 6).

Embedding is left out: it is linear by construction (fixed-size batches) and the slowest part
on a small machine; what grew with the square of the size was the reading."""

from __future__ import annotations

import random
import time

from pathlib import Path

from index.articles import load_article
from index.chunking import chunk_article
from index.corpus import _extract_all
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
    path = folder / "big.txt"
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")
    return load_article(path, path.name, None)


def test_a_400_kb_article_is_read_in_well_under_two_minutes(tmp_path):
    article = big_article(tmp_path, 400_000)
    started = time.perf_counter()
    chunks = chunk_article(article)
    statements, _ = _extract_all([article])[article.id]
    elapsed = time.perf_counter() - started
    assert len(chunks) >= len(article.paragraphs) and len(statements) >= len(article.paragraphs) // 2
    # Linear: about 10 s on a busy 2-core machine. Folding the whole text once per paragraph made it
    # grow with the square of the size: minutes here, hours at the 5 MB limit.
    assert elapsed < 90, f"{elapsed:.0f} s for {len(article.text):,} characters"
