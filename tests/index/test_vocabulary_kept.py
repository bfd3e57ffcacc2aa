"""vocabulary.yaml's data kept between processes (index/vocabulary.py `_data`): the same data as
parsing the file, read again when the file changes, and a damaged kept file never an error."""

from __future__ import annotations

import yaml

from index import vocabulary as v


def _parsed(path):
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)


def test_kept_data_is_the_parsed_file_and_follows_its_edits(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert not v._kept_path().exists()
    first = v._data()  # parsed, and kept
    assert v._kept_path().exists()
    again = v._data()  # read back
    assert first == again == _parsed(v._PATH)
    edited = tmp_path / "vocabulary.yaml"
    edited.write_text(v._PATH.read_text(encoding="utf-8") + "\ninvented_list: [alpha, beta]\n", encoding="utf-8")
    monkeypatch.setattr(v, "_PATH", edited)
    assert v._data()["invented_list"] == ["alpha", "beta"]  # another text: parsed again, not the kept one
    assert v._data() == _parsed(edited)


def test_a_damaged_kept_file_is_parsed_again_and_rewritten(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    v._data()
    kept = v._kept_path()
    for damaged in (kept.read_bytes()[:100], b"garbage", b""):
        kept.write_bytes(damaged)
        assert v._data() == _parsed(v._PATH)
        assert kept.read_bytes() != damaged


def test_an_unwritable_cache_folder_still_reads_the_file(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert v._data() == _parsed(v._PATH)
