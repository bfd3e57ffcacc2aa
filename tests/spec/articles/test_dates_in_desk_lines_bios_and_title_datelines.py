"""Publication dates in three more places: a desk's credit line with a labelled date after a
separator ("Checked by the Data Team · Last reviewed 3 June 2025"), a closing line where a
writer's bio sentence comes before the print note, and a dateline on the very first line (a
wire story with no separate headline). Every article here is invented."""

from datetime import date

import pytest

from tests.spec.invented import cleaned as _article


@pytest.mark.parametrize(
    "credit, expected",
    [
        ("Checked by the Verify Team · Last reviewed 4 July 2024", date(2024, 7, 4)),
        ("Reported and checked by our data desk | Updated 12 March 2025", date(2025, 3, 12)),
        ("Words and pictures by the Harbour Weekly staff · Published 2 May 2023", date(2023, 5, 2)),
    ],
)
def test_a_desk_credit_line_with_a_labelled_date_dates_the_page(credit, expected):
    a = _article(
        "CLAIM CHECK\n\nDid the new bridge really cut journey times?\n\n" + credit + "\n\n"
        "THE CLAIM: \"Journeys are twenty minutes shorter.\" - Councillor Ama Brent, on 28 June.\n\n"
        "Brent told us on Monday that she stood by the figure."
    )
    assert a.published == expected


@pytest.mark.parametrize(
    "closing, expected",
    [
        ("Ida Marsh has written for the Tollbury Echo since 2001. First published in the print edition, "
         "Saturday 8 March 2025.", date(2025, 3, 8)),
        ("Ben Oduya is our rural affairs writer. This column appeared in the print edition of 12 April 2024.",
         date(2024, 4, 12)),
    ],
)
def test_a_print_note_after_a_writer_bio_on_the_same_line_dates_the_column(closing, expected):
    a = _article(
        "OPINION\n\nThe last post office should not be a pharmacy counter\n\nBy Ida Marsh\n\n"
        "On Tuesday the bank told us the branch would close. I rang them on Wednesday to ask why.\n\n"
        "\"We have no choice,\" a spokeswoman, Lena Forbes, told me.\n\n" + closing
    )
    assert (a.published, a.date_confidence) == (expected, "stated")


@pytest.mark.parametrize(
    "first, expected",
    [
        ("BERGEN, Norway, 2 June 2025 - Coastal tunnel reopens after rockfall", date(2025, 6, 2)),
        ("OULU, Finland, March 14, 2024 -- Ferry link resumes after ice delays", date(2024, 3, 14)),
    ],
)
def test_a_dateline_on_the_first_line_dates_a_story_without_its_own_headline(first, expected):
    a = _article(
        first + "\n\nThe road reopened to traffic at 06:00 on Monday, months after the rockfall.\n\n"
        "The first vehicle through was a school bus on its usual route."
    )
    assert a.published == expected
