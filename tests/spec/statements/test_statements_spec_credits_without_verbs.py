"""A quotation credited with no speech verb of its own: after a dash, as a fact-check's claim or
a pull quote does ("THE CLAIM: "..." - Councillor Mara Quilty, in a leaflet delivered on 12
April"), the credited person's, on the day the credit gives (a dash naming no one credits no
one); after "X sent me a statement", '"...," it read' is X's. Every article is invented."""

from tests.spec.invented import speaker_of, statements_of

CHECK = """Fact check: have bus journeys doubled?

By Ilse Varga | 20 April 2025

THE CLAIM: "Since the new timetable started, bus journeys in Elmcote have doubled." - Councillor Mara Quilty, in a leaflet delivered on 12 April.

OUR VERDICT: Misleading. Journeys rose by a third.

Ticket data from the operator shows 41,000 journeys in March, against 30,500 a year earlier.
"""

NOONE = """Market reopens

"The stalls are back and the crowds are back." - a sign at the gate.

The market reopened on Saturday after repairs.
"""


def test_a_claim_credited_after_a_dash_is_the_credited_persons_on_the_credits_day():
    s = next(s for s in statements_of(CHECK) if "bus journeys in Elmcote have doubled" in s.content)
    assert s.speaker == "Mara Quilty"
    assert str(s.when_start) == "2025-04-12"


def test_a_dash_crediting_no_one_makes_no_statement():
    assert not [s for s in statements_of(NOONE) if "stalls are back" in s.content]


COLUMN = """The last branch closes

I rang the building society on Monday to ask why. A spokesman, Corin Ashdale, sent me a statement instead of an answer. "Branch visits at Hollowmere have fallen by half in four years, and most members now use the app," it read.
"""


def test_a_statement_sent_and_then_quoted_with_it_read_is_the_senders():
    s = next(s for s in statements_of(COLUMN) if "fallen by half" in s.content)
    assert s.speaker == "Corin Ashdale"


THREAD = """Thread by @tovah_reports (Tovah Lind, council reporter), posted 20 Jan 2026

1/ At tonight's Dunmere council budget meeting. Two swimming pools may close.

2/ Council leader Cllr Osric Pellham opens: "Nobody stands for election to shut pools. But our grant has fallen by a third."

3/ Opposition leader Cllr Wenna Tresize: "This is a choice, not a necessity."

4/ Public speaker, retired lifeguard Idris Fallowes, 71, Penhallow: "The pool is where half this town learned to swim."

5/ Budget note: "Pools cost the council more than libraries do."
"""


def test_a_quotation_credited_before_a_colon_is_the_named_persons():
    stmts = statements_of(THREAD)
    assert speaker_of(stmts, "Nobody stands for election") == "Osric Pellham"
    assert speaker_of(stmts, "a choice, not a necessity") == "Wenna Tresize"
    assert speaker_of(stmts, "half this town learned to swim") == "Idris Fallowes"
    assert not [s for s in stmts if "cost the council more" in s.content]  # a label naming no one credits no one
