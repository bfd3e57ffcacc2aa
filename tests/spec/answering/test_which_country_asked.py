""""Which country are the new pumps coming from?": "When contacted, the Rural Water Unit of the
Ministry said the replacement pumps had been ordered from a supplier in Uruguay" answers, not the lede
that names the village, its region and the pumps' failure (more of the question's words, no
country). Every article here is invented (a real country only as a setting)."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

DAILY = """THE RIVERMOUTH CLARION
"The people's paper"

Thursday, June 18, 2026

NEWS

Tallowby without water five weeks after pumps fail

- Headman says clinic on bottled water
- Ministry says parts on the way

By Dunstan Ndukwe

Residents of the Region Four village of Tallowby have been without running water since May 9, when the
pumps of the village's $92 million water scheme failed, and the village's headman says nobody in the
capital has told them when they will be fixed.

Headman Bertram Telling told the Beacon on Monday that the council had written to the Ministry three
times.

When contacted, the Rural Water Unit of the Ministry said the replacement pumps had been ordered from a
supplier in Uruguay and were expected at the port "within the next two weeks".

The scheme, which has 14 pumps, was one of nine rural systems built under the same programme.
"""

app = app_fixture("pumps.txt", DAILY)


def test_the_sentence_naming_a_country_answers_which_country(app):
    answers(app, "which country are the new tallowby pumps coming from", "Uruguay")


def test_a_country_is_named_by_its_name_or_adjective_only():
    from bot.answering.country_asked import asks_country, names_country

    assert asks_country("which country are the new pumps coming from")
    assert asks_country("From what country did the parts come?")
    assert not asks_country("which county council paid for it")
    assert names_country("ordered from a supplier in Uruguay")
    assert names_country("a Uruguayan supplier")
    assert not names_country("the Region Four village of Tallowby")
