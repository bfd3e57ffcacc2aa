"""An article's chunks are read once per index generation: a later write, by this process or by
another one on the same data directory, is read at once."""

from bot.service import Whosaid
from tests.conftest import make_settings

ART = "Harbour master Ines Varga said on Monday that the north pier would close.\n\nShe gave no date for it."


def _write(folder, text):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pier.txt").write_text(text, encoding="utf-8")


def test_chunks_are_read_again_after_an_edit(fresh_app, tmp_path):
    folder = tmp_path / "in"
    _write(folder, ART)
    fresh_app.ingest([folder])
    first = fresh_app.corpus.chunks_of("pier.txt")
    assert fresh_app.corpus.chunks_of("pier.txt") == first
    _write(folder, ART.replace("Monday", "Thursday"))
    fresh_app.ingest([folder])
    assert "Thursday" in fresh_app.corpus.chunks_of("pier.txt")[0].text


def test_chunks_follow_another_process_writes(tmp_path):
    folder = tmp_path / "in"
    _write(folder, ART)
    reader = Whosaid(make_settings(tmp_path / "data"), seed=False)
    writer = None
    try:
        reader.ingest([folder])
        assert "Monday" in reader.corpus.chunks_of("pier.txt")[0].text
        writer = Whosaid(make_settings(tmp_path / "data"), seed=False)
        _write(folder, ART.replace("Monday", "Friday"))
        writer.ingest([folder])
        assert "Friday" in reader.corpus.chunks_of("pier.txt")[0].text
        chunks = reader.corpus.chunks_of("pier.txt")
        chunks.pop()  # a caller's list is its own
        assert len(reader.corpus.chunks_of("pier.txt")) == len(chunks) + 1
    finally:
        reader.close()
        if writer is not None:
            writer.close()
