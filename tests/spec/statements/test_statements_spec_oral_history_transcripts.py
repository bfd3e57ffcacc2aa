"""Oral-history transcripts: a catalogue header names the people ("Interviewee: ...",
"Interviewer: ...") and the turns are labelled briefly, by initials, by "Q"/"A" or by a first
name: each label is the header's person in full. Header fields and stage directions ("[pause]",
"[laughs]") are nobody's words. Every article here is invented."""

from functools import partial

import pytest

from tests.spec.invented import statements_of

_stmts = partial(statements_of, name="oral_history.txt")

HEADER = """Millbrook Shipyard Voices

Interviewee: Rosalind Ketteridge Harrow
Interviewer: Osric Penwell
Date of interview: 9 October 2018
Recorded at the Millbrook Library

Transcribed by Una Fairlie

"""

TURNS = """{q}: When did you start at the yard?

{a}: I went in as a tracer in the autumn of 1961. My father had worked the slipways all his life.

{q}: What was the drawing office like?

{a}: Noisy. [laughs] You had forty people and two telephones, and the telephones never stopped.

[pause]

{a}: The best years were before the big orders went south. After that it was a slow goodbye.

{q}: Thank you.

[End of extract]
"""


@pytest.mark.parametrize("q, a", [("OP", "RH"), ("OP", "RKH"), ("Q", "A"), ("Osric", "Rosalind"), ("Op", "Rh")])
def test_brief_turn_labels_are_the_header_people_in_full(q, a):
    stmts = _stmts(HEADER + TURNS.format(q=q, a=a))
    answers = [s for s in stmts if "tracer" in s.content or "telephones" in s.content or "slow goodbye" in s.content]
    assert len(answers) == 3
    assert {s.speaker for s in answers} == {"Rosalind Ketteridge Harrow"}


def test_the_header_interviewer_asks_and_states_nothing():
    stmts = _stmts(HEADER + TURNS.format(q="OP", a="RH"))
    assert not any("When did you start" in s.content or "Thank you" in s.content for s in stmts)


def test_stage_directions_are_nobodys_words():
    stmts = _stmts(HEADER + TURNS.format(q="OP", a="RH"))
    assert not any("[pause]" in s.content or "End of extract" in s.content for s in stmts)
    noisy = [s for s in stmts if "forty people" in s.content]
    assert [s.content.startswith("[laughs]") for s in noisy] == [False]
    assert not any(s.content.strip() == "[laughs]" for s in stmts)


def test_header_fields_are_no_statements():
    stmts = _stmts(HEADER + TURNS.format(q="Q", a="A"))
    assert not any("Millbrook Library" in s.content or "Una Fairlie" in s.content for s in stmts)
