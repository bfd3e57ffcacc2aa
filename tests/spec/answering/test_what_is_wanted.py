""""What does the union want to happen before the cuts go ahead?" asks for a demand: the sentence that
states one ("would ask for the cuts to be frozen until ...") answers, not the report of the cuts that
holds more of the question's words. "before the cuts go ahead" is a time clause, not the state before
an event ("how big was it before its expansion"): the answer is not another period's. Every article
is invented."""

import pytest

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

CUTS = """Union says bakery staff learned of job cuts from a poster

Published 14 May 2026

TELLMOUTH – Harbour Loaf Bakeries will go ahead with 64 job cuts at its Tellmouth ovens at the end of June, the union was told this week.

The Food and Bakery Workers' Union said the cuts had been announced on a poster in the loading bay. "Our members were told on a poster," union organiser Winifred Yaramar said.

Yaramar said the union would ask for a freeze on the cuts and an audit of the bakery's books by an outside accountant.

Workers will get three weeks' pay for every year of service, the company said.

Town councillor Imelda Fry said Tellmouth could not afford to lose the jobs.
"""

cuts = app_fixture("cuts.txt", CUTS)


@pytest.mark.parametrize("question", [
    "what does the union want to happen before the tellmouth job cuts go ahead",
    "what is the union asking for before the bakery cuts go ahead",
    "what does the union want",
])
def test_the_demand_answers(cuts, question):
    answers(cuts, question, "outside accountant")
