"""Written answers to questions an intro says went out on a day: said some day between that day and
the deadline for replies (or publication, when none is given), not on the day the piece went out.
Every article here is invented."""

from datetime import date

from tests.spec.invented import statements_of


def _when(stmts, fragment):
    st = next(s for s in stmts if fragment in s.content)
    return st.when_start, st.when_end, st.date_basis


VOTER_GUIDE = """---
title: Candidates answer
date: 2024-10-04
---
Sallowbeck Vale mayoralty: four questions, three candidates

Voters in the district choose a mayor on 12 October. The Sallowbeck Trumpeter sent the same four questions to each of the three candidates on 16 September and asked for written answers by 27 September. Answers have been trimmed for length.

The candidates: Gwenifer Penhaligon, a retired magistrate; Chidi Anyanwu-Bryce, a builder; Petroc Tremayne-Ash, a district councillor.

1. What would you do about the water rates?

PENHALIGON: Rates must rise, but I would cap the rise at four per cent a year.

ANYANWU-BRYCE: I would sell the depot and put the money into the pipes.

TREMAYNE-ASH: I would ask residents first, and then decide.

2. Name one thing the council got right.

PENHALIGON: The new library hours.

ANYANWU-BRYCE: Fixing the footbridge.

TREMAYNE-ASH: Very little, if I am honest.
"""

WRITTEN_QA = """---
title: Questions for the chief executive
date: 2024-05-09
---
Ten weeks after the data breach, we e-mailed eight questions to the health board's chief executive, Dr Aurelio Fenwick-Stamm, on Monday. His written replies are printed in full.

**How many patients' records were taken?**

About 3,200, the board believes, though the count is still being checked.

**Why did it take nine days to tell them?**

We wanted to be certain who was affected before we wrote to anyone.

**Will anyone lose their job?**

That is for the independent review to say, not for me.
"""


def test_a_voter_guide_s_answers_are_dated_between_the_questions_and_the_deadline():
    stmts = statements_of(VOTER_GUIDE)
    assert _when(stmts, "cap the rise") == (date(2024, 9, 16), date(2024, 9, 27), "context")
    assert _when(stmts, "footbridge") == (date(2024, 9, 16), date(2024, 9, 27), "context")


def test_written_replies_with_no_deadline_run_from_the_questions_to_publication():
    stmts = statements_of(WRITTEN_QA)
    assert _when(stmts, "count is still being checked") == (date(2024, 5, 6), date(2024, 5, 9), "context")
