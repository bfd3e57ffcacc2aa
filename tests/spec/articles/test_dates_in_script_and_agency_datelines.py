"""A radio script's header of time, weekday and numeric date ("0800 THU 06/11/25") dates the page,
the weekday settling which way round the numbers run; a wire dateline with a day and a lower-case
short month and no year ("22 jul (Agency).-") takes its year from the weekday the body names or a
year the body states. Every article here is invented."""

from datetime import date

import pytest

from tests.spec.invented import cleaned as _article


@pytest.mark.parametrize(
    "header, expected",
    [
        ("0800 THU 06/11/25", date(2025, 11, 6)),
        ("1700 FRI 7/3/25", date(2025, 3, 7)),
        ("0630 MON 03/03/2025", date(2025, 3, 3)),
        ("MORNING NEWS 0800 THU 06/11/25", date(2025, 11, 6)),
        ("0800 THU 14/11/25", date(2025, 11, 14)),
    ],
)
def test_a_script_header_of_time_weekday_and_numeric_date_dates_the_page(header, expected):
    a = _article(f"{header}\n\nHARBOUR PIER\n\nThe council has voted to close the harbour pier. "
                 "Councillor Ada Lorne said the pier was unsafe.\n")
    assert a.published == expected


def test_a_weekday_that_fits_neither_reading_leaves_the_page_undated():
    a = _article("0800 SUN 06/11/25\n\nHARBOUR PIER\n\nThe council has voted to close the harbour pier.\n")
    assert a.published is None


@pytest.mark.parametrize(
    "lede, expected",
    [
        # 22 July is a Tuesday in 2025
        ("22 jul (Agencia).- The council voted on Tuesday to close the pier until the 2025 regatta, Ada Lorne said.",
         date(2025, 7, 22)),
        ("LISBOA, 7 mar (Agencia).- The council voted on Friday to close the pier, its third closure since 2024, Ada Lorne said.",
         date(2025, 3, 7)),
        # a weekday-and-date pair in the body fixes the year as the lede's weekday would
        ("22 jul (Agencia).- The council voted to close the pier until the 2025 regatta, Ada Lorne said. "
         "The vote on Tuesday, 22 July, was unanimous.", date(2025, 7, 22)),
    ],
)
def test_a_yearless_lower_case_agency_dateline_takes_its_year_from_the_body(lede, expected):
    a = _article(f"Pier to close\n\n{lede}\n\nShe said it was unsafe.\n")
    assert a.published == expected


def test_a_weekday_with_no_year_named_leaves_the_year_unknown():
    a = _article("Pier to close\n\n22 jul (Agencia).- The council voted on Tuesday to close the pier, Ada Lorne said.\n")
    assert a.published is None and a.published_partial == "--07-22"


def test_a_lower_case_month_in_a_sentence_is_no_dateline():
    a = _article("Pier to close\n\nThe 22 may (or may not) vote on Tuesday, Ada Lorne said.\n\nShe said it was unsafe.\n")
    assert a.published is None


@pytest.mark.parametrize(
    "header, expected",
    [
        # a script's header is one line of wide-spaced fields; the date field is one of them
        ("PROGRAMME: 1700 FRI 14/11/25   PRESENTER: ADA LORNE   RUNNING TIME: 4'10\"", date(2025, 11, 14)),
        ("SLOT: 0800 THU 06/11/25   NEWSREADER: OLU MBEKI   DUR: 2'55\"", date(2025, 11, 6)),
        ("EDITION: 0630 MON 03/03/2025\tREADER: OLU MBEKI", date(2025, 3, 3)),
    ],
)
def test_a_script_header_line_of_several_fields_dates_the_page_by_its_date_field(header, expected):
    a = _article(f"HARBOUR RADIO - NEWS SCRIPT\n{header}\n\n[LEAD - PIER]\nThe council has voted to close the harbour pier. "
                 "Councillor Ada Lorne says the pier is unsafe.\n")
    assert a.published == expected


def test_a_deadline_field_in_a_script_header_line_dates_nothing():
    a = _article("HARBOUR RADIO - NEWS SCRIPT\nREADER: OLU MBEKI   EXPIRY: 14/11/25   DUR: 2'55\"\n\n[LEAD - PIER]\n"
                 "The council has voted to close the harbour pier. Councillor Ada Lorne says the pier is unsafe.\n")
    assert a.published is None


@pytest.mark.parametrize(
    "lede, expected",
    [
        # a translated wire's "informed this Tuesday" is the news day (Spanish "este martes"); the
        # year only from a year the body names ("the start of 2025"); 22 July is a Tuesday in 2025
        ("Lisboa, 22 jul (Agencia).- The harbour pier will close for a year, the mayor, Ada Lorne, informed this Tuesday. "
         "Repairs planned since the start of 2025 were never paid for.", date(2025, 7, 22)),
        ("7 mar (Agencia).- The port council closed the pier, its president declared this Friday. "
         "Tolls have risen since 2024.", date(2025, 3, 7)),
    ],
)
def test_a_wire_lede_s_this_weekday_after_a_reporting_verb_fixes_the_dateline_s_year(lede, expected):
    a = _article(f"Pier to close\n\n{lede}\n\nShe said it was unsafe.\n")
    assert a.published == expected


def test_a_this_weekday_looking_ahead_fixes_no_year():
    a = _article("Pier to close\n\n22 jul (Agencia).- The council will vote this Tuesday to close the pier until the 2025 "
                 "regatta, Ada Lorne said.\n\nShe said it was unsafe.\n")
    assert a.published is None
