"""Quotations stacked one under another, each credited only by the dash line under it (a "week in
quotes" column, a charity report's testimonials page). Each quotation is its credited speaker's,
never the previous quotation's: a credit with the job or club before the name ("Riverside United
chairman Ann Roe", "Pharmacist Ann Roe") names the person after it, and a body's statement
("Department of Parks statement") is the body's. Every article here is invented."""

from tests.spec.invented import speaker_of, statements_of

_WEEK = (
    "SAID THIS WEEK\n\n"
    '"Nobody in this town voted for a car park on the green."\n'
    "— Councillor Wilhelmina Strang-Adeyemi, at the planning meeting, Tuesday\n\n"
    '"We have run out of beds twice this month. Twice."\n'
    "— Harbourside General matron Perpetua Ochieng-Walsh, Wednesday\n\n"
    '"The car park was approved by an independent panel."\n'
    "— Ministry of Local Roads statement, Thursday\n"
)

_TESTIMONIALS = (
    "What our volunteers say\n\n"
    '"I came for one afternoon and stayed four years."\n'
    "— Befriending volunteer Cassius Abernathy-Lowe\n\n"
    '"The kitchen feeds 300 people a week. It runs on goodwill."\n'
    "— Cook Imogen Varsity-Okeke\n"
)


def test_each_stacked_quotation_is_its_credited_speaker_s():
    stmts = statements_of(_WEEK)
    assert "Strang-Adeyemi" in speaker_of(stmts, "car park on the green")
    assert "Ochieng-Walsh" in speaker_of(stmts, "out of beds")
    assert "Ministry of Local Roads" in speaker_of(stmts, "independent panel")


def test_a_job_before_the_name_in_a_credit():
    stmts = statements_of(_TESTIMONIALS)
    assert "Abernathy-Lowe" in speaker_of(stmts, "stayed four years")
    assert "Varsity-Okeke" in speaker_of(stmts, "300 people")
