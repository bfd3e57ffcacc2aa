"""A body's "result" for a year is told as what it made: "how did the club's result compare with
the previous year's" is answered by "made a loss of £N, compared with a surplus of £M the year
before" (index/vocabulary.yaml `paraphrases`: a result read as a loss, surplus, profit or deficit in
sentences only, and "the year before" as "the previous year")."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, table

CLUB = """Kelmscar Bowls Club AGM

Posted on 3rd April 2025

Members gathered in the clubhouse for the annual general meeting on Tuesday.

Treasurer's report

Treasurer Anwen Bryher presented the accounts for the year to 31 January. The club made a loss of £2,300, compared with a surplus of £960 the year before, mainly because of the new green mower.

Membership stands at 118.
"""

CO_OP = """Drumlin dairy co-op returns to profit

The Drumlin dairy co-operative posted a profit of €1.4 million for 2024, against a deficit of €600,000 in the previous year, its chief executive Ciaran Hallam said on Thursday.
"""

club = app_fixture("bowls.txt", CLUB)
co_op = app_fixture("co_op.txt", CO_OP)

test_answers = table(answers, [
    ask("club", "How did Kelmscar's result for the year compare with the previous year's?", "2,300", "960",
        id="loss_and_surplus_answer_the_result"),
    ask("co_op", "how did the Drumlin co-op's result for 2024 compare with the year before", "1.4 million", "600,000",
        id="profit_and_deficit_answer_the_result"),
])

