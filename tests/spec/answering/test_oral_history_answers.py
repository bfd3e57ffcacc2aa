"""Questions on an archive's oral-history transcript: the catalogue header names the people
("Interviewee: ...", "Interviewer: ..."), the turns are labelled by initials, here those of the
nickname the header quotes ("WH:" for Margit ("Wynn") Hollocombe). A question scoped by the
interview ("in the oral history interview, who was the foreman") asks for the holder the answers
name, not the header's interviewer; a cited turn is shown under the header's name, not "Wh:".

Every article here is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

TRANSCRIPT = """WEST FELLMOOR HERITAGE TRUST
Oral History Collection

Accession no.: WFHT-SM-2025-031
Interviewee: Margit ("Wynn") Hollocombe, née Quillby (b. 1942)
Interviewer: Bennet Trasklow
Date recorded: Tuesday 4 March 2025
Place: interviewee's home, Fellmoor Cross
Duration: 52 min (extract: 00:05:10 - 00:19:40)
Subject: Fellmoor Cross glove works, 1957-1981
Transcribed by: P. Aldwinckle. Transcript checked by the interviewee on 18 March 2025; her additions are in square brackets.

[00:05:10]

BT: So you went to the glove works in 1957.

WH: March '57. I was fifteen. My cousin worked in the cutting room and she spoke for me.

BT: What was the work like?

WH: You sat at a bench with a pattern and a knife. The foreman, Mr Alwyn Stowcombe, told me on my first day, "You'll cut to the line, lass, never past it." And I always did. [laughs]

BT: When did it close?

WH: In 1981. I still have my knife in the drawer.

[End of extract]
"""

app = app_fixture("glove_works_oral_history.txt", TRANSCRIPT)


def test_a_question_scoped_by_the_interview_asks_for_the_role_the_answers_name(app):
    answers(app, "in the oral history interview, who was the foreman at the fellmoor cross glove works", "Stowcombe", lacking="Trasklow")


def test_a_turn_labelled_by_the_nicknames_initials_is_shown_under_the_header_name(app):
    answers(app, "what was wynn's work at the bench", "pattern and a knife", "Margit Hollocombe", lacking=("WH:", "Wh:"))
