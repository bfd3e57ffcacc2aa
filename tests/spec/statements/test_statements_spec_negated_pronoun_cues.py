"""A negated cue whose content is a pronoun: "said he had seen the reports but could not confirm them".

Every article here is invented. "Could not confirm them" says nothing and confirms nothing: no
statement, and in particular not one given by its "he" to someone else named before.
"""

from tests.spec.invented import statements_of

BRIEFING = """Noon briefing

12 March 2025

Mr. Oskar Velden told reporters that 41 States had ratified the treaty.

Asked about reports that a convoy had been fired on, the Spokesperson said he had seen the reports but could not confirm them.
"""


def test_a_negated_cue_with_a_pronoun_for_content_is_no_statement():
    stmts = statements_of(BRIEFING)
    assert [s for s in stmts if s.content.strip() == "them"] == []
    assert any("could not confirm them" in s.content for s in stmts)
