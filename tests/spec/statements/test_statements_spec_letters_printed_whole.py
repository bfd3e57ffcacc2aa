"""A letter printed whole inside a story, after the sentence that names it ("The following letter
from Leopold Penrice was sent to the farmers on March 9 ..."): "Dear Ms Belamar," and its paragraphs,
each opened by a quotation mark and the last one closed. Each sentence is the sender's, on the day
the story gives the letter. Invented stories."""

from datetime import date

from tests.spec.invented import statements_of

_STORY = """Dairy replies to farmers

Posted March 10, 2026

Farmers in nine counties wrote to Fenmoor Dairies last week about its new milk contract.

{intro}

"Dear Ms Belamar,

"Thank you for your letter. I understand the strain that a lower price puts on a small herd. Our own costs have risen by a fifth since 2024.

"We will keep the present price until August for herds of fewer than 150 cows. I would be glad to meet you on March 20."

Bethany Belamar said the offer was "a first step".
"""

_INTRO = "The following letter from Leopold Penrice was sent to the farmers on March 9 and is posted with his agreement."


def _by(stmts, fragment):
    return {s.speaker for s in stmts if fragment in s.content}


def test_each_sentence_of_the_printed_letter_is_its_sender_s():
    stmts = statements_of(_STORY.format(intro=_INTRO))
    for fragment in ("strain that a lower price", "risen by a fifth", "keep the present price", "glad to meet you"):
        assert _by(stmts, fragment) == {"Leopold Penrice"}, fragment


def test_the_printed_letter_is_dated_by_the_day_the_story_gives_it():
    stmts = statements_of(_STORY.format(intro=_INTRO))
    assert {s.when_start for s in stmts if "keep the present price" in s.content} == {date(2026, 3, 9)}


def test_the_letter_s_quotation_marks_are_no_part_of_its_words():
    stmts = statements_of(_STORY.format(intro=_INTRO))
    assert all(not s.content.startswith('"') for s in stmts if s.speaker == "Leopold Penrice")


def test_words_after_the_letter_keep_their_own_speaker():
    stmts = statements_of(_STORY.format(intro=_INTRO))
    assert _by(stmts, "a first step") == {"Bethany Belamar"}


def test_a_paragraph_naming_no_letter_lends_no_speaker():
    stmts = statements_of(_STORY.format(intro="Leopold Penrice runs the dairy's buying team."))
    assert "Leopold Penrice" not in _by(stmts, "keep the present price")


def test_a_letter_after_a_paragraph_naming_its_writer_and_ending_in_a_colon():
    intro = "Leopold Penrice has written to the federation (letter dated March 6, came on Monday). This is the part that matters:"
    stmts = statements_of(_STORY.format(intro=intro).replace('"Dear Ms Belamar,\n\n', ""))
    assert _by(stmts, "keep the present price") == {"Leopold Penrice"}
    assert {s.when_start for s in stmts if "keep the present price" in s.content} == {date(2026, 3, 6)}


_MAIL = """Subject: Hall booking

From: Torussa Marsh <wendell.marsh@choir.example>
Sent: Monday, 9 March 2026 20:15
To: Choir committee
Subject: Hall booking

Dear all,

Bad news, I'm afraid. Nandini Pelelda has written to us (letter dated 5 March, came Saturday) about the hall. This is the part that matters:

"I have enjoyed hearing the choir in the hall every Thursday for eleven years. The hall is needed for the nursery from September, and I must ask you to find another room by the end of August."

We should look at the chapel on Mill Lane.

Torussa
"""


def test_a_letter_pasted_into_an_e_mail_is_its_writer_s_not_the_sender_s():
    stmts = statements_of(_MAIL)
    assert _by(stmts, "needed for the nursery") == {"Nandini Pelelda"}
    assert {s.when_start for s in stmts if "needed for the nursery" in s.content} == {date(2026, 3, 5)}
    assert _by(stmts, "chapel on Mill Lane") == {"Torussa Marsh"}


def test_a_quotation_with_its_own_cue_after_a_sentence_naming_a_letter_keeps_its_cue():
    text = """Dairy denies receiving complaint

Posted March 10, 2026

A spokeswoman for Fenmoor Dairies, Anwesha Marsh, denied that any letter from Leopold Penrice had reached the board.

"We have checked every file. There is nothing from him in our records," she told reporters.
"""
    stmts = statements_of(text)
    assert _by(stmts, "checked every file") == {"Anwesha Marsh"}
