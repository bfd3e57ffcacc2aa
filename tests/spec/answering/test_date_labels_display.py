"""Answer labels built from a statement's time phrase: "Today, the minister announced ..." is
labelled "today (date)", never "on Today (date)"; a decimal share ("fell 11.4%") is no day and month.
Every article here is invented."""

from datetime import date

from index.statements.dates import with_date
from index.statements.when import resolve
from tests.spec.invented import statements_of


def test_today_is_no_weekday_in_a_label():
    assert with_date("Today", date(2026, 3, 3), None) == "today (3 March 2026)"
    assert with_date("Yesterday", date(2026, 3, 2), None) == "yesterday (2 March 2026)"
    assert with_date("Tuesday", date(2026, 3, 3), None) == "on Tuesday (3 March 2026)"


def test_a_percentage_is_no_date():
    assert resolve("11.4%", date(2025, 10, 14)) is None
    assert resolve("4.2 per cent", date(2025, 10, 14)) is None


def test_a_market_wraps_share_moves_date_no_statement():
    text = ("MARKETS | 14 October 2025\n\nShares close mixed\n\n"
            "At the other end of the board, Quennet Foods fell 11.4% to R38.20 after the packaged-food group warned "
            "that earnings would fall. Analyst Dorothea Vell said the warning was worse than expected.\n")
    for st in statements_of(text):
        assert st.when_text is None or "%" not in st.when_text
        assert st.when_start in (None, date(2025, 10, 14))


def test_a_whole_year_or_month_or_a_run_of_days_reads_as_one():
    assert with_date(None, date(2025, 1, 1), date(2025, 12, 31)) == "in 2025"
    assert with_date(None, date(2025, 9, 1), date(2025, 9, 30)) == "in September 2025"
    assert with_date(None, date(2025, 9, 14), date(2025, 9, 20)) == "from 14 September to 20 September 2025"


def test_a_statement_dated_by_a_timeline_heading_shows_its_days_not_the_headings_title():
    from bot.answering.attribution import attribute
    from tests.spec.invented import cleaned

    text = ("Harbour wall repairs: a timeline\n\nBy Ona Prell\n12 November 2025\n\n"
            "The harbour wall at Skellan Cove has been closed since spring.\n\n"
            "September 2025 - Delay\n\n"
            "Works engineer Corvin Daalder says work on the wall cannot begin until the terns leave.\n\n"
            "October 2025 - Survey\n\n"
            "A second survey finds the wall's footing sound.\n")
    st = next(s for s in statements_of(text) if "terns leave" in s.content)
    label = attribute(text[st.start:st.end], st, cleaned(text), "when", st.start)
    assert "Delay" not in label


def test_a_clock_time_without_a_day_takes_the_day_the_lede_gave_the_event():
    from bot.answering.attribution import attribute
    from tests.spec.invented import cleaned

    text = ("XWA-NV--Barge Strike, 0412\nTransmitted: 2025-06-12 19:52 ET\n\n"
            "Barge hits bridge pier\n\nBy LENA QUORVIK\n\n"
            "HARLOW FALLS, Nev. (XWA) — A loaded gravel barge struck the main pier of the Dunmore Street bridge late "
            "Wednesday, closing the only crossing into the town's east side, the county said Thursday.\n\n"
            "The barge hit the pier at about 10:15 p.m. in heavy rain, said county engineer Pelle Ostrand.\n")
    article = cleaned(text)
    st = next(s for s in statements_of(text) if "10:15 p.m." in s.content)
    label = attribute(text[st.start:st.end], st, article, "when", st.start)
    assert "11 June 2025" in label and "12 June" not in label


def test_a_phrase_that_names_its_whole_year_is_not_repeated():
    assert with_date("in 1987", date(1987, 1, 1), date(1987, 12, 31)) == "in 1987"


def test_a_place_that_begins_with_a_months_name_is_no_month():
    from index.statements.dates import find_time_phrases

    assert find_time_phrases("said a spokeswoman in Juneau.") == []
    assert [p.text for p in find_time_phrases("It opened in June and closed in mid-May.")] == ["in June", "in mid-May"]
