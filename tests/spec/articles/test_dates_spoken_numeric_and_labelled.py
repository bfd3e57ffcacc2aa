"""Article dates a page gives only in passing: a short numeric header with a two-digit year, a
labelled field of a notice, a yearless weekday header after a label, the day a presenter says on
air, the day an interview was held. Every article here is invented."""

from datetime import date

import pytest

from tests.spec.invented import cleaned as _article


@pytest.mark.parametrize(
    "header, expected",
    [
        ("Crime & Courts · 23/10/24", date(2024, 10, 23)),  # day over 12: day first
        ("Local news | 10/23/24", date(2024, 10, 23)),  # month first: 23 is no month
        ("Sport - 23.10.24", date(2024, 10, 23)),
        ("Published 23/10/24", date(2024, 10, 23)),
    ],
)
def test_a_numeric_header_with_a_two_digit_year_dates_the_page(header, expected):
    a = _article(header + "\n\nCyclist hurt on ring road, court told\n\n"
                 "A cyclist was left with a broken hip after a van turned across her path, Tarnby Crown "
                 "Court heard on Tuesday.\n\nThe driver, Piet Olsen, 51, denies careless driving.\n")
    assert a.published == expected
    assert a.title == "Cyclist hurt on ring road, court told"


@pytest.mark.parametrize("written, expected", [("on 9 April", date(2024, 3, 5)), ("on April 9", date(2024, 5, 3))])
def test_an_ambiguous_two_digit_year_header_follows_the_text_s_order(written, expected):
    a = _article("Courts · 05/03/24\n\nDriver fined\n\n"
                 f"A driver who crashed into a bus shelter {written} was fined by magistrates, the court heard.\n")
    assert a.published == expected


def test_an_ambiguous_two_digit_year_header_alone_gives_no_date():
    a = _article("Courts · 05/03/24\n\nDriver fined\n\nA driver was fined by magistrates, the court heard.\n")
    assert a.published is None


@pytest.mark.parametrize(
    "field, expected",
    [
        ("Starting date: June 12, 2025", date(2025, 6, 12)),
        ("Date of issue: 3 February 2024", date(2024, 2, 3)),
        ("Posting date: 2025-09-30", date(2025, 9, 30)),
        ("Notice date: 14 August 2023", date(2023, 8, 14)),
    ],
)
def test_a_notice_s_labelled_date_field_dates_it(field, expected):
    a = _article("Product safety notice\n\nKettles recalled over scald risk\n\nNotice details\n"
                 f"{field}\nType: Recall\nIssue: Scald hazard\n\n"
                 "Brightware Ltd is recalling its 1.7-litre glass kettles because the lid can open while pouring.\n\n"
                 '"We are sorry," said Lena Marsh, a Brightware spokeswoman.\n')
    assert a.published == expected


@pytest.mark.parametrize("field", ["Starting date: June 12, 2025", "Publication date: 12 June 2025"])
def test_a_date_field_in_a_block_of_fields_read_as_one_paragraph_dates_the_notice(field):
    a = _article("Safety alert\n\nBrightware glass kettles recalled because lids can open while pouring\n\n"
                 f"Alert summary\n{field}\nType: Recall\nIssue: Scald hazard\nRisk level: High\n"
                 "What to do: Stop using the kettles at once, unplug them and return them to the shop for a full refund.\n\n"
                 "Brightware Ltd is recalling its kettles because the lid can open.\n")
    assert a.published == date(2025, 6, 12)


@pytest.mark.parametrize("field", ["Closing date: June 12, 2025", "Expiry date: 3 February 2024"])
def test_a_deadline_field_does_not_date_a_notice(field):
    a = _article("Consultation notice\n\nViews sought on bus lanes\n\n"
                 f"{field}\n\nThe council is asking residents for views on new bus lanes.\n")
    assert a.published is None


@pytest.mark.parametrize(
    "header, season, expected",
    [
        ("Your evening digest from Porto · Thursday 5 March", "the 2025-26 season", date(2026, 3, 5)),
        ("The Harbour Letter | Friday, 14 November", "a first title since 2024", date(2025, 11, 14)),
        ("Weekend briefing – Saturday 7 June", "the 2024/25 campaign", date(2025, 6, 7)),
    ],
)
def test_a_yearless_weekday_header_after_a_label_takes_the_year_the_calendar_fixes(header, season, expected):
    # the year the text names (a season, a "since" year) bounds it; the weekday picks the one year
    a = _article(f"THE DAILY ROUNDUP\n{header}\n\nGood morning. Three things today.\n\n"
                 f"1. Football\n\nCity won again last night, {season} looking brighter by the week, "
                 "their coach Ines Barros said.\n")
    assert a.published == expected


