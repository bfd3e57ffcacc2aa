"""Lines a page prints above or under its headline: review and embargo lines, numeric and ISO
date lines, section labels, a headline/byline/date block with no blank line. The headline
after them stays the title, and the date they state dates the article. Articles invented."""

from datetime import date

import pytest

from tests.spec.invented import cleaned as _article


_STORY = ("The harbour board said on Friday that ferry fares would rise by a fifth.\n\n"
          '"We have no choice," said Orla Penrose, the board\'s chair.\n')


@pytest.mark.parametrize(
    "header, expected",
    [
        ("Last reviewed: 4 March 2025", date(2025, 3, 4)),
        ("Last reviewed 4 March 2025", date(2025, 3, 4)),
        ("Fact-checked 11 February 2024", date(2024, 2, 11)),
        ("EMBARGOED UNTIL 00:01 GMT THURSDAY 12 JUNE 2025", date(2025, 6, 12)),
        ("Not for publication before 00:01 on 9 October 2023", date(2023, 10, 9)),
        ("14/11/2024", date(2024, 11, 14)),
        ("2025-02-18T09:30:00Z", date(2025, 2, 18)),
        ("Published on 9 September 2024", date(2024, 9, 9)),
        ("Updated 2 hours ago · 15 Jan 2026, 14:05 GMT", date(2026, 1, 15)),
        ("By Lin Wu | Published 12.06.2025 09:14", date(2025, 6, 12)),
    ],
)
def test_a_header_line_first_dates_the_article_and_the_next_line_is_the_title(header, expected):
    a = _article(f"{header}\nFerry fares to rise by a fifth\n\n{_STORY}")
    assert (a.published, a.date_confidence) == (expected, "stated")
    assert a.title == "Ferry fares to rise by a fifth"
    assert a.slice(a.paragraphs[0]).startswith("The harbour board said")


@pytest.mark.parametrize("label", ["WORLD | ASIA", "Business › Markets", "FACT CHECK", "OPINION"])
def test_a_section_label_above_the_headline_is_not_the_title(label):
    a = _article(f"{label}\n\nFerry fares to rise by a fifth\n\nPublished: 3 May 2024\n\n{_STORY}")
    assert a.title == "Ferry fares to rise by a fifth"
    assert a.published == date(2024, 5, 3)


def test_a_headline_in_capitals_followed_by_the_story_stays_the_title():
    a = _article(f"FERRY FARES TO RISE\n\n{_STORY}")
    assert a.title == "FERRY FARES TO RISE"


def test_headline_byline_and_date_without_blank_lines_are_three_lines():
    a = _article("Senate panel delays vote on water bill\nBy Carla Mendes\nNov. 3, 2025\n\n"
                 "WASHINGTON — A Senate panel delayed a vote on Monday, chairman Rob Tilley said.\n")
    assert a.title == "Senate panel delays vote on water bill"
    assert (a.published, a.date_confidence) == (date(2025, 11, 3), "stated")


def test_an_ambiguous_numeric_date_line_dates_nothing_but_is_still_no_title():
    a = _article(f"3/11/2025\nFerry fares to rise by a fifth\n\n{_STORY}")
    assert a.published is None
    assert a.title == "Ferry fares to rise by a fifth"


def test_a_hard_wrapped_paragraph_is_still_joined():
    a = _article("Ferry fares to rise\n\nThe harbour board said on Friday that fares\nwould rise by a fifth "
                 "from the summer, and\nBy contrast, the rival line would hold\nits prices, it said.\n")
    assert len(a.paragraphs) == 1


def test_a_byline_with_a_verb_and_a_numeric_date_dates_the_article():
    a = _article(f"Ferry fares to rise by a fifth\nWritten by Jo Bell on 14/06/2025\n\n{_STORY}")
    assert (a.published, a.title) == (date(2025, 6, 14), "Ferry fares to rise by a fifth")


@pytest.mark.parametrize(
    "header, expected",
    [("2025/11/03", date(2025, 11, 3)), ("2025.11.03 17:02", date(2025, 11, 3)), ("13-11-2025", date(2025, 11, 13)),
     ("Updated: Nov. 3, 2025, 5:02 p.m. ET | Published: Nov. 2, 2025", date(2025, 11, 2)),
     ("Last updated 5 May 2025; first published 1 May 2025", date(2025, 5, 1))],
)
def test_year_first_dates_and_lines_with_two_labels(header, expected):
    a = _article(f"Ferry fares to rise by a fifth\n{header}\n\n{_STORY}")
    assert (a.published, a.title) == (expected, "Ferry fares to rise by a fifth")


def test_a_dashed_date_that_could_be_either_order_dates_nothing_alone():
    assert _article(f"Ferry fares to rise\n03-11-2025\n\n{_STORY}").published is None
