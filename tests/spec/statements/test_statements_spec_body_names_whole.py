"""A body's name with a given name inside it ("Lowland Victoria Savings Bank") is the body's
whole name, not a person's name cut from its middle; and a page's own news that its partner has
done something ("Our partner bank has confirmed ...") is no statement of the partner's."""

from tests.spec.invented import statements_of

REVIEW = """Pellorin Pay status

Post-incident review: card top-ups failed on 4 May

Published 7 May 2024

Between 08:10 and 11:25 on 4 May, about a fifth of card top-ups failed.

Our partner bank has confirmed the fault on its side and is replacing the affected server.

In a note to Pellorin on 6 May, Lowland Victoria Savings Bank said its change request had been "stuck in a review queue", and that it had since added a second reviewer for every change.
"""


def test_a_body_named_with_a_given_name_inside_keeps_its_whole_name():
    stmts = statements_of(REVIEW)
    said = [s for s in stmts if "stuck in a review queue" in s.content]
    assert [s.speaker for s in said] == ["Lowland Victoria Savings Bank"], [(s.speaker, s.content) for s in stmts]


def test_a_deed_added_to_a_reported_clause_is_no_second_statement():
    stmts = statements_of(REVIEW)
    assert not any(s.content.startswith("a second reviewer") for s in stmts), [(s.speaker, s.content) for s in stmts]


def test_the_pages_own_news_of_its_partner_is_not_the_partners_statement():
    stmts = statements_of(REVIEW)
    assert not any("partner" in s.speaker.lower() for s in stmts), [(s.speaker, s.content) for s in stmts]
