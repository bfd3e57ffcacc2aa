"""An article's day fixed by its body alone: no dateline date and no date line above it.

Each article here is invented. A weekday tied to a day of the month (in any order) fixes the
year when the calendar leaves one of the years the text names; the day the news happened on
("said on Tuesday") is then counted from it. Days still ahead are never the news day, and
clues that conflict or name no year leave the date unknown.
"""

from datetime import date

from tests.spec.invented import cleaned as _article


def test_no_dateline_possessive_weekday_and_season_years_give_the_statement_day():
    # 16 November is a Sunday in 2025 (of 2025-2027); "speaking on Tuesday" is the 18th.
    a = _article(
        "Harbury boss Lund will not walk away\n\n"
        "Harbury Rovers manager Petra Lund says she will not resign despite a run of six defeats.\n\n"
        "Sunday's 4-1 loss to Calder on 16 November left the club 19th in the 2025-26 table.\n\n"
        "Speaking on Tuesday, Lund said: \"I have a contract and I intend to honour it.\"\n\n"
        "The board will meet on Friday to discuss her position."
    )
    assert (a.published, a.date_confidence) == (date(2025, 11, 18), "inferred")


def test_bloomberg_dateline_without_date_counts_the_lede_weekday_from_a_dated_monday():
    # Monday, 6 October 2025 (the text names 2025); the lede's Thursday is the 9th.
    a = _article(
        "Fjell Air Cuts Outlook\n\n"
        "OSLO (Bloomberg) -- Fjell Air ASA cut its profit outlook on Thursday after fuel costs rose.\n\n"
        "The airline first warned investors on Monday, October 6, that demand had weakened, and it "
        "lowered its guidance for 2025.\n\n"
        "\"We are cautious,\" Chief Executive Ivar Sand said."
    )
    assert (a.outlet, a.published, a.date_confidence) == ("Bloomberg", date(2025, 10, 9), "inferred")


def test_a_date_with_its_weekday_after_it_fixes_the_year():
    # 5 April was a Saturday in 2025 only (of 2024-2026); organisers spoke on Monday the 7th.
    a = _article(
        "Organisers said on Monday that the 2025 spring fair drew record crowds.\n\n"
        "The fair opened on 5 April, a Saturday, and ran for two days, its director Mia Holt said."
    )
    assert (a.published, a.date_confidence) == (date(2025, 4, 7), "inferred")


def test_a_date_in_brackets_after_its_weekday_fixes_the_year():
    # Saturday 27 September 2025; the council spoke on Wednesday 1 October.
    a = _article(
        "The council said on Wednesday it would reopen the bridge, closed since Saturday (27 September) "
        "after a crack was found.\n\nRepairs were budgeted in 2025, a spokesman said."
    )
    assert a.published == date(2025, 10, 1)


def test_the_ledes_own_dated_day_is_the_news_day():
    # Friday, 20 June 2025: the statement the lede reports.
    a = _article("Kappa Bank said on Friday, June 20, that its profit for 2025 would fall.\n\nShares dropped.")
    assert (a.published, a.date_confidence) == (date(2025, 6, 20), "inferred")


def test_reuters_dateline_year_fixed_by_a_day_first_pair_elsewhere():
    # 6 October is a Monday in 2025, not in 2024 or 2026; the lede names no weekday.
    a = _article(
        "PARIS, Oct 9 (Reuters) - The carrier cut its outlook, citing fuel costs.\n\n"
        "Its rival had warned on Monday 6 October, ahead of results for 2025."
    )
    assert (a.published, a.date_confidence) == (date(2025, 10, 9), "inferred")


def test_a_dated_day_still_ahead_is_not_the_news_day():
    # Friday, 20 June 2025 is named, but only as a meeting to come.
    a = _article(
        "Ministers said on Tuesday they will meet on Friday, June 20, to settle the 2025 budget.\n\n"
        "Talks went on late."
    )
    assert a.published is None and a.date_confidence == "unknown"


