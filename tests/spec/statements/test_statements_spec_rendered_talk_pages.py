"""A talk page as a browser renders it: "From the free encyclopedia", banners ("This is the talk page
for ...", "This article is rated ..."), a "Contents" list and "Section[edit]" headings above the
signed comments. The banners, the contents list and the headings are no one's words; an address
signing with no "Preceding unsigned comment" note still signs; a question, a request or a thanks
in a comment states nothing; a reply's "(edit conflict)" marker is the wiki's, not the signer's."""

from datetime import date

from tests.spec.invented import day_of, speaker_of, statements_of

RENDERED = """Talk:Orrisdale footbridge

From Wikipedia, the free encyclopedia

This is the talk page for discussing improvements to the Orrisdale footbridge article.
This is not a forum for general discussion of the article's subject.

This article is rated C-class on Wikipedia's content assessment scale.

Contents
1 Span length
2 Edit request on 4 March 2026

Span length[edit]

The article gives a span of 41 metres but the county survey gives 38 metres. Which one is right? Quillon Barth (talk) 10:12, 2 March 2026 (UTC)

:The survey measures between the piers, so both can stand with a note. Thanks for raising it. Ervane_K (talk) 12:40, 2 March 2026 (UTC)

::(edit conflict) I measured the deck myself last summer and it came to nearly 41 metres. Quillon Barth (talk) 12:44, 2 March 2026 (UTC)

Edit request on 4 March 2026[edit]

Please change "opened in 1934" to "opened in 1936". The plaque on the bridge gives the later year. 198.51.100.23 (talk) 09:05, 4 March 2026 (UTC)

:Not done for now. The plaque records the reopening after the flood, not the first opening. If you have a source for 1936, please add it here. Ervane_K (talk) 11:30, 4 March 2026 (UTC)
"""


def test_the_banners_contents_list_and_headings_are_no_ones_words():
    stmts = statements_of(RENDERED)
    for words in ("talk page for discussing", "not a forum", "rated C-class", "Contents", "Span length", "Edit request on"):
        assert not [s for s in stmts if words in s.content], (words, [(s.speaker, s.content) for s in stmts])


def test_the_first_comment_after_a_rendered_heading_is_its_signers():
    stmts = statements_of(RENDERED)
    assert speaker_of(stmts, "county survey gives 38 metres") == "Quillon Barth"


def test_an_address_signing_after_a_full_stop_is_the_whole_address():
    stmts = statements_of(RENDERED)
    assert speaker_of(stmts, "plaque on the bridge gives the later year") == "198.51.100.23"


def test_a_question_a_request_and_a_thanks_state_nothing():
    stmts = statements_of(RENDERED)
    for words in ("Which one is right", "Thanks for raising it", "Please change", "please add it here"):
        assert not [s for s in stmts if words in s.content], (words, [(s.speaker, s.content) for s in stmts])
    assert speaker_of(stmts, "both can stand with a note") == "Ervane_K"
    assert speaker_of(stmts, "records the reopening after the flood") == "Ervane_K"


def test_an_edit_conflict_marker_is_not_the_signers():
    stmts = statements_of(RENDERED)
    said = [s for s in stmts if "measured the deck myself" in s.content]
    assert said and all("edit conflict" not in s.content for s in said), [(s.speaker, s.content) for s in said]
    assert said[0].speaker == "Quillon Barth"


RELAYED = """Talk:Brannock weir

Date of the breach[edit]

The Harbour Courier article from 24 February quotes the site engineer, Ysolt Farquay, as saying "the weir gave way a little after midnight." I'd add that to the lead. Quillon Barth (talk) 10:12, 2 March 2026 (UTC)

:Agreed. The Courier piece also quotes the owner, Donnach Pellew, as saying he "heard the water before he saw it." Ervane_K (talk) 12:40, 4 March 2026 (UTC)
"""


def test_words_quoted_from_a_dated_article_are_of_the_articles_day():
    stmts = statements_of(RELAYED)
    assert speaker_of(stmts, "gave way a little after midnight") == "Ysolt Farquay"
    assert day_of(stmts, "gave way a little after midnight") == date(2026, 2, 24)


def test_the_same_papers_piece_named_again_keeps_its_day():
    stmts = statements_of(RELAYED)
    assert day_of(stmts, "heard the water before he saw it") == date(2026, 2, 24)
