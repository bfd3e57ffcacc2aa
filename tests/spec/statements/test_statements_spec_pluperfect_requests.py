"""A request told in the pluperfect, as court reports give the sentence each side asked for.

Every article here is invented. "She had asked for a sentence of eight years" is her request as
"She asked for" is; "He had sought a suspended sentence" too, "sought" only with a penalty or a
court's remedy for object ("had sought refuge" is a deed, no statement).
"""

from tests.spec.invented import statements_of, the_one

COURT_REPORT = """Fraudster jailed for six years

March 3, 2025

A former accountant was jailed for six years on Monday for stealing from a charity.

Prosecutor Lindiwe Okasha told the court the theft had gone on for a decade. She had sought a sentence of eight years.

Defence lawyer Corwin Bale said his client was remorseful. He had asked for a suspended sentence.
"""

WIRE = """Smuggler gets nine years

PORT ARVEN, Oct 8 (Newswire) - A boat owner was jailed for nine years on Wednesday for smuggling migrants.

Deputy prosecutor Sunniva Track said the crossings had put 40 lives at risk. Track has asked for a term of 12 years, citing two earlier convictions.

The defendant had sought refuge in a church before his arrest, his lawyer Elgin Marrow said.
"""


def test_a_pluperfect_request_is_a_statement():
    stmts = statements_of(COURT_REPORT)
    assert the_one(stmts, "sentence of eight years").speaker == "Lindiwe Okasha"
    assert the_one(stmts, "suspended sentence").speaker == "Corwin Bale"
    assert the_one(statements_of(WIRE), "a term of 12 years").speaker == "Sunniva Track"


def test_sought_with_no_remedy_is_a_deed():
    assert not [s for s in statements_of(WIRE) if s.content.startswith("refuge")]
