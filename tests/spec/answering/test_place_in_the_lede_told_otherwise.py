"""A where-question about an event the lede tells in its own words, which later sentences only call
"the picket" (bot/answering/lede_place.py): the lede, naming the question's doers and a place, answers,
not a back reference that shares the question's noun."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

STORY = """THE VALE COURIER
The valley's own paper

Apple growers picket packhouse over late crop money

PELLOWBY, Mon. Mar. 1, 2027--

About 120 apple growers parked their tractors across the gates of the Fenn Valley Fruit packhouse at Corvey Cross on Monday morning, demanding the final payment for last autumn's crop.

Growers' union secretary Cosmo Pettifer said members had borrowed to pay their pickers.

He said the growers would keep the picket up "until the money is in the bank," but would let through lorries carrying fruit already picked, so that it does not rot in the yard.

Not all growers agree with the picket. Mirabel Quaile, a grower from Bramber, said it would hurt the smallest orchards most.

A lorry driver waiting at the picket said he had been parked on the verge since 6 a.m.
"""

story = app_fixture("apple_growers_picket.txt", STORY)


def test_the_lede_says_where_the_picket_was_set_up(story):
    answers(story, "Where did the growers set up their picket?", "Corvey Cross", lacking="rot in the yard")
