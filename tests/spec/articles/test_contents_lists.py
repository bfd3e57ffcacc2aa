"""A page's own table of contents ("On this page" over "- What is changing?" ..., a wiki's
"Contents / 1 Span length / 2 ...") lists the headings printed below it: its lines are links, no
passage of the page. A "Contents" line over items that are not headings below stays text."""

from tests.spec.invented import cleaned

FAQ = """Quellow Fen Parish Council

Plot rents: frequently asked questions

Last updated: 2 March 2026

From 1 April the rent for a full plot will rise. This page answers the questions plot holders have asked us.

On this page
- What is changing?
- Why are rents going up?

What is changing?

A full plot will cost £64 a year and a half plot £34.

Why are rents going up?

The water bill for the site cost us £2,100 last year, twice what it cost in 2023.
"""

WIKI = """Talk:Orrisdale footbridge

Contents
1 Span length
2 Edit request on 4 March 2026

Span length[edit]

The article gives a span of 41 metres but the survey gives 38 metres. Quillon Barth (talk) 10:12, 2 March 2026 (UTC)

Edit request on 4 March 2026[edit]

The plaque on the bridge gives the later year. 198.51.100.23 (talk) 09:05, 4 March 2026 (UTC)
"""

NOT_A_LIST = """Food bank shelves run low

By Ysolde Marrenby

Contents of the food bank's shelves were counted on Monday.

On this page
- The shelves held 40 tins of soup.
- Volunteers said more pasta was needed.

The food bank opens again on Thursday.
"""


def _paragraphs(article):
    return [article.slice(p) for p in article.paragraphs]


def test_an_on_this_page_list_of_the_headings_below_is_dropped():
    article = cleaned(FAQ)
    assert not [p for p in _paragraphs(article) if p.startswith("- ") or p == "On this page"], _paragraphs(article)
    assert any("cost us £2,100" in p for p in _paragraphs(article))


def test_a_wikis_numbered_contents_block_is_dropped():
    article = cleaned(WIKI)
    assert not [p for p in _paragraphs(article) if p.startswith("Contents")], _paragraphs(article)


def test_a_list_whose_items_are_no_headings_below_stays():
    article = cleaned(NOT_A_LIST)
    assert any("40 tins of soup" in p for p in _paragraphs(article)), _paragraphs(article)
