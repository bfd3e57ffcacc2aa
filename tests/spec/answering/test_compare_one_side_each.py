"""A comparison asks for both sides, and each side may stand anywhere: "how long was this outage vs the
one last spring" takes this one's hours from the lead and the other's from further down (a ratio, "four
times as long", is no length); "which is the larger sum: A or B" is a comparison whose sides are split
at "or", and when one side's words are another story's, each story gives its own side."""

from bot.answering.question import analyse
from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

OUTAGE = """Ferrowick map service down for a day

Ferrowick, the mapping service that most delivery apps in the region draw their routes from, went dark for 11 hours on Thursday after a storage cluster filled up.

Drivers reported blank screens from early morning. The company restored service shortly before 6pm.

It is not the first time. Last spring a faulty update took Ferrowick offline for two hours.

Thursday's failure was therefore more than five times as long.
"""

FERRY = """Quayline ferry berth: the bill arrives

By Staff Reporter

The harbour board of Tollaby has set its berth repair budget at $3.1 million for 2026, up from $1.2 million this year, papers released on Friday show.

Board members said the budget would cover piling and a new ramp.
"""

ROADS = """Township tallies cost of gravel haul roads

NORWELL CREEK — Mellish Township has spent about $2.2 million resurfacing the haul roads to the new grain terminal, its reeve, Oskar Brannvik, said at a ratepayers' meeting.

He said the township would ask the province to share that cost.
"""

stories = articles_fixture({"outage.txt": OUTAGE, "ferry.txt": FERRY, "roads.txt": ROADS})


def test_how_long_this_one_versus_the_last_takes_both_durations(stories):
    answers(stories, "how long was thursday's ferrowick outage vs the one last spring", "11 hours", "two hours")


def test_which_is_the_larger_sum_is_a_comparison_split_at_or():
    q = analyse("Which is the larger sum: the harbour board's berth repair budget for 2026 or what the township spent on haul roads?")
    assert q.kind == "compare"
    assert len(q.halves) == 2 and "harbour" in q.halves[0] and "township" in q.halves[1], q.halves


def test_sides_in_two_stories_each_give_their_own_figure(stories):
    answers(stories, "Which is the larger sum: the Tollaby harbour board's berth repair budget for 2026 or what Mellish "
                     "Township spent on the haul roads to the grain terminal?", "$3.1 million", "$2.2 million")
