"""Reading and cleaning articles: every quirk of scraped news, in general."""

import pytest

from index.articles import clean, parse_front_matter, read_article_file
from index.errors import ArticleError


def _clean(text: str, meta: dict | None = None):
    return clean(parse_front_matter(text), "a.txt", meta)


def _paragraphs(article) -> list[str]:
    return [article.slice(p) for p in article.paragraphs]


def test_repeated_title_line_becomes_the_title_once():
    a = _clean("Leaders Meet Again\n\nLeaders Meet Again\n\nThe two leaders met on Friday.\n\nThey spoke.")
    assert a.title == "Leaders Meet Again"
    assert _paragraphs(a) == ["The two leaders met on Friday.", "They spoke."]


def test_article_without_title_keeps_its_lede_as_first_paragraph():
    a = _clean("The minister said on Monday that talks would resume.\nHe gave no date.")
    assert a.title is None
    assert _paragraphs(a)[0].startswith("The minister said")


def test_subheading_inside_body_is_not_a_paragraph():
    a = _clean("First paragraph of the story.\nBackground\nSecond paragraph of the story.")
    assert _paragraphs(a) == ["First paragraph of the story.", "Second paragraph of the story."]
    assert [a.slice(s) for s in a.subheadings] == ["Background"]


@pytest.mark.parametrize(
    "lede, outlet, rest",
    [
        ("OSLO, October 3. /TASS/. Norway will act.", "TASS", "Norway will act."),
        ("WASHINGTON (Reuters) - The US said it would help.", "Reuters", "The US said it would help."),
        ("LIMA, Jan. 5 (AP) — Peru said no.", "AP", "Peru said no."),
    ],
)
def test_dateline_stays_in_the_lede_and_names_the_outlet(lede, outlet, rest):
    a = _clean(lede + "\nMore text follows here.")
    assert _paragraphs(a)[0] == lede  # a place named only there stays searchable
    assert _paragraphs(a)[0].endswith(rest)
    assert a.outlet == outlet


def test_dateline_with_year_gives_a_stated_date():
    a = _clean("NEW YORK, March 3, 2023 - The council met.\nIt ended late.")
    assert a.published.isoformat() == "2023-03-03"
    assert a.date_confidence == "stated"


def test_credit_line_names_the_outlet_and_is_dropped():
    a = _clean("Officials met on Friday.\n\nSource: Example News")
    assert a.outlet == "Example News"
    assert _paragraphs(a) == ["Officials met on Friday."]


def test_trailing_site_boilerplate_is_dropped():
    text = (
        "A headline here\n\nThe talks ended without agreement.\n\nBoth sides will meet again.\n\n"
        "World news\n\nThe views expressed here do not necessarily reflect those of the site.\nBack to top button"
    )
    assert _paragraphs(_clean(text)) == ["The talks ended without agreement.", "Both sides will meet again."]


def test_typographic_quotes_are_kept_verbatim_for_display():
    a = _clean("“We will not allow it,” the minister’s office said.\nNothing more.")
    assert _paragraphs(a)[0] == "“We will not allow it,” the minister’s office said."


def test_front_matter_overrides_what_is_inferred():
    text = "---\ntitle: My Title\noutlet: Daily Example\npublished: 2024-05-06\nurl: https://example.org/x\n---\nHEADLINE\n\nBody sentence here."
    a = _clean(text, meta={"outlet": "Manifest Outlet"})
    assert (a.title, a.outlet, a.published.isoformat(), a.url) == ("My Title", "Daily Example", "2024-05-06", "https://example.org/x")
    assert a.text == text  # offsets are into the file as it is on disk
    assert _paragraphs(a) == ["Body sentence here."]


def test_malformed_front_matter_is_a_clear_error():
    with pytest.raises(ArticleError, match="front matter"):
        parse_front_matter("---\ntitle: [unclosed\n---\nBody.")


def test_bad_published_date_is_a_clear_error():
    with pytest.raises(ArticleError, match="YYYY-MM-DD"):
        _clean("---\npublished: last tuesday\n---\nBody text here.")


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(ArticleError, match="binary"):
        read_article_file(path)


def test_empty_file_is_refused(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("  \n\n ")
    with pytest.raises(ArticleError, match="no text"):
        read_article_file(path)


def test_windows_1252_text_is_decoded(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes("The minister’s office said so.".encode("cp1252"))
    assert "minister’s" in read_article_file(path).text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_a_unicode_file_with_a_byte_order_mark_is_decoded(tmp_path, encoding):
    # Windows editors save "Unicode" text as UTF-16 with a BOM: it was refused as binary.
    text = "Minister Zoë Brandt said on Friday that the bridge would reopen.\n"
    path = tmp_path / "x.txt"
    bom = {"utf-16-be": "\ufeff"}.get(encoding, "")  # the plain codecs write their own BOM
    path.write_bytes((bom + text).encode(encoding))
    assert read_article_file(path).text == text


def test_a_utf8_file_with_one_stray_byte_keeps_its_utf8_text(tmp_path):
    # One Windows-1252 quote pasted into a UTF-8 file made the whole file Windows-1252:
    # every curly quote and accent became mojibake ("â€œ"), and no quote was found.
    path = tmp_path / "x.txt"
    path.write_bytes("Minister Zoë Brandt said: “The bridge will reopen.”\n".encode() + b"Her aide called it \x93a relief\x94.\n")
    text = read_article_file(path).text
    assert "Zoë Brandt said: “The bridge will reopen.”" in text
    assert "called it “a relief”." in text


def test_a_stray_byte_undefined_in_windows_1252_is_replaced_not_refused(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes("Minister Zoë Brandt said the bridge would reopen.\x81\n".encode("latin-1").replace(b"\xeb", "ë".encode()))
    text = read_article_file(path).text
    assert text == "Minister Zoë Brandt said the bridge would reopen.\ufffd\n"


def test_utf16_without_a_byte_order_mark_is_still_refused_clearly(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes("Minister Zoë Brandt said so.".encode("utf-16-le"))
    # It said "looks like a binary file", which is no help to whoever saved it as UTF-16.
    with pytest.raises(ArticleError, match="UTF-16 text without a byte order mark"):
        read_article_file(path)


def test_a_binary_file_is_still_called_binary(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(ArticleError, match="binary"):
        read_article_file(path)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(ArticleError, match="Cannot read"):
        read_article_file(tmp_path / "nope.txt")


@pytest.mark.parametrize(
    "front",
    ["date: 2024-05-06T08:30:00Z\npublisher: Daily Example", "pubDate: '2024-05-06'\nsource: Daily Example",
     "published: 2024-05-06 08:30:00\noutlet: Daily Example"],
)
def test_front_matter_in_static_site_styles(front):
    a = _clean(f"---\n{front}\n---\nBody sentence here.")
    assert (a.published.isoformat(), a.outlet) == ("2024-05-06", "Daily Example")
