"""A question asking what someone got ("which seed did the club get", "what rating did the school
receive") answered only by a forecast of it ("was projected as the No. 3 seed", "is expected to
receive a good rating") is declined, citing the forecast. Where the outcome is told, it is answered."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines, table

SEEDS = """Title: Forfeits put Dunraven Vale's seeding in doubt
Date: 2026-02-19

The Dunraven Vale boys volleyball team must forfeit four wins for fielding an ineligible player. Before the ruling, Dunraven Vale was projected as the No. 3 seed in its regional bracket. The regional draw is Sunday.
"""

RATING = """Kestrelmoor Academy — governors' newsletter, spring term

Inspectors visited Kestrelmoor Academy for two days in March. The head, Wenna Thistlecombe, told parents the school is expected to receive a "good" rating when the report is published next month.
"""

DRAWN = """Title: Dunraven Vale handed top seed
Date: 2026-02-23

Dunraven Vale got the No. 1 seed in Sunday's regional draw, the association said, although it had been projected as the No. 3 seed before its forfeits were cut to two.
"""

PROFIT = """Title: Halvercombe Foods upbeat on year
Date: 2026-02-18

Halvercombe Foods said it expected full-year profit at the upper end of its earlier guidance of NZ$40 million to NZ$44 million. Sales of its oat drinks rose by a third in the half.
"""

RESULT = """Title: Halvercombe Foods profit rises
Date: 2026-08-20

Halvercombe Foods made a profit of £46 million last financial year, above the £44 million it had expected, its chief executive said.
"""

profit = app_fixture("profit.txt", PROFIT)
result = app_fixture("result.txt", RESULT)
seeds = app_fixture("seeds.txt", SEEDS)
rating = app_fixture("rating.txt", RATING)
drawn = app_fixture("drawn.txt", DRAWN)

test_declines = table(declines, [
    ask("seeds", "which seed did dunraven vale get in the regional draw", "projected as the No. 3 seed",
        id="seed_only_projected"),
    ask("rating", "What rating did Kestrelmoor Academy receive from the inspectors?", "expected to receive",
        id="rating_only_expected"),
    ask("profit", "What was Halvercombe's net profit for the whole of last financial year?", "expected full-year profit",
        id="profit_only_expected"),
])

test_answers = table(answers, [
    ask("result", "What was Halvercombe Foods' profit for the last financial year?", "£46 million", id="profit_told_is_answered"),
    ask("drawn", "Which seed did Dunraven Vale get in the regional draw?", "No. 1 seed", id="seed_told_is_answered"),
])
