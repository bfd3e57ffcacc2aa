"""A story filed just after midnight about an evening meeting: the meeting's speakers, with no time of
their own beyond "told the <body>" or "during the meeting", and the words they said just after, were
speaking at the meeting, the evening before the article's date. Every article here is invented."""

from datetime import date

from tests.spec.invented import statements_of

_STUDENT_PAPER = (
    "THE BRAMWELL BEACON\nBramwell College's student weekly\n\n"
    "Senate rejects dining hall hours cut\n\n"
    "By Ines Marlow, News Editor\nMarch 12, 2026 at 12:41 a.m.\n\n"
    "The Student Senate voted 14-6 on Wednesday night to oppose a plan to close the North Dining Hall at "
    "7 p.m. from next semester.\n\n"
    "Director of Dining Services Pieter Hallam told the Senate that the hall lost money every evening. "
    "He said the college had looked at shorter menus first.\n\n"
    '"Nobody wants to close early," Hallam said. "But we cannot keep running at a loss."\n\n'
    "Senator Rosa Quaintance asked whether student workers would lose shifts. Hallam said he would "
    '"come back with numbers" and gave no figure.\n\n'
    "In an email on Thursday, college spokesperson Lena Voss said the plan was not final.\n"
)

_COUNCIL_PAGE = (
    "Ashby Weekly Courier\n\n"
    "Councillors back library rescue after four-hour meeting\n\n"
    "00:25, Wednesday 4 February 2026\n\n"
    "Ashby Town Council voted on Tuesday evening to keep the Market Street library open for another year.\n\n"
    "Library manager Olu Baptiste told the meeting the building needed a new roof within two years. "
    "She added that visits had risen by a fifth since the summer.\n\n"
    '"We are not asking for a new library, just a dry one," Ms Baptiste said.\n\n'
    "Resident Tamsin Groves, speaking during the meeting, said the library was the only warm place many "
    "pensioners had in the afternoon.\n"
)


def _day(stmts, fragment):
    return next(s for s in stmts if fragment in s.content).when_start


def test_a_student_senate_s_evening_meeting_dates_its_speakers():
    stmts = statements_of(_STUDENT_PAPER)
    wednesday = date(2026, 3, 11)
    assert _day(stmts, "lost money every evening") == wednesday
    assert _day(stmts, "shorter menus") == wednesday
    assert _day(stmts, "Nobody wants to close early") == wednesday
    assert _day(stmts, "come back with numbers") == wednesday
    assert _day(stmts, "was not final") == date(2026, 3, 12)  # the next day's email keeps its own day


def test_a_council_meeting_reported_after_midnight_dates_its_speakers():
    stmts = statements_of(_COUNCIL_PAGE)
    tuesday = date(2026, 2, 3)
    assert _day(stmts, "new roof") == tuesday
    assert _day(stmts, "risen by a fifth") == tuesday
    assert _day(stmts, "just a dry one") == tuesday
    assert _day(stmts, "only warm place") == tuesday
