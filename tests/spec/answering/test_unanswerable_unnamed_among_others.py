""""Which N ...?" where the article names the N asked about only as "one big N" and goes on about
"other Ns": the others name none of them, so the articles still do not say which; in a call
transcript's turn, a first-person piece and a news report alike. Where the N is named, it is answered."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines


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


call = app_fixture("halvard_call.txt", CALL)
first_person = app_fixture("night_bus_as_told.txt", FIRST_PERSON)
named = app_fixture("halvard_named.txt", NAMED)


def test_which_group_named_only_as_one_group_in_a_call_turn_is_not_answered(call):
    declines(call, "Which Polish supermarket group delisted Halvard's lagers?", "one big supermarket group")


def test_which_operator_named_only_as_one_operator_in_a_first_person_piece_is_not_answered(first_person):
    declines(first_person, "Which private operator took over the busiest night bus route?", "one private operator")


def test_which_group_named_is_answered_whatever_the_others(named):
    answers(named, "Which Polish supermarket group delisted Halvard's lagers?", "Marzec")


TRIAL = """Gel slows hair loss in trial

Published 2 June 2025

A scalp gel slowed hair loss by a third over two years, researchers in Tallinn reported.

"It is the first time we have seen an effect this large hold up," the lead author, Dr Kaja Lepp, said.

Side effects were mostly mild. About 7% of patients on the gel reported itching, against 2% on placebo.
"""


trial = app_fixture("scalp_gel_trial.txt", TRIAL)


def test_which_side_effect_is_answered_where_effects_are_spoken_of_in_general(trial):
    answers(trial, "Which side effect was reported more often by patients on the gel?", "itching")
