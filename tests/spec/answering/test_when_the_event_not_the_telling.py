"""A translated wire's lede dates the telling ("..., the mayor informed this Tuesday"), not the
storm it reports: "On what date did the storm hit X?" is answered by the sentence that dates the
storm in other words ("the gale struck on Saturday the 19th"), with the day resolved. Invented
article."""

import pytest

from tests.spec.answering.asks import answers

ARTICLE = """Lisboa, 22 jul (Agencia).- At least 300 fishing families in the port of Vila Nova de Mar lost their boats to a windstorm and are asking the Government for emergency loans, the mayor of the town, Ada Lorne Pires, informed this Tuesday.

"The sea came over the harbour wall and threw the boats onto the quay," Lorne declared to Agencia by telephone from the town hall.

According to the mayor, the gale struck on Saturday the 19th in the evening and damaged some 120 boats in four harbours, where fishing is practically the only source of income.

The fishermen's association estimates losses at about two million euros since the start of 2025.
"""


@pytest.fixture(scope="module")
def app(app_over):
    with app_over("storm.txt", ARTICLE) as whosaid:
        yield whosaid


@pytest.mark.parametrize("question", ["On what date did the windstorm hit Vila Nova de Mar?",
                                      "When did the storm hit the port of Vila Nova de Mar?"])
def test_the_storm_s_own_day_answers_not_the_day_the_mayor_told_of_it(app, question):
    answers(app, question, "19 July 2025")


def test_a_date_the_telling_carries_is_the_telling_s():
    from bot.answering.event_dates import date_owner

    assert date_owner("Families lost their boats to a windstorm, the mayor informed this Tuesday.", "hit") == "telling"
    assert date_owner("The gale struck on Saturday the 19th in the evening.", "hit") == "event"
