""""Where are the ferry operators holding their members' meeting?" asks where a body does something, not
where its president speaks: the report's own "The association has called a meeting of its members at
Quayside on Friday" answers, though the question's role phrase finds the association's president,
quoted beside it. Every article is invented."""

import pytest

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

FERRIES = """Lake ferries stopped after engine fire

Published 6 April 2026

LOWMERE – All passenger ferries on Lake Lowmere have been stopped for safety checks after an engine fire on Saturday, the district office said.

The Lowmere Ferry Operators' Association says its members are losing about 300,000 a day.

Its president, Leopold Tirel, told the Courier on Monday that the association had itself asked for checks on older boats. "We asked for life jackets on every deck," he said.

The association has called a meeting of its members at Quayside on Friday.

Of the 31 ferries on the lake, only nine had passed the checks by Sunday evening, the district office said.
"""

SCHOOLS = """School buses checked after brake fault

Published 7 April 2026

The county transport office will hold a meeting with the schools, the bus firms and the parents on Wednesday at the council hall, its director said.
"""

both = articles_fixture({"ferries.txt": FERRIES, "schools.txt": SCHOOLS})


@pytest.mark.parametrize("question", [
    "where are the ferry operators holding their members' meeting this week",
])
def test_the_bodys_meeting_place_is_reported(both, question):
    answers(both, question, "Quayside")
