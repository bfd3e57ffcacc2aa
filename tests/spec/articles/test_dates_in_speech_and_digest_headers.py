"""Publication dates from the header lines of a printed speech ("Delivered on: ...") and of a
reaction round-up whose kicker runs to several labels before the date. Invented articles."""

from datetime import date

import pytest

from tests.spec.invented import cleaned as _article


@pytest.mark.parametrize("line", ["Delivered on: 3 March 2025", "Delivered on 3 March 2025 in Carrow Bay."])
def test_speech_delivered_line_dates_the_page(line):
    a = _article(
        "Speech: Minister Ilse Marten at the Carrow Bay harbour opening\n\n" + line + "\n\n"
        "Thank you all for coming.\n\n"
        "When I first came to Carrow Bay the harbour wall was a ruin. Today we open a new one.\n\n"
        "We will spend 40 million euros on the fish market next."
    )
    assert (a.published, a.date_confidence) == (date(2025, 3, 3), "stated")


@pytest.mark.parametrize("header, expected", [
    ("What people are saying | Culture desk | Friday 7 March 2025", date(2025, 3, 7)),
    ("Reaction roundup · Sport and fans · 12 October 2024", date(2024, 10, 12)),
])
def test_kicker_with_several_labels_then_a_date_dates_the_page(header, expected):
    a = _article(
        "Fans fume as Harrowgate gig is cancelled\n\n" + header + "\n\n"
        "The Harrowgate Arena cancelled Saturday's concert, the venue said in a post on Instagram.\n\n"
        '"We are gutted," the band wrote on X.'
    )
    assert (a.published, a.date_confidence) == (expected, "stated")


def test_a_sentence_opened_by_delivered_is_no_date_line():
    a = _article(
        "Parcels reach the valley by drone\n\n"
        "Delivered by drone, the first parcels reached the farms of Holm Valley on 4 May 2025 before noon, the post office said.\n\n"
        "The service will run twice a week, it said."
    )
    assert a.published is None


def test_for_immediate_release_line_dates_a_press_release():
    a = _article(
        "PRESS RELEASE\n\nKestrel Water to invest £30m in Holm reservoir\n\nFor immediate release: 17 June 2025\n\n"
        "Kestrel Water today announced a £30 million programme to strengthen the Holm dam.\n\n"
        'Chief executive Ann Lowe said: "This dam will be safe for a hundred years."'
    )
    assert (a.published, a.date_confidence) == (date(2025, 6, 17), "stated")
