"""A sentence that first names a day ahead ("are to close at the end of next month") and then
dates the act that decided it ("the committee decided yesterday") is labelled with the act's day
first, then the day ahead: "yesterday (8 May 2024), for next month (June 2024)". A sentence with
only one of them keeps it alone. The invented reports are of Thursday 9 May 2024."""

from datetime import date

from bot.answering.dates import dated_phrase

_THU = date(2024, 5, 9)


def test_an_old_print_lede_s_decision_yesterday_comes_before_its_next_month():
    lede = ("TARNBY'S Mill Lane lido, which has served the town since 1921, is to close at the end of "
            "next month, the leisure committee decided yesterday,")
    assert dated_phrase(lede, _THU) == "yesterday (8 May 2024), for next month (June 2024)"


def test_a_wire_sentence_s_day_ahead_and_its_telling_day():
    line = "Ferries to Quellon will run again on Monday, the operator said on Tuesday."
    assert dated_phrase(line, _THU) == "on Tuesday (7 May 2024), for Monday (13 May 2024)"


def test_a_day_ahead_alone_stays_alone():
    assert dated_phrase("The pool will close next month, the council said.", _THU) == "next month (June 2024)"


def test_a_day_gone_by_first_stays_first_and_alone():
    line = "The council voted yesterday to close the pool next month."
    assert dated_phrase(line, _THU) == "yesterday (8 May 2024)"
