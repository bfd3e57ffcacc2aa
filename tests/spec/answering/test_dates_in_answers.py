"""A relative day in an answer sentence is shown with the date it resolves to."""

from datetime import date

from bot.answering.dates import dated_phrase

WEDNESDAY = date(2024, 5, 15)


def test_a_past_weekday_reads_back_from_the_report():
    assert dated_phrase("The mayor denied on Saturday that the bridge was unsafe.", WEDNESDAY) == "on Saturday (11 May 2024)"


def test_a_weekday_in_a_future_clause_reads_forward():
    text = "She said the result of the vote would be announced on Saturday."
    assert dated_phrase(text, WEDNESDAY) == "on Saturday (18 May 2024)"


def test_a_speech_verb_ends_the_future_clause_before_it():
    text = "The port will close from June 1, the harbour master said on Monday."
    assert dated_phrase(text, WEDNESDAY) == "on Monday (13 May 2024)"


def test_no_report_date_no_date():
    assert dated_phrase("He said on Monday that it was safe.", None) is None


def test_the_following_day_counts_from_the_day_named_before():
    before = "The fire was first reported on Monday, July 19, near the creek. "
    assert dated_phrase("The following day, the sheriff ordered an evacuation.", date(2021, 7, 21), before) == (
        "the following day (20 July 2021)"
    )


def test_days_earlier_count_back_from_the_day_named_before():
    before = "A former manager told the inquiry on Thursday that he had warned his bosses. "
    assert dated_phrase("Two days earlier, the inquiry heard from an inspector.", date(2022, 3, 10), before) == (
        "Two days earlier (8 March 2022)"
    )


def test_a_day_before_a_named_event_is_not_counted_from_the_day_before():
    before = "The company disclosed the breach on Wednesday. "
    text = "The chief executive apologised in a blog post on Tuesday, a day before the formal disclosure."
    assert dated_phrase(text, WEDNESDAY, before) == "on Tuesday (14 May 2024)"


def test_a_week_or_a_month_is_shown_as_the_range_it_is():
    assert dated_phrase("The board met last week to discuss the bridge.", WEDNESDAY) == "last week (6 May to 12 May 2024)"
    assert dated_phrase("The permit was granted in April.", WEDNESDAY) == "in April (April 2024)"


def test_a_year_is_too_wide_to_label_a_sentence():
    assert dated_phrase("Traffic on the bridge fell this year.", WEDNESDAY) is None


def test_a_datelines_date_is_the_reports_not_the_events():
    """"OSLO, June 3 (Reuters) -" dates the report: the lede scores for "when" as if it were not there."""
    from bot.answering.candidates import candidates_of
    from bot.answering.extractive import score_candidates
    from bot.answering.question import analyse
    from index.models import Chunk, ScoredChunk, Span

    story = "Ferry operator Nordlys said on Tuesday that hackers had breached its booking system."

    def lede_score(text: str) -> float:
        chunk = Chunk("c1", "a1", 1, 0, len(text), text, (Span(0, len(text)),))
        candidates = candidates_of([ScoredChunk(chunk, 1.0)])
        score_candidates(analyse("When did hackers breach the ferry operator's booking system?"), candidates,
                         lambda _t: 1.0, [0.5])
        return candidates[0].score

    assert abs(lede_score("OSLO, June 3 (Reuters) - " + story) - lede_score(story)) < 0.01


def test_a_past_clause_with_from_in_it_reads_back():
    # "from a neighbour" names a source, not a start: the day is the one before a Thursday report
    thursday = date(2024, 5, 16)
    for text, shown in [
        ("A shopkeeper said she heard of the closure from a neighbour on Wednesday evening.", "on Wednesday evening (15 May 2024)"),
        ("The club learned from its bank on Tuesday morning that the loan was refused.", "on Tuesday morning (14 May 2024)"),
        ("He said the letter came from the council on Monday.", "on Monday (13 May 2024)"),
    ]:
        assert dated_phrase(text, thursday) == shown


def test_a_start_from_a_weekday_still_reads_forward():
    thursday = date(2024, 5, 16)
    assert dated_phrase("The new timetable takes effect from Monday, the operator said.", thursday) == "on Monday (20 May 2024)"


def test_the_day_before_yesterday_is_two_days_back():
    thursday = date(2024, 5, 16)
    assert dated_phrase("The two sides met the day before yesterday in the port office.", thursday) == \
        "the day before yesterday (14 May 2024)"


def test_a_weekday_with_its_day_of_the_month_is_that_day_ahead_or_behind():
    thursday = date(2024, 5, 16)
    # Saturday the 25th is 25 May 2024; Sunday the 12th is 12 May 2024
    assert dated_phrase("The final is on Saturday the 25th, the organisers said.", thursday) == "on Saturday the 25th (25 May 2024)"
    assert dated_phrase("The fire broke out on Sunday the 12th, crews said.", thursday) == "on Sunday the 12th (12 May 2024)"


def test_a_weekday_whose_day_of_the_month_does_not_fit_dates_nothing_wrong():
    thursday = date(2024, 5, 16)
    # no Saturday falls on a 26th within weeks of the report: no date rather than a wrong one
    assert dated_phrase("The final is on Saturday the 26th, the organisers said.", thursday) is None


def test_a_weekday_with_its_day_of_the_month_ahead_keeps_that_day():
    thursday = date(2024, 5, 16)
    assert dated_phrase("The final will be played on Saturday the 1st, the organisers said.", thursday) == \
        "on Saturday the 1st (1 June 2024)"
