"""A statement's day from its passage: the scene a narrative sentence sets, and "the following
day" counted from the story's own timeline, never past publication for words already said.

The invented articles are published on Thursday 9 May 2024 (see conftest)."""

from datetime import date


def _day(stmts, fragment):
    st = next(s for s in stmts if fragment in s.content)
    return st.when_start, st.date_basis


def test_a_narrative_sentence_dates_the_statements_after_it_in_its_paragraph(statements):
    text = ("Mayor Ada Lorne opened the new stand on Monday.\n\n"
            "Two days earlier, after the final whistle, coach Ivo Brandt had given a different account. "
            "He told the radio station that the squad was tired.")
    assert _day(statements(text), "squad was tired") == (date(2024, 5, 4), "context")


def test_a_dated_statement_of_another_speaker_sets_no_scene(statements):
    text = "Ivo Brandt said on Monday that the pier was unsafe. Ada Lorne said the pier was fine."
    assert _day(statements(text), "pier was fine") == (date(2024, 5, 9), "publication")


def test_a_timetable_to_come_sets_no_scene(statements):
    text = "The ferries run again on Saturday. Ada Lorne said the pier was fine."
    assert _day(statements(text), "pier was fine") == (date(2024, 5, 9), "publication")


def test_the_following_day_skips_a_date_still_to_come(statements):
    text = ("The council voted on Tuesday to close the pier. The ban comes into force on June 11. "
            "The following day, the harbour board said it would appeal.")
    assert _day(statements(text), "would appeal") == (date(2024, 5, 8), "context")


def test_a_day_inside_a_quotation_is_no_anchor(statements):
    text = ('The council voted on Tuesday to close the pier. "We warned them on April 2," said Ada Lorne. '
            "The following day, the harbour board said it would appeal.")
    assert _day(statements(text), "would appeal") == (date(2024, 5, 8), "context")


def test_during_the_debate_is_the_day_of_the_story_s_event(statements):
    text = ("The council voted 7 to 4 on Tuesday night to close the pier.\n\n"
            "During the debate, Councillor Ada Lorne said the plan was reckless.")
    assert _day(statements(text), "plan was reckless") == (date(2024, 5, 7), "context")


def test_a_place_after_at_the_is_no_event(statements):
    text = ("The council voted on Tuesday night to close the pier at the harbour.\n\n"
            "A manager at the harbour said the pier was safe.")
    assert _day(statements(text), "pier was safe") == (date(2024, 5, 9), "publication")


def test_according_to_a_speaker_who_just_spoke_is_that_day(statements):
    text = ("Port spokesman Ivo Brandt told reporters on Tuesday that the pier would close. "
            "According to Brandt, repairs will take a month.")
    assert _day(statements(text), "repairs will take") == (date(2024, 5, 7), "context")


def test_according_to_with_a_figure_of_a_year_stays_background(statements):
    text = ("The ministry said on Tuesday that it had hired inspectors. "
            "According to the ministry, 27 people died in accidents in 2021.")
    assert _day(statements(text), "27 people died") == (None, "none")


def test_according_to_a_body_on_the_news_of_the_day_is_said_by_the_report(statements):
    # what a body reports of the story's own days ("since Sunday", "on Tuesday night") it told
    # the report: said by publication, like "X said" at the end of the sentence
    text = ("Crews have cleared more than 900 tonnes of debris from the beach since Sunday, "
            "according to the parish works office.")
    assert _day(statements(text), "900 tonnes") == (date(2024, 5, 9), "publication")
    text = "About 300 people spent Tuesday night in the school hall, according to the relief agency."
    assert _day(statements(text), "300 people") == (date(2024, 5, 9), "publication")


def test_according_to_a_body_on_a_year_or_a_target_stays_background(statements):
    text = "According to the ministry, exports will reach 4% of output by the end of 2026."
    assert _day(statements(text), "exports will reach") == (None, "none")
    text = "Last year's harvest was worth about $40 million, according to the department."
    assert _day(statements(text), "harvest was worth") == (None, "none")


def test_a_day_inside_what_another_cue_reports_does_not_date_the_saying(statements):
    # "before the first ..." is inside what "saying" reports: no event the disputing was said at
    text = ("The council closed the canal on Tuesday.\n\n"
            "Village head Tomas Ilagan disputed the council's account, saying farmers had seen oil on the canal "
            "last Friday, a day before the first dead ducks appeared.")
    assert _day(statements(text), "the council's account") == (date(2024, 5, 9), "publication")
    assert _day(statements(text), "farmers had seen oil") == (date(2024, 5, 9), "publication")
