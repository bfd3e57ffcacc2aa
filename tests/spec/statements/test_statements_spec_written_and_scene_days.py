"""Days of words written in a dated document, said at a dated meeting, or said by someone the story
places at a dated occasion; and words told the report "according to" a source. Invented articles."""

from datetime import date

from tests.spec.invented import statements_of, day_of, the_one

_LETTER_UK = """Published Thursday 12 March 2026

Pupils at Ferncastle Academy will sit their summer exams in a marquee, head teacher Ondine Prewitt said in a letter to parents on Monday.

"The hall roof cannot be fixed before June," Prewitt wrote.

The council's buildings officer, Raymond Tull, said last week that repairs would take months.

Exam boards have approved the plan. Parents were told the marquee would be heated.

Prewitt wrote in the letter that the academy would not appeal. "This is our problem, not yours," she added. She also wrote that staff would supervise every session.
"""

_RULING_US = """Posted Fri, Apr 17, 2026 9:12 am ET

Quillmere Township swim team stripped of relay title

The Tri-County Aquatics League has stripped the Quillmere Township boys of their 400 free relay title.

League commissioner Dolores Quenby said in a ruling dated April 9 that the team "used an ineligible swimmer in the final."

"We take no pleasure in this," Quenby wrote. "Rules are rules."

Athletic director Barnaby Stellwood said Thursday that the district would accept the ruling.

Stellwood wrote in his letter that the district would not appeal. "We owe the other schools that much," he added.
"""


def test_quotes_written_after_a_dated_ruling_take_its_day():
    stmts = statements_of(_RULING_US)
    assert day_of(stmts, "We take no pleasure in this") == date(2026, 4, 9)
    assert day_of(stmts, "Rules are rules") == date(2026, 4, 9)


def test_wrote_in_the_letter_that_is_the_writers_clause_dated_by_the_letter():
    stmts = statements_of(_LETTER_UK)
    assert the_one(stmts, "the academy would not appeal").speaker == "Ondine Prewitt"
    assert day_of(stmts, "the academy would not appeal") == date(2026, 3, 9)
    assert day_of(stmts, "This is our problem, not yours") == date(2026, 3, 9)
    assert day_of(stmts, "staff would supervise every session") == date(2026, 3, 9)


def test_wrote_in_his_letter_with_no_dated_letter_stays_the_reports_day():
    stmts = statements_of(_RULING_US)
    assert the_one(stmts, "the district would not appeal").speaker == "Barnaby Stellwood"
    # (the story dated no letter of his: the day the report tells it)
    assert day_of(stmts, "the district would not appeal") == date(2026, 4, 17)


_MEETING_US = """Posted Thu, Oct 8, 2026 8:40 pm ET

Parents pack Birchmoor school board meeting over bus cuts

At Tuesday night's school board meeting, parent Orla Abernick asked the board to restore the two cut routes. Board president Corwin Tregarthen said the board would "look at every option" before January.

Transport manager Sefton Ardley said on Wednesday that drivers were hard to hire.
"""

_MEETING_IE = """Published Friday 6 November 2026

At Monday's monthly meeting of Carrowbeg Municipal District, resident Fintan Scallion asked why the pier lights had not been fixed. Councillor Oonagh Halloran said the works would be tendered in the spring.

Shop owner Ivo Marstrand said footfall had fallen by a third.
"""


def test_the_next_members_words_at_a_fronted_meeting_take_its_day():
    stmts = statements_of(_MEETING_US)
    assert day_of(stmts, "restore the two cut routes") == date(2026, 10, 6)
    assert day_of(stmts, "look at every option") == date(2026, 10, 6)
    stmts = statements_of(_MEETING_IE)
    assert day_of(stmts, "the works would be tendered in the spring") == date(2026, 11, 2)


def test_someone_who_sits_on_no_body_is_not_carried_into_the_meeting():
    stmts = statements_of(_MEETING_IE)
    assert day_of(stmts, "footfall had fallen by a third") == date(2026, 11, 6)


