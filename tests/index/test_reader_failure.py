"""A reader's bug on one article costs that article its statements, never the ingest of the rest."""

from pathlib import Path

import index.statements.extract as extract_mod

LETTER = (
    "Residents of Upper Ystrad wrote to the water board on 3 May.\n\n"
    "\"Dear Ms Wenna Oakridge and Mr Bellamy Crouch,\n\n"
    "\"We have had no clean water for nine days,\" the letter said.\n\n"
    "The board's director, Ms Oakridge, said on Tuesday that tankers would arrive by Friday."
)
OTHER = "The harbour master, Elund Rasková, said on Monday that the pier would reopen in June."


def _write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_a_salutation_ending_in_a_comma_before_a_blank_line_is_read(fresh_app, tmp_path):
    folder = tmp_path / "in"
    _write(folder, "letter.txt", LETTER)
    report = fresh_app.ingest([folder])
    assert report.added and not report.unread
    speakers = {s.speaker for s in fresh_app.corpus.statements()}
    assert any("Oakridge" in (s or "") for s in speakers)


def test_an_article_a_reader_fails_on_is_indexed_without_statements(fresh_app, tmp_path, monkeypatch):
    monkeypatch.setattr("index.safety_net.STRICT", False)  # the suite's default is to fail loudly
    folder = tmp_path / "in"
    _write(folder, "bad.txt", "The lock keeper, Odo Corrigal, said on Friday the gates were stuck.")
    _write(folder, "good.txt", OTHER)
    real = extract_mod._article

    def failing(article, docs, tick=None):
        if "Corrigal" in article.text:
            raise IndexError("list index out of range")
        return real(article, docs, tick)

    monkeypatch.setattr(extract_mod, "_article", failing)
    report = fresh_app.ingest([folder])
    assert len(report.added) == 2
    assert [Path(p).name for p in report.unread] == ["bad.txt"]
    assert "1 without speakers" in report.summary()
    speakers = {s.speaker for s in fresh_app.corpus.statements()}
    assert any("Rasková" in (s or "") for s in speakers)
    assert not any("Corrigal" in (s or "") for s in speakers)
    # The failed article's passages are still found.
    answer = fresh_app.answer("What did the lock keeper say about the gates?")
    assert any("stuck" in c.text for c in answer.citations)


def test_a_story_whose_line_breaks_were_lost_after_its_date_line_is_kept(tmp_path):
    from index.articles import load_article

    body = " ".join(f"The ferry company said the {n}th crossing of the week had been cancelled." for n in range(4, 12))
    path = tmp_path / "ferry.txt"
    path.write_text("Ferry crossings cancelled\nPublished 13 May 2025 " + body, encoding="utf-8")
    article = load_article(path)
    assert str(article.published) == "2025-05-13"
    assert "11th crossing" in " ".join(article.slice(p) for p in article.paragraphs)


def test_no_words_is_no_nationality():
    from index.statements.nationals import nationality_gender

    assert nationality_gender([], None) is False
