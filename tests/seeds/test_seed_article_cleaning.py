"""Seed regression: how cleaning reads two shipped seed articles (seed facts allowed here)."""

from pathlib import Path

from index.articles import load_article

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"


def _paragraphs(article) -> list[str]:
    return [article.slice(p) for p in article.paragraphs]


def test_seed_article_paragraphs_slice_the_original_text():
    a = load_article(SEEDS / "004_6cec359ea448f784.txt")
    assert a.outlet == "TASS"
    assert _paragraphs(a)[0].startswith("MOSCOW, December 29. /TASS/. Russia will persevere")
    assert [a.slice(s) for s in a.subheadings] == ["Lachin Corridor"]
    for p in a.paragraphs:
        assert a.text[p.start : p.end] == a.slice(p)


def test_seed_aggregator_footer_is_not_article_text():
    a = load_article(SEEDS / "002_5330609adfd73756.txt")
    body = " ".join(_paragraphs(a))
    assert "Back to top" not in body and "Russia news" not in body and "point of view" not in body
    assert a.title == "Armenia urges Putin to take action against Karabakh blockade"
