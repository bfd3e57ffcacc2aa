"""A weekday a start is set for ("starting Monday", "effective Friday", "a walkout to begin ... on
Tuesday") is the coming one, dated forward from the report's day; a start already made ("began
on Tuesday") stays behind it. The invented reports are of Thursday 9 May 2024."""

from datetime import date

from bot.answering.dates import dated_phrase

_THU = date(2024, 5, 9)


def test_starting_monday_in_a_caption_transcript_is_the_coming_monday():
    line = "so what we're doing starting Monday is we will hand out filters to every household"
    assert dated_phrase(line, _THU) == "on Monday (13 May 2024)"


def test_a_walkout_to_begin_on_tuesday_is_the_coming_tuesday():
    line = ("The union said it had served notice of a walkout, to begin at the start of the first shift "
            "on Tuesday, unless the company improves its offer.")
    assert dated_phrase(line, _THU) == "on Tuesday (14 May 2024)"


def test_a_strike_that_began_on_tuesday_is_the_last_tuesday():
    line = "Dockers began their strike on Tuesday after talks broke down."
    assert dated_phrase(line, _THU) == "on Tuesday (7 May 2024)"
