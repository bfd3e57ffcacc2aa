""""Which N ...?" where the article names the N asked about only as "one big N" and goes on about
"other Ns": the others name none of them, so the articles still do not say which; in a call
transcript's turn, a first-person piece and a news report alike. Where the N is named, it is answered."""

import pytest

CALL = """Halvard Breweries: annual results call

Published 12 May 2025

OPERATOR: Our first speaker today is the chief executive, Ingrid Solvik.

INGRID SOLVIK: Thank you. Sales fell 3 per cent, mostly in Poland, where one big supermarket group delisted our lagers in February after we would not fund its price promotions. We are now selling the lagers through other supermarket groups, and two of them have already placed orders.

OPERATOR: The next question is from Tomas Reed.
"""

FIRST_PERSON = """I drove the night bus for thirty years

As told to Maeve Collins. Published 3 June 2025

I started on the night routes in 1995. The worst year was 2019, when one private operator took over our busiest route after the council put it out to tender. Other operators bid too, but they lost. I moved to the depot at Carrick Hill and stayed there until I retired.
"""

NAMED = """Brewer loses Polish shelf space

Published 12 May 2025

Halvard Breweries said sales fell 3 per cent, mostly in Poland, where the supermarket group Marzec delisted its lagers in February. The brewer is now selling the lagers through other supermarket groups.
"""


@pytest.fixture(scope="module")
def call(app_over):
    with app_over("halvard_call.txt", CALL) as whosaid:
        yield whosaid


@pytest.fixture(scope="module")
def first_person(app_over):
    with app_over("night_bus_as_told.txt", FIRST_PERSON) as whosaid:
        yield whosaid


@pytest.fixture(scope="module")
def named(app_over):
    with app_over("halvard_named.txt", NAMED) as whosaid:
        yield whosaid


def test_which_group_named_only_as_one_group_in_a_call_turn_is_not_answered(call):
    answer = call.answer("Which Polish supermarket group delisted Halvard's lagers?")
    assert answer.abstained and "one big supermarket group" in answer.text, answer.text


def test_which_operator_named_only_as_one_operator_in_a_first_person_piece_is_not_answered(first_person):
    answer = first_person.answer("Which private operator took over the busiest night bus route?")
    assert answer.abstained and "one private operator" in answer.text, answer.text


def test_which_group_named_is_answered_whatever_the_others(named):
    answer = named.answer("Which Polish supermarket group delisted Halvard's lagers?")
    assert not answer.abstained and "Marzec" in answer.text, answer.text


TRIAL = """Gel slows hair loss in trial

Published 2 June 2025

A scalp gel slowed hair loss by a third over two years, researchers in Tallinn reported.

"It is the first time we have seen an effect this large hold up," the lead author, Dr Kaja Lepp, said.

Side effects were mostly mild. About 7% of patients on the gel reported itching, against 2% on placebo.
"""


@pytest.fixture(scope="module")
def trial(app_over):
    with app_over("scalp_gel_trial.txt", TRIAL) as whosaid:
        yield whosaid


def test_which_side_effect_is_answered_where_effects_are_spoken_of_in_general(trial):
    answer = trial.answer("Which side effect was reported more often by patients on the gel?")
    assert not answer.abstained and "itching" in answer.text, answer.text
