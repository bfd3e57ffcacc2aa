"""Publication dates and outlets in styles beyond the news wire: live blogs, press releases,
"first published" footers, ordinal dates. Every article here is invented."""

from datetime import date

import pytest

from tests.spec.invented import cleaned as _article


@pytest.mark.parametrize(
    "header, expected",
    [
        ("Live updates · Thursday 3 April 2025", date(2025, 4, 3)),
        ("Live coverage | Saturday, 8 November 2025, 10:02 GMT", date(2025, 11, 8)),
        ("As it happened — 14 February 2024", date(2024, 2, 14)),
    ],
)
def test_live_blog_header_line_dates_the_page(header, expected):
    a = _article(
        "LIVE: Floods close the ring road\n\n" + header + "\nEdited by Ana Ruiz and Ben Hale\n\n"
        "17:48\nThat is all from us today.\n\n"
        "09:05 – Warning\nThe river authority warned of rising water, its spokesman Ivo Marsh said."
    )
    assert (a.published, a.date_confidence) == (expected, "stated")


@pytest.mark.parametrize(
    "dateline, outlet, expected",
    [
        ("NAIROBI, Kenya, September 9, 2025 /PRNewswire/ --", "PRNewswire", date(2025, 9, 9)),
        ("AUSTIN, Texas, Feb. 3, 2024 /PRNewswire/ --", "PRNewswire", date(2024, 2, 3)),
        ("LEEDS, England, 12 May 2023 (BUSINESS WIRE) --", "BUSINESS WIRE", date(2023, 5, 12)),
    ],
)
def test_press_release_dateline_with_region_gives_date_and_wire(dateline, outlet, expected):
    a = _article(
        "FOR IMMEDIATE RELEASE\n\nKestrel Pumps Raises New Funds\n\n"
        f"{dateline} Kestrel Pumps Ltd. today announced a funding round.\n\n"
        '"This lets us grow," said Mara Oyelaran, Chief Executive Officer of Kestrel Pumps.'
    )
    assert (a.published, a.date_confidence, a.outlet) == (expected, "stated", outlet)
    assert a.title == "Kestrel Pumps Raises New Funds"  # the banner is not the title


@pytest.mark.parametrize(
    "footer, outlet, expected",
    [
        ("This report by The Canadian Press was first published March 18, 2025.", "The Canadian Press", date(2025, 3, 18)),
        ("This article was originally published on 2 May 2024 by Harbour Weekly.", "Harbour Weekly", date(2024, 5, 2)),
        ("This story was first published on 7th October, 2023.", None, date(2023, 10, 7)),
    ],
)
def test_first_published_footer_dates_an_article_with_an_undated_dateline(footer, outlet, expected):
    a = _article(
        "Quota cut angers harvesters\n\n"
        "MONCTON — Ottawa is cutting the eel quota, a decision fishers on Tuesday called unfair.\n\n"
        '"It hurts," said Luc Daigle, president of the fishers\' group.\n\n'
        f"{footer}\n\n— With files from Ana Brun."
    )
    assert (a.published, a.date_confidence, a.outlet) == (expected, "stated", outlet)


def test_a_past_date_said_to_be_first_published_inside_the_story_is_not_a_footer_date():
    a = _article(
        "Novel returns\n\nThe novel, first published in 1961, is back in print, its editor Rose Lam said on Monday.\n\n"
        "It sold well."
    )
    assert a.published is None


@pytest.mark.parametrize("line", ["Published 13th August, 2025", "Published 13th August 2025 | Updated 14th August 2025"])
def test_ordinal_published_line(line):
    a = _article(f"Riders protest ban\n\nBy Kola Ade, Abuja\n{line}\n\nThe union disclosed this on Tuesday.")
    assert a.published == date(2025, 8, 13)


def test_a_time_stamp_after_the_translation_credit_dates_the_article():
    a = _article(
        "The ferry to Quenvel will run twice a day from April, the harbour board said.\n\n"
        "The new timetable was agreed on Monday.\n\n"
        "Translated from German by Ilse Vahrenkamp. 18.03.2025, 16:42 Uhr\n"
    )
    assert a.published == date(2025, 3, 18)


def test_a_date_ending_a_story_sentence_is_no_time_stamp():
    a = _article(
        "The ferry to Quenvel will run twice a day from April, the harbour board said.\n\n"
        "The timetable takes effect on 18 March 2025.\n"
    )
    assert a.published is None
