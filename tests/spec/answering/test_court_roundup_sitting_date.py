"""A court round-up names the sitting once in its introduction ("cases dealt with at X Magistrates'
Court on 12 June"); a defendant's admission below is dated at that sitting, not at the round-up's
publication. The article is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import replies

ARTICLE = """Court round-up: cases from the magistrates

Published: 20 June 2025

The following cases were dealt with at Wenmoor Magistrates' Court on 12 June.

Corin Dalby, 34, of Ashlea Lane, Wenmoor, admitted stealing a bicycle from outside the railway station. He was fined £200 and ordered to pay £85 costs.

Petra Lusk, 51, of Mill Row, pleaded guilty to driving with excess alcohol. She was banned from driving for 18 months.
"""

app = app_fixture("wenmoor_roundup.txt", ARTICLE)


def test_an_admission_is_dated_at_the_sitting(app):
    replies(app, "When did Corin Dalby admit stealing a bicycle?", "12 June", lacking="20 June")

