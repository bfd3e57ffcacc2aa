"""A cue paragraph that ends in a colon, its quotation in the paragraphs after it.

Every article here is invented. A stock-exchange announcement, a press release or a police
appeal gives a speaker a paragraph of their own ("Mara Lind, Chief Executive Officer, commented:")
and the words in the next paragraph, often over several paragraphs. The quotation is the
speaker's, with the cue's act and the cue's day; a cue paragraph followed by anything but a
quotation gives nothing.
"""

from datetime import date

from tests.spec.invented import statements_of, the_one

ANNOUNCEMENT = """Harbour results and board change

Published: Thursday 9 May 2024

The Company is pleased to announce record results for the year.

Mara Lind, Chief Executive Officer of Tolvane Harbours, commented:

"These are the best results we have seen since the harbour opened. The new berth is full every week.

"We will now move straight to a second berth, which is fully funded from existing cash."

Board change

Dr Piet Oxley, Non-Executive Chairman, said on Tuesday:

"On behalf of the Board I thank the outgoing director for her counsel."

For further information, please contact:

Tolvane Harbours
Mara Lind, Chief Executive Officer
"""

NO_QUOTE = """Harbour results

Published: Thursday 9 May 2024

Mara Lind, Chief Executive Officer, commented:

The berth is full every week and the harbour has hired six pilots.
"""


def test_the_quotation_after_a_cue_paragraph_is_the_cue_speakers():
    stmts = statements_of(ANNOUNCEMENT)
    first = the_one(stmts, "best results we have seen")
    assert (first.speaker, first.act, first.quote_type) == ("Mara Lind", "commented", "direct")
    assert the_one(stmts, "berth is full every week").speaker == "Mara Lind"
    assert the_one(stmts, "fully funded from existing cash").speaker == "Mara Lind"


def test_the_quotation_takes_the_cue_paragraphs_day():
    stmts = statements_of(ANNOUNCEMENT)
    thanks = the_one(stmts, "thank the outgoing director")
    assert (thanks.speaker, thanks.when_start) == ("Piet Oxley", date(2024, 5, 7))
    assert the_one(stmts, "best results we have seen").when_start == date(2024, 5, 9)


def test_a_cue_paragraph_without_a_quotation_after_it_gives_nothing():
    assert [s for s in statements_of(NO_QUOTE) if s.speaker == "Mara Lind"] == []
