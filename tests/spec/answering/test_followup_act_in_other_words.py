"""A follow-up asks about the person the previous answer named, with its own verb for an act the
person told in another: "how many did his council switch over" / "we swapped 600 pumps",
"converted 90 buses". The statement in the person's words answers; the rewrite only names them."""

from index.models import Turn
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

RELEASE = """Expert comment on heat pumps in council housing

Reaction to a report on heat pumps in social housing, published today.

Ms Odile Brankovic-Sayer, Cabinet Member for Housing, Fenmarch District Council, said:

"We swapped 640 gas boilers to heat pumps in 2024 and tenants' bills fell by a fifth. We will decide in spring whether to do the rest."

Professor Kasimir Ledwell, an engineer at Harlow Fen University, said:

"Heat pumps are not a free lunch. They need insulated walls to work well."
"""

WIRE = """Bus depot goes electric

TALLOWAY, 4 June 2025 -- The Talloway transport authority has finished a two-year programme on its bus fleet, its operations director Ruairi Venkataraman-Holt said on Wednesday.

"By the end of May we had converted 92 diesel buses to battery power, and the last of them went back into service last week," Venkataraman-Holt told reporters at the depot.

The authority said fares would not change.
"""

release = app_fixture("heat_pump_comment.txt", RELEASE)
wire = app_fixture("talloway_buses.txt", WIRE)


def test_switch_over_is_answered_by_swapped(release):
    history = [Turn("Who is the Fenmarch councillor quoted?", answer_text="Odile Brankovic-Sayer, Cabinet Member for Housing.")]
    answer = release.answer("How many boilers did her council switch over to heat pumps?", history)
    assert not answer.abstained and "640" in answer.text, answer.text


def test_switch_is_answered_by_converted(wire):
    answers(wire, "How many buses did Ruairi Venkataraman-Holt say the authority had switched to battery power?", "92")


def test_swapped_and_converted_say_a_switch_happened():
    from bot.answering.predicate import happened

    assert happened("We swapped 640 gas boilers to heat pumps in 2024.", "switch") == "yes"
    assert happened("By the end of May we had converted 92 diesel buses to battery power.", "switch") == "yes"