_NOT_ONCE = """Published Friday 20 March 2026

Winger Halle Drummond said after Thursday's training that she had been "angry for a week" and then moved on.

"Nobody in that dressing room blamed me. Not once," she said.
"""


def test_an_adverb_inside_the_quotation_does_not_make_the_words_undated():
    stmts = statements_of(_NOT_ONCE)
    assert day_of(stmts, "Nobody in that dressing room blamed me") == date(2026, 3, 19)
    assert day_of(stmts, "Not once") == date(2026, 3, 19)


_ACCORDING = """Published Wednesday 3 June 2026

The Pellinore Valley rail halt will close for six weeks from July.

According to the rail operator, the platform is 40 metres too short for the new trains. According to the regional statistics office, 1,300 passengers used the halt in 2024.
"""


def test_according_to_a_source_is_told_the_report_unless_it_is_a_figure_of_a_year():
    stmts = statements_of(_ACCORDING)
    assert day_of(stmts, "the platform is 40 metres too short") == date(2026, 6, 3)
    assert day_of(stmts, "1,300 passengers used the halt in 2024") is None


_VISIT_MT = """Published Sunday 15 March 2026

Kerrimon residents object to quarry extension

Local MP Gaspar Vellacourt, who attended Thursday's hearing as an observer, warned that a refusal would cost forty jobs.

"People here need both the work and the quiet," he said.
"""

_VISIT_CARIB = """Published Wednesday 21 January 2026

Member of Parliament for the area, Dr Ysolde Wickersley, who visited the pumping station yesterday afternoon, called on the utility to publish a repair date. She said 900 homes were affected.
"""

_VISIT_AHEAD = """Published Wednesday 21 January 2026

Senator Eskild Ruskin, who will visit the pumping station on Friday, said the repairs were overdue.
"""


def test_a_speakers_clause_at_a_dated_occasion_dates_the_act_of_its_sentence():
    stmts = statements_of(_VISIT_MT)
    assert day_of(stmts, "a refusal would cost forty jobs") == date(2026, 3, 12)
    stmts = statements_of(_VISIT_CARIB)
    assert day_of(stmts, "to publish a repair date") == date(2026, 1, 20)
    assert day_of(stmts, "900 homes were affected") == date(2026, 1, 21)  # (told the report)


def test_a_visit_still_to_come_dates_nothing():
    stmts = statements_of(_VISIT_AHEAD)
    assert day_of(stmts, "the repairs were overdue") == date(2026, 1, 21)


_AHEAD = """Published Thursday 11 June 2026

Councillor Wan Siu-kei said the ferry cut would leave islanders stranded. She said she would raise the matter at a district council meeting on June 18 and had asked the department to reject the plan.
"""


def test_a_day_of_a_clause_still_to_come_does_not_date_the_act_joined_to_it():
    stmts = statements_of(_AHEAD)
    assert all(s.when_start is None or s.when_start <= date(2026, 6, 11) for s in stmts)
    assert not any(s.when_start and s.when_start.year == 2025 for s in stmts)


_VISIT_SAID = """Published Sunday 16 March 2025

Councillor Pim Vasterling, who visited the flooded underpass on Friday night, said the delays were a disgrace.
"""


def test_a_plain_said_after_a_visit_clause_stays_the_reports_day():
    stmts = statements_of(_VISIT_SAID)
    assert day_of(stmts, "the delays were a disgrace") == date(2025, 3, 16)


_ACCORDING_NOW = """Published Wednesday 3 June 2026

Barley bids at the Orrinvale depot were around $290 a tonne this week, compared with about $330 at the same time last year, according to Fenwarren Grain Research.
"""


def test_according_to_a_figure_of_this_week_against_last_year_is_told_the_report():
    assert day_of(statements_of(_ACCORDING_NOW), "Barley bids at the Orrinvale depot") == date(2026, 6, 3)
