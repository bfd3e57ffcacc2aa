""""According to the lead judgment, what must a notice include?": the judgment is the words of the
judge the summary says gave it ("Lady Tamsford gives the lead judgment"); the answer cites that
sentence first, and the summary's own paragraph references ("[42]") keep their numbers."""

import pytest

from tests.spec.answering.asks import answers

ARTICLE = """Quillerby Homes Ltd (Appellant) v Dunsop (Respondent)

PRESS SUMMARY

3 June 2025

JUDGMENT

The Supreme Court dismisses the appeal by a majority of four to one. Lady Tamsford gives the lead judgment, with which three other justices agree. Lord Brantwood gives a dissenting judgment.

REASONS

Quillerby argued that a warning notice need only say that repairs are due, not when [21].

Lady Tamsford rejects that argument. A warning notice that does not name a date for the repairs does not let a tenant plan for them [38]. Lady Tamsford adds that landlords can easily comply: a short letter naming a month is enough [42].

Lord Brantwood, dissenting, would have allowed the appeal [61].
"""


@pytest.fixture(scope="module")
def app(app_over):
    with app_over("press_summary.txt", ARTICLE) as whosaid:
        yield whosaid


def test_a_judgment_cited_by_what_it_is_is_its_givers_words(app):
    answer = answers(app, "According to the lead judgment, what must a valid warning notice include?", "naming a month")
    assert "gives the lead judgment" in answer.citations[0].text, answer.citations
    assert "[42]" in answer.text and "[43]" not in answer.text, answer.text
