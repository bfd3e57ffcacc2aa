"""Publication date and outlet from the article's own text, in every common wire style.

Each article here is invented. A date is read only when the text states or fixes it; a
dateline without a year keeps its month and day, and never gets a guessed year.
"""

from datetime import date

import pytest

from tests.spec.invented import cleaned as _article


def test_reuters_dateline_year_fixed_by_lede_weekday_and_years_in_text():
    # 9 June 2021 was a Wednesday; the text names 2020 and 2021.
    a = _article(
        "Fish farm owner reports record losses\n\n"
        "OSLO, June 9 (Reuters) - Fjordlaks said on Wednesday it lost money for the first time since March 2020.\n\n"
        "Sales for 2020 fell by a third, the company said."
    )
    assert (a.outlet, a.published, a.date_confidence) == ("Reuters", date(2021, 6, 9), "inferred")


def test_tass_dateline_without_any_year_keeps_month_and_day_only():
    a = _article(
        "MOSCOW, August 14. /TASS/. The test flight of the Strizh glider was moved, its designer Oleg Brin told TASS.\n\n"
        "\"We need more time,\" he said."
    )
    assert a.outlet == "TASS"
    assert a.published is None and a.date_confidence == "unknown"
    assert a.published_partial == "--08-14"


def test_pti_dateline_with_a_year_is_stated():
    a = _article("NEW DELHI, Jan 5, 2024 (PTI) The rail ministry said fares would rise.\n\nNo date was given.")
    assert (a.outlet, a.published, a.date_confidence) == ("PTI", date(2024, 1, 5), "stated")


def test_ap_dateline_without_date_takes_the_lede_weekday_after_a_dated_monday():
    # Monday, 14 March 2022; the lede's Wednesday is 16 March.
    a = _article(
        "DULUTH (AP) — Crews worked Wednesday to clear ice from the harbour.\n\n"
        "The ice first closed the port on Monday, March 14, the earliest closure so far in 2022.\n\n"
        "\"It is heavy,\" harbour master Ella Voss said."
    )
    assert (a.outlet, a.published, a.date_confidence) == ("AP", date(2022, 3, 16), "inferred")


def test_afp_titlecase_dateline_is_read():
    a = _article("Nairobi (AFP) - A court on Friday freed the activist, her lawyer said.\n\nShe left at noon.")
    assert a.outlet == "AFP"
    assert a.published is None  # nothing in the text fixes a date


def test_xinhua_and_bloomberg_tags_name_the_outlet():
    assert _article("BEIJING, March 3 (Xinhua) -- Output rose, officials said.\n\nMore.").outlet == "Xinhua"
    assert _article("(Bloomberg) -- Shares of Kappa Ltd fell, traders said.\n\nMore.").outlet == "Bloomberg"


def test_published_line_under_the_byline_is_the_date():
    a = _article(
        "Nurses vote to strike\n\nBy Tom Reyes\nPublished: 12 Apr 2022, 09:15 GMT\n\n"
        "LIMA — Nurses voted on Wednesday to strike, their union said.\n\nTalks failed."
    )
    assert (a.published, a.date_confidence) == (date(2022, 4, 12), "stated")
    assert all("Tom Reyes" not in a.slice(p) for p in a.paragraphs)
    assert [a.slice(s) for s in a.subheadings] == ["By Tom Reyes", "Published: 12 Apr 2022, 09:15 GMT"]


def test_updated_line_with_weekday_is_the_date():
    a = _article("Clinic closes\n\nBy Ann Lo, Health Reporter\nUpdated Thursday, November 7, 2024\n\nThe clinic shut on Monday.")
    assert a.published == date(2024, 11, 7)


def test_byline_with_a_date_after_a_bar():
    a = _article("Mill reopens\n\nBy Joe Park | March 3, 2023\n\nThe mill reopened, its owner said.")
    assert a.published == date(2023, 3, 3)


def test_no_date_anywhere_stays_unknown():
    a = _article("KELSO — The mayor said on Tuesday that the count was fair.\n\nHer rival disagreed on Monday.")
    assert a.published is None and a.published_partial is None and a.date_confidence == "unknown"


def test_weekday_that_does_not_fix_one_year_gives_no_date():
    # 21 September is a Wednesday in 2022 and 2011, 2016...: no year is named here to choose.
    a = _article("PARIS, Sept 21 (Reuters) - The bank said on Wednesday that profits rose.\n\nShares gained.")
    assert a.published is None and a.published_partial == "--09-21"


def test_front_matter_and_manifest_win_over_the_text():
    text = "---\npublished: 2020-01-02\n---\nPARIS, Sept 21, 2023 (Reuters) - The bank said so.\n"
    assert _article(text).published == date(2020, 1, 2)
    assert _article("PARIS, Sept 21, 2023 (Reuters) - The bank said so.\n", {"published": "2019-09-09"}).published == date(2019, 9, 9)


@pytest.mark.parametrize(
    "lede",
    ["The minister said on Monday - again - that talks would resume.", "NATO said on Tuesday it would help.",
     "He said (AFP) - nothing."],
)
def test_ordinary_ledes_are_not_datelines(lede):
    a = _article(lede + "\n\nMore text.")
    assert a.outlet is None and a.published is None


