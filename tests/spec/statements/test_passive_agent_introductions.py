"""A new speaker introduced as the doer of a passive ("That view was rejected by X's sister, NAME,
who ...") is the he or she of the next sentence, not the namesake the paragraph before quoted:
the passive's agent is its sentence's subject in all but grammar."""

from tests.spec.invented import speaker_of, statements_of

FERRY = """THE KESTREL BAY OBSERVER
"Every tide, every week"

Thursday, October 8, 2026

NEWS

Ferry slipway still shut three weeks after storm

- Harbour board says contractor will return
- Crew blames rotten piles

By Anselm Drury

Harbour Master Joanna Quillane told the Observer on Tuesday that the board had asked the contractor
twice to come back and finish the piling.

"We have the ferry tied up since the storm and nobody is coming," Quillane said. "The passengers walk
round by the road now."

The contractor, Pellworth Marine Ltd., said in a statement issued last Monday that the piles had been
damaged by the storm and were not covered by its guarantee.

That view was rejected by Quillane's sister, Marthe Quillane, who is the ferry's skipper and a
diver by trade. She said the piles had been "rotten before the first wave hit".

"I went down myself in August. You could push a finger into the wood," Marthe Quillane said.
"""

DRAWN = """Local | Saturday 3rd October 2026 | 09:10

Quarry lorries to be kept off school lane

The plan was opposed by Crane's cousin, Osric Crane, a haulier who drives the lane daily. He said
the detour would add forty minutes to every trip.

Councillor Felicity Crane, who proposed the ban, said children's safety came first.
"""


def test_she_after_a_passive_agent_is_the_agent_not_her_namesake():
    stmts = statements_of(FERRY)
    assert speaker_of(stmts, "rotten before the first wave hit") == "Marthe Quillane"


def test_he_after_a_passive_agent_with_a_role_apposition():
    stmts = statements_of(DRAWN)
    assert speaker_of(stmts, "add forty minutes") == "Osric Crane"


def test_a_possessive_inside_the_agent_is_not_made_the_subject():
    # (the namesake whose sister it is keeps her own words)
    stmts = statements_of(FERRY)
    assert speaker_of(stmts, "nobody is coming") == "Joanna Quillane"


DEBATE = """Council backs new bus routes after long debate

Opposition leader Corentin Vayle said the plan "leaves the valleys behind" and asked for a vote on each route.

Winding up for the administration, the transport chair, Odette Margrave, said the council would publish its
costings before the next meeting. Pressed by Mr Vayle on when that would be, she said it would be "before
the end of the month".
"""


def test_a_fronted_participles_asker_is_not_the_she_who_answers():
    assert speaker_of(statements_of(DEBATE), "before\nthe end of the month") == "Odette Margrave"
