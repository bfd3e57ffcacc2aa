"""Interview transcripts whose turn labels are set in Markdown emphasis ("**Name:** ...",
"*Q:* ...", "__A__: ..."): read as plain labels, the interviewee's answers theirs, dated at the
day the introduction gives the conversation. Every article here is invented."""

from datetime import date

from tests.spec.invented import statements_of


def _stmts(text: str, name: str = "interview.md"):
    return statements_of(text, name)


BOLD_NAMES = """"We misjudged the river": the mayor of Tarnby on the floods

By Sara Kettle
Published: 3 April 2025

The mayor of Tarnby, Clara Vennstrom, has led the town since 2019. She spoke to us on Tuesday about last month's floods.

**Sara Kettle:** Did the town do enough to prepare?

**Clara Vennstrom:** Honestly, no. We misjudged the river. The walls were built for a smaller flood.

**Sara Kettle:** What happens now?

**Clara Vennstrom:** We will raise the walls by a metre before next winter.

**Sara Kettle:** Residents say they were warned too late.

**Clara Vennstrom:** I understand their anger. The sirens failed on the night.
"""

EMPHASISED_QA = """Five questions for a glacier scientist

By Tom Akers
Published: Friday, 6 June 2025

Ines Halvorsen-Mbeki has measured the Kjelda glacier for twenty years. We talked to her on Wednesday.

*Q:* How fast is the glacier shrinking?

*A:* About forty metres a year. That is twice the rate of the nineties.

__Q__: Can it be saved?

__A__: Not this one. The smaller glaciers will be gone first.

**Q:** What should people take from this?

**A:** That the change is already here.
"""


def test_bold_name_labels_are_turns_and_the_answers_the_interviewee_s():
    stmts = _stmts(BOLD_NAMES)
    mine = " ".join(s.content for s in stmts if s.speaker == "Clara Vennstrom")
    for fragment in ("We misjudged the river", "raise the walls by a metre", "The sirens failed on the night"):
        assert fragment in mine
    assert not [s for s in stmts if "Did the town do enough" in s.content or "What happens now" in s.content]
    assert not [s for s in stmts if "*" in s.speaker or "Kettle" in s.speaker]


def test_a_named_turn_is_dated_at_the_day_the_introduction_gives_the_conversation():
    said = [s for s in _stmts(BOLD_NAMES) if s.speaker == "Clara Vennstrom"]
    assert said and all(s.when_start == date(2025, 4, 1) and s.date_basis == "context" for s in said)


def test_emphasised_question_and_answer_labels_are_turns():
    stmts = _stmts(EMPHASISED_QA)
    mine = [s for s in stmts if s.speaker == "Ines Halvorsen-Mbeki"]
    said = " ".join(s.content for s in mine)
    for fragment in ("About forty metres a year", "Not this one", "the change is already here"):
        assert fragment in said
    assert all(s.when_start == date(2025, 6, 4) for s in mine)
    assert not [s for s in stmts if "Can it be saved" in s.content]


INITIALS = """"The fish are coming back": a conversation with Henrik Aalto

By Mira Solberg
Published: Thursday, 12 June 2025

Henrik Aalto has directed the Vessa lake restoration since 2015. We spoke on Monday.

MS: How is the lake doing?

HA: Better than we hoped. The perch are breeding again.

MS: I saw the new nets on the shore.

HA: We stopped the fertiliser run-off. That was the whole secret.

MS: Will the funding continue?

HA: The ministry has promised three more years.
"""


def test_initials_labels_are_the_people_of_those_initials():
    stmts = _stmts(INITIALS, "interview.txt")
    mine = [s for s in stmts if s.speaker == "Henrik Aalto"]
    said = " ".join(s.content for s in mine)
    for fragment in ("The perch are breeding again", "whole secret", "three more years"):
        assert fragment in said
    assert all(s.when_start == date(2025, 6, 9) for s in mine)
    assert not [s for s in stmts if "new nets" in s.content]  # the interviewer's remark is no one's statement
