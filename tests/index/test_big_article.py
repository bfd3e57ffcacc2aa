"""Reading a big article takes work in proportion to its size (issue 11, point 6).

Chunking and hashing (the corpus's share of reading) and statement extraction (beyond spaCy's own
parse, linear per paragraph) are each counted in lines of whosaid's code run, never timed: timings
belong to bench/, and a count is the same on any machine. Embedding is linear by construction
(fixed-size batches)."""

from __future__ import annotations

import random

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
    # Pronouns and role nouns: coreference looks back over the people named before them.
    later = [f"She said the {rng.choice(TOPICS)[4:]} could wait.", f"He told the board that it was {rng.choice(WHEN)}.",
             f"The {rng.choice(ROLES)} said the vote would follow."]
    return " ".join(rng.sample(sentences, k=3) + rng.sample(later, k=1))


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


def test_a_big_article_is_chunked_and_hashed_with_work_linear_in_its_size(tmp_path):
    small, big = big_article(tmp_path / "small", 60_000), big_article(tmp_path / "big", 240_000)
    steps = []
    for article in (small, big):
        count, chunks = _lines_run(lambda: (chunk_article(article), text_hash(article.text))[0], under="/index/")
        steps.append(count)
        assert len(chunks) >= len(article.paragraphs)
    # Four times the text: about four times the work (the square would be sixteen), counted in lines
    # of whosaid's reading code run, not in seconds: a count is the same on any machine under any load.
    assert steps[1] < 5 * steps[0], f"{steps[0]} lines for 60 kB, {steps[1]} for 240 kB"


class _ParseOnce:
    """The real spaCy pipeline, parsing each distinct paragraph once: an article of repeated
    paragraphs then times what extraction does beyond parsing (cast, coreference, dating)."""

    def __init__(self, nlp):
        self.nlp, self.docs = nlp, {}

    def pipe(self, texts, batch_size=64, disable=()):
        for text in texts:
            if text not in self.docs:
                self.docs[text] = self.nlp(text, disable=disable)
            yield self.docs[text]

    def get_pipe(self, name):  # the attribute ruler that extraction reads as a lookup
        return self.nlp.get_pipe(name)


def test_statement_extraction_does_work_linear_in_the_article_size(tmp_path, monkeypatch):
    from index.statements import nlp
    from index.statements.extract import extract

    parser = _ParseOnce(nlp.pipeline())
    monkeypatch.setattr(nlp, "pipeline", lambda: parser)
    rng = random.Random(3)
    distinct = [_paragraph(rng, i) for i in range(24)]  # names, quotes, pronouns and role nouns

    def article(copies: int, name: str) -> Article:
        path = tmp_path / name
        path.write_text("Harbour plans spark debate\n\n" + "\n\n".join(distinct * copies), encoding="utf-8")
        return load_article(path, name, None)

    small, big = article(10, "small.txt"), article(40, "big.txt")  # 240 and 960 paragraphs
    extract(article(1, "warm.txt"))  # parses the distinct paragraphs once
    steps, found = [], []
    for a in (small, big):
        count, run = _lines_run(lambda: extract(a))
        steps.append(count)
        found.append(len(run))
    assert found[1] == 4 * found[0]
    # Four times the paragraphs: about four times the work, counted in lines of the extractor run
    # (not in seconds: a count is the same on any machine). Resolving each pronoun against every
    # earlier mention made it far more (and 30 minutes for a 4.9 MB article).
    assert steps[1] < 5.2 * steps[0], f"{steps[0]} lines for 240 paragraphs, {steps[1]} for 960"


def _lines_run(work, under: str = "/index/statements/"):
    """(lines of the files `under` a folder executed by `work()`, its result): a deterministic measure of work."""
    import sys

    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def global_(frame, event, arg):
        return local if under in frame.f_code.co_filename else None

    sys.settrace(global_)
    try:
        result = work()
    finally:
        sys.settrace(None)
    return count, result


