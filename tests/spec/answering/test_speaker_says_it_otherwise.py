""""How were the staff picked, according to the HR manager?": the HR manager is the "human resources
manager" of the article, and his answer says "selection", not "picked", in a quote the retrieval ranks
below the union's and the workers' sentences on the cuts. Once the speaker is found, his own sentence
saying the asked thing in other words (a word of the same paraphrase group) answers. Every article
is invented."""

import pytest

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

CUTS = """Union says bakery staff learned of job cuts from a poster

Published 14 May 2026

TELLMOUTH – Harbour Loaf Bakeries will cut 64 of its 230 jobs at its Tellmouth ovens at the end of June, the company said on Tuesday.

The Food and Bakery Workers' Union said the staff cuts had been announced on a poster in the loading bay. "Our members were told about their jobs on a poster," union organiser Winifred Yaramar said. "They deserve to know how the 64 were picked and why the bakery needs these cuts."

Yaramar said the union would ask for the job cuts to be frozen until an independent review of the bakery's books.

Workers will get three weeks' pay for every year of service, the company said.

An oven operator who has worked at the bakery for 12 years said most staff had never been told how their pay-off was worked out.

The company's human resources manager, Bram Zenussa, told the Gazette on Wednesday that every affected worker would get a letter by Friday.

"We have nothing to hide. The selection was made on a last-hired basis, shift by shift, and the union has had the list of criteria since April," he said.

Town councillor Imelda Fry said Tellmouth could not afford to lose the jobs.
"""

cuts = app_fixture("cuts.txt", CUTS)
few = app_fixture("cuts.txt", CUTS, WHOSAID_TOP_K="2")  # his quote's paragraph is not among those retrieved


@pytest.mark.parametrize("question", [
    "how were staff picked for the bakery job cuts, according to the HR manager",
    "according to the human resources manager, how were workers picked for the cuts",
])
def test_the_speakers_own_words_for_the_act_answer(cuts, question):
    answers(cuts, question, "last-hired", lacking="Yaramar")


def test_the_speakers_own_words_come_in_unretrieved(few):
    answers(few, "how were staff picked for the bakery job cuts, according to the HR manager", "last-hired", lacking="Yaramar")
