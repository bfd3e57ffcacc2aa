"""A premise's false detail is corrected in good English ("it was an extended sentence", never "a
extended"), citing what the article says of the thing."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import replies


COURT = """Warehouse clerk jailed for stealing tools

By Nadia Orme | 4 August 2025

A WAREHOUSE clerk who sold stolen power tools online has been jailed for two years.

Petra Lindqvist, 38, admitted six counts of theft at Hollin Crown Court. Recorder Amos Keel said the sentence marked "a long and calculated deceit".
"""


court = app_fixture("tools.txt", COURT)


def test_the_false_detail_reads_as_english_and_cites_the_article(court):
    replies(court, "Why did the recorder give Lindqvist an extended sentence?",
            "do not say it was an extended sentence", "two years")
