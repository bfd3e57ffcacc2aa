"""Article dates from carriers no other reader knows: a date in another calendar with the Gregorian
date in brackets beside it (either way round), a date only in the page's own address, a numeric header
date that reads both ways, a thread's post headers. Every article here is invented."""

from datetime import date

import pytest

from index import carrier_dates
from tests.spec.invented import cleaned

_STORY = "\n\nThe port authority said on Wednesday that the new berth would open next month.\n"


@pytest.mark.parametrize("top, day", [
    ("THE HIGHLAND COURIER\nIssue 882 | Tuesday, Yekatit 3, 2018 (February 10, 2026)", date(2026, 2, 10)),
    ("Kavir Daily\nSunday 5 Bahman 1404 (25 January 2026)", date(2026, 1, 25)),
    ("Al-Wadi Weekly\nFriday, 30 January 2026 (11 Sha'ban 1447 AH)", date(2026, 1, 30)),
    ("Galil Evening Post\n12 Tevet 5786 (1 January 2026)", date(2026, 1, 1)),
    ("Chao Phraya Times\nFriday 23 January 2569 (23 January 2026)", date(2026, 1, 23)),
], ids=["ethiopian_first", "persian_first", "gregorian_first_hijri_in_brackets", "hebrew_first", "buddhist_era_year"])
def test_the_gregorian_date_of_a_bracketed_pair_dates_the_page(top, day):
    article = cleaned(top + "\n\nPort berth to open" + _STORY)
    assert article.published == day


def test_the_other_calendars_day_is_kept_as_an_equivalence():
    pair = carrier_dates.equivalence("Mountain Herald\nMonday, Magh 12, 2082 (January 26, 2026)\n\nStory.")
    assert (pair.month, pair.day, pair.gregorian) == ("Magh", 12, date(2026, 1, 26))


@pytest.mark.parametrize("text, meta, day", [
    ("https://www.harbourgazette.example/news/coast/2025-11-18-ferry-fares-rise/\n\nHarbour Gazette\n\n"
     "Ferry fares rise again\n\nBy Odile Marchetti\n2h ago\n\nShare" + _STORY, None, date(2025, 11, 18)),
    ("Valley Echo\n\nCouncil backs new library\n\nUpdated 3 hours ago" + _STORY,
     {"url": "https://valleyecho.example/2024/03/07/council-backs-library"}, date(2024, 3, 7)),
    ("www.lakeside-times.example/local/20240915/market-hall-reopens.html\n\nMarket hall reopens\n\n5h ago" + _STORY,
     None, date(2024, 9, 15)),
], ids=["pasted_address_with_dashes", "metadata_url_with_slashes", "compact_path_date"])
def test_the_pages_address_dates_a_page_that_shows_only_hours_ago(text, meta, day):
    assert cleaned(text, meta).published == day


def test_a_link_further_down_dates_nothing():
    text = ("Quarry Road News\n\nQuarry plan withdrawn\n\nThe operator said on Monday it had withdrawn the plan for "
            "the quarry after objections from residents.\n\nRead more: https://quarryroad.example/2019/05/02/old-plan/\n")
    assert cleaned(text).published is None


@pytest.mark.parametrize("spelling, day", [
    ("The organisation said the centre's colour scheme was a matter for the neighbourhood.", date(2025, 3, 4)),
    ("The organization said the center's color scheme was a matter for the neighborhood.", date(2025, 4, 3)),
], ids=["british_spelling_day_first", "american_spelling_month_first"])
def test_a_numeric_date_that_reads_both_ways_follows_the_texts_spelling(spelling, day):
    text = f"ROVERSFIELD ATHLETIC\nClub News\n\nManager's notes ahead of the derby\n\n04/03/2025\n\n{spelling}\n"
    assert cleaned(text).published == day


def test_a_dotted_numeric_date_on_its_own_line_is_day_first():
    text = "Stadtwerke Notes\n\nWater works update\n\n05.06.2025\n\nThe works office said on Monday that pipes were replaced.\n"
    assert cleaned(text).published == date(2025, 6, 5)


@pytest.mark.parametrize("headers, day", [
    (("#1 | pebble_dash | Posts: 12 | 02/04/2025 09:10", "#2 | lakeview_lou | Posts: 300 | 03/04/2025 11:42"),
     date(2025, 4, 2)),
    (("Reply #1 · Ines Voskuijlen · 9 May 2025, 18:02", "Reply #2 · harrow_green · 10 May 2025, 07:45"),
     date(2025, 5, 9)),
], ids=["pipe_fields_numeric", "dotted_fields_in_words"])
def test_a_threads_first_post_dates_the_page(headers, day):
    text = (f"Riverside Residents Board\nTopic: Bridge closure\n\n{headers[0]}\nThe bridge is shut again, anyone know why?\n\n"
            f"{headers[1]}\nThe council told me it is for inspection.\n")
    assert cleaned(text).published == day
