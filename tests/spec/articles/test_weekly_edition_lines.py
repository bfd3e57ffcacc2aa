"""A weekly's edition line dates the page when nothing else does: "Edition 1,482 — week ending
Friday 14 March 2025", "Kilbrannock Courier — Issue 77, week ending Sunday 9 March 2025", "Vol. 12
No. 48 · Week commencing Monday 3 March 2025", "For the week of 10 March 2025". The day it states is
the publication's, and the statements' weekdays ("said on Tuesday") resolve against it; a sentence
that mentions a week ending is no edition line. Every article here is invented."""

from datetime import date

from tests.spec.invented import cleaned, day_of, statements_of

_EDITION = (
    "THE QUAYSIDE TIDINGS\nEdition 1,482 — week ending Friday 14 March 2025\n\nNet menders want a new shed\n\n"
    "Fisheries officer Branoc Tregunna-Wills said on Tuesday that the quay would be resurfaced before the summer.\n"
)
_ISSUE = (
    "Kilbrannock Courier — Issue 77, week ending Sunday 9 March 2025\n\nHarbour dues to rise\n\n"
    "Harbourmaster Ottoline Brisk said on Tuesday that the mooring fees would rise by a tenth in April.\n"
)
_VOLUME = (
    "THE UPLAND POST\nVol. 12 No. 48 · Week commencing Monday 3 March 2025\n\nSchool roof repaired\n\n"
    "Headteacher Wenna Pollglase-Ife said on Tuesday that the pupils would be back in the hall by the spring half-term.\n"
)
_WEEK_OF = (
    "Corrow Valley Weekly\nFor the week of 10 March 2025\n\nDepot reprieve\n\n"
    "The council leader, Ysolde Kerrane-Ubadi, said on Thursday that the bus depot would stay open.\n"
)
_SENTENCE = (
    "Fair draws crowds\n\nThe fair, held in the week ending 14 March 2025, drew record crowds, the organisers said.\n"
)


def test_an_edition_line_dates_the_page():
    assert cleaned(_EDITION).published == date(2025, 3, 14)
    assert cleaned(_ISSUE).published == date(2025, 3, 9)
    assert cleaned(_VOLUME).published == date(2025, 3, 3)
    assert cleaned(_WEEK_OF).published == date(2025, 3, 10)


def test_weekdays_resolve_against_the_edition_day():
    assert day_of(statements_of(_EDITION), "quay would be resurfaced") == date(2025, 3, 11)
    assert day_of(statements_of(_ISSUE), "mooring fees") == date(2025, 3, 4)


def test_a_sentence_about_a_week_is_no_edition_line():
    assert cleaned(_SENTENCE).published is None
