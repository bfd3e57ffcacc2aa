"""Stored statements are re-read when what the extractor reads changes, not only its own code."""

from pathlib import Path

import index.corpus as corpus


def test_every_file_the_extractor_reads_exists():
    here = Path(corpus.__file__).resolve().parent
    assert [name for name in corpus._EXTRACTOR_READS if not (here / name).is_file()] == []


def test_a_changed_word_list_changes_the_version(tmp_path, monkeypatch):
    words = tmp_path / "vocabulary.yaml"
    words.write_text("speech_words: [said]\n")
    monkeypatch.setattr(corpus, "_EXTRACTOR_READS", (str(words),))
    before = corpus._extractor_version()
    assert corpus._extractor_version() == before
    words.write_text("speech_words: [said, quipped]\n")
    assert corpus._extractor_version() != before
