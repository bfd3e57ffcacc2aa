""""What will the $4 million grant pay for?": the best sentence names the grant, the next sentence of
the same paragraph or transcript turn says what it covers. That sentence comes along when only it
holds the asked act (its verb or a word of the verb's group: "cover", "fund"); not when the best
sentence already says it."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, table


SITTING = """Legislative Council, questions without notice, 12 May

Ms ORTEGA (Minister for Ports) (10:02): The harbour has lost two shipping lines this year. We are also releasing a $4 million grant for the northern wharf. Tenders close at the end of June, and the money will cover new fenders, lighting and a second crane rail.

Mr BAILLIE (Lakeside) (10:04): The minister has had three years to fix the wharf. Why has it taken a collapse to act?
"""

SCHOOL = """School board approves spending on buses

The school board on Monday approved a £900,000 fund for the district's bus service after a winter of cancelled routes. It will pay for six electric minibuses and a depot charger, the board's finance chair said.

Parents had complained that children waited up to an hour in the cold.

The board also set aside £50,000 to pay for a review of the routes, which will report in the spring.
"""


sitting = app_fixture("wharf_questions.txt", SITTING)
school = app_fixture("school_buses.txt", SCHOOL)


test_answers = table(answers, [
    ask("sitting", "What will the $4 million grant for the northern wharf pay for?", "second crane rail",
        id="a_transcript_turns_next_sentence_says_what_the_money_covers"),
    ask("school", "What will the £900,000 fund for the district's bus service be used for?", "electric minibuses",
        id="a_news_paragraphs_next_sentence_says_what_the_money_buys"),
    ask("school", "What will the £50,000 pay for?", "review of the routes", lacking="Parents",
        id="a_best_sentence_that_holds_the_act_needs_no_next_one"),
])
