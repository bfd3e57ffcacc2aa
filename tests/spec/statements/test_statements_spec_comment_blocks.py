"""Labelled comment blocks: a planning portal's or a consultation's public comments page.

Every article here is invented. Each block has its author on a header line or in a field, its own
submitted date, and its text under a "Comment:" field or below the fields. Every sentence of the
text is the author's on the block's date, whatever date the text names; the page's own fields
(Reference, Applicant, Case officer) are nobody's statement.
"""

from datetime import date

from tests.spec.invented import day_of, speaker_of, statements_of

PORTAL = """Marlow Vale Borough Council - Planning Online
Applications > Comments

Reference: 25/04417/FUL
Proposal: Change of use of barn to four holiday lets
Applicant: Ostervelt Leisure Ltd
Case Officer: Mr K Aberlour
Received: Tue 07 Jan 2025

---

Consultee comment
Drainage Authority
Comment submitted date: Mon 10 Feb 2025
No objection in principle. The site lies in flood zone 1, but the soakaway design must be resubmitted with percolation tests carried out in winter as agreed at the meeting on 28 January.

---

Mrs Oonagh Trelawney
Hill Cottage Barnfield Lane
Commenter Type: Neighbour
Stance: Customer objects to the Planning Application
Comment submitted date: Wed 12 Feb 2025
Comment: The lane has no pavement and children walk to the bus stop along it. I do not want forty extra car journeys a day past my gate.

---

Mr Casimir Dunwoody
The Granary Barnfield Lane
Commenter Type: Neighbour
Stance: Customer made comments in support of the Planning Application
Comment submitted date: Fri 14 Feb 2025
Comment: I support this scheme because the barn is falling down and holiday visitors would bring trade to the village shop.
"""

CONSULTATION = """Have Your Say - Kirrabool Shire
Draft Dog Off-Leash Areas Plan: submissions received

Name: Imogen Vasquez-Holt
Date submitted: 3 April 2025
Response: I walk my dogs at Pelican Point every morning. Closing it to off-leash dogs would leave the whole north of the shire without an area.

Name: Barnaby Tsoukalas
Date submitted: 5 April 2025
Response: The plan is overdue. Last summer an off-leash dog knocked my father over on the foreshore path.
"""

NEWS = """Barn conversion plan draws objections

Published 20 February 2025

Plans to turn a barn into holiday lets have drawn objections from neighbours, who say the lane is too narrow.

"There is no pavement," said resident Philippa Gorringe. "Someone will get hurt."

The council is expected to decide the application next month.
"""


def test_each_comment_block_is_its_authors_on_its_own_submitted_date():
    stmts = statements_of(PORTAL)
    assert speaker_of(stmts, "no pavement and children walk") == "Oonagh Trelawney"
    assert day_of(stmts, "no pavement and children walk") == date(2025, 2, 12)
    assert speaker_of(stmts, "I support this scheme") == "Casimir Dunwoody"
    assert day_of(stmts, "I support this scheme") == date(2025, 2, 14)
    # a consultee body's comment: the body's, on its submitted day, not on the meeting's day it names
    assert speaker_of(stmts, "soakaway design must be resubmitted") == "Drainage Authority"
    assert day_of(stmts, "soakaway design must be resubmitted") == date(2025, 2, 10)
    assert not any("Ostervelt" in s.content or "Aberlour" in s.content for s in stmts)  # page fields: no statement


def test_named_fields_without_rules_part_the_blocks_of_a_consultation_page():
    stmts = statements_of(CONSULTATION)
    assert speaker_of(stmts, "Pelican Point every morning") == "Imogen Vasquez-Holt"
    assert day_of(stmts, "Pelican Point every morning") == date(2025, 4, 3)
    assert speaker_of(stmts, "The plan is overdue") == "Barnaby Tsoukalas"
    assert day_of(stmts, "The plan is overdue") == date(2025, 4, 5)


def test_an_ordinary_news_story_reads_as_before():
    stmts = statements_of(NEWS)
    assert speaker_of(stmts, "There is no pavement") == "Philippa Gorringe"
    assert day_of(stmts, "There is no pavement") == date(2025, 2, 20)
