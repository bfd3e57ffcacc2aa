"""Parliamentary written questions and answers.

Every article here is invented. A written answer is a block of labelled lines ("Asked by NAME
(Party, Seat)", "Answered by NAME, Minister for ...", "tabled on DATE", "Answered on DATE") with
the question ("To ask the Secretary of State ...") and the answer's paragraphs under them, and no
speech verb at all. The answer's paragraphs are the answering minister's, dated on the day the
block says it was answered; the question is the asking member's, dated when it was tabled.
"""

from datetime import date

from tests.spec.invented import statements_of, the_one

ANSWERS = """Written questions and answers

Harbour Dredging: Kelvanport

Question for Department for Transport

UIN 20417, tabled on 3 February 2025

Asked by Wendeline Arkwright (Labour, Kelvanport and Strand)

To ask the Secretary of State for Transport, what funding her Department has allocated to dredging Kelvanport harbour.

Answered on 10 February 2025

Answered by Osric Palethorpe, Minister for Maritime

The Department has allocated £2.4 million to dredging Kelvanport harbour in the 2025-26 financial year.

Dredging is expected to begin in September. I would be happy to meet the Hon Member to discuss the work.

Harbour Dredging: Compensation

Question for Department for Transport

UIN 20533, tabled on 5 February 2025

Asked by Tamsin Oakenfold (Conservative, Marlow Fen)

To ask the Secretary of State for Transport, whether she plans to compensate fishing crews for lost days during dredging.

Answered on 12 February 2025

Answered by Osric Palethorpe, Minister for Maritime

The Government has no plans to compensate fishing crews for days lost to dredging.
"""


def test_an_answers_paragraphs_are_the_answering_ministers():
    stmts = statements_of(ANSWERS)
    assert the_one(stmts, "allocated £2.4 million").speaker == "Osric Palethorpe"
    assert the_one(stmts, "happy to meet the Hon Member").speaker == "Osric Palethorpe"
    assert the_one(stmts, "no plans to compensate").speaker == "Osric Palethorpe"


def test_each_answer_is_dated_on_the_day_its_block_says_it_was_answered():
    stmts = statements_of(ANSWERS)
    assert the_one(stmts, "allocated £2.4 million").when_start == date(2025, 2, 10)
    assert the_one(stmts, "no plans to compensate").when_start == date(2025, 2, 12)


def test_the_question_is_the_asking_members_on_the_day_it_was_tabled():
    stmts = statements_of(ANSWERS)
    asked = the_one(stmts, "what funding her Department has allocated")
    assert (asked.speaker, asked.act, asked.when_start) == ("Wendeline Arkwright", "asked", date(2025, 2, 3))


def test_the_asked_by_and_answered_by_lines_are_story_text_not_subheadings():
    from tests.spec.invented import cleaned

    a = cleaned(ANSWERS)
    body = [a.text[p.start:p.end] for p in a.paragraphs]
    assert "Answered by Osric Palethorpe, Minister for Maritime" in body
    assert "Asked by Wendeline Arkwright (Labour, Kelvanport and Strand)" in body
