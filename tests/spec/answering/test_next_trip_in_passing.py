""""Where do Corrieburn play their next match?": the next fixture is told in passing, in a paragraph
about an injury that shares no word with the question ("was likely to miss Tuesday's trip to
Kinross"). The leading article's sentences are read, and a trip named by its weekday is ahead of the
report however the sentence around it is told."""

import pytest

from tests.spec.answering.asks import answers

ARTICLE = """MATCH REPORT

Corrieburn Thistle 2-0 Glenmory Wanderers

Two goals in the last ten minutes sent Corrieburn Thistle top of the league and left the visitors wondering how they had lost.

Glenmory had the better of the first half, and their striker hit the post twice before the break.

The home side's first goal came from a corner, headed in at the back post by the captain.

The second was a breakaway, finished low into the corner by a substitute who had been on the pitch for four minutes.

Speaking afterwards, the home manager, Ewan Tullochard, said his side had ridden their luck.

"We were second best for an hour, I'll be honest. But the boys stuck at it," he said.

Tullochard confirmed that full-back Craig Moodie, who went off at half-time, had twisted his ankle and was likely to miss Tuesday's trip to Kinross.

"It looks sore. We'll know more after a scan, but I'd be surprised if he's back inside a fortnight," he said.

The visiting manager said the officials had missed a clear handball before the second goal.

The result means Thistle have won five of their last six league games.
"""


@pytest.fixture(scope="module")
def app(app_over):
    with app_over("thistle_report.txt", ARTICLE) as whosaid:
        yield whosaid


def test_the_next_trip_told_in_passing_says_where_they_play_next(app):
    answers(app, "Where do Corrieburn play their next match?", "Kinross")
