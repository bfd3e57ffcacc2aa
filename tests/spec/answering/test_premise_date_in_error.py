"""A question that takes a date the article itself says was given in error ("the July inspection",
where the letter says "we gave the inspection date as 12 July. That was an error; the inspection
took place on 12 August") is answered by that correction. A date the article gives right is
answered as usual."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, replies, table

LETTER = """Hollowmere County Council

9 December 2025

Dear Mr Sulby

Thank you for your request about the Gaddesby weir.

The weir was inspected by the council's rivers engineer, Tomos Quarrendon. His report found cracking in the apron and recommended repairs within a year.

Please note a correction. In our letter of 2 December we gave the inspection date as 12 July 2025. That was an error; the inspection took place on 12 August 2025.

The repairs are budgeted at £230,000.
"""

PAPER = """Tarnwick bridge to close for repairs in March

Tarnwick's old road bridge will close for six weeks from 3 March while its deck is resurfaced, the county said on Monday.

A survey carried out in October found the deck's waterproofing had failed.

Correction: an earlier version of this story incorrectly said the survey was carried out in September.
"""

letter = app_fixture("weir_letter.txt", LETTER)
paper = app_fixture("bridge.txt", PAPER)

test_answers = table(answers, [
    ask("letter", "What did the July 2025 inspection of the Gaddesby weir find?", "That was an error", "12 August",
        starting="The articles do not say so", id="letters_own_correction_of_a_date"),
    ask("paper", "What did the September survey of the Tarnwick bridge find?", "incorrectly said",
        starting="The articles do not say so", id="papers_correction_line"),
    ask("paper", "What did the October survey of the Tarnwick bridge find?", "waterproofing",
        lacking="The articles do not say so", id="the_right_month_is_answered"),
])

test_replies = table(replies, [
    ask("letter", "What did the August 2025 inspection of the Gaddesby weir find?", lacking="The articles do not say so",
        id="the_corrected_month_is_not_corrected"),
])
