"""Words of a dated document: a report "dated 30 April" that "found that ..." states its finding on
that day; its author's "recommended" is a statement, dated with what she wrote in it; "charged
that" is a statement, "charged with" and "charged passengers" are not."""

from datetime import date

from tests.spec.invented import statements_of, the_one

ARTICLE = """Ferry engines need refit, report says

Thursday 14 May 2026

By Brielle Varley

PORT ELLERAY - Two of the island's ferries need new engines.

A safety report for the harbour board, dated 30 April, found that two of the ferries needed new engines.

The harbour master, Kit Polglase, told councillors on Monday that the timetable would be cut from June.

The report's author, marine engineer Dr Morwen Rosewarne, wrote that the hulls were sound. She recommended a full refit before winter.

A crew member, Jory Bosanko, charged that the board had ignored the advice for years. He was charged with obstruction in 2019, and the ferry charged passengers double on Sundays.
"""


def test_a_dated_report_found_is_its_statement_on_its_day():
    s = the_one(statements_of(ARTICLE), "needed new engines")
    assert "report" in s.speaker.lower() and s.when_start == date(2026, 4, 30), (s.speaker, s.when_start)


def test_the_authors_recommendation_is_hers_on_the_reports_day():
    s = the_one(statements_of(ARTICLE), "a full refit")
    assert s.speaker == "Morwen Rosewarne" and s.when_start == date(2026, 4, 30), (s.speaker, s.when_start)


def test_charged_that_is_a_statement_charged_with_is_not():
    stmts = statements_of(ARTICLE)
    assert the_one(stmts, "ignored the advice").speaker == "Jory Bosanko"
    assert not any("obstruction" in s.content or "double" in s.content for s in stmts), [(s.speaker, s.content) for s in stmts]
