""""What is X changing after the outage" is answered by the change still to come ("He said X would now
alert customers ...", "will no longer ...", "from now on"), not by the background sentence that names
X and the outage and so shares every word of the question."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

OUTAGE = """Payroll firm's outage leaves shops unable to pay staff

Thousands of small shops could not pay their staff on Friday after Skelwith Pay, the payroll service used by many independent retailers, went down for most of the day.

Corvell Ledger, whose accounting software many of those shops run, keeps a copy of Skelwith's payment files, but the copy held the same broken files as the original.

Corvell's head of operations, Ottoline Orrery, said the company had relied too heavily on a single supplier. She said Corvell would now check every payment file before copying it and warn users within an hour of a fault.

"We trusted a file we should have tested," Orrery said.
"""

SCHOOL = """Parents' evening: the head answers questions on the bus crash

Mr Faulconer, the head teacher at Dunmere Academy, took questions from about 60 parents at Tuesday's meeting, a week after a school bus left the road near the quarry turn. No pupils were badly hurt.

The academy has used the same bus company for eleven years, and the contract runs until 2027.

Asked about the route, Mr Faulconer said that from now on buses will not use the quarry road in icy weather and that a member of staff will ride on every bus.
"""

reports = articles_fixture({"outage.txt": OUTAGE, "school.txt": SCHOOL})


def test_would_now_answers_what_the_firm_is_changing(reports):
    answers(reports, "what is corvell ledger changing after the outage", "check every payment file", lacking="keeps a copy")


def test_from_now_on_answers_what_the_academy_is_changing(reports):
    answers(reports, "What is Dunmere Academy changing after the bus crash?", "from now on", lacking="eleven years")
