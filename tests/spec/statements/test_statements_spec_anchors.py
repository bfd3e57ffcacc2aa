"""Which day a statement's time phrase or occasion counts from (invented articles, published
Thursday 9 May 2024)."""

from datetime import date

from tests.spec.invented import day_of as _day


def test_days_earlier_count_from_the_event_the_sentence_before_talks_about(statements):
    # the sentence before "Two days earlier" names no day: it talks of the vote (Tuesday), not of
    # the last day named (Thursday)
    text = ("The harbour council approved the dredging plan late on Tuesday by 9 votes to 8.\n\n"
            "Councillor Mira Holt said on Thursday that she would appeal.\n\n"
            "The vote was closer than the mayor had hoped. Two days earlier, Mayor Arne Lund told "
            "his party that he would resign if the plan failed.")
    stmts = statements(text)
    assert _day(stmts, "would appeal") == date(2024, 5, 9)
    assert _day(stmts, "would resign") == date(2024, 5, 5)


def test_days_earlier_after_a_dated_sentence_count_from_its_day(statements):
    text = ("Councillor Mira Holt said on Thursday that she would appeal. Two days earlier, Mayor Arne "
            "Lund told his party that he would resign if the plan failed.")
    assert _day(statements(text), "would resign") == date(2024, 5, 7)


def test_said_at_the_opening_session_is_the_day_the_story_dates_the_opening(statements):
    text = ("The tribunal opened public hearings in the capital on Monday, May 6, and is expected to sit for "
            "a month.\n\nIts chair, retired judge Nadia Korr, said at the opening session that the tribunal "
            "would hear every witness. She said a report would follow by July.")
    stmts = statements(text)
    assert _day(stmts, "hear every witness") == date(2024, 5, 6)
    assert _day(stmts, "report would follow") == date(2024, 5, 6)


def test_at_a_place_is_no_occasion(statements):
    text = ("The tribunal opened public hearings at the ministry on Monday.\n\n"
            "An official at the ministry said the budget was tight.")
    assert _day(statements(text), "budget was tight") == date(2024, 5, 9)


def test_a_memo_told_and_what_was_written_in_it_are_one_occasion(statements):
    text = ("Chief executive Lotte Brandt told employees in a memo on Monday that no jobs would be cut. "
            "The 52-year-old wrote that the merger was \"the only way to keep both brands alive.\"")
    assert _day(statements(text), "only way") == date(2024, 5, 6)


def test_a_post_then_a_quote_to_the_reporter_are_two_occasions(statements):
    text = ("Researcher Ana Kovac wrote on LinkedIn on Monday that she had warned the company.\n\n"
            "\"I sent three emails and nobody answered,\" said Kovac.")
    assert _day(statements(text), "three emails") == date(2024, 5, 9)


def test_told_the_court_is_said_on_the_day_of_the_storys_hearing(statements):
    # published Thursday; the hearing the story reports was "yesterday"
    text = ("A builder who cheated his customers was sentenced yesterday at the county court.\n\n"
            "Sentencing him, Judge Edith Varn said he had \"preyed on the trusting\".\n\n"
            "Prosecutor Owen Hale told the court that the builder still owed £40,000.\n\n"
            "Outside court, neighbour Rita Moss said she was relieved. \"Justice was done,\" said Moss.\n\n"
            "Council leader Ben Akers said the case showed why inspections mattered.")
    stmts = statements(text)
    assert _day(stmts, "preyed on the trusting") == date(2024, 5, 8)
    assert _day(stmts, "still owed") == date(2024, 5, 8)
    assert _day(stmts, "Justice was done") == date(2024, 5, 8)
    assert _day(stmts, "inspections mattered") == date(2024, 5, 9)  # no audience of the hearing: the report's day
