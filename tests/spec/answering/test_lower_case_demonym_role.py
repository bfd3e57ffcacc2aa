"""A question typed in lower case names a country by its adjective ("the tongan minister"): that
word qualifies the role as "Tongan" would (the article writes "Tonga" in its masthead or a body's
name), so the minister of that story is the one asked, not a trust's president whose body's name
holds the country. And "what has the minister ruled out" is answered by "He said the Ministry would
not carry out X". Every article here is invented (a real country only as a setting)."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

GOATS = """THE NUKU'ALOFA ECHO
Tonga's own paper

Local

Villages told to pen goats away from young trees

By Teuila Fanene
3 October 2026, 7:30PM

Village councils on the main island will be asked to pen roaming goats after a nursery lost four
thousand seedlings last week.

The Minister of Forests and Reefs, Tuila'epa Losefo Amituanga, announced the plan on Tuesday after
meeting the heads of nine villages.

"A goat that eats your seedlings is your goat," Tuila'epa told the meeting.

Under the plan, every household will be asked to register its goats with the village council by
30 November.

He said the Ministry would not carry out mass slaughter. "That is not our way," he said.

The President of the Green Tonga Trust, Dr Marlow Latu-Veikune, a forester, welcomed the plan but warned
that pens without feed would not last a season.
"""

OTHER = """THE HARBOUR GAZETTE

Saturday 7th March 2026

Ferry fares to rise

The Chief Minister said the fares would rise in May, and that she would write to the operators.
"""

app = articles_fixture({"goats.txt": GOATS, "ferry.txt": OTHER})


def test_the_demonyms_minister_is_asked_by_his_ruled_out_act(app):
    answers(app, "what has the tongan minister ruled out doing about roaming goats", "slaughter")


def test_which_demonym_minister_wants_a_plan(app):
    answers(app, "which tongan minister wants every household to register its goats", "Amituanga", lacking="Chief Minister")


def test_only_a_countrys_adjective_is_read_as_a_place():
    from bot.answering.roles import _demonym_terms

    assert _demonym_terms("the tongan minister") == frozenset({"tongan"})
    assert not _demonym_terms("the island minister")  # (no country's adjective, whatever the world data guesses)
    assert not _demonym_terms("the turkey farmer")


def test_ruled_out_is_said_as_would_not_carry_out():
    from bot.answering.paraphrase import paraphrased, paraphrases_in
    from bot.answering.terms import stems

    said = "He said the Ministry would not carry out mass slaughter."
    found = paraphrases_in("what has the minister ruled out doing about the goats")
    assert any(paraphrased(p, said, frozenset(stems(said))) for p in found)
    other = "He said the Ministry would carry out a count in May."
    assert not any(paraphrased(p, other, frozenset(stems(other))) for p in found)
