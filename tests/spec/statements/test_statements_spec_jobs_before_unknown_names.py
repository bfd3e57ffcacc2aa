"""A job title directly before a name the first-name lexicon and the parser do not know.

Every article here is invented. South African, US and other papers write the job before the name
with no comma ("Health MEC Thandiwe Mbeki-Fourie", "DA MPL Ruan de Klerk", "Department spokesperson
Lwazi Nxumalo", "parks director Lamar Okafor-Birch said"). Two capitalised words or more after a
job word are a person's name even when NER tags no person and the lexicon knows no first name;
and a quotation's speaker written so after it is found though the parser reads the job as a verb.
"""

from tests.spec.invented import statements_of, the_one

CLINICS = """Province admits nursing posts left vacant

Published 17 Jun 2025

The provincial health department has admitted that 90 nursing posts at clinics have been vacant for more than a year.

Health MEC Thandiwe Mbeki-Fourie revealed the figure in a written reply to a question by DA MPL Ruan de Klerk.

She said 30 of the posts would be advertised before the end of July.

De Klerk told reporters on Monday that patients were queuing from 4am.

Department spokesperson Lwazi Nxumalo said the department had appointed 25 nurses since April.

"We acknowledge that it is not enough," Nxumalo said.
"""

POOL = """Pool to close for a year

Published: 6:47 PM MDT June 3, 2025

The indoor pool will close for at least a year, the city announced Tuesday.

"We did not make this decision lightly," parks director Lamar Okafor-Birch said in the release.
"""


def test_a_job_before_an_unknown_name_names_a_person():
    stmts = statements_of(CLINICS)
    assert the_one(stmts, "30 of the posts").speaker == "Thandiwe Mbeki-Fourie"
    assert the_one(stmts, "appointed 25 nurses").speaker == "Lwazi Nxumalo"
    assert the_one(stmts, "not enough").speaker == "Lwazi Nxumalo"
    assert the_one(stmts, "queuing from 4am").speaker == "Ruan de Klerk"


def test_a_quotations_speaker_after_a_lower_case_job_is_found():
    assert the_one(statements_of(POOL), "decision lightly").speaker == "Lamar Okafor-Birch"


def test_a_run_of_job_and_body_words_is_no_name():
    text = ("Road project stalls\n\nWEDNESDAY SEPTEMBER 17 2025\n\nResidents complained about the stalled road.\n\n"
            "Contacted, the County Executive Committee Member for Roads, Ms Wanjiru Chebet Koros, said the contractor "
            "had left the site.\n")
    assert not [s for s in statements_of(text) if s.speaker in ("Member", "Committee Member")]
