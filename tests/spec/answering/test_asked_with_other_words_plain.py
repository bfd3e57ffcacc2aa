"""A question that asks with another word than the article: "signed up" for "entered", "ruled out"
for "would not carry out", "the firm" for "A spokeswoman for COMPANY", "the new rules" for "the new
conditions". Pasted pages as real sites give them: a share bar, a reaction count, a footer."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers, ask, table

RACE = """Home | Sport | Local | Weather
Share  Tweet  Email   14 comments
Sled race numbers down as thaw bites
By Perpetua Ashvinne-Lunn | Published 9 February 2025 | edited

Organisers of the Varnholt Sled Classic said on Saturday that 23 teams had entered this year's race, down from 31 last year.

"The snow on the lower trail is poor, and some mushers have stayed at home," said the race director, Odilon Fyffe-Darrock.

The start will go ahead as planned at 9am on Sunday.
Like (12)   Reply
(c) Varnholt Courier 2025 - all rights reserved
"""

SHOP = """BUSINESS
Grocer pulls chocolate eggs after complaint
Updated 3 hours ago | 2 min read

A spokeswoman for Brindlecombe Stores said on Monday the eggs had been taken off the shelves at all 40 branches.

She said the wrappers had been printed by an outside supplier in Quellmar.

Health inspector Gaspard Moulinet-Ayre said he would not carry out a recall of eggs already sold.

He said the new conditions would be attached to every supplier contract from 1st May.
Advertisement
Related: Five things to know about chocolate prices
"""

WRAPS = """Printers' union warns on packaging work
Posted in News | 6 replies

Packaging printers in Tolvenmouth are short of work, the union organiser Ruairn Penstock-Vell said on Tuesday.

"Most of the wrappers on supermarket shelves are now printed abroad," Mr Penstock-Vell said.
"""

two = articles_fixture({"varnholt_sled.txt": RACE, "brindlecombe_eggs.txt": SHOP, "tolvenmouth_print.txt": WRAPS})

test_asked_with_other_words = table(answers, [
    ask("two", "How many teams signed up for the Varnholt Sled Classic this year?", "23", id="signed_up_for_entered"),
    ask("two", "What did the health inspector rule out?", "recall", id="ruled_out_for_would_not_carry_out"),
    ask("two", "Where were the wrappers printed, according to the chain?", "Quellmar", id="the_chain_for_a_spokeswoman_for"),
    ask("two", "What did the grocer say about where the wrappers were printed?", "Quellmar", id="the_grocer_for_a_spokeswoman_for"),
    ask("two", "From what date do the new rules apply to supplier contracts?", "1st May", id="new_rules_for_new_conditions"),
])
