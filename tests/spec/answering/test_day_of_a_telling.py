"""A when-question about a telling ("when did the minister speak to the assembly?", "when did the
firm put out its statement?") is answered by the sentence telling it on a bare weekday, which the
report's date resolves ("told the Assembly on Thursday"); a year alone tells no statement's day."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

# An island evening paper's web page: kicker, standfirst, a byline with no date, the date in the
# footer, the lede about the thing and the minister's telling further down.
FERRY = """NEWS | TRANSPORT

Ferry link stays suspended into the new year

Report finds second crack in the ramp

Staff Reporter

The ferry link between Port Aubin and the outer islands will stay suspended until at least the spring, after divers found a crack running the length of the loading ramp.

Minister Corin Dellamotte, who holds the transport portfolio, told the Assembly on Thursday that no sailing would resume "until a marine engineer signs it off".

A survey for the ministry, dated 2 October, found a second crack about 30 metres along the quay.

The ramp was built in 1987 and last refitted in 2011. About 90,000 passengers used the link last year, against 61,000 in 2019.

Speaking in the Assembly last Thursday, Minister Dellamotte had said the ministry was "minded to reopen before the summer", but she gave no details at the time.

Islanders' group chairman Ivo Ferrandez said the community was "not looking for someone to blame".

Published: Saturday 10 October 2026
"""

OTHER = """Harbour dues to rise

The harbour board said on Monday that dues would rise by four per cent in 2027. The board's
chairman told members the ramp repairs had cost more than in 2019.
"""

two = articles_fixture({"ferry_ramp.txt": FERRY, "harbour_dues.txt": OTHER})


def test_the_day_a_minister_spoke_is_the_weekday_of_the_telling(two):
    answers(two, "on what day did minister dellamotte speak to the assembly about the ferry link", "8 October",
            starting="Corin Dellamotte")


def test_a_telling_whose_details_were_withheld_still_gives_its_day(two):
    answers(two, "when did the minister tell the assembly the ministry wanted to reopen before summer", "minded to reopen")


def test_asks_telling_reads_speaking_and_statements():
    from bot.answering.telling_day import asks_telling

    assert asks_telling("when did the firm put out its statement on the closure")
    assert asks_telling("on what day did the mayor speak to the council")
    assert not asks_telling("when did the ramp crack")


def test_a_sentence_dating_itself_withholds_no_day():
    from bot.answering.question import analyse
    from bot.answering.telling_day import dated_itself

    q = analyse("when did the minister tell the assembly the ferry would run again", None)
    assert dated_itself(q, "Speaking in the Assembly last Thursday, she said it would, but she gave no details.")
    assert not dated_itself(q, "Speaking in the Assembly last Thursday, she gave no date for the first sailing.")
