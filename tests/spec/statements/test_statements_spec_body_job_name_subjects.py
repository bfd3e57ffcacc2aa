"""A subject written body, job, name with no commas: "Metro Rail Corporation managing director X Y said".

Every article here is invented. Indian and other regional papers run the body's name, the job
and the person together; the parser may make the body the subject and the person its job's
apposition. The person speaks, not the body; a body alone still speaks for itself.
"""

from tests.spec.invented import statements_of, the_one

STORY = """Metro phase two on track

Published 22 January 2025

Kelvara Metro Rail Corporation managing director Sreedevi Panikkar said trial runs would begin in mid-2027.

Kelvara Water Company said bills would rise in April.
"""


def test_the_person_after_the_bodys_job_is_the_speaker():
    stmts = statements_of(STORY)
    assert the_one(stmts, "trial runs would begin").speaker == "Sreedevi Panikkar"
    assert the_one(stmts, "bills would rise").speaker == "Kelvara Water Company"
