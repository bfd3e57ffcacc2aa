"""Telegram HTML rendering and splitting, without a bot."""

from __future__ import annotations

import re
from datetime import date

from fake_telegram import parse_html

from bot.telegram.render import (
    by_date,
    draft_text,
    esc,
    render_answer,
    render_passage,
    source_buttons,
    split_html,
    statement_listing,
    to_plain,
)
from bot.service import PassageView
from index.models import Answer, Article, Citation, Span, Statement

TEXT = 'Mayor <Vance> said the levy & "toll" were a scandal. Then she left.'
ARTICLE = Article(
    id="a1",
    text=TEXT,
    title="Tolls <b>& levies",
    outlet="The Quill & Ink",
    published=date(2024, 3, 5),
    date_confidence="stated",
    paragraphs=(Span(0, len(TEXT)),),
)
CITATION = Citation(1, "a1", 0, 52, TEXT[:52], paragraph=1)


def lookup(article_id):
    return ARTICLE if article_id == "a1" else None


def _markers(text):
    return re.findall(r"\[\d+\]", to_plain(text))


def test_article_and_question_text_is_escaped_and_parses_as_telegram_html():
    answer = Answer(question="<q>", text=TEXT[:52] + " [1]", citations=[CITATION])
    [message] = render_answer(answer, lookup)
    plain = parse_html(message)  # raises as Telegram would on a stray < or &
    assert "Mayor <Vance> said the levy & \"toll\"" in plain
    assert "The Quill & Ink, 5 March 2024 — Tolls <b>& levies, ¶ 1" in plain
    assert "&lt;Vance&gt;" in message and "<b>Sources</b>" in message


def test_notice_is_shown_above_the_answer():
    answer = Answer(question="q", text="x [1]", citations=[CITATION], notice="The model is <offline> & slow.")
    assert render_answer(answer, lookup)[0].startswith("<i>The model is &lt;offline&gt; &amp; slow.</i>")


def test_abstention_lists_related_passages_and_buttons_open_them():
    answer = Answer(question="q", text="The articles do not answer this.", abstained=True, related=[CITATION])
    [message] = render_answer(answer, lookup)
    assert "<b>Related passages</b>\n[1] “Mayor &lt;Vance&gt;" in message
    assert source_buttons(answer).inline_keyboard[0][0].callback_data == "src:1"


def test_passage_puts_the_cited_span_in_bold():
    view = PassageView(CITATION, ARTICLE, "", TEXT[:52], TEXT[52:], None, "Next <para>")
    [message] = render_passage(view)
    assert "<b>Mayor &lt;Vance&gt; said the levy &amp; \"toll\" were a scandal.</b> Then she left." in message
    assert message.endswith("<i>Next &lt;para&gt;</i>")
    parse_html(message)


def test_short_text_is_one_message():
    assert split_html("<b>hi</b> [1]") == ["<b>hi</b> [1]"]


def test_long_answer_splits_at_paragraphs_first():
    paragraphs = [f"Paragraph {i} says something notable here [{i}]." * 5 for i in range(200)]
    chunks = split_html("\n\n".join(paragraphs), 4096)
    assert len(chunks) > 1
    for chunk in chunks:
        assert len(chunk) <= 4096
        assert chunk.endswith("].")  # every cut is at the end of a paragraph
    assert "\n\n".join(chunks) == "\n\n".join(paragraphs)


def test_one_long_paragraph_splits_after_sentences_and_keeps_citations_whole():
    sentence = "Peskov said the tensions were worrisome and &amp; more [12] [3]. "
    chunks = split_html(sentence * 300, 1000)
    for chunk in chunks:
        assert len(chunk) <= 1000
        assert chunk.endswith("[12] [3].")
        assert chunk.count("[") == len(re.findall(r"\[\d+\]", chunk))
    assert sum(len(_markers(c)) for c in chunks) == 600


def test_split_inside_bold_closes_and_reopens_the_tag():
    html = "<b>" + "word " * 2000 + "</b>"
    chunks = split_html(html, 1000)
    assert len(chunks) > 5
    for chunk in chunks:
        assert len(chunk) <= 1000 and chunk.startswith("<b>") and chunk.endswith("</b>")
        parse_html(chunk)
    assert re.sub(r"\s+", "", "".join(to_plain(c) for c in chunks)) == "word" * 2000


def test_hard_split_never_cuts_an_entity_and_counts_utf16():
    chunks = split_html("&amp;" * 3000, 4096)
    assert all(re.fullmatch(r"(&amp;)+", c) for c in chunks)
    emoji = split_html("😀" * 3000, 4096)  # 2 UTF-16 units each
    assert all(len(c.encode("utf-16-le")) // 2 <= 4096 for c in emoji)
    assert "".join(emoji) == "😀" * 3000


def test_plain_fallback_strips_tags_and_unescapes():
    assert to_plain("<b>a &lt;b&gt; &amp; c</b> [1]") == "a <b> & c [1]"


def test_draft_is_plain_text_marked_unfinished_and_fits():
    assert draft_text("Peskov said") == "Peskov said …"
    assert len(draft_text("x" * 10_000)) <= 4096


def test_statement_listing_cites_each_statement_and_sorts_by_date():
    early = Statement("s1", "a1", "Mirela Vance", "Vance", "said", "a scandal", "direct", 0, 52,
                      when_start=date(2024, 3, 1))  # fmt: skip
    undated = Statement("s2", "a1", "Mirela Vance", "she", "left", "left", "indirect", 53, len(TEXT))
    listing = statement_listing("What Vance said", by_date([undated, early]), lookup)
    lines = listing.text.splitlines()
    assert lines[1].startswith("• 1 March 2024: Mirela Vance said: “a scandal” [1]")
    assert lines[2].startswith("• 5 March 2024 (article date): Mirela Vance left")
    assert [c.text for c in listing.citations] == [TEXT[:52], TEXT[53:]]
    assert esc("<x>") == "&lt;x&gt;"
