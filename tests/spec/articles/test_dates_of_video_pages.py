"""A video page's own line dates its transcript: "Streamed live on ...", "Premiered ...",
"Uploaded ...", after the page's view count ("2,318 views  Streamed live on Feb 11, 2025"), as
the platform prints it. A news sentence that starts with one of these words dates nothing.
Every article here is invented."""

from datetime import date

from tests.spec.invented import cleaned as _article


def test_a_streamed_live_line_after_the_view_count_dates_a_caption_transcript():
    a = _article(
        "Harrow Vale Water Board - Public Meeting on Reservoir Levels (LIVE)\n\n"
        "Harrow Vale Civic TV\n912 subscribers\n\nSubscribe\n\n"
        "1,207 views  Streamed live on Sep 9, 2024\n"
        "Public meeting of the board. Chair Odile Franssen presides.\n\n"
        "Transcript\n0:04 good evening everyone we have a quorum\n"
        "0:12 the reservoir is at forty percent of capacity\n"
    )
    assert a.published == date(2024, 9, 9)


def test_a_premiered_line_dates_a_lecture_page_in_another_layout():
    a = _article(
        "Why Harbours Silt Up | Lecture by Dr Kasimir Adeyinka\n\n"
        "Coastal Works Institute\n\n"
        "48K views · Premiered 14 March 2023\n\n"
        "Dr Adeyinka explains how dredging schedules are set and why they slip.\n\n"
        "0:00 thank you all for coming tonight\n"
    )
    assert a.published == date(2023, 3, 14)


def test_a_news_sentence_starting_premiered_is_no_date_line():
    a = _article(
        "Film festival opens in Tarnby\n\n"
        "Premiered at a small festival on 3 May 2021 with almost no audience, the documentary about "
        "the Tarnby ferry has since been shown in forty countries, its director said on Sunday.\n\n"
        "The festival runs for ten days."
    )
    assert a.published != date(2021, 5, 3)
