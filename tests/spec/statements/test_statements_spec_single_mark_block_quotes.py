"""A quotation in single marks over several paragraphs, after a cue paragraph ending in a colon
("X, chair of Y, said:") or after the speaker's own paraphrase.

Every article here is invented. British house style opens each paragraph of a long quotation
with its own mark and closes only the last one; a paragraph that opens with a single mark that
nothing closes is such a quotation's paragraph, not an apostrophe. Its words are the cue's
speaker's, not the organisation whose press statement holds them.
"""

from tests.spec.invented import statements_of, the_one

RELEASE = """Harbour co-op backs new crane

Published: Friday 7 March 2025

PRESS STATEMENT

Members of Tolbay Harbour Co-operative have voted to buy a second crane, the co-operative said.

Wenna Trago, chair of Tolbay Harbour Co-operative, said:

'Our members have chosen to keep this quay working for another twenty years. The old crane is worn out.

'We know that many members voted against, and we have listened. That is why the harbour fund will rise to £90,000 a year.'

The crane is expected to cost £2 million.
"""

FEATURE = """Library trust confirms new reading room

Published: Tuesday 4 March 2025

The Pellow Library Trust has confirmed that its new reading room will open in the spring.

The trust’s head of estates, Morwenna Carne, said the room would be heated by a ground-source pump, cutting its bills by a third.

‘People assume an old building cannot be warm. With modern pumps it usually can be.

‘Our survey in January found the room would lose half as much heat as the old hall.’

Carne added that the trust would publish the survey.
"""


def test_a_block_in_straight_single_marks_after_a_colon_cue_is_the_cue_speakers():
    stmts = statements_of(RELEASE)
    assert the_one(stmts, "keep this quay working").speaker == "Wenna Trago"
    assert the_one(stmts, "The old crane is worn out").speaker == "Wenna Trago"
    assert the_one(stmts, "harbour fund will rise").speaker == "Wenna Trago"


def test_a_block_in_curly_single_marks_after_a_paraphrase_is_the_paraphrased_speakers():
    stmts = statements_of(FEATURE)
    assert the_one(stmts, "old building cannot be warm").speaker == "Morwenna Carne"
    assert the_one(stmts, "lose half as much heat").speaker == "Morwenna Carne"
