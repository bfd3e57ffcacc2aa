"""Questions the articles leave open although a sentence shares their words, in several styles: a
thing named only as "one manufacturer"; a hearing, an audit, a board meeting that is only asked
for, promised or expected; a level of which only a change is given. The answer says the articles do
not say, citing the sentence that shows why. Where the thing is named, held or given, it is answered.
And false premises: a count denied by a noun for the act itself ("No injuries have been reported"),
a detail of quantity that is no detail ("so many"), a possessive measure ("a full month's warning")
corrected by what the article says of the warning."""

from bot.answering.ahead import ahead_nouns
from bot.answering.measures import _a_change
from bot.answering.premise_detail import _same_root
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines, replies

RECALL = """Hartwell recalls garden heaters over valve fault

RECALL NOTICE - 3 March 2025

Product: Hartwell Patio Heater models PH-20 and PH-30
Hazard: The gas valve can stick open, posing a fire hazard.

Hartwell Outdoor has received 12 reports of valves sticking open, including 2 reports of scorched decking. No injuries have been reported.

In a statement, Hartwell's managing director, Priya Okonjo, said the fault had been traced to a batch of valves from one manufacturer. "Nobody should have to worry about a heater on their patio," she said. Replacement valves will be sent free of charge.
"""

RECALL_NAMED = RECALL.replace("from one manufacturer.", "from one manufacturer, Brettby Fittings of Leeds.")

SITTING = """PARISH TRANSPORT FORUM - Tuesday 14 January 2025

Cllr DUNMORE: Buses on the 41 route were late on nine days in ten last month. Will the chair ask for the timetable data?

The CHAIR: I can tell the forum that the operator reviews the timetable every quarter, and I have asked it to publish the audit behind each change. Cllr Pell has said she will ask the county transport board to hold an inquiry into the delays next month.
"""

HELD = """Transport board finds bus delays were caused by roadworks

14 February 2025

The county transport board held an inquiry into the delays on the 41 bus route on Monday. The board concluded that roadworks on the ring road caused most of the late running, and it ordered the operator to publish its audit. The audit showed that nine buses in ten left the depot on time.
"""

FUEL = """Diesel climbs again in Carrowmore

CARROWMORE, 6 May 2025 (Wire) - Diesel prices in the county have risen 9 cents a litre since Monday, according to the regional consumer office, which said it would watch forecourts for profiteering. Hauliers said queues formed at two stations on Tuesday morning.

A soil survey of the north and south fields at the county farm is due to finish in June.

Next year's budget, which will cover the cost of the soil surveys of both fields, goes to councillors in July.
"""

FUEL_LEVEL = """Diesel climbs again in Carrowmore

CARROWMORE, 6 May 2025 (Wire) - Diesel prices in the county have risen 9 cents to 1.82 euros a litre since Monday, according to the regional consumer office. Hauliers said queues formed at two stations on Tuesday morning.
"""

ROUTE = """Minibus service to Lathe valley ends

By a staff reporter, 2 June 2025

The Lathe valley minibus made its last run on Saturday. Valley Coaches told riders on 21 May that the route would end, giving them ten days' warning. "We could not fill the seats," a manager said.

Nobody in the valley has been left without a lift to the surgery, the parish clerk said; volunteers drove four patients there last month.
"""


recall = app_fixture("hartwell_recall.txt", RECALL)
recall_named = app_fixture("hartwell_recall.txt", RECALL_NAMED)
sitting = app_fixture("parish_forum.txt", SITTING)
held = app_fixture("board_inquiry.txt", HELD)
fuel = app_fixture("carrowmore_diesel.txt", FUEL)
fuel_level = app_fixture("carrowmore_diesel.txt", FUEL_LEVEL)
route = app_fixture("lathe_minibus.txt", ROUTE)


def test_which_maker_named_only_as_one_maker_is_not_answered(recall):
    declines(recall, "Which manufacturer made the faulty heater valves?", "from one manufacturer")


def test_which_maker_named_beside_it_is_answered(recall_named):
    answers(recall_named, "Which manufacturer made the faulty heater valves?", "Brettby")


def test_an_inquiry_only_asked_for_has_found_nothing(sitting):
    declines(sitting, "What did the county transport board conclude after its inquiry into the delays?",
             "hold an inquiry")


def test_an_inquiry_held_is_answered(held):
    answers(held, "What did the county transport board conclude after its inquiry into the delays?", "inquiry")


def test_an_audit_only_asked_to_be_published_has_shown_nothing(sitting):
    declines(sitting, "What did the operator's audit show about the 41 route?", "publish the audit")


def test_an_audit_published_is_answered(held):
    answers(held, "What did the operator's audit show?", "on time")


