""""X told the Gazette traders were paying less": with no "that", the parser joins the paper told
and the subject of what it was told into one object ("the Gazette traders"). The paper is the
listener, and what was told starts at the subject: "traders were paying less", not "the Gazette
traders were ...". Every article here is invented.
"""

from tests.spec.invented import statements_of

_MARKET = (
    "THE VALLEY GAZETTE\n\n"
    "Thursday, July 9, 2026\n\n"
    "Harbour master Tomas Quiroga told the Gazette traders were paying less for tuna this week.\n\n"
    "Growers told the Gazette middlemen were paying between $8 and $9 a kilogram for dried beans.\n\n"
    "Boat owners told the Gazette that fuel had doubled since March.\n"
)


def test_what_was_told_the_paper_starts_at_its_subject():
    got = {(s.speaker, s.content) for s in statements_of(_MARKET)}
    assert ("Tomas Quiroga", "traders were paying less for tuna this week") in got
    assert ("Growers", "middlemen were paying between $8 and $9 a kilogram for dried beans") in got
    assert not any("Gazette" in content for _, content in got)