def test_a_hard_wrapped_article_with_no_blank_line_is_parsed_in_pieces_cut_at_sentence_ends(tmp_path):
    import textwrap

    from index.statements.extract import extract
    from index.statements.nlp import MAX_PARSED, parsed_spans

    rng = random.Random(5)
    body = " ".join(_paragraph(rng, i) for i in range(80))  # about 27,000 characters, one "paragraph"
    path = tmp_path / "wrapped.txt"
    path.write_text("\n".join(textwrap.wrap(body, 72)), encoding="utf-8")
    article = load_article(path, path.name, None)
    assert max(p.end - p.start for p in article.paragraphs) > MAX_PARSED
    pieces = parsed_spans(article)
    assert len(pieces) >= 2 and all(p.end - p.start <= MAX_PARSED for p in pieces)
    assert all(article.text[p.end - 1] in ".!?”\"" for p in pieces)  # each piece ends a sentence
    statements = extract(article)
    last = max(s.start for s in statements)
    assert last > pieces[-1].start  # the last piece is read too, with its speakers
    assert any(s.speaker.split()[-1] in LAST for s in statements if s.start > pieces[-1].start)


def test_one_very_long_paragraph_is_read_with_work_linear_in_its_length(tmp_path):
    """A page pasted without paragraph breaks is one paragraph: reading its statements may not
    test every sentence, quotation or statement of the paragraph against every other."""
    from index.statements.extract import extract

    rng = random.Random(11)
    sentences = " ".join(_paragraph(rng, i) for i in range(12))

    def article(copies: int, name: str) -> Article:
        path = tmp_path / name
        path.write_text("Harbour plans spark debate\n\n" + " ".join([sentences] * copies), encoding="utf-8")
        return load_article(path, name, None)

    small, big = article(2, "small.txt"), article(8, "big.txt")
    assert len(small.paragraphs) == len(big.paragraphs) == 1  # one long paragraph under the headline
    extract(article(1, "warm.txt"))
    steps, found = [], []
    for a in (small, big):
        count, run = _lines_run(lambda: extract(a))
        steps.append(count)
        found.append(len(run[0] if isinstance(run, tuple) else run))
    assert found[1] >= 3.5 * found[0] > 0
    # Four times the sentences: about four times the lines run (4.07 here); testing each statement
    # against every quotation and statement of the paragraph made it 5.0 (and a 550 kB paragraph
    # took minutes, most of it in spaCy's Doc.text and Span.ents, which no line count sees).
    assert steps[1] < 4.5 * steps[0], f"{steps[0]} lines for the short paragraph, {steps[1]} for four times as long"


def test_punkt_reads_a_huge_paragraph_in_blocks_cut_at_sentence_ends(monkeypatch):
    """NLTK stops Punkt's scan of one text after 5 s of wall clock: a paragraph of hundreds of
    kilobytes failed the whole ingest with "TimeoutError" on a loaded machine. Read in blocks, the
    sentences are the same as read whole."""
    from index import chunking

    rng = random.Random(13)
    text = " ".join(_paragraph(rng, i) for i in range(40))  # ~20 kB, one paragraph
    whole = chunking.sentence_spans(text)
    monkeypatch.setattr(chunking, "BLOCK_CHARS", 500)
    assert len(chunking._blocks(text)) >= 20
    assert all(len(block) <= 500 for _, block in chunking._blocks(text))
    chunking._sentence_tokenizer.cache_clear()
    assert chunking.sentence_spans(text) == whole


def test_the_passages_of_a_huge_paragraph_are_cut_from_blocks_of_it(monkeypatch):
    from index import chunking

    rng = random.Random(17)
    text = " ".join(_paragraph(rng, i) for i in range(12))
    read = []
    monkeypatch.setattr(chunking, "BLOCK_CHARS", 800)
    real = chunking._splitter()
    monkeypatch.setattr(chunking, "_splitter", lambda: type("S", (), {"split_text": lambda _, t: read.append(t) or real.split_text(t)})())
    pieces = chunking._pieces(text)
    assert len(read) >= 6 and max(map(len, read)) <= 800
    assert "".join(pieces).replace(" ", "") == text.replace(" ", "")  # every word in one passage, in order
