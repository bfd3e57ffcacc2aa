"""People of an article, with the words that describe them, matched against role phrases."""

from bot.answering.people import people_of, role_match
from bot.answering.question import analyse
from index.models import Article

HARBOUR = """Storm shuts Brinmouth harbour

Harbour master Ilse Marwick said on Monday that the pier would stay closed for a week.

"We cannot risk another collapse," said Tomas Feeney, a retired fisherman who has worked out of Brinmouth for 40 years.

The port authority's chief engineer, Priya Lund, told councillors the repairs would cost 2 million pounds. Lund said divers had found cracks.

Several residents of Kettle Cove said they heard the pier groan before it gave way.
"""


def _people():
    return {p.name: p for p in people_of(Article("h1", HARBOUR))}


def test_titles_appositions_and_descriptions_are_kept():
    people = _people()
    assert "harbour master" in people["Ilse Marwick"].description.lower()
    assert "retired fisherman" in people["Tomas Feeney"].description
    assert "chief engineer" in people["Priya Lund"].description


def test_a_place_named_like_a_person_is_not_a_person():
    assert "Kettle Cove" not in _people()


def test_a_role_phrase_finds_the_person_it_describes():
    people = _people()
    role = analyse("Which Brinmouth fisherman said the pier might collapse?").role
    scores = {name: role_match(role, p, lambda t: 1.0) for name, p in people.items()}
    assert max(scores, key=scores.get) == "Tomas Feeney"


def test_a_leader_word_matches_another():
    people = _people()
    role = analyse("What did the port authority's boss tell councillors?").role
    assert role_match(role, people["Priya Lund"], lambda t: 1.0) >= 0.5


SURNAMES = """Ferry contract goes to tender

The contract was awarded after a review led by Aoife Nic-Giolla, the council's procurement lead.
Nic-Giolla told the committee the bids were close.

Transport officer Dara O'Rourke said the ferry would keep its timetable. O'Rourke added that fares were frozen.

Residents of Glen Nic-Giolla, the valley town, welcomed the decision. Many said the nic-giolla ferry was late.
"""


def test_a_surname_with_a_hyphen_or_an_apostrophe_counts_as_one_word():
    people = {p.name for p in people_of(Article("s1", SURNAMES))}
    assert "Dara O'Rourke" in people  # referred to by the surname alone, apostrophe and all
    assert "Aoife Nic-Giolla" in people  # described by a role (the surname also appears as a common word)
    assert not any(name.startswith("Glen") for name in people)
