"""A daily's "Contacted, the <long office>, Ms X, said ..." (a participle opening the sentence
before the speaker's office and name): the official's statement, and her words "said on phone
yesterday" in the next paragraph date the same call. Every article here is invented."""

from datetime import date

import pytest

_ARTICLE = (
    "Traders in Portmore have accused the county of abandoning a Sh20 million market project.\n\n"
    "Contacted, {office}, {name}, said the contractor had left the site after a dispute over pending bills.\n\n"
    "\"We have advertised the tender again,\" Ms {surname} said on phone yesterday.\n"
)


@pytest.mark.parametrize("office, name, surname", [
    ("the County Executive Committee Member for Trade and Markets", "Ms Ada Wanjiru Lorne", "Lorne"),
    ("the county's chief officer for roads", "Ms Imani Chebet Rotich", "Rotich"),
])
def test_contacted_then_an_office_and_a_name_is_the_official_s_statement_on_the_call_s_day(statements, one, office,
                                                                                          name, surname):
    stmts = statements(_ARTICLE.format(office=office, name=name, surname=surname))
    st = one(stmts, "the contractor had left the site")
    assert st.speaker == name.removeprefix("Ms ")
    assert st.when_start == date(2024, 5, 8)
