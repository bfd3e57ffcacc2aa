"""A why-question that says a body agreed to something ("why did Brandwell agree to leave the delivery
charge where it is") where the article has the other side say the body's head did not concede it
("the one thing he wouldn't budge on"): corrected with that sentence. The question's later "where"
("where it is") asks no place: it is still a why-question. Where the body did agree, it is answered."""

from bot.answering.question import kind_of
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, table

FIRM = """Village shops write to Brandwell Wholesale over new delivery terms

Posted 3 March 2026, updated 9 March 2026

Forty village shops have written to Brandwell Wholesale asking it to drop a new £35 delivery charge on orders under £400, which starts in April.

On 8 March Brandwell's managing director, Piers Okonedo, replied that the firm would keep its weekly delivery round to every village on the list until the end of the year.

Corinne Yelland, who runs the shop in Attercliffe Green and organised the letter, said the reply was welcome but did not go far enough. "Delivery is what hurts us, and delivery is the one thing he wouldn't budge on," she said.
"""

AGREED = """Brandwell Wholesale drops delivery charge for village shops

Posted 9 March 2026

Brandwell Wholesale has agreed to keep its delivery charge at £10 for village shops after forty of them wrote to the firm, its managing director Piers Okonedo said on Monday. "Village shops keep our rounds busy," he said.
"""

firm = app_fixture("brandwell_firm.txt", FIRM)
agreed = app_fixture("brandwell_agreed.txt", AGREED)


def test_a_where_inside_a_why_question_asks_no_place():
    assert kind_of("why did brandwell agree to leave the delivery charge where it is for village shops") == "why"


test_corrected = table(answers, [
    ask("firm", "why did brandwell agree to leave the delivery charge where it is for village shops",
        "wouldn't budge on", starting="The articles do not say so", id="agreed_asked_the_head_held_firm"),
    ask("firm", "Why did Brandwell agree to drop the delivery charge for village shops?",
        "wouldn't budge on", starting="The articles do not say so", id="held_firm_in_another_s_words"),
])

test_answered = table(answers, [
    ask("agreed", "Why did Brandwell agree to keep the delivery charge for village shops?", "keep our rounds busy",
        lacking="do not say so", id="the_agreement_told_is_answered"),
])
