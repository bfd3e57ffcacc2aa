"""A wire story's unnamed group of sources ("four people with knowledge of the talks said") comes
back as "the people said", "one of them said", "one of the people said", "another person said":
each is that group's statement, named as the group, and "asking not to be identified" is why they
are unnamed, not what they said. Every article is invented."""

from tests.spec.invented import statements_of

WIRE = """Tollbridge operator weighs sale of ferry arm

OSLO, March 3 (Nordline Wire) - Fjordlink Transport is weighing a sale of its ferry business, four people with knowledge of the talks said.

The company has asked two banks to gauge interest from infrastructure funds, the people said, asking not to be identified because the talks are confidential. A buyer could be chosen before the summer, one of them said.

Fjordlink declined to comment.

One of the people said the board wanted to cut debt before new bridges were built. Another person said two directors opposed a sale.
"""


def _speaker(stmts, fragment):
    found = [s for s in stmts if fragment in s.content]
    assert len(found) == 1, (fragment, [(s.speaker, s.content) for s in stmts])
    return found[0]


def test_the_groups_later_statements_are_the_group_as_first_described():
    stmts = statements_of(WIRE)
    for fragment in ("asked two banks", "chosen before the summer", "cut debt", "two directors opposed"):
        s = _speaker(stmts, fragment)
        assert "people with knowledge of the talks" in s.speaker and s.generic_speaker, (fragment, s.speaker)


def test_asking_not_to_be_identified_is_no_statement():
    assert not [s for s in statements_of(WIRE) if "not to be identified" in s.content]


INVERTED = """Watchmaker weighs replacing chief

(Newswire) -- Halvard Instruments is considering replacing its chief executive, according to people familiar with the matter.

The board discussed the chief's future at a meeting on Wednesday and has contacted two search firms, said the people, who asked not to be identified because the talks are private. No decision has been made, and the chief could still stay on, they said.
"""


def test_said_the_people_after_the_clause_and_they_said_next_are_the_groups():
    stmts = statements_of(INVERTED)
    for fragment in ("contacted two search firms", "could still stay on"):
        s = _speaker(stmts, fragment)
        assert "people familiar with the matter" in s.speaker and s.generic_speaker, (fragment, s.speaker)
