"""Two figures set against each other answer both halves of a comparison ("48 million, double the
25 million"); "half" as a quantity ("half of the 40 nurses, about 20") sets nothing against anything."""

import pytest

from bot.answering.compare_halves import figures_side_by_side
from bot.answering.question import analyse


@pytest.mark.parametrize("sentence, sets_against", [
    ("About half of the 40 nurses on the ward, some 20 people, now work nights.", False),
    ("Half the 12 buses, six in all, were off the road on Monday.", False),
    ("The firm sold 48,000 units, double the 24,000 it sold a year earlier.", True),
    ("Sales fell to 30,000 units from 41,000.", True),
])
def test_half_as_a_quantity_is_no_comparison(paragraph_candidates, sentence, sets_against):
    q = analyse("How many nurses work nights now compared with last year?", None)
    candidates = paragraph_candidates([sentence])
    for c in candidates:
        c.score = 0.5
    found = figures_side_by_side(q, candidates, candidates[0].chunk.chunk.article_id)
    assert (found is not None) == sets_against