def test_a_yearless_weekday_header_without_any_year_stays_unknown():
    a = _article("THE DAILY ROUNDUP\nYour evening digest from Porto · Thursday 5 March\n\n"
                 "Good morning. City won again last night, their coach Ines Barros said.\n")
    assert a.published is None
    assert a.published_partial == "--03-05"


@pytest.mark.parametrize(
    "opening, expected",
    [
        ("Good morning, it's Tuesday the 10th of March and it is nine o'clock.", date(2026, 3, 10)),
        ("Good evening. It is Friday, 13 March, and this is the Valley Hour.", date(2026, 3, 13)),
        ("Hello and welcome. Today is Monday March 9th, and the phones are busy.", date(2026, 3, 9)),
    ],
)
def test_the_day_a_presenter_says_on_air_dates_a_transcript(opening, expected):
    a = _article("RIVERSIDE FM — DRIVETIME\nProgramme transcript\n\n[09:00]\n"
                 f"NIAMH ROCHE (presenter): {opening} The bypass plan is back on the table.\n\n"
                 "CLLR DOYLE: The council's 2026 roads budget pays for it, and I voted for that budget.\n")
    assert (a.published, a.date_confidence) == (expected, "inferred")


def test_a_spoken_day_the_calendar_does_not_fix_to_one_year_gives_no_date():
    a = _article("RIVERSIDE FM — DRIVETIME\n\n"
                 "NIAMH ROCHE: Good morning, it's the 10th of March. The bypass plan is back.\n\n"
                 "CLLR DOYLE: The council's 2026 roads budget pays for it.\n")
    assert a.published is None


@pytest.mark.parametrize(
    "intro, expected",
    [
        ("Marta Illes took over the Danube Rowing Club in February 2025. We spoke to her by phone on 14 September.",
         date(2025, 9, 14)),
        ("Oskar Brandt was elected mayor of Velden in May 2024. He spoke to us at the town hall on July 3.",
         date(2024, 7, 3)),
        ("Ruth Okafor opened her bakery in March 2025. This interview took place on 2 June and has been edited.",
         date(2025, 6, 2)),
    ],
)
def test_an_interview_dated_only_in_its_intro_is_dated_by_it(intro, expected):
    a = _article("# Five minutes with a newcomer\n\n" + intro + "\n\n**Why did you take the job?**\n\n"
                 "Because nobody else would, and I was bored.\n\n**What comes next?**\n\nMore of the same.\n")
    assert (a.published, a.date_confidence) == (expected, "inferred")


def test_an_interview_dated_in_a_text_that_names_no_year_stays_undated():
    a = _article("# Five minutes with a newcomer\n\nRuth Okafor became head of the club in October. "
                 "We spoke to her on 2 March.\n\n**Why?**\n\nBecause nobody else would.\n")
    assert a.published is None


@pytest.mark.parametrize("stamp, expected", [("Updated 11:02 AM EST, March 3, 2025", date(2025, 3, 3)),
                                             ("Updated 6:05 p.m. ET, Feb. 4, 2024", date(2024, 2, 4))])
def test_a_wire_timestamp_above_an_undated_dateline_dates_the_story(stamp, expected):
    # already read before this session's changes: kept as a guard for the wire style
    a = _article(f"Storm closes mountain passes\n\n{stamp}\n\nDENVER (AP) — Snow closed three mountain passes "
                 "Monday, state officials said.\n\n\"Stay home,\" said Gov. Ana Ruiz.\n")
    assert (a.published, a.outlet) == (expected, "AP")


@pytest.mark.parametrize("header, expected", [("Science & technology | Sep 21st 2024", date(2024, 9, 21)),
                                              ("Europe | 1st October 2025", date(2025, 10, 1))])
def test_an_ordinal_section_header_dates_a_magazine_piece(header, expected):
    a = _article(f"{header}\n\nShipping\nSlow boats\n\nCargo lines are sailing slower to save fuel, and "
                 "shippers are paying for it, says one broker in Rotterdam.\n")
    assert a.published == expected
