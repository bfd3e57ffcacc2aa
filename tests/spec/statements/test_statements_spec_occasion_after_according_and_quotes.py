"""A dated occasion carried on to the speaker's next sentences.

"..., according to X, who spoke at a press conference in PLACE on Monday afternoon" dates the
words at that press conference (an "according to" has no verb, the clause about its source has
one), and the quote of X's right after it is of the same occasion. After a quote that went back to
the occasion ("X said yesterday that ... '...,' he said.", "'...,' X said in an interview
yesterday."), a new "He said ..." tells the occasion on, as it does after a bare "X said Tuesday
that ..." and after words "told journalists" at a briefing; a sentence that names the speaker
anew, or words told the paper itself, stay the report's summary
(tests/spec/statements/test_statements_spec_fresh_denials.py). A body's forecast of a date ("...
is expected to peak on May 14, according to the ministry") is background with no day of its own;
one counted from the report's days ("due to arrive on Monday") is its news. Every article is invented.
"""

from datetime import date

STORY = """Flood victims wait for help

The river had been rising for a week, according to Superintendent Harlan Mbeki, the district police commander, who spoke at a press conference in Dorrow on Monday afternoon.

"We moved 300 families before dark," Superintendent Mbeki said. He said more rain was expected.

Inspector Jonah Ferrante said yesterday that four men had been arrested over looting. "We will not tolerate it," he said. He said two suspects were still at large.

Water officer Selma Hartvig told the Tribune on Tuesday that the pumps had failed. "We are working through the night," she said.

She said the pumps would be replaced.

Inspector Ferrante said at a press conference on Tuesday that the looters had come by boat.

"They knew the water would keep us away," he said.

He said the boats had been seized.

The mayor, Petra Lindqvist, told journalists at a press briefing yesterday that the council had opened three shelters. She said the shelters would stay open for a month.

Council leader Amos Kettering said Tuesday that the drains had not been cleared since 2019. He said the council had ignored warnings.

"It is the worst spring I have seen," Ansel Brook, a ferryman, said in an interview at his jetty yesterday. He said the crossing had been shut for nine days.

The river is expected to peak on May 14, according to the Water Ministry.

Repair crews are due to arrive on Monday, according to the Water Ministry.

About 900 homes have been without power since Sunday, according to the power company.
"""


def test_according_to_a_source_who_spoke_on_a_day_is_dated_that_day(statements, one):
    stmts = statements(STORY)  # published Thursday 9 May 2024
    assert one(stmts, "rising for a week").when_start == date(2024, 5, 6)


def test_the_sources_quote_after_it_is_the_same_occasion(statements, one):
    stmts = statements(STORY)
    assert one(stmts, "300 families before dark").when_start == date(2024, 5, 6)
    assert one(stmts, "more rain was expected").when_start == date(2024, 5, 6)


def test_a_he_said_after_a_quote_of_the_occasion_goes_on_in_it(statements, one):
    stmts = statements(STORY)
    assert one(stmts, "four men had been arrested").when_start == date(2024, 5, 8)
    assert one(stmts, "two suspects were still at large").when_start == date(2024, 5, 8)


def test_a_he_said_after_a_bare_said_on_a_day_goes_on_in_that_day(statements, one):
    stmts = statements(STORY)
    assert one(stmts, "not been cleared since 2019").when_start == date(2024, 5, 7)
    assert one(stmts, "ignored warnings").when_start == date(2024, 5, 7)


def test_a_he_said_after_his_quote_in_a_dated_interview_goes_on_in_it(statements, one):
    stmts = statements(STORY)
    assert one(stmts, "worst spring I have seen").when_start == date(2024, 5, 8)
    assert one(stmts, "shut for nine days").when_start == date(2024, 5, 8)


def test_a_he_said_opening_the_paragraph_after_a_quote_sums_up_on_the_reports_day(statements, one):
    stmts = statements(STORY)
    assert one(stmts, "looters had come by boat").when_start == date(2024, 5, 7)
    assert one(stmts, "boats had been seized").when_start == date(2024, 5, 9)


def test_words_told_the_paper_are_still_summed_up_on_the_reports_day(statements, one):
    stmts = statements(STORY)
    assert one(stmts, "working through the night").when_start == date(2024, 5, 7)
    assert one(stmts, "pumps would be replaced").when_start == date(2024, 5, 9)


def test_a_she_said_after_words_told_the_press_gathered_goes_on_in_them(statements, one):
    stmts = statements(STORY)
    assert one(stmts, "opened three shelters").when_start == date(2024, 5, 8)
    assert one(stmts, "stay open for a month").when_start == date(2024, 5, 8)


def test_a_bodys_forecast_of_a_day_has_no_day_of_its_own(statements, one):
    stmts = statements(STORY)
    assert one(stmts, "expected to peak on May 14").when_start is None
    assert one(stmts, "due to arrive on Monday").when_start == date(2024, 5, 9)  # (counted from the report's days: its news)
    assert one(stmts, "without power since Sunday").when_start == date(2024, 5, 9)
