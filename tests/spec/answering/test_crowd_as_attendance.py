""""What was the crowd at the final?" asks for a number (a gathering's size, index/vocabulary.yaml
`figure_nouns`), given as "The attendance tonight is 5,904": the counted word's other word answers,
and the chief executive's "the biggest crowd we have had", with no number, does not. Every article
is invented."""

import pytest

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

BLOG = """Lanelda Belara 58-51 Fenland Reeds: Shield final as it happened

Published 12 June 2026

Pinned: Belara win their first Shield.

20:10 The league's chief executive, Nils Amory, told this blog on Thursday that the Shield final was "the biggest crowd we have had for a club game" and that the league would look at a Friday night slot next season.

20:45 Q2: Lanelda Belara 29-27 Fenland Reeds. The attendance tonight is 5,904, the league has just said – against 3,870 at last year's final.

21:30 Full time. Belara captain Wren Ardara lifts the Shield.
"""

blog = app_fixture("blog.txt", BLOG)


@pytest.mark.parametrize("question", [
    "what was the crowd at the shield final",
    "how big was the crowd at the shield final",
    "what was the attendance at the shield final",
])
def test_the_crowd_is_the_attendance_figure(blog, question):
    answers(blog, question, "5,904")
