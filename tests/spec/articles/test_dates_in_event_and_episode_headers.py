"""Header lines of transcripts and shows that date the page: an event's ISO start stamp
("Event start: 2024-05-14T09:30:00Z"), an episode line with a dotted year-first date and a
running time, a "Broadcast"/"Aired" line. Every article here is invented."""

from datetime import date

import pytest

from tests.spec.invented import cleaned as _article


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


@pytest.mark.parametrize(
    "header, expected",
    [
        ("Script date: 14/11/25", date(2025, 11, 14)),
        ("TX: 14/11/25", date(2025, 11, 14)),
        ("Transmission date: 14.11.25", date(2025, 11, 14)),
        ("Judgment date: 3 June 2025", date(2025, 6, 3)),
        ("Sitting date: 4 June 2025", date(2025, 6, 4)),
        ("Episode date: June 3, 2025", date(2025, 6, 3)),
        ("Airdate: June 4, 2025", date(2025, 6, 4)),
        ("Recorded: 4 June 2025", date(2025, 6, 4)),
        ("Delivered: 3 June 2025", date(2025, 6, 3)),
        ("Dated this 3rd day of June 2025", date(2025, 6, 3)),
        ("Time stamp: 2025-06-04 10:02", date(2025, 6, 4)),
    ],
)
def test_a_labelled_date_field_of_any_name_dates_the_page(header, expected):
    a = _article(
        "Harbour board approves new ferry timetable\n\n" + header + "\n\n"
        "The harbour board approved a new timetable, its chair Ada Marsh said.\n\n\"It will help,\" she said.\n"
    )
    assert a.published == expected


@pytest.mark.parametrize(
    "header",
    ["Due date: 4 June 2025", "Closing date: 4 June 2025", "Next meeting date: 4 June 2025", "Filed: 02/06/2025 14:05"],
)
def test_a_deadline_field_or_a_numeric_date_either_way_dates_nothing(header):
    a = _article(
        "Harbour board approves new ferry timetable\n\n" + header + "\n\n"
        "The harbour board approved a new timetable, its chair Ada Marsh said.\n\n\"It will help,\" she said.\n"
    )
    assert a.published is None


@pytest.mark.parametrize(
    "header, expected",
    [
        ("EVENING BULLETIN 14/11/25", date(2025, 11, 14)),
        ("Bulletin 18:00 14/11/25", date(2025, 11, 14)),
        ("Prog: Drive Time  Date: 14/11/25  Slot: 1700", date(2025, 11, 14)),
        ("Reporter: Ada Marsh / Date: 14.11.25 / Duration: 1'30", date(2025, 11, 14)),
        ("SLUG: FERRY  14/11/25", date(2025, 11, 14)),
        ("Tue 03/06/2025", date(2025, 6, 3)),  # 3 June 2025 is a Tuesday, 6 March a Thursday
        ("Thu 03/06/2025", date(2025, 3, 6)),
        ("Last edited 2 June 2025", date(2025, 6, 2)),
    ],
)
def test_a_scripts_header_of_fields_or_a_slug_with_a_numeric_date_dates_it(header, expected):
    a = _article(
        header + "\n\n"
        "The harbour board approved a new timetable, its chair Ada Marsh said.\n\n\"It will help,\" she said.\n"
    )
    assert a.published == expected


def test_a_numeric_date_either_way_with_no_weekday_dates_nothing():
    a = _article("Wed 03/06/2025\n\nThe harbour board approved a new timetable, its chair Ada Marsh said.\n")
    assert a.published is None  # neither 3 June nor 6 March 2025 is a Wednesday
