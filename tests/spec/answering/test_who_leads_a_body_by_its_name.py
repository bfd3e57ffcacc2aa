""""Who runs Tarvik Dairy?" asks for the body's head, as "Who runs the dairy?" does: a body asked by
its bare capitalised name (no "the") is still the thing led, and the answer is the person whose
job heads it ("Chief Executive Officer X"), not the body's own news that shares its name."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers


WIRE = """Tarvik Dairy profit jumps as buyer circles; shares hit record

(Fjellby Markets Wire) -- Tarvik Dairy Co. reported a 28% jump in first-half profit and confirmed it was weighing an approach from a larger rival, sending its shares to a record in Stavanger trading.

Tarvik Dairy said it had received a non-binding proposal from Fjordlund Meieri at 84 crowns a share in cash, and that its directors were "assessing the proposal with our advisers."

"We did not go looking for this," Chief Executive Officer Magnhild Sørvik said on a call with analysts. "Our job is to get the best value for shareholders."

Sørvik, who has led the company since 2019, said the result was driven by higher prices for cheese and by lower freight costs.

Tarvik Dairy said it expected full-year profit at the upper end of its guidance.
"""

wire = app_fixture("tarvik_wire.txt", WIRE)


def test_who_runs_a_body_named_bare(wire):
    answers(wire, "Who runs Tarvik Dairy?", "Sørvik")


def test_who_heads_a_body_named_bare(wire):
    answers(wire, "Who heads Tarvik Dairy?", "Sørvik")
