"""Two people of one surname and gender, one called by a title of office: a courtesy title means
the other.

Every article here is invented. A council story quotes "Cllr Ruth Hembury" and her relative
"retired nurse Ada Hembury, who is Cllr Hembury's sister-in-law": "Mrs Hembury said" is the
relative, "Cllr Hembury said" the councillor, though the councillor was named last.
"""

import pytest

from tests.spec.invented import speaker_of, statements_of

_COUNCIL = (
    "Toilets to close\n\n"
    "Published: 6:00 AM November 6, 2025\n\n"
    "Opposition leader Cllr Ruth Hembury said the saving did not add up.\n\n"
    "A petition was started by retired nurse Ada Hembury, who is Cllr Hembury's sister-in-law.\n\n"
    "Speaking to this newspaper, Mrs Hembury said she had started the petition after her husband was caught short.\n"
)

_SENATE = (
    "Clinic row\n\n"
    "By Lee Ames\nMay 6, 2025\n\n"
    "Senator Joan Calloway said the clinic should stay open.\n\n"
    "The campaign is run by teacher Mary Calloway, a cousin of Sen. Calloway.\n\n"
    "Ms Calloway said 4,000 people had signed her letter.\n"
)


@pytest.mark.parametrize("text,quote,person", [
    (_COUNCIL, "started the petition", "Ada Hembury"),
    (_SENATE, "4,000 people", "Mary Calloway"),
])
def test_a_courtesy_title_means_the_namesake_without_an_office(text, quote, person):
    assert speaker_of(statements_of(text), quote) == person
