""""Cr" before a name is a councillor's title (Australian and New Zealand councils): a post's
credit "— Cr Tahlia Brennan-Oyelowo (@CrBrennanO)" is the person's without it. The article is invented."""

from tests.spec.invented import statements_of, the_one

POSTS = """Readers react to the pool hours

Published 6 August 2025

The Wirraway Aquatic Centre will close at 7pm on weeknights from September.

A local councillor weighed in, too.

Nobody on council was asked about this. I will raise it at the next meeting.
— Cr Tahlia Brennan-Oyelowo (@CrBrennanO) August 5, 2025

Centre manager Jurgen Pilkington said the late shift was too costly to staff.
"""


def test_a_post_credited_to_cr_name_is_the_persons_without_the_title():
    stmts = statements_of(POSTS)
    assert the_one(stmts, "Nobody on council was asked").speaker == "Tahlia Brennan-Oyelowo"
    assert the_one(stmts, "raise it at the next meeting").speaker == "Tahlia Brennan-Oyelowo"
