"""Header lines of transcripts and shows that date the page: an event's ISO start stamp
("Event start: 2024-05-14T09:30:00Z"), an episode line with a dotted year-first date and a
running time, a "Broadcast"/"Aired" line. Every article here is invented."""

from datetime import date

import pytest

from index.articles import clean, parse_front_matter


def _article(text: str):
    return clean(parse_front_matter(text), "x.txt")


@pytest.mark.parametrize(
    "header, expected",
    [
        ("Event start: 2024-05-14T09:30:00Z", date(2024, 5, 14)),
        ("Event date: 2023-11-02 15:00 UTC", date(2023, 11, 2)),
        ("Call start: 2024-02-20T14:00:00+01:00", date(2024, 2, 20)),
        ("Broadcast: 4 March 2024", date(2024, 3, 4)),
    ],
)
def test_event_start_stamp_under_a_call_title_dates_the_transcript(header, expected):
    a = _article(
        "Tallow Mills plc H1 2024 Results Call — Transcript\n\n" + header + "\n\n"
        "Company participants\nOrla Brandt, Chief Executive\n\n"
        "Orla Brandt\nThank you. Revenue rose four per cent in the half, helped by new contracts.\n\n"
        "Operator\nOur first question comes from Ravi Moss."
    )
    assert a.published == expected


@pytest.mark.parametrize(
    "header, expected",
    [
        ("Published 2024.09.12 · 48 min", date(2024, 9, 12)),
        ("Published: 2023.01.30 | 22 mins", date(2023, 1, 30)),
        ("Aired 2024.10.07 · 1 hr 5 min", date(2024, 10, 7)),
    ],
)
def test_episode_header_block_with_a_dotted_date_dates_the_page(header, expected):
    # the show's title, the date line and the recording note are one block, no blank line between
    a = _article(
        'THE BEEKEEPERS\' HOUR — Episode 41: "Swarms, sugar and the new hives"\n' + header + "\n"
        "Recorded at the club apiary in Fenwick.\n\n"
        "[00:00:03] HOST: Welcome back to the show. With me today, the club's treasurer.\n\n"
        "[00:00:10] GUEST: Thanks for having me. We lost two colonies in the cold spell."
    )
    assert a.published == expected
