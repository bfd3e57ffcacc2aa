"""A who- or which-question asking who a described party is ("who was the original builder of the
footbridge", "which firm was the first caterer") where the article says that very party was not
named ("He declined to name the original builder") is declined, citing that sentence: the sentence
mentions the party only to withhold it. Where the article names the party, it is answered; a
question about the one withholding is answered by them."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines, table

BRIDGE = """Title: Cracked footbridge at Tansley Water to be rebuilt
Date: 2026-09-14

The timber footbridge over Tansley Water was closed in August after inspectors found rot in two of its beams.
The parish clerk, Morwen Ashdale, said a new builder had been chosen to replace the rotten beams.
She declined to name the original builder or say what it had been paid for the work.
Walkers are asked to use the ford at Coldhythe in the meantime.
"""

NAMED = """Title: Tansley footbridge builder blamed
Date: 2026-09-20

The original builder of the Tansley Water footbridge was Pryce & Harnett Joinery, the parish clerk, Morwen Ashdale, said on Friday.
"""

bridge = app_fixture("bridge.txt", BRIDGE)
named = app_fixture("named.txt", NAMED)

test_declines = table(declines, [
    ask("bridge", "which company was the original builder of the footbridge", "declined to name the original builder",
        id="which_company_withheld"),
    ask("bridge", "Who was the original builder of the Tansley footbridge?", "declined to name the original builder",
        id="who_was_withheld"),
])

test_answers = table(answers, [
    ask("named", "Who was the original builder of the footbridge?", "Pryce", id="builder_named_is_answered"),
    ask("bridge", "Who declined to name the original builder of the footbridge?", "Ashdale",
        id="the_one_withholding_is_answered"),
])
