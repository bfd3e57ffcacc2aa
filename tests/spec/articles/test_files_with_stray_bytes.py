"""A UTF-8 article with a stray Windows-1252 byte is read as UTF-8, and its quotes are found."""

from index.articles import clean, read_article_file
from tests.spec.invented import speaker_of
from index.statements.extract import extract


def test_a_stray_byte_does_not_hide_the_quotes_of_a_utf8_article(tmp_path):
    path = tmp_path / "harbour.txt"
    path.write_bytes(
        "Harbour dues to rise\n\n".encode()
        + "“We cannot keep the piers open on today’s fees,” said Orla Quenby, the harbour master.\n\n".encode()
        + b"A fisherman called the rise \x93unfair\x94.\n"
    )
    article = clean(read_article_file(path), "harbour.txt")
    assert "“We cannot keep the piers open on today’s fees,”" in article.text
    assert speaker_of(extract(article), "keep the piers open") == "Orla Quenby"
