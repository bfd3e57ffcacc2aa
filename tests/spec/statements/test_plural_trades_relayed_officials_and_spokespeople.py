"""Three smaller shapes of attribution: a bare plural of people at a trade as the subject ("Traders
said ...", "Fishermen said ..."), unnamed; an official's words relayed by the people told them ("X
said the district commissioner had told them in a meeting on Monday that ..."): the official's, at
that meeting; a body speaking through its officer ("The Ministry said through its communications
officer, NAME, that ..."): the body's words start after "that". Every article is invented."""

from datetime import date

STORY = """Market traders protest over new levy

Traders said the new levy would force many stalls to close. Fishermen said the catch had halved since January.

Jorunn Vaszary, who chairs the stallholders' committee, said the district commissioner had told them in a meeting on Monday that the levy would be reviewed.

The Ministry of Trade said through its communications officer, Abelard Quistorp-Orrel, that the levy was lawful.
"""


def test_a_bare_plural_of_a_trade_speaks(statements, one):
    stmts = statements(STORY)  # published Thursday 9 May 2024
    assert one(stmts, "force many stalls to close").speaker.lower() == "traders"
    assert one(stmts, "the catch had halved").speaker.lower() == "fishermen"


def test_an_officials_words_relayed_by_those_told_are_the_officials_at_the_meeting(statements, one):
    stmts = statements(STORY)
    told = one(stmts, "the levy would be reviewed")
    assert "district commissioner" in told.speaker
    assert told.when_start == date(2024, 5, 6)


def test_a_body_through_its_officer_says_what_follows_that(statements, one):
    stmts = statements(STORY)
    said = one(stmts, "the levy was lawful")
    assert said.speaker == "The Ministry of Trade"
    assert said.content.startswith("the levy was lawful")
