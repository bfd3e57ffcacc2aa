"""A warning against something, with no clause: what it warns against is the statement.

Every article here is invented. Translated wires and agency copy give a body's position as "X
warned on <day> against <noun>", "X cautioned against <noun>": the statement is the warning's
object, with the act's speaker.
"""

from tests.spec.invented import statements_of, the_one

WIRE = """Clinic closure: district hesitates

Arnsfeld (rds) - The residents' association Bürgerforum Arnsfeld warned on Friday against a hasty closure of the night clinic.
"""

AGENCY = """Union cautions over rail timetable

LUMBA, May 5 (ZNA) - The railway workers' union has cautioned against the planned cut in freight services.
"""


def test_a_warning_against_a_noun_is_a_statement():
    assert "Bürgerforum Arnsfeld" in the_one(statements_of(WIRE), "hasty closure of the night clinic").speaker
    assert "union" in the_one(statements_of(AGENCY), "planned cut in freight services").speaker
