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
