"""A reaction round-up's experts are asked for by their field ("the biostatistician", "the plant
geneticist", "the hydrologist") while the header line gives it as a title ("Reader in
Biostatistics", "Senior Lecturer in Plant Genetics", "Professor of Hydrology"): the block's words
answer a what-question and the header's institution a where-question.

Every article here is invented.
"""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers
# The round-ups whose reading the statements spec checks, asked here by field.
from tests.spec.statements.test_statements_spec_verbless_block_headers import COMMENTS, PANEL

EXPERTS = """Expert reaction to trial of a four-day school week

Published: 21 January 2026

A trial reported today found that pupils in schools on a four-day week scored slightly lower in reading tests after two years than pupils in schools on a five-day week.

The lead researcher, Dr Fenwick Aldous of Gorsemoor University, told a briefing that 64 schools took part in the trial.

Prof Ottilie Brannagh, Professor of Education Policy, University of Lindqvale, said:

"This is the largest trial of its kind. The schools were allocated at random, which makes the comparison fair.

"What the trial cannot tell us is whether the gap would close after a third year. Two years is a short time in a child's schooling."

Declared interests: Prof Brannagh advises the Education Trusts Forum.

Dr Kasimir Wetherell, Reader in Biostatistics, Hallowmere University, said:

"The reading gap is small and the error bars overlap zero for maths. I would have liked to see the results broken down by the age of the pupils.

"The attendance figures are encouraging: absence fell on the shorter week."

Declared interests: None.

Ms Perpetua Osei-Lindgren, Head Teacher, Crannock Primary School, one of the schools in the trial, said:

"Our staff turnover halved in the first year. We will keep the four-day week until at least 2028."

Declared interests: None.
"""

roundups = articles_fixture({"experts.txt": EXPERTS, "comments.txt": COMMENTS, "panel.txt": PANEL})


def test_what_the_field_practitioner_wished_for_is_the_block_under_the_title(roundups):
    answers(roundups, "What did the biostatistician wish the researchers had also reported?", "age of the pupils")


def test_where_the_field_practitioner_works_is_the_headers_institution(roundups):
    answers(roundups, "At which university does the biostatistician work?", "Hallowmere University")


def test_a_verbless_comment_block_answers_for_its_header_person(roundups):
    answers(roundups, "What does the plant geneticist say farmers will want to know?", "what the grain costs")


def test_a_who_question_on_a_block_sentence_names_the_header_person(roundups):
    answers(roundups, "Who said bakers pay for protein?", "Vossberg")

