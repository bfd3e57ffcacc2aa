"""Minutes and police copy name people by a title and a surname alone ("Cllr Pennington", "PCSO
Marsh"): each is a person, and a "He said" after them is theirs, not the last person named in
full in an earlier item. Every article here is invented."""

import pytest

from datetime import date

MINUTES = """Minutes of the meeting of the Parish Council held on Tuesday 3 June 2025

25/101 Public participation
Mr Derek Hollis said lorries had damaged the verge outside his house.

25/102 Police report
{police} reported 14 crimes in the parish in May. He said thefts from sheds had stopped. He advised residents to "lock your sheds".

25/103 Car park
{cllr} presented the working group's report. He said visitors parked on the verges "every fine weekend". Cllr Dace said the common was "not a site for tarmac".
"""


@pytest.mark.parametrize("police, cllr, officer, councillor", [
    ("PCSO Marsh", "Cllr Pennington", "Marsh", "Pennington"),
    ("Sgt Okonedo", "Councillor Fairweather-Lunn", "Okonedo", "Fairweather-Lunn"),
])
def test_a_pronoun_after_a_titled_surname_is_that_person(statements, one, police, cllr, officer, councillor):
    stmts = statements(MINUTES.format(police=police, cllr=cllr), date(2025, 6, 3))
    assert one(stmts, "thefts from sheds had stopped").speaker == officer
    assert one(stmts, "lock your sheds").speaker == officer
    assert one(stmts, "every fine weekend").speaker == councillor
    assert one(stmts, "lorries had damaged the verge").speaker == "Derek Hollis"
