"""An official's directive told as an act ("had directed the deputy commissioners to ensure ...",
"instructed the water board to publish ...") is that official's statement, dated by the meeting
the sentence names; "directed the film", "instructed a solicitor" and "ordered an independent
review" are deeds, no statements. Every article is invented."""

from datetime import date

from tests.spec.invented import statements_of, the_one

CITY_PAGE = """Dust curbs: 30 crushers sealed in Marrabad

Published 12 November 2025

MARRABAD: The environment department sealed 30 stone crushers on Tuesday for running without dust filters.

Senior Minister Rukhsana Doulatabadi, chairing a meeting on dust on Monday, had directed the deputy commissioners to ensure that no crusher ran after dark in their districts and warned that officers would be held responsible.

Chief Secretary Omar Faizullah said the curbs would stay until March.
"""

COUNCIL_PAPER = """Water board told to publish leak figures

Published 3 June 2025

Mayor Ingrid Solvang on Tuesday instructed the water board to publish its leak figures every month, after residents complained of low pressure.

The board's chief, Petter Aalvik, said the figures would be online by July. Aalvik has instructed a solicitor, and the mayor directed the film festival in her youth.

Health Minister Tove Rask ordered an independent review of the board's accounts.
"""


def test_a_directive_in_pluperfect_background_is_the_officials_statement():
    s = the_one(statements_of(CITY_PAGE), "deputy commissioners to ensure")
    assert s.speaker == "Rukhsana Doulatabadi"
    assert s.when_start == date(2025, 11, 10)


def test_an_instruction_to_a_body_is_the_mayors_statement():
    s = the_one(statements_of(COUNCIL_PAPER), "publish its leak figures")
    assert s.speaker == "Ingrid Solvang"


def test_directing_and_instructing_without_a_to_clause_say_nothing():
    stmts = statements_of(COUNCIL_PAPER)
    assert not [s for s in stmts if "solicitor" in s.content or "film festival" in s.content or "independent review" in s.content]