def test_a_kicker_line_above_the_lede_does_not_hide_the_dateline():
    a = _article("Fund sells shares\n\nAnalysis\n\nBERGEN, Sept. 9, 2023 (Reuters) - The fund said it would sell its shares.\n\nMore.")
    assert (a.outlet, a.published) == ("Reuters", date(2023, 9, 9))
    assert [a.slice(s) for s in a.subheadings] == ["Analysis"]


def test_a_dateline_after_a_standfirst_is_read():
    a = _article(
        "Fund sells shares\n\nThe sale ends a decade of investment.\n\n"
        "BERGEN, Sept. 9, 2023 (Reuters) - The fund said it would sell its shares.\n\nMore."
    )
    assert (a.outlet, a.published) == ("Reuters", date(2023, 9, 9))


def test_the_copyright_holder_is_the_outlet_and_a_photo_credit_is_not():
    a = _article("The fund sold its shares, it said.\n\nPhoto: Ola Berg/Snap Agency\n\n© 2024 Fjord Herald. All rights reserved.")
    assert a.outlet == "Fjord Herald"
    assert len(a.dropped) == 2


def test_a_weekday_the_lede_looks_forward_to_is_not_the_news_day():
    # Monday, 14 March 2022; the vote is Friday, the news is Tuesday the 15th.
    a = _article(
        "DULUTH (AP) — The council will vote on Friday on the harbour plan, officials said on Tuesday.\n\n"
        "Ice first closed the port on Monday, March 14, the earliest closure so far in 2022."
    )
    assert a.published == date(2022, 3, 15)


def test_a_dated_day_that_is_still_ahead_is_no_anchor():
    a = _article(
        "DULUTH (AP) — Crews worked Wednesday to clear ice.\n\n"
        "The port will reopen on Monday, March 14, the harbour's first closure so far in 2022."
    )
    assert a.published is None


@pytest.mark.parametrize("date_line, day", [
    ("Sat 8 Mar 2025 19.15 GMT", date(2025, 3, 8)),  # a newspaper site's date line, weekday first
    ("Updated: 3 June 2024, 6:05pm", date(2024, 6, 3)),
])
def test_a_date_line_below_a_standfirst_and_a_byline_is_read(date_line, day):
    a = _article(
        "Harrow coach stays on after cup exit\n\n"
        "The head coach insists he will see out his contract despite a heavy semi-final defeat and a row with the referee\n\n"
        f"Ines Mardle at the club's training ground\n\n{date_line}\n\n"
        "Tom Breck has ruled out resigning, a day after his side lost the semi-final.\n\n"
        "\"I am staying,\" Breck said."
    )
    assert (a.published, a.date_confidence) == (day, "stated")
    assert date_line in [a.slice(s) for s in a.subheadings]
    assert a.slice(a.paragraphs[0]).startswith("The head coach insists")  # the standfirst stays text


def test_a_date_line_after_the_lede_is_not_the_article_date():
    a = _article(
        "Pier reopens\n\nThe pier reopened on Monday after repairs, the council said.\n\n"
        "Updated: 3 June 2024, 6:05pm\n\nMore text follows here."
    )
    assert a.published is None


def test_forecast_years_do_not_hide_the_year_a_reuters_dateline_needs():
    # 24 October is a Thursday in 2024 only, among 2023-2027; the text's later years are forecasts.
    a = _article(
        "Pump maker cuts jobs\n\n"
        "MALMO, Oct 24 (Reuters) - Pump maker Vardal said on Thursday it would cut 300 jobs after sales fell in 2024.\n\n"
        "The plan would save 90 million crowns a year from 2026, it said.\n\n"
        "A rival said the market would grow again in 2025."
    )
    assert (a.published, a.date_confidence) == (date(2024, 10, 24), "inferred")


@pytest.mark.parametrize("date_line, day", [
    ("Jun 3, 2024 / 6:05 PM / Updated 2 hours ago", date(2024, 6, 3)),  # a wire site's line
    ("Ann Lo - Monday 3 June 2024 18:05", date(2024, 6, 3)),  # the writer, then the date
    ("03.06.2024", date(2024, 6, 3)),  # dotted: day first
    ("Published: 13/06/2024 18:05", date(2024, 6, 13)),  # a slash date whose day is over 12
])
def test_more_date_line_styles_above_the_lede(date_line, day):
    a = _article(f"Pier reopens\n\n{date_line}\n\nThe pier reopened on Monday after repairs, the council said.\n\nMore.")
    assert a.published == day


@pytest.mark.parametrize("line", [
    "06/03/2024",  # 6 March or June 3: the line does not say
    "June 3, 2024 was the day the pier finally reopened after years of work.",
])
def test_an_ambiguous_or_prose_date_line_gives_no_date(line):
    a = _article(f"Pier reopens\n\n{line}\n\nThe pier reopened after repairs, the council said.\n\nMore.")
    assert a.published is None


def test_a_published_and_updated_stamp_pair_is_read_by_the_texts_day_first_order():
    # a regional site's header: two slash dates on one line; the body writes "1 April", so day first
    a = _article(
        "Ferry crossing to close\n\nPublished on 04/03/2026 at 17h42 | Updated on 04/03/2026 at 19h05\n\n"
        "By Anne Pelloux\n\nThe river ferry will stop running on 1 April for repairs, the council said.\n\nMore."
    )
    assert (a.published, a.date_confidence) == (date(2026, 3, 4), "inferred")
