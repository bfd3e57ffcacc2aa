"""A person described by what they reported ("the executive who reported the margin") is found in
their own words, which never say "reported": the words the ledger gives a speaker are what that
speaker said, so the speech verb of the description holds for them, and they are who is meant."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

CALL = """Brennholt Tools ASA (BRNT) Q2 2025 Earnings Call — Transcript Excerpt

Event start: 2025-07-16T09:00:00Z

Corporate participants
Sunniva Aakre, Chief Executive Officer
Leopold Varga-Hanssen, Chief Financial Officer

Conference call participants
Oskar Lindqvist-Berg, Fjellnor Securities

Presentation

Operator
Good morning and welcome to the Brennholt Tools second-quarter results call. I will now hand over to your host.

Sunniva Aakre
Thank you, operator. Demand for cordless drills held up in Norway, but the Polish market was weak. We have decided to shut our saw-blade works at Tverrdal by the end of the year.

Leopold Varga-Hanssen
Thank you, Sunniva. Gross margin was 31.6 per cent, down from 33.0 per cent a year ago. Freight costs remain high. We expect a one-off restructuring charge of 17 million crowns for the Tverrdal shutdown, booked in the fourth quarter.

Questions and Answers

Operator
Our first question comes from the line of Oskar Lindqvist-Berg of Fjellnor Securities. Please go ahead.

Q - Oskar Lindqvist-Berg
Thanks. Will the Polish market recover this year?

A - Sunniva Aakre
We do not expect it to, no. We are planning for a flat second half there.
"""

call = app_fixture("call.txt", CALL)


def test_the_executive_who_reported_the_margin_is_found_in_his_own_words(call):
    answers(call, "What restructuring charge did the executive who reported the margin expect for the shutdown?",
            "17 million crowns")


UNION = """Nurses reject pay offer

The Brackwater Nurses' Guild has rejected the health board's 3 per cent pay offer.

"It is an insult wrapped in a press release," said Ottilie Fenwick-Marr, general secretary of the guild. "Our members will not accept it."

The health board said it had no more money this year.
"""

union = app_fixture("union.txt", UNION)


def test_a_body_described_by_what_its_leader_said_is_not_taken_for_the_leader(union):
    answers(union, "Who leads the nurses' guild that called the pay offer an insult?", "Fenwick-Marr")
