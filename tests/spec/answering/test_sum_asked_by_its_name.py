"""A sum asked by its name ("What fine do anglers face ...?", "What is the fare ...?", "How much is
the fee?") is answered by a sum of money, a priced number, or a denial that there is one; a
sentence that only says the rule exists is no answer, and the bot says the articles do not say.
"How much did the council give ...?" asks a sum too; a "not" that denies another thing ("could not
be everywhere") is no denial of the sum."""

import pytest

from tests.spec.answering.asks import answers, ask, declines, table

BAN = """# Two-year closure for Merrow Sound cockle beds

**Coastal Post, 4 June 2026**

A two-year closure has been placed on the harvesting of cockles along the northern shore of Merrow Sound after hundreds of dead shellfish washed up.

The closure was announced at dawn on Tuesday by the Merrow Sound fisheries trust at a gathering of about 60 people.

"We ask everyone to respect it and leave the beds alone," said the trust's chair, Halvard Oyelaran.

Fisheries officers will patrol the shore on weekend nights, though the trust said the officers could not be there every night.

The regional council gave the trust its backing for the patrols at a meeting attended by 40 people.
"""

FERRY = """# Island ferry fares to rise in September

**Coastal Post, 9 June 2026**

The operator of the Skellan Island ferry said on Monday that a return fare will cost £14.50 from September, up from £12.

Its managing director, Ines Brathwaite, said the rise covered fuel. "Nobody likes paying more," she said.

Parking at the harbour will remain free, she added, and there will be no booking fee for foot passengers.
"""


@pytest.fixture(scope="module")
def ban(app_over):
    with app_over("ban.md", BAN) as app:
        yield app


@pytest.fixture(scope="module")
def ferry(app_over):
    with app_over("ferry.md", FERRY) as app:
        yield app


test_a_named_sum_nobody_gives_is_not_said = table(declines, [
    ask("ban", "What fine do people face for taking cockles during the closure?",
        id="what_fine_with_no_fine_written"),
    ask("ban", "What is the penalty fee for harvesting cockles?", id="what_is_the_fee_with_no_sum_written"),
    ask("ban", "How much is the fine for breaking the closure?", id="how_much_is_the_fine_with_no_sum_written"),
    ask("ban", "How much does a fisheries officer get paid for a night patrol?",
        id="a_denial_of_something_else_is_no_denial_of_the_pay"),
    ask("ban", "How much did the regional council give the trust for the patrols?",
        id="how_much_was_given_asks_a_sum_that_is_not_written"),
])

test_a_named_sum_written_is_the_answer = table(answers, [
    ask("ferry", "What will the return fare be from September?", "£14.50", id="what_fare_given_as_a_sum"),
    ask("ferry", "How much is the return fare going to be?", "£14.50", id="how_much_is_the_fare"),
    ask("ferry", "What is the booking fee for foot passengers?", "no booking fee", id="a_denial_answers_the_fee"),
])
