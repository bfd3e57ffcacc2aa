""""How has the number of X changed since 2018?" where the article tells the change as a rise ("with the
number of registered X rising from six in 2018 to 22 this year"): the rise says the change happened
(index/vocabulary.yaml `acts_told_by`), so the sentence is not weighed down as one that never says
"changed", and a sentence on another matter that shares the question's words does not win."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

STORY = """Kayak hirers and crab fishers row over estuary moorings

By TANSY OKONKWO-BRAE, Merrow Sound

CRAB fishers at Merrow Sound have asked the harbour trust to move 30 kayak moorings from a channel they say their boats need at low tide.

Crabbers' association secretary Mr Barnaby Vossler said the moorings had been laid without any notice.

"We are not against visitors. But the channel is our only way out," Mr Vossler said.

The harbour trust's licensing officer, Ms Odile Farquhar, said the hire firm held a valid licence for the moorings.

The estuary has seen a boom in water sports, with the number of registered kayak operators on the north shore rising from six in 2018 to 22 this year.

The annual crab closure in the estuary runs from May 1 to June 30.
"""

story = app_fixture("estuary_moorings_row.txt", STORY)


def test_a_change_told_as_a_rise_answers(story):
    answers(story, "How has the number of registered kayak operators on the north shore changed since 2018?",
            "from six in 2018 to 22", lacking="crab closure")


def test_the_counted_firms_asked_by_another_noun(story):
    answers(story, "How has the count of registered kayak hire firms changed since 2018?", "from six in 2018 to 22")
