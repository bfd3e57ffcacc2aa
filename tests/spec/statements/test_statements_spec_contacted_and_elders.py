"""A daily's "Contacted, the county's water chief, Ms X, said ..." is X's; "said the elder" after a
quote is the village elder named before it; a Kalenjin name keeps its family name after "arap".
Every article is invented."""

from tests.spec.invented import speaker_of, statements_of

DAILY = """COUNTIES

TUESDAY MARCH 4 2025

Traders protest as Sh12m market shed stalls

Traders at Chebunyo market have accused the county of abandoning a Sh12 million shed project.

Contacted, the County Executive Committee Member for Health and Sanitation, Ms Nelly Chelangat Towett, said the contractor had been paid in full and would be asked to return to the site.

Mzee Samwel Kiprono arap Langat, 81, a village elder, said the community had cleared the land for the shed at its own cost.

"We cleared it with our own hands. Now goats sleep where the stalls should be," said the elder.
"""


def test_contacted_and_an_apposition_is_the_named_officials_statement():
    assert speaker_of(statements_of(DAILY), "paid in full") == "Nelly Chelangat Towett"


def test_said_the_elder_is_the_elder_named_before():
    stmts = statements_of(DAILY)
    assert speaker_of(stmts, "goats sleep") == "Samwel Kiprono arap Langat"
    assert speaker_of(stmts, "cleared the land") == "Samwel Kiprono arap Langat"


REACTING = """Levy on tricycles sparks anger

The state government on Monday introduced a daily levy on commercial tricycles.

Reacting, the Chairman of the Tricycle Owners Association, Kano chapter, Alhaji Musa Danladi, described the levy as "unfair and hasty".
"""


def test_reacting_and_a_chairs_title_with_a_chapter_is_the_named_chair():
    assert speaker_of(statements_of(REACTING), "unfair and hasty") == "Musa Danladi"
