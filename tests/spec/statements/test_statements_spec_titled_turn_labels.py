"""A US government briefing transcript: turns labelled "MS. HALE:" / "MR. OKAFOR:", the full names
and jobs only in the title ("Press Briefing by Press Secretary Ann Hale and ...").

Every article here is invented. A titled label is the person the title names with that surname,
with the job written before the name, so "the press secretary" finds their turns.
"""

from tests.spec.invented import statements_of, the_one

TRANSCRIPT = """Press Briefing by Press Secretary Lorna Quickfall and Transport Official Desmond Achterberg

James S. Brady Press Briefing Room

1:14 P.M. EDT
June 18, 2025

MS. QUICKFALL: Good afternoon. The administration is releasing $210 million for bridge repairs today.

MR. ACHTERBERG: Thank you, Lorna. Nine states will get grants this summer.

Q: Is any of this money new?

MR. ACHTERBERG: No. It was set aside last year.

Q: Will the President visit any of the bridges?

MS. QUICKFALL: He is planning to travel to Ohio in July.
"""


def test_a_titled_label_is_the_person_the_title_names():
    stmts = statements_of(TRANSCRIPT)
    assert the_one(stmts, "travel to Ohio").speaker == "Lorna Quickfall"
    assert the_one(stmts, "Nine states will get grants").speaker == "Desmond Achterberg"
