"""Statement dates: relative phrases against the right anchor; the report's date marked as such.

The invented articles are published on Thursday 9 May 2024 unless a test says otherwise."""

from datetime import date


def _date(stmts, fragment):
    st = next(s for s in stmts if fragment in s.content)
    return st.when_start, st.when_end, st.date_basis


def test_weekday_in_the_past(statements):
    stmts = statements("Mayor Ines Rot said on Tuesday that the bridge would reopen.")
    assert _date(stmts, "bridge") == (date(2024, 5, 7), None, "context")


def test_same_weekday_as_publication_is_the_day_itself(statements):
    stmts = statements("Mayor Ines Rot said on Thursday that the bridge would reopen.")
    assert _date(stmts, "bridge")[0] == date(2024, 5, 9)


def test_last_weekday(statements):
    stmts = statements("Mayor Ines Rot said last Thursday that the bridge would reopen.")
    assert _date(stmts, "bridge")[0] == date(2024, 5, 2)


def test_last_week_is_a_range(statements):
    stmts = statements("Mayor Ines Rot wrote last week that the bridge would reopen.")
    assert _date(stmts, "bridge") == (date(2024, 4, 29), date(2024, 5, 5), "context")


def test_earlier_this_month_is_a_range(statements):
    stmts = statements("Earlier this month, Mayor Ines Rot said the bridge would reopen.")
    assert _date(stmts, "bridge")[:2] == (date(2024, 5, 1), date(2024, 5, 8))


def test_explicit_month_and_day_take_the_article_year(statements):
    stmts = statements("Mayor Ines Rot said on March 3 that the bridge would reopen.")
    assert _date(stmts, "bridge") == (date(2024, 3, 3), None, "explicit")


def test_following_day_counts_from_the_date_just_mentioned(statements):
    text = ("The council met on Monday, May 6. The following day, Mayor Ines Rot said the bridge would reopen.")
    assert _date(statements(text), "bridge")[0] == date(2024, 5, 7)


def test_two_days_earlier_counts_from_the_date_just_mentioned(statements):
    text = ("The inquiry opened on Wednesday, May 8. Two days earlier, engineer Paolo Brix told the panel "
            "that the beams were cracked.")
    assert _date(statements(text), "beams")[0] == date(2024, 5, 6)


def test_future_tense_looks_forward(statements):
    stmts = statements("Mayor Ines Rot will say on Saturday whether the bridge reopens.")
    found = [s for s in stmts if s.when_start]
    assert not found or found[0].when_start == date(2024, 5, 11)


def test_no_time_of_its_own_gets_the_report_date_marked(statements):
    stmts = statements("Mayor Ines Rot said the bridge would reopen.")
    assert _date(stmts, "bridge") == (date(2024, 5, 9), None, "publication")


def test_undated_article_gets_no_dates(statements):
    stmts = statements("Mayor Ines Rot said on Tuesday that the bridge would reopen.", published=None)
    assert _date(stmts, "bridge") == (None, None, "none")


def test_background_figures_of_a_year_get_no_date(statements):
    # As the shared eval's gold does: "according to" a figure of a year is background, undated;
    # "according to" news with no year is told the report, dated at publication.
    stmts = statements("According to the ministry, 27 bridges needed repairs in 2023.")
    assert _date(stmts, "27 bridges")[0] is None
    stmts = statements("According to the ministry, 27 bridges need repairs.")
    assert _date(stmts, "27 bridges") == (date(2024, 5, 9), None, "publication")


def test_date_in_the_content_is_not_the_statement_date(statements):
    stmts = statements("Mayor Ines Rot said the bridge closed on March 3.")
    assert _date(stmts, "bridge")[2] == "publication"


def test_date_of_a_neighbouring_sentence_is_not_stamped_on_a_quote(statements):
    text = 'The dam was finished on March 3. "It is the safest in the region," engineer Paolo Brix said.'
    assert _date(statements(text), "safest")[2] == "publication"


def test_later_quote_of_the_same_speaker_keeps_the_day_of_the_appearance(statements):
    text = ('Mayor Ines Rot said on Tuesday that the bridge would reopen. "We owe it to the town," she said.')
    assert _date(statements(text), "owe it")[0] == date(2024, 5, 7)


def test_the_same_event_gives_the_day_of_the_statement_made_there(statements):
    text = ("Union leader Hana Sato told a news conference on Tuesday that nurses would strike. "
            "Her deputy, Omar Reyes, told the same news conference that hospitals would stay open.")
    assert _date(statements(text), "hospitals would stay open")[0] == date(2024, 5, 7)


def test_a_post_on_one_day_does_not_date_a_later_quote_given_to_the_reporter(statements):
    text = ("Researcher Sofia Lindqvist wrote on LinkedIn on Monday that the data was for sale.\n\n"
            '"I sent three emails," said Lindqvist.')
    assert _date(statements(text), "three emails")[2] == "publication"


def test_a_statement_made_at_an_event_the_text_dated_gets_its_day(statements):
    text = ("The council approved the harbour plan late on Tuesday by 30 votes to 12.\n\n"
            '"This is a plan for the next generation," Mayor Ines Rot told councillors before the vote.')
    assert _date(statements(text), "next generation")[:2] == (date(2024, 5, 7), None)


def test_a_place_named_after_at_is_no_event(statements):
    text = ("The inspectors visited the plant on Monday.\n\n"
            "An official at the plant said output had been raised.")
    assert _date(statements(text), "output had been raised")[2] == "publication"
