"""A why-question that takes an act as done to all of something ("reopen all of the pools", "every
school") where the article tells it of part and says the rest is still in the opposite state
("remain closed", "are still shut"): the premise is corrected, the contradicting sentence first.
Where the article tells it of all, the answer is the usual one."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers


POOLS = """Four Dunmarrow pools reopen after boiler repairs

Dunmarrow's leisure trust reopened four of its six public swimming pools on Monday, a week after the boilers that heat them failed.

Two pools, at Kelso Road and the Westgate centre, remain closed while engineers replace their boilers, the trust said.

"We are sorry for the disruption," said the trust's chief executive, Moira Tennent-Ash.
"""

SCHOOLS = """FLOOD UPDATE - Department of Education, Harlow Vale District
Issued 09:00, Tuesday

The department reopened most of the district's schools on Monday after the floodwater went down.

Three schools in the river valley are still shut because their ground floors were flooded; pupils there will learn online until further notice.

Parents can find their school's status on the department's website.
"""

LIBRARIES = """Libraries back after the strike

ROSSBURY - The county council reopened its libraries on Tuesday after a three-day strike by library staff ended.

All branches except the mobile library service are open as usual, a council spokesman said. The mobile service will restart next week.
"""

pools = app_fixture("dunmarrow_pools_reopen.txt", POOLS)
schools = app_fixture("harlow_vale_schools.txt", SCHOOLS)
libraries = app_fixture("rossbury_libraries.txt", LIBRARIES)


def test_pools_reopened_in_part_are_corrected_with_the_ones_still_closed(pools):
    answers(pools, "Why did the leisure trust reopen all of Dunmarrow's pools on Monday?",
            "do not say so; they report: Two pools", "remain closed", "four of its six")


def test_every_school_reopened_is_corrected_by_those_still_shut(schools):
    answers(schools, "Why did the department reopen every school in the district on Monday?",
            "do not say so", "still shut")


def test_libraries_all_reopened_are_answered(libraries):
    answers(libraries, "Why did the county council reopen all of its libraries on Tuesday?", "strike", lacking="do not say so")
