"""A premise's false detail is corrected in good English ("it was an extended sentence", never "a
extended"), citing what the article says of the thing."""

import pytest

COURT = """Warehouse clerk jailed for stealing tools

By Nadia Orme | 4 August 2025

A WAREHOUSE clerk who sold stolen power tools online has been jailed for two years.

Petra Lindqvist, 38, admitted six counts of theft at Hollin Crown Court. Recorder Amos Keel said the sentence marked "a long and calculated deceit".
"""


@pytest.fixture(scope="module")
def court(app_over):
    with app_over("tools.txt", COURT) as app:
        yield app


def test_the_false_detail_reads_as_english_and_cites_the_article(court):
    answer = court.answer("Why did the recorder give Lindqvist an extended sentence?")
    assert "do not say it was an extended sentence" in answer.text and "two years" in answer.text, answer.text
