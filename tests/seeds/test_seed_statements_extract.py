"""Extraction: quotes verbatim, offsets into the original text, acts, dates and places."""

from datetime import date

import pytest

from bench.statements_quality import load_seeds
from index.models import Article
from index.statements.extract import extract
from index.textnorm import fold


@pytest.fixture(scope="module")
def by_article():
    return {a.id[:3]: (a, extract(a)) for a in load_seeds()}


def test_every_statement_content_lies_inside_its_span(by_article):
    for article, stmts in by_article.values():
        for st in stmts:
            assert st.content in article.text[st.start:st.end], (st.article_id, st.content)


def test_direct_quote_is_verbatim_with_typographic_marks_kept(by_article):
    article, stmts = by_article["003"]
    st = next(s for s in stmts if "checkpoint there is not envisioned" in s.content)
    assert st.quote_type == "direct"
    before = article.text[: article.text.index(st.content)]
    assert before.rfind("\u201c") > before.rfind("\u201d")  # inside the quotation marks, verbatim


def test_statement_span_is_whole_sentences(by_article):
    article, stmts = by_article["004"]
    st = next(s for s in stmts if s.act == "insisted")
    assert article.text[st.start:st.end].startswith('"Armenia is one of our closest allies')
    assert article.text[st.start:st.end].endswith("insisted.")


def test_dateline_is_not_part_of_the_lede_statement(by_article):
    article, stmts = by_article["004"]
    assert not article.text[stmts[0].start:stmts[0].end].startswith("MOSCOW")


def test_lavrov_statements_carry_resolved_dates(by_article):
    dates = {s.when_start for k in ("000", "003") for s in by_article[k][1] if s.speaker == "Sergey Lavrov"}
    assert {date(2023, 1, 17), date(2023, 1, 18), date(2023, 2, 28)} <= dates


def test_following_day_resolves_from_previous_date_in_paragraph(by_article):
    st = next(s for s in by_article["003"][1] if s.when_text == "the following day")
    assert st.when_start == date(2023, 1, 18)


def test_time_phrase_inside_reported_content_is_not_the_statement_date(by_article):
    # "According to Peskov, Putin discussed ... on Tuesday.": Tuesday is when Putin discussed it.
    st = next(s for s in by_article["004"][1] if s.content.startswith("Russian President Vladimir Putin discussed"))
    assert st.when_start != date(2022, 12, 27)


def test_perfect_tense_statement_stays_undated(by_article):
    st = next(s for s in by_article["000"][1] if s.speaker == "Armenia" and s.act == "denied")
    assert st.when_start is None


def test_place_is_taken_from_the_attribution(by_article):
    st = next(s for s in by_article["003"][1] if s.content.startswith("traffic through the Lachin corridor"))
    assert st.where == "Baku"


def test_participle_clause_is_its_own_statement(by_article):
    acts = [s.act for s in by_article["001"][1] if s.speaker == "Nikol Pashinyan"]
    assert "added" in acts


def test_ids_are_stable_and_unique(by_article):
    article, stmts = by_article["000"]
    assert len({s.id for s in stmts}) == len(stmts)
    assert [s.id for s in extract(article)] == [s.id for s in stmts]


def test_article_without_attribution_has_no_statements():
    text = "The Lachin Corridor is the only route. The ensuing conflict claimed an estimated 30,000 lives."
    assert extract(Article(id="x", text=text, date_confidence="stated", published=date(2023, 1, 1))) == []


def test_offsets_survive_curly_quotes():
    text = "\u201cWe will not sign,\u201d Foreign Minister Anna Berg said on Monday."
    (st,) = extract(Article(id="x", text=text, date_confidence="stated", published=date(2024, 5, 8)))
    assert (st.speaker, st.content, st.when_start) == ("Anna Berg", "We will not sign", date(2024, 5, 6))
    assert fold(text[st.start:st.end]) == fold(text)


def test_following_day_counts_from_a_date_named_outside_any_statement():
    text = ("Officials signed the deal on June 2 in Astana after long talks. "
            "The following day, Energy Minister Anna Berg said the deal would hold.")
    (st,) = extract(Article(id="x", text=text, date_confidence="stated", published=date(2023, 6, 7)))
    assert (st.speaker, st.when_start, st.when_text) == ("Anna Berg", date(2023, 6, 3), "The following day")


def test_inverted_attribution_and_title_before_name():
    text = ("Austria is ready to host new talks, Austrian Foreign Minister Anna Berg told reporters on Wednesday. "
            "\u201cWe are ready to help,\u201d said Berg.")
    first, second = extract(Article(id="x", text=text, date_confidence="stated", published=date(2024, 5, 8)))
    assert (first.content, first.act, first.when_start) == ("Austria is ready to host new talks", "told",
                                                             date(2024, 5, 8))
    assert (second.speaker, second.quote_type, second.content) == ("Anna Berg", "direct", "We are ready to help")


def test_quote_ending_a_sentence_splits_it_for_the_pronoun_after():
    text = ('Foreign Minister Anna Berg said Vienna "will not wait forever." She also urged both sides to talk.')
    stmts = extract(Article(id="x", text=text, date_confidence="stated", published=date(2024, 5, 8)))
    assert [(s.speaker, s.act) for s in stmts] == [("Anna Berg", "said"), ("Anna Berg", "urged")]
    assert stmts[0].end < stmts[1].start


def test_calling_clause_is_a_second_statement_and_ends_the_first():
    text = 'Prime Minister Anna Berg rejected the proposal on Friday, calling it "a trap".'
    first, second = extract(Article(id="x", text=text, date_confidence="stated", published=date(2023, 10, 27)))
    assert (first.act, first.content) == ("rejected", "the proposal")
    assert (second.act, second.content, second.when_start) == ("called", 'it "a trap"', date(2023, 10, 27))
