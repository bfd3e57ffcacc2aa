""""The operator, Brindlemoor Coaches, said in a notice posted on its community page yesterday that the
delivery had been held at the port": the parser hangs the that-clause on the participle that places
the notice ("posted ... that"), not on the cue, so the cue seems to report nothing. The clause is
still what was said. Every article here is invented (a real country only as a setting)."""

from tests.spec.invented import speaker_of, statements_of

COURIER = """Title: Buses stay in the depot as diesel runs out
Publisher: The Valley Courier
Date: 2026-03-11

NORTHBRIDGE — Buses in Northbridge stayed in the depot on Tuesday after the town's fuel supplier ran dry.

The operator, Brindlemoor Coaches, said in a notice posted on its community page yesterday that the tanker carrying the March delivery had been held at the port for repairs to its pumps.

Commuters queued for taxis outside the station for most of the morning.
"""


def test_the_clause_after_the_participle_is_what_the_notice_said():
    stmts = statements_of(COURIER)
    assert speaker_of(stmts, "held at the port for repairs") == "Brindlemoor Coaches"


def test_a_clause_of_a_verb_with_its_own_subject_is_not_taken():
    # "a notice which staff posted ... that": the participle has no subject of its own only in the first
    text = COURIER.replace("said in a notice posted on its community page yesterday that the tanker",
                           "said nothing about a notice. Drivers posted on their community page yesterday that the tanker")
    assert not any(s.speaker == "Brindlemoor Coaches" and "held at the port" in s.content for s in statements_of(text))
