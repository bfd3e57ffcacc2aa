"""Official transcripts label turns by the office alone ("MINISTER:", "THE PRESIDENT:", "CHAIR:")
and name the holder once, in the introduction: the turns are that person's, and an unlabelled
paragraph after a turn goes on with it. Every article is invented."""

from tests.spec.invented import speaker_of as _by, statements_of as _statements


REMARKS = """Remarks at the opening of the harbour authority's new terminal

Remarks by the Minister of Fisheries, Agnes Mbatha, at the opening of the Kelso Point terminal, 14 March 2025

MINISTER: Thank you all for coming this morning. This terminal will double the catch we can land.

We have waited eleven years for this day.

MAYOR: On behalf of the town, welcome. Our fishermen have been patient.

MINISTER: And their patience is being rewarded today.
"""

PRESSER = """Press conference transcript

The following is a transcript of a press conference given by President Tomas Rivera at the palace on Monday.

THE PRESIDENT: Good afternoon. The budget will be presented next week.

QUESTION: Will taxes rise?

THE PRESIDENT: No new taxes will be introduced this year.
"""

MEETING = """Water board annual meeting: record of proceedings

Statement by the chair of the Water Board, Dr Helen Okafor, to the annual meeting, followed by questions from members.

CHAIR: The board has met its targets for the third year running.

MEMBER: Will the targets be raised next year?

CHAIR: Leakage has fallen by a fifth, and the targets will be raised.

MEMBER: And will bills rise as well?
"""


def test_a_ministers_turns_are_the_minister_named_in_the_introduction():
    stmts = _statements(REMARKS)
    assert _by(stmts, "double the catch") == "Agnes Mbatha"
    assert _by(stmts, "patience is being rewarded") == "Agnes Mbatha"
    assert _by(stmts, "waited eleven years") == "Agnes Mbatha"


def test_an_office_no_one_is_named_for_speaks_by_its_title():
    assert _by(_statements(REMARKS), "fishermen have been patient") == "The Mayor"


def test_the_presidents_turns_in_a_question_and_answer_transcript():
    stmts = _statements(PRESSER)
    assert _by(stmts, "budget will be presented") == "Tomas Rivera"
    assert _by(stmts, "No new taxes") == "Tomas Rivera"


def test_a_chairs_turns_at_a_meeting_with_questions_from_the_floor():
    stmts = _statements(MEETING)
    assert _by(stmts, "met its targets") == "Helen Okafor"
    assert _by(stmts, "Leakage has fallen") == "Helen Okafor"
    assert not [s for s in stmts if "raised next year" in s.content]


BRIEFING = """Health briefing

Transcript: Minister for Health Sarah Lyle and Chief Medical Officer Dr Tom Reid, media conference, Wellington.

The Minister: Good morning. Case numbers have fallen again this week.

Reporter: When will the rules ease?

The Minister: We will review them on Friday.

Chief Medical Officer: Hospital admissions are stable.
"""


def test_title_case_office_labels_and_two_holders_in_one_introduction():
    stmts = _statements(BRIEFING)
    assert _by(stmts, "Case numbers have fallen") == "Sarah Lyle"
    assert _by(stmts, "review them on Friday") == "Sarah Lyle"
    assert _by(stmts, "admissions are stable") == "Tom Reid"
    assert not [s for s in stmts if "rules ease" in s.content]


def test_a_credits_line_is_no_office_turn():
    stmts = _statements("""Film review: The Long Tide\n\nDirector: Jane Holm\n\nWriter: Peter Vance\n\n"""
                        """Producer: Ann Kerr\n\nThe film follows a lighthouse keeper through one winter.\n""")
    assert stmts == []
