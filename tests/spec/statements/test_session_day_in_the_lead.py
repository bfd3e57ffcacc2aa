"""A meeting's day stated only in the lead ("..., a consultation session with community elders heard
on Tuesday."): the later "X, who chaired the session at PLACE, said", "told the session that", "who
attended the session ... said", and the chair's "She said, however, ..." were said there, that day;
the same for a public meeting called by a local word ("told the pitso that"). Invented stories."""

from datetime import date

_SESSION = """Herders demand compensation for grazing land lost to mine

Herders in the Dornvale district want the mining company to pay for pasture lost to its new pit, a consultation session with community elders heard on Tuesday.

The elders said more than 3,000 hectares of grazing land had been fenced off since the pit opened last year.

Batu Orgil, a herder from Tsagaan village, told the session that his family had lost half of its animals over the winter.

"We have nowhere to take the herds," he said.

Anna Tumen, who chaired the session at the district hall, said the company had promised to respond within a month.

She said, however, that no figure for compensation had been agreed.

Gansukh Erdenor, a provincial councillor who attended the session as an observer, said the province would ask for an independent survey of the land.

The company did not respond to requests for comment.
"""

_PITSO = """Villagers reject plan to move graves for dam

Villagers in the Qhoali valley have rejected a plan to move a cemetery to make way for a reservoir, speaking at a pitso called by the area chief last Saturday.

Thabo Lerotholi, who farms beside the river, told the pitso that the families had not been consulted.

"Our parents are buried there," he said.

The water authority said in a statement on Wednesday that it would meet the families again next month.
"""


def test_words_told_chaired_or_attended_at_the_leads_session_take_its_day(statements, one):
    stmts = statements(_SESSION)  # published Thursday 9 May 2024: the session was on Tuesday 7 May
    for fragment in ("lost half of its animals", "promised to respond within a month",
                     "no figure for compensation", "independent survey"):
        assert one(stmts, fragment).when_start == date(2024, 5, 7), fragment


def test_words_told_a_public_meeting_called_by_a_local_word_take_its_day(statements, one):
    stmts = statements(_PITSO)
    assert one(stmts, "had not been consulted").when_start == date(2024, 5, 4)
