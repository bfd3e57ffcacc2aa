"""A company is named once in full with its legal form ("PT Sinar Laut Abadi") and then called "the
company": its head is described as "The company's President Director, X". Asked who runs it by its
name, or through what it does ("the company that runs the ferry to ..."), the answer is that person,
not another body's head the story also names; a name with a legal form is a company's, even where
the parser reads it as a person's."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers


REPORT = """Ferry cuts leave island villages waiting for supplies

KUPANG (Sabana News) - The Head of the Rotebu District Disaster Agency, Rikardus Malelak Dethan, said on Friday that four supply boats a week were now reaching the island's villages.

Separately, the operator of the district's passenger ferry service, PT Sinar Laut Abadi, confirmed that crossings to Rotebu had been cut to two a week.

Villagers said the price of rice on the island had risen by a third since the cuts began. The head of the district's traders' association said shops would run out of flour within a fortnight.

The agency's head said the supply boats would keep sailing until the crossings were restored.

The company's President Director, Benediktus Lenggu, explained that two of its three vessels were laid up for engine repairs.
"""

report = app_fixture("rotebu_ferry.txt", REPORT)


def test_who_runs_the_company_named_with_its_form(report):
    answers(report, "Who runs PT Sinar Laut Abadi?", "Lenggu")


def test_who_runs_the_company_described_by_what_it_does(report):
    answers(report, "Who runs the company that operates the passenger ferry service to Rotebu?", "Lenggu")
