"""A dated occasion goes on in the words told at it: an operator that "confirmed yesterday" speaks
then through its officer introduced by job right after ("Operations manager NAME said" and her
quotes); "disclosed this yesterday at a press briefing" dates the words it points back to and the
speaker's next words ("According to him", "'...,' Mr. NAME stated", "He said ..."). A new occasion is not carried:
a resident or a councillor "who represents the X ward", and a named speaker "however" set against
his earlier words, speak on the report's day. Every article is invented."""

from datetime import date

from tests.spec.invented import statements_of, the_one

LIFT = """The Tarnbrook Examiner
Saturday 13 June 2026

Ski lift closed for the season's opening weekend

The only chairlift at Corrie Heights will stay shut until Wednesday after inspectors found wear on its haul cable, the operator confirmed yesterday.

Operations manager Della Frayne said a replacement section was being flown in from the mainland.

"We are not going to run a lift we have any doubt about," Ms Frayne said.

Resident Olly Brack said the village's cafes would lose their busiest weekend.
"""

CABLES = """The Coastal Daily
Thursday 8 October 2026

Cable thieves black out city junctions

Traffic lights at nine junctions in the city centre have been out of action for a week after thieves stripped copper cable from the signal boxes.

The city's traffic engineer, Mr. Tapiwa Chigumbu, disclosed this yesterday at a press briefing held at the civic offices.

According to him, the council had replaced the cables twice since July.

"Every time we replace them, they come back within days," Mr. Chigumbu stated.

He said the council would switch to aluminium cable, which has little resale value.
"""

COUNCIL = """The Eastern Times
Thursday 8 October 2026

Council row over dark streets

The mayor, Peter Nyoni, told the council last Thursday that the lighting contract was under review.

Nyoni, however, blamed the thieves rather than the contractor.

"They are stealing faster than anyone can replace," he said.

Clr Rudo Mhlanga, who represents the Sakura ward, said residents were afraid to walk home.
"""

YESTERDAY = date(2026, 6, 12)
PUBLISHED = date(2026, 10, 8)


def test_an_officer_named_by_job_after_the_operator_s_dated_words_speaks_that_day():
    stmts = statements_of(LIFT)
    assert the_one(stmts, "replacement section").when_start == YESTERDAY
    assert the_one(stmts, "any doubt about").when_start == YESTERDAY


def test_a_resident_after_the_operator_speaks_on_the_report_s_day():
    assert the_one(statements_of(LIFT), "busiest weekend").when_start == date(2026, 6, 13)


def test_disclosed_this_yesterday_dates_the_lead_and_the_words_after_it():
    stmts = statements_of(CABLES)
    assert the_one(stmts, "nine junctions").when_start == date(2026, 10, 7)
    assert the_one(stmts, "twice since July").when_start == date(2026, 10, 7)
    assert the_one(stmts, "within days").when_start == date(2026, 10, 7)
    assert the_one(stmts, "aluminium cable").when_start == date(2026, 10, 7)


def test_however_sets_a_new_occasion_and_its_quote_goes_on_in_it():
    stmts = statements_of(COUNCIL)
    assert the_one(stmts, "under review").when_start == date(2026, 10, 1)
    assert the_one(stmts, "rather than the contractor").when_start == PUBLISHED
    assert the_one(stmts, "stealing faster").when_start == PUBLISHED
    assert the_one(stmts, "afraid to walk home").when_start == PUBLISHED
