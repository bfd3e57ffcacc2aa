"""Quotations opened by a dialogue dash instead of quotation marks (Scandinavian and continental
papers, and their translations): "– We cannot afford it. The numbers do not add up, says X."

Every article here is invented. Every sentence after the dash is the speaker's, not only the one
holding the cue; a dash-led paragraph with no cue, after one that has it, continues the same
speaker's quotation; a dashed credit line under a quotation is no quotation; and the header's
ISO date with a dotted clock time ("2025-03-04 08.12") dates the article.
"""

from datetime import date

from tests.spec.invented import cleaned, statements_of, the_one

STORY = """Fjordbladet

Ferry to Sørholm cut to three days a week

Published 2024-10-08 07.45 | Updated 2024-10-08 09.30

The county council decided on Monday to cut the ferry to Sørholm island from daily to three days a week.

– We have looked at every other option. The ferry costs more per passenger than any route we run, says Astrid Wenneberg (Liberal Party), head of the transport committee.

She says the savings will go to the school bus routes.

– I run the shop on the island. Without a daily ferry my fresh food will rot on the quay, says Halvard Nyrud.

– Nobody from the county has even visited us this year.

The county's ferry manager, Pål Fremstad, was not available for comment.
"""

CREDITED = """Ferry cut: the reactions

Published 2024-10-08 07.45

The county council decided on Monday to cut the ferry to Sørholm island.

– We have looked at every other option, says Astrid Wenneberg, head of the transport committee.

The islanders' association sent this statement:

"We will take the county to court."

– Halvard Nyrud, chair of the islanders' association and Sørholm shop owner.
"""


def test_every_sentence_after_the_dash_is_the_speakers():
    stmts = statements_of(STORY)
    assert the_one(stmts, "We have looked at every other option").speaker == "Astrid Wenneberg"
    assert the_one(stmts, "The ferry costs more per passenger").speaker == "Astrid Wenneberg"
    assert the_one(stmts, "I run the shop on the island").speaker == "Halvard Nyrud"


def test_a_dashed_paragraph_with_no_cue_continues_the_speaker_before():
    assert the_one(statements_of(STORY), "Nobody from the county has even visited").speaker == "Halvard Nyrud"


def test_a_dashed_credit_line_is_no_quotation():
    stmts = statements_of(CREDITED)
    assert not [s for s in stmts if "chair of the islanders" in s.content]


def test_an_iso_date_with_a_dotted_clock_time_dates_the_article():
    assert cleaned(STORY).published == date(2024, 10, 8)
    assert the_one(statements_of(STORY), "I run the shop").when_start == date(2024, 10, 8)
