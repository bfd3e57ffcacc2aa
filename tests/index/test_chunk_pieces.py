"""Chunks as LlamaIndex's SentenceSplitter and sentence tokenizer make them, with llama_index.core
imported only for a paragraph too long for one chunk."""

import subprocess
import sys

import index.chunking as chunking
from index.articles import load_article
from tests.conftest import ROOT

SENTENCE = "Harbour Minister Ilse Varga said on Monday that the north pier, closed since the storm, would reopen. "
PARAGRAPHS = [
    "Short one. Dr. Varga said so at 8 a.m. on Monday.",  # under 400 characters
    SENTENCE * 4,  # over 400 characters, within one chunk's tokens
    "“We will not wait,” she said. " + SENTENCE * 7,  # just over one chunk's tokens
    (SENTENCE + "Ferries use the south pier; the U.S. Coast Guard agreed, officials said. ") * 12,  # several chunks
]


def _article(tmp_path):
    path = tmp_path / "pier.txt"
    path.write_text("\n\n".join(PARAGRAPHS), encoding="utf-8")
    return load_article(path)


def test_chunks_and_sentences_are_those_of_llamaindex_splitting(tmp_path, monkeypatch):
    article = _article(tmp_path)
    ours = chunking.chunk_article(article)
    from llama_index.core.node_parser.text.utils import split_by_sentence_tokenizer

    theirs_tokenizer = split_by_sentence_tokenizer()
    monkeypatch.setattr(chunking, "_sentence_tokenizer", lambda: theirs_tokenizer)
    monkeypatch.setattr(chunking, "_pieces", lambda text: chunking._splitter().split_text(text) if len(text) > 400 else [text])
    assert chunking.chunk_article(article) == ours
    assert len({c.paragraph for c in ours}) == 4 and len(ours) > 6  # the long paragraphs were cut


SCRIPT = """
import sys
from pathlib import Path
from index.articles import load_article
from index.chunking import chunk_article
chunks = chunk_article(load_article(Path(sys.argv[1])))
assert len(chunks) == 2 and all(len(c.sentences) == 4 for c in chunks[1:]), chunks
print("llama_index.core" in sys.modules)
"""


def test_paragraphs_that_fit_one_chunk_do_not_import_llamaindex(tmp_path):
    path = tmp_path / "pier.txt"
    path.write_text("\n\n".join(PARAGRAPHS[:2]), encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(path)], capture_output=True, text=True, cwd=ROOT,
                         timeout=300, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0 and out.stdout.strip() == "False", out.stderr