def test_things_to_be_published_are_ahead():
    assert "audit" in ahead_nouns("I have asked the operator to publish the audit behind each change.")
    assert "finding" in ahead_nouns("The regulator will release its findings next week.")
    assert "audit" not in ahead_nouns("The operator published its audit on Monday.")


def test_a_survey_named_only_as_due_and_as_a_future_cost_has_found_nothing(fuel):
    declines(fuel, "What did the soil survey of the north field find?", "due to finish")


def test_a_survey_also_named_inside_a_clause_of_what_is_to_come_is_still_ahead(paragraph_candidates):
    from bot.answering.ahead import only_ahead
    from bot.answering.question import analyse

    candidates = paragraph_candidates([
        "A soil survey of the north and south fields at the county farm is due to finish in June.",
        "Next year's budget, which will cover the cost of the soil surveys of both fields, goes to councillors in July.",
    ])
    for c in candidates:
        c.score = 1.0 / c.rank
    found = only_ahead(analyse("What did the soil survey of the north field find?"), candidates)
    assert found is not None and "due to finish" in found.text
    done = paragraph_candidates(["A soil survey of the north field is due to finish in June.",
                                 "A first soil survey of the north field found traces of lead."])
    for c in done:
        c.score = 1.0 / c.rank
    assert only_ahead(analyse("What did the soil survey of the north field find?"), done) is None


def test_a_level_given_only_as_a_change_is_not_answered(fuel):
    declines(fuel, "What is the price of a litre of diesel in Carrowmore?", "risen 9 cents")


def test_a_level_given_beside_its_change_is_answered(fuel_level):
    answers(fuel_level, "What is the price of a litre of diesel in Carrowmore?", "1.82")


def test_a_change_asked_is_answered_by_a_change(fuel):
    answers(fuel, "How much has the price of diesel risen in Carrowmore?", "9 cents")


def test_figures_of_a_change_and_of_a_level():
    assert _a_change("Rents fell 3% in March.", "3%")
    assert _a_change("Fares went up by 15% this year.", "15%")
    assert not _a_change("Fares rose 5% to 40 euros.", "40")
    assert not _a_change("A ticket costs 40 euros.", "40")


def test_a_count_denied_by_a_noun_for_the_act_corrects_the_premise(recall):
    replies(recall, "How many people were injured by the Hartwell heaters?", "No injuries have been reported",
            lacking="Nobody should")


def test_a_quantity_is_no_detail_the_article_lacks(route):
    answer = route.answer("Why were so many valley patients left without a lift to the surgery?")
    assert "many" not in answer.text.split(";")[0], answer.text


def test_a_possessive_measure_is_corrected_by_what_is_said_of_the_thing(route):
    replies(route, "Why did Valley Coaches give riders a full month's warning before ending the route?",
            "ten days' warning")


def test_a_form_of_an_article_word_is_no_missing_detail():
    assert _same_root("rental", {"rent", "home"})
    assert not _same_root("suspend", {"sentenc", "judg"})


TRIBUNAL = """Tribunal criticises quarry blasting

By our correspondent, 9 October 2025

A planning tribunal in Orvale has found that blasting at the Hendy Ridge quarry cracked the walls of six cottages. The chair, Judge Rowena Pike, said she would write to the quarry owners and to the national mining regulator to ask for a review of blasting limits.

Residents said they were relieved. The quarry operator said it was studying the ruling.
"""

REPLIED = TRIBUNAL.replace("Residents said they were relieved.",
                           "The national mining regulator replied on Wednesday that it would tighten blasting limits. Residents said they were relieved.")


tribunal = app_fixture("orvale_tribunal.txt", TRIBUNAL)
replied = app_fixture("orvale_tribunal.txt", REPLIED)


def test_a_body_only_to_be_written_to_has_done_nothing_reported(tribunal):
    answer = declines(tribunal, "How did the national mining regulator respond to the judge's letter?",
                      "would write to")
    declines(tribunal, "Did the national mining regulator lower the blasting limits?", "would write to")


def test_a_body_that_replied_is_answered(replied):
    answers(replied, "How did the national mining regulator respond to the judge's letter?")


def test_a_committee_only_to_be_asked_has_decided_nothing(sitting):
    declines(sitting, "What did the county transport board decide about the delays?")


STRIKE = """Ferry crews end walkout

PORT ELLAN, 3 March 2025 - Ferry crews ended their four-day walkout on Sunday after a deal giving them a 6% rise this year.

The union's negotiator, Ros Quayle, denied that the operators planned to lay off crews, saying the company would need more staff next summer.
"""


strike = app_fixture("ellan_ferry.txt", STRIKE)


def test_doers_named_as_doers_elsewhere_are_answered(strike):
    answer = strike.answer("What deal did the crews and the operators sign to end the walkout?")
    assert "would need more staff" not in answer.text.split("[1]")[0], answer.text
