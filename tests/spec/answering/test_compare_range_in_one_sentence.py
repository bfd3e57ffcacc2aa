"""A comparison of a charge now and as proposed is answered by the one sentence that moves it "from
$X to $Y", though the lede's change ("up by more than 40 per cent") and another sum share the halves' words.
Every article here is invented."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

# a rural weekly: a council meeting's vote
WEEKLY = (
    "Pound fees set to jump at Dunsey Flat\n\n"
    "Pound fees at Dunsey Flat are going up by more than 40 per cent in September for owners reclaiming "
    "their dogs, if a plan the council backed this week survives public comment.\n\n"
    "At Tuesday's meeting councillors voted 5-4 for a draft plan that would raise the pound fees from $35 a "
    "day to $50 a day and pay for a $1.2 million rebuild of the kennels.\n\n"
    "The shire's director of services, Hadrian Prasko, said a $400,000 state grant had been sought to soften "
    "the increase.\n\n"
    "Residents can comment on the plan until August 2.\n"
)

# a city transit story, wire style
TRANSIT = (
    "Ferry fares to climb under operator's plan\n\n"
    "LOWHAVEN — Commuters on the Lowhaven harbour ferry could pay almost a third more per trip under a plan "
    "the operator put to the transit board on Monday.\n\n"
    "The proposal would raise the fares from $3.20 a trip to $4.10 a trip and add two early sailings.\n\n"
    "Board chair Brigitta Toft said the board had received $250,000 from the city for new gangways.\n"
)

# both stories in one index: the other story's range is no answer
both = articles_fixture({"pound.txt": WEEKLY, "ferry.txt": TRANSIT})


def test_fees_now_and_as_proposed_are_one_sentences_range(both):
    answers(both, "pound fees now vs what council proposes", "$35", "$50", lacking=("400,000", "$3.20"))


def test_fares_now_and_as_proposed_are_one_sentences_range(both):
    answers(both, "How do the ferry fares now compare with what the operator proposes?", "$3.20", "$4.10", lacking=("250,000", "$35"))
