"""Questions the articles leave open although a sentence shares their topic: the thing asked
"which" of is named only as "a law firm"; a report is only expected ("the inspector expects a
report within a month"); the asked fact is withheld in a sentence below a better-scoring one.
The answer says the articles do not say, citing the sentence that shows why; where the thing
is named, the question is answered."""

from bot.answering.ahead import ahead_nouns
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines

UNNAMED = """Council hires lawyers over stadium contract

Published 4 April 2025

DUNMORE, April 4 - Dunmore council has hired a law firm to review its contract with the stadium builder, a council official said on Friday, after the project went 30 million pounds over budget.

The review is due to finish in the summer.
"""

NAMED = """Council hires lawyers over stadium contract

Published 4 April 2025

DUNMORE, April 4 - Dunmore council has hired a law firm, Brannock Kees, to review its contract with the stadium builder, a council official said on Friday, after the project went 30 million pounds over budget.
"""

EXPECTED = """Barge sinks in Oder canal

Published 11 March 2025

A cargo barge sank in the Oder canal near Kostrzyn on Monday night, closing the waterway to traffic.

The crew of three was rescued. The waterways inspector has sent two officers to the site and expects a final report within a month.
"""

WITHHELD = """Depot fire destroys buses

Published 17 February 2025

Three buses caught fire at the Elm Street depot in Harwick early on Sunday, the fire service said.

Crews were called at 02:10 and the fire was out by 03:00. The operator, Harwick Coaches, declined to say how old the buses were.
"""


unnamed = app_fixture("dunmore_unnamed.txt", UNNAMED)
named = app_fixture("dunmore_named.txt", NAMED)
expected = app_fixture("oder_barge.txt", EXPECTED)
withheld = app_fixture("harwick_depot.txt", WITHHELD)


def test_a_report_someone_expects_is_still_to_come():
    assert "report" in ahead_nouns("The inspector expects a final report within a month.")
    assert "report" not in ahead_nouns("The inspector published a final report on Monday.")


def test_which_firm_named_only_as_a_firm_is_not_answered(unnamed):
    declines(unnamed, "Which law firm is reviewing Dunmore council's stadium contract?", "hired a law firm")


def test_which_firm_named_beside_it_is_answered(named):
    answers(named, "Which law firm is reviewing Dunmore council's stadium contract?", "Brannock Kees")


def test_what_an_expected_report_found_is_not_answered(expected):
    declines(expected, "What did the waterways inspector's final report on the sinking conclude?",
             "expects a final report")


def test_a_fact_withheld_below_a_better_sentence_is_not_answered(withheld):
    declines(withheld, "How old are the buses that caught fire at the Elm Street depot?",
             "declined to say how old")
