"""A crowdfunding page: the story is its organiser's, written on the day the page was created; an
update is its author's, on its own line's day (its "this morning" counted from it); a donor's
comment is the donor's, with no knowable day ("3 d" is an age); words the page reports of someone
else stay theirs. Every article is invented."""

from datetime import date

from tests.spec.invented import day_of, speaker_of, statements_of

PAGE = """Help rebuild the Tallowfield scout hut

£6,210 raised of £15,000 target

Marisol Quenby-Hart is organising this fundraiser on behalf of 3rd Tallowfield Scouts.
Created 4 March 2025 · Community

Story

On the night of 1 March a fire gutted our scout hut on Brook Lane. Nobody was hurt.
We have 64 young members and nowhere to meet. "The children ask me every week when they can go back," says our group leader, Tobiah Quillfeather.

Thank you. — Marisol Quenby-Hart, group secretary

Updates (2)

Update 2 · 20 Mar 2025 · by Marisol Quenby-Hart

The council's surveyor came this morning and said the walls can be saved. We are relieved. In an email on Monday, a Pennyfold Mutual loss adjuster wrote that the claim "will be settled within the month."

Update 1 · 8 Mar 2025 · by Marisol Quenby-Hart

We have passed £3,000 already. The hall next door has offered us its back room on Fridays.

Words of support

Anonymous · £20 · 5 d
My son learned to light a fire safely in that hut.

Ottoline Brask · £50 · 12 d
Forty years ago I was a cub there. Good luck to you all.
"""

PLAIN = """Save the Wendle Street lido

Organiser: Kasimir Otuya-Bell
Created 2 June 2024

I have swum at Wendle Street every morning for twenty years, and the council wants to close it in September.
We need £40,000 for an independent survey of the pool tank.

Update · 15 Jun 2024 · by Kasimir Otuya-Bell
The council's leisure officer told me yesterday that no decision has been taken yet. We keep going.

Ines Farrow-Lute · £15 · 2 w
The lido is the only place my knees stop hurting.

Dov Vandermolen · £25 · 3 w
Keep it open!! Summer without it is unthinkable.
"""


def test_a_fundraiser_story_updates_and_comments_by_layout():
    stmts = statements_of(PAGE)
    assert speaker_of(stmts, "a fire gutted our scout hut") == "Marisol Quenby-Hart"
    assert day_of(stmts, "a fire gutted our scout hut") == date(2025, 3, 4)
    assert speaker_of(stmts, "The children ask me every week") == "Tobiah Quillfeather"
    assert day_of(stmts, "The children ask me every week") == date(2025, 3, 4)
    assert speaker_of(stmts, "We have passed £3,000 already") == "Marisol Quenby-Hart"
    assert day_of(stmts, "We have passed £3,000 already") == date(2025, 3, 8)
    assert day_of(stmts, "the walls can be saved") == date(2025, 3, 20)
    assert "loss adjuster" in speaker_of(stmts, "will be settled within the month")  # reported in the update
    assert day_of(stmts, "will be settled within the month") == date(2025, 3, 17)
    assert speaker_of(stmts, "learned to light a fire safely") == "anonymous donor"
    assert day_of(stmts, "learned to light a fire safely") is None
    assert speaker_of(stmts, "I was a cub there") == "Ottoline Brask"
    assert day_of(stmts, "I was a cub there") is None


def test_an_organiser_line_and_bare_comments_make_a_fundraiser_too():
    stmts = statements_of(PLAIN)
    assert speaker_of(stmts, "the council wants to close it in September") == "Kasimir Otuya-Bell"
    assert day_of(stmts, "We need £40,000") == date(2024, 6, 2)
    assert day_of(stmts, "We keep going") == date(2024, 6, 15)
    assert speaker_of(stmts, "my knees stop hurting") == "Ines Farrow-Lute"
    assert day_of(stmts, "my knees stop hurting") is None
    assert speaker_of(stmts, "Summer without it is unthinkable") == "Dov Vandermolen"
