"""A reaction round-up ("What they said"): each voice a name line of its own, the quotation under it.

Every article here is invented. A round-up prints each speaker's name and job on a line of its
own ("Orla Brennick, chief executive, Harbour Traders") and their words as a paragraph that is
one quotation. The quotation is the speaker's, said on the day the round-up reports; a quoted
paragraph under an ordinary subheading ("Reaction") is no one's by that heading.
"""

from tests.spec.invented import statements_of, the_one

ROUND_UP = """Ferry fares deal: What they said

Reaction to the fares agreement announced on Tuesday 4 March 2025

Orla Brennick, chief executive, Harbour Traders

"This deal will keep the island's shops open through the winter. We have waited six years for it."

Cathal Munroe, ferry operator

"The cap will cost us money, but it is the right thing for the islanders."

Dr Senga Talloway, transport economist, Kelvinside Institute

"A cap on fares without more sailings only moves the queue from the ticket office to the pier."

Dr Yevrani Tolluck, harbour historian

"Fares were capped once before, in the 1970s, and the sailings were cut within a year."

Island Pier Trust, statement

"The trust welcomes any step that brings more visitors to the pier."
"""

THEN_PROSE = ROUND_UP.split("\nDr Yevrani")[0] + """
The harbour master also criticised the deal in a radio interview.

Ferries will run twice a day from April.
"""

UNDER_A_HEADING = """Ferry fares deal agreed

Published Tuesday 4 March 2025

The island council agreed a cap on ferry fares on Tuesday, said Orla Brennick of Harbour Traders.

Reaction

"It is about time," one passenger wrote in the comments.
"""


def test_each_quotation_is_the_speaker_named_on_the_line_above():
    stmts = statements_of(ROUND_UP)
    assert the_one(stmts, "keep the island's shops open").speaker == "Orla Brennick"
    assert the_one(stmts, "waited six years").speaker == "Orla Brennick"
    assert the_one(stmts, "right thing for the islanders").speaker == "Cathal Munroe"
    assert the_one(stmts, "moves the queue").speaker == "Senga Talloway"
    assert the_one(stmts, "capped once before").speaker == "Yevrani Tolluck"


def test_a_quotation_under_a_line_naming_no_person_is_not_the_voice_above_it():
    assert "Yevrani Tolluck" not in [s.speaker for s in statements_of(ROUND_UP) if "brings more visitors" in s.content]


def test_a_quotation_under_an_ordinary_heading_is_no_ones_by_it():
    assert [s for s in statements_of(UNDER_A_HEADING) if "about time" in s.content and s.speaker == "Reaction"] == []


def test_prose_after_the_quotations_is_not_the_last_voices():
    stmts = statements_of(THEN_PROSE)
    assert [s for s in stmts if "twice a day" in s.content and s.speaker == "Senga Talloway"] == []
    assert [s.speaker for s in stmts if "twice a day" in s.content] == []


def test_two_voices_make_a_round_up():
    two = ROUND_UP.split("\nDr Senga")[0]
    stmts = statements_of(two)
    assert the_one(stmts, "waited six years").speaker == "Orla Brennick"
    assert the_one(stmts, "right thing for the islanders").speaker == "Cathal Munroe"
