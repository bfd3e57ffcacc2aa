"""Interview transcripts: a turn opened by the speaker's label is that speaker's statement, with
no speech verb; the interviewer's questions are nobody's statements; everything said is dated at
the interview's day the introduction gives. Every article here is invented."""

from datetime import date
from functools import partial

import pytest

from tests.spec.invented import statements_of


_stmts = partial(statements_of, name="interview.txt")


NAMED = """The harbour master on a hard winter

By Lena Quist
Friday, March 8, 2024

The port of Valby froze for eleven days in January. Its harbour master, Oskar Brandt-Nyholm, spoke to us on Wednesday from his office on the quay.

QUIST: How bad was it?

BRANDT-NYHOLM: The worst I have seen. We lost four hundred sailings. The ferries could not leave.

QUIST: The shipping council said last week that the port was "badly prepared". Is that fair?

BRANDT-NYHOLM: No. We had two icebreakers ready.

The problem was the wind, not the ice. Nobody plans for that.

In a statement, the council's chair, Petra Lind, said the port would get a third icebreaker.
"""

QA = """Ten questions for a reservoir engineer

By Tom Akers
Published: 4 June 2025

Maya Ferreira-Costa has run the Alder Creek reservoir for twelve years. We talked to her on Monday about the drought.

Q: Is the reservoir running dry?

A: Not yet. We have about ninety days of water at today's use.

Q: What would you ask people to do?

A: Shorter showers. Nobody needs to water a lawn in a drought.
"""


def test_labelled_turns_are_the_interviewee_s_statements_with_the_full_name():
    stmts = _stmts(NAMED)
    mine = [s for s in stmts if s.speaker == "Oskar Brandt-Nyholm"]
    said = " ".join(s.content for s in mine)
    for fragment in ("The worst I have seen", "We lost four hundred sailings", "We had two icebreakers ready"):
        assert fragment in said
    assert "The problem was the wind" in said  # the answer's second paragraph is still his


def test_the_interviewer_s_questions_are_no_one_s_statements():
    stmts = _stmts(NAMED)
    assert not [s for s in stmts if "How bad was it" in s.content or "Is that fair" in s.content]
    assert not [s for s in stmts if "Quist" in s.speaker]


def test_a_third_person_reported_in_a_question_keeps_their_statement():
    stmts = _stmts(NAMED)
    assert any(s.speaker != "Oskar Brandt-Nyholm" and "badly prepared" in s.content for s in stmts)
    lind = [s for s in stmts if "third icebreaker" in s.content]
    assert [s.speaker for s in lind] == ["Petra Lind"]  # the closing statement is not the interviewee's


def test_the_transcript_is_dated_at_the_interview_day():
    stmts = _stmts(NAMED)
    said = [s for s in stmts if s.speaker == "Oskar Brandt-Nyholm"]
    assert said and all(s.when_start == date(2024, 3, 6) and s.date_basis == "context" for s in said)


def test_q_and_a_turns_belong_to_the_person_the_introduction_names():
    stmts = _stmts(QA)
    answers = [s for s in stmts if "ninety days" in s.content or "Shorter showers" in s.content]
    assert len(answers) == 2
    assert {s.speaker for s in answers} == {"Maya Ferreira-Costa"}
    assert {s.when_start for s in answers} == {date(2025, 6, 2)}
    assert not [s for s in stmts if "What would you ask" in s.content]


@pytest.mark.parametrize("text", [
    "Notes from the council\n\nNOTE: The meeting ran late.\n\nThe mayor, Ines Varga, said the budget would pass.",
    "Market wrap\n\nUPDATE: Shares rose.\n\nThe analyst Tom Reyes said the rally would last.",
])
def test_one_labelled_line_does_not_make_a_transcript(text):
    stmts = _stmts(text)
    assert all(s.speaker in ("Ines Varga", "Tom Reyes") for s in stmts)
    assert stmts


def test_a_q_and_a_inside_a_news_story_belongs_to_the_person_named_just_before_it():
    text = ("Water warning in Kelby\n\nBy Ana Ruiz\nPublished: 3 March 2025\n\n"
            "The town's mayor, Ines Varga, said on Monday that the water was safe to drink again.\n\n"
            "We spoke to Dr Tomas Lindqvist, head of the town's clinic, about what parents should watch for.\n\n"
            "Q: How sick are the children?\n\nA: Most recover at home within two days.\n\n"
            "Q: Is the clinic coping?\n\nA: We have opened a second ward.\n\n"
            "The mayor said the advisory would end on Friday.\n")
    stmts = _stmts(text)
    answers = [s for s in stmts if "recover at home" in s.content or "second ward" in s.content]
    assert {s.speaker for s in answers} == {"Tomas Lindqvist"} and len(answers) == 2
    assert [s.speaker for s in stmts if "advisory would end" in s.content] == ["Ines Varga"]


HEADLINE_ONLY = """Interview: Ines Halvorsen-Mbeki, glacier scientist

Published: 4 June 2025

The glaciers of the north are shrinking faster than ever. We asked a scientist what comes next.

Q: How fast is the glacier shrinking?

A: About forty metres a year.

Q: Can it be saved?

A: Not this one.

Q: What should people take from this?

A: That the change is already here.
"""


def test_an_interviewee_named_only_in_the_headline_is_the_answers_speaker():
    stmts = _stmts(HEADLINE_ONLY)
    assert {s.speaker for s in stmts} == {"Ines Halvorsen-Mbeki"}
    assert any("forty metres" in s.content for s in stmts)
