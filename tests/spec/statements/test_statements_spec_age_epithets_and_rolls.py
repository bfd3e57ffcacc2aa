"""An age epithet ("the 44-year-old said") whose age no one in the article was given is the
person just quoted or named in the text, never a name from a scorers' or line-up paragraph that
stands between. Every article is invented."""

from tests.spec.invented import speaker_of as _by, statements_of as _statements


SCORERS = """Hartley Town 3 Braxford 1

"We were excellent from start to finish," said Hartley boss Gareth Nolan.

Scorers: Hartley: Liam Carr 12, Owen Price 40. Braxford: Jack Bell 88.

The 44-year-old said his side now needed to back it up on Tuesday.
"""

LINEUP = """Millbrook edge derby

"We go into the cup game with confidence," said Millbrook coach Rhona Keir.

Millbrook: Dean Moss, Liam Carr, Owen Price, Jack Bell, Tom Reeve.

"It was not pretty but we will take it," the 51-year-old added.
"""


def test_an_age_epithet_after_a_scorers_line_is_the_manager_quoted_before():
    assert _by(_statements(SCORERS), "back it up on Tuesday") == "Gareth Nolan"


def test_an_age_epithet_after_a_line_up_is_the_coach_quoted_before():
    assert _by(_statements(LINEUP), "not pretty but we will take it") == "Rhona Keir"
