"""A question in a news register's short words: "the CFO", "capex", "which ground". The article
writes the long or the everyday form ("finance chief", "capital spending", "the stadium"), and
answers it (index/vocabulary.yaml role_groups and paraphrases)."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, table

WIRE = """Ostrava-Pike Mills lifts half-year profit, keeps spending plans

WELLINGTON, March 3 (Southern Business Wire) -- Ostrava-Pike Mills Ltd reported a 12% rise in first-half profit on Tuesday, helped by stronger flour prices.

Chief executive Dana Whitcombe said the mill would keep its dividend unchanged.

Finance chief Oren Virelli said capital spending would reach about NZ$42 million this year, most of it on a new packing line. Debt fell to NZ$88 million, he said.
"""

SPORT = """Rangers edge Falcons to reach final

BALLARAT, Oct 4: Opener Tomas Ridgeway made 64 as Eastgate Rangers beat Northlake Falcons by four wickets in the first semi-final at the Quellmoor stadium on Saturday.

The crowd of about 9,000 was the largest of the season.

Rangers coach Ivy Selwick said the batting had been patient. "We trusted the top order," she said.
"""

REPORT = """Quarterly results: Tollgate Freight

Tollgate Freight, the trucking group, said its chief financial officer, Bram Ostrowski, would leave in June.

The group's capital expenditure will fall to $15 million next year, Ostrowski told analysts on a call, as it delays two depots.
"""

wire = app_fixture("harrowfield_results.txt", WIRE)
sport = app_fixture("rangers_semi.txt", SPORT)
report = app_fixture("tollgate_results.txt", REPORT)

test_short_words = table(answers, [
    ask("wire", "What did Ostrava-Pike's CFO say about capex?", "42 million", id="cfo_is_the_finance_chief"),
    ask("report", "What did the CFO say about capex?", "15 million", id="capex_is_capital_expenditure"),
    ask("sport", "Which ground hosted the first semi-final?", "Quellmoor", id="the_ground_is_the_stadium"),
    ask("sport", "Which venue hosted the first semi-final?", "Quellmoor", id="the_venue_is_the_stadium"),
])