def test_clues_that_conflict_leave_the_date_unknown():
    # Monday 10 February 2025 puts the Friday at the 14th, after a meeting "still ahead" on the 13th.
    a = _article(
        "Officials said on Friday the dispute was settled.\n\n"
        "The board met on Monday, February 10, and will meet again on Thursday, February 13, to sign "
        "the 2025 accounts."
    )
    assert a.published is None


def test_a_weekday_and_date_pair_without_any_year_named_gives_no_date():
    a = _article(
        "Harbury Rovers manager Petra Lund says she will not resign.\n\n"
        "Sunday's 4-1 loss to Calder on 16 November left the club 19th.\n\n"
        "Speaking on Tuesday, Lund said she had a contract."
    )
    assert a.published is None and a.date_confidence == "unknown"


def test_a_weekday_the_calendar_does_not_match_gives_no_date():
    # 17 November is no Saturday in 2024-2026 (the years the text makes plausible).
    a = _article(
        "Speaking on Tuesday, the coach said Saturday's loss on 17 November hurt.\n\n"
        "It was the worst result of 2025."
    )
    assert a.published is None


def test_an_event_named_by_its_weekday_and_dated_elsewhere_fixes_the_year():
    # "Saturday's ... loss to Calder Town" is "the Calder loss, on 15 November": a Saturday in 2025.
    a = _article(
        "Speaking on Monday, coach Ida Brandt said the team was tired after Saturday's 2-1 away loss to Calder Town.\n\n"
        "The club is 12th with nine games of the 2025-26 season left. The Calder loss, on 15 November, "
        "was watched by 3,100 fans."
    )
    assert (a.published, a.date_confidence) == (date(2025, 11, 17), "inferred")


def test_a_vote_named_by_its_weekday_and_dated_elsewhere_fixes_the_year():
    # "Tuesday's vote" is "the vote, on 13 May": a Tuesday in 2025; the mayor spoke on Thursday the 15th.
    a = _article(
        "The mayor of Linby said on Thursday she would respect Tuesday's vote on the harbour levy.\n\n"
        "The vote, on 13 May, was the closest since the council was formed in 2024."
    )
    assert a.published == date(2025, 5, 15)


def test_an_event_dated_elsewhere_with_another_name_is_not_the_weekdays_event():
    a = _article(
        "Speaking on Monday, coach Ida Brandt said the team was tired after Saturday's loss to Calder Town.\n\n"
        "The club has nine games of the 2025-26 season left. The Ashby loss, on 15 November, hurt most."
    )
    assert a.published is None


def test_a_day_agreed_or_expected_in_the_past_tense_is_still_ahead():
    # Friday, 20 June 2025 is where the talks are headed, not when the news happened.
    for verb in ("agreed to meet", "were expected to meet", "scheduled a meeting"):
        a = _article(f"Ministers said on Tuesday they {verb} on Friday, June 20, to settle the 2025 budget.\n\nTalks went on.")
        assert a.published is None, verb


def test_without_a_lede_weekday_the_day_most_events_fall_on_is_the_news_day():
    # Wednesday, 8 October 2025 (the text names 2025); a post the evening before is a Tuesday.
    a = _article(
        "TROMSO (Bloomberg) -- Nordlys Foods recalled 40,000 jars of fish paste after reports of illness.\n\n"
        "Its chief executive apologised in a post late on Tuesday, before the recall was announced on "
        "Wednesday, October 8. The shares fell 9% on Wednesday, the most since 2025 began.\n\n"
        "\"We acted fast,\" the company's safety chief told reporters on Wednesday."
    )
    assert (a.published, a.date_confidence) == (date(2025, 10, 8), "inferred")


def test_two_weekdays_as_often_named_leave_the_news_day_unknown():
    a = _article(
        "TROMSO (Bloomberg) -- Nordlys Foods recalled 40,000 jars of fish paste.\n\n"
        "The recall was announced on Wednesday, October 8, guidance for 2025 was cut on Thursday, "
        "and its chief executive apologised on Wednesday."
    )
    assert a.published is None


def test_a_habitual_weekday_is_no_news_day():
    a = _article(
        "Stallholders said the market, open on Saturdays, lost money in 2025.\n\n"
        "It last opened on Saturday, 27 September, its manager said."
    )
    assert a.published is None
