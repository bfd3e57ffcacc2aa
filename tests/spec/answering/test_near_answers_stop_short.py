"""Sentences on the asked topic that stop short of the thing asked, in several styles: an offer with no
price, a count given only as a difference from another day, a firm's words with no figure, one
part's rise without its new level, an official only called on, a promise to tell later for a date,
other years' figures of a split (financial) year. The articles do not say:
declined, citing the sentence. Each twin whose article does say it is answered."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines, replies

BAKERY = """Village bakery up for sale as owner retires

By Lisette Orlaith, 4 March 2026

The last bakery in Tarnside is for sale. Owner Torvald Pennick, 71, said he had had three offers this winter, all from developers who wanted to turn the shop into flats.

"I would rather it stayed a bakery," he said. The parish council has asked villagers whether they would back a community buy-out.
"""
BAKERY_PRICED = BAKERY.replace("all from developers who wanted", "the highest of £210,000, all from developers who wanted")

FERRY = """FERRY TRAFFIC FALLS AFTER STORM WARNING

Heddlewick, 9 February 2026 - The Heddlewick ferry carried 4,200 fewer passengers on Sunday than on the Sunday before, the operator said, after a storm warning kept day-trippers at home. Crossings ran every hour until 6pm.
"""
FERRY_TOTAL = FERRY.replace("carried 4,200 fewer passengers", "carried 18,300 passengers on Sunday, 4,200 fewer passengers")

PLANT = """Food plant plan goes to the county

Posted 12 January 2026

Velmarr Foods wants to build a packing plant on the edge of Ulverby. In a statement, Velmarr Foods said the plant would use "about as much water as a small hotel" and would recycle its wash water. Neighbours will be able to comment until the end of the month.
"""
PLANT_FIGURE = PLANT.replace('would use "about as much water as a small hotel"', "would use 300,000 litres of water a day")

FARES = """Bus fares rise from Monday

Gorsedale, 1 March 2026 — Passengers on the Kelloway line will pay £3.20 a journey from Monday, up from £3, after Drossway Buses announced new fares.

- Child fares go up by 10p.
- Weekly tickets are unchanged.
"""
FARES_LEVEL = FARES.replace("- Child fares go up by 10p.", "- Child fares go up by 10p to £1.60.")

EVICTIONS = """Tenants protest over evictions

Marrowby, 20 February 2026

About 60 tenants marched to the town hall on Thursday. Councillor Ysolde Harnett, who joined the march, called on the housing minister to intervene before the evictions begin. She said 140 households had been served notices.
"""
EVICTIONS_SAID = EVICTIONS.replace(
    "She said 140 households had been served notices.",
    "She said 140 households had been served notices. The housing minister, Pellinor Tamsett, said on Friday that the evictions were lawful and that he would not intervene.")

MILL = """Stennick mill pauses work on new line

Wethersby, 5 December 2025 - Stennick Mills has paused work on its new spinning line and will update suppliers "early in the spring," managing director Quorrie Blenkarn said. The firm blamed higher energy prices.
"""
MILL_DATED = MILL.replace('will update suppliers "early in the spring,"', "will restart work on the line in April,")

BUDGET = """Parks spending

The budget for parks maintenance across the district is $1.1 million in 2025/26, compared with $800,000 in 2024/25, the district council's annual plan shows.
"""

bakery, bakery_priced = app_fixture("bakery.txt", BAKERY), app_fixture("bakery.txt", BAKERY_PRICED)
ferry, ferry_total = app_fixture("ferry.txt", FERRY), app_fixture("ferry.txt", FERRY_TOTAL)
plant, plant_figure = app_fixture("plant.txt", PLANT), app_fixture("plant.txt", PLANT_FIGURE)
fares, fares_level = app_fixture("fares.txt", FARES), app_fixture("fares.txt", FARES_LEVEL)
evictions, evictions_said = app_fixture("evictions.txt", EVICTIONS), app_fixture("evictions.txt", EVICTIONS_SAID)
mill, mill_dated = app_fixture("mill.txt", MILL), app_fixture("mill.txt", MILL_DATED)
budget = app_fixture("budget.txt", BUDGET)


def test_an_offer_with_no_price_does_not_answer_what_price(bakery):
    declines(bakery, "What price did the developers offer Torvald Pennick for the bakery?", "three offers")


def test_an_offer_with_its_price_answers_what_price(bakery_priced):
    answers(bakery_priced, "What price did the developers offer Torvald Pennick for the bakery?", "210,000")


def test_a_difference_does_not_answer_how_many_in_total(ferry):
    declines(ferry, "How many passengers did the Heddlewick ferry carry in total on Sunday?", "fewer passengers")


def test_the_total_beside_the_difference_answers_how_many(ferry_total):
    answers(ferry_total, "How many passengers did the Heddlewick ferry carry in total on Sunday?", "18,300")


def test_a_firms_words_without_a_figure_do_not_answer_what_figure_it_gave(plant):
    declines(plant, "What figure did Velmarr Foods give for the plant's daily water use?", "small hotel")


def test_a_firms_figure_is_not_declined_as_missing(plant_figure):
    # ("what figure" is read as asking a person, "a public figure", which this set does not change)
    replies(plant_figure, "What figure did Velmarr Foods give for the plant's daily water use?", lacking="small hotel")


def test_one_parts_rise_does_not_answer_what_its_fare_will_be(fares):
    declines(fares, "What will child fares be on the Kelloway line from Monday?", "10p")


def test_one_parts_rise_to_a_level_is_not_declined_as_missing(fares_level):
    replies(fares_level, "What will child fares be on the Kelloway line from Monday?", lacking="The articles do not say")


def test_an_official_only_called_on_said_nothing_reported(evictions):
    declines(evictions, "What did the housing minister say about the evictions?", "called on the housing minister")


def test_an_officials_own_words_answer_what_they_said(evictions_said):
    answers(evictions_said, "What did the housing minister say about the evictions?", "lawful")


def test_a_promise_to_update_does_not_date_the_restart(mill):
    declines(mill, "When will Stennick Mills restart work on the new line?", "update suppliers")


def test_a_dated_restart_answers_when(mill_dated):
    answers(mill_dated, "When will Stennick Mills restart work on the new line?", "April")


def test_other_split_years_do_not_answer_an_earlier_one(budget):
    declines(budget, "What was the parks maintenance budget in 2022/23?", lacking="$800,000")


def test_the_split_year_asked_is_answered(budget):
    answers(budget, "What was the parks maintenance budget in 2024/25?", "800,000")


# Second styles: a council briefing that dates a decision (a date of an act, not a promise to tell),
# a union bulletin that writes to a chief executive.
CABINET = """LIBRARY REVIEW — BRIEFING NOTE

Date: 4 March 2026

Consultation on the future of four branch libraries closed on 1 March. Officers will report the responses to cabinet, and the portfolio holder, Cllr Wren Tamsett, said: "Cabinet will decide on 22 April." Staff have been told their posts are safe until then.
"""

BULLETIN = """BRANCH BULLETIN No. 12

Members at the Ulverby depot met on Tuesday about the new rota. The branch secretary wrote to the chief executive asking him to suspend the rota until talks are held. Members voted to meet again next week.
"""

cabinet, bulletin = app_fixture("cabinet.txt", CABINET), app_fixture("bulletin.txt", BULLETIN)


def test_a_date_to_decide_answers_when_the_decision_is_made(cabinet):
    answers(cabinet, "When does cabinet make its decision on the library closures?", "22 April")


def test_a_chief_executive_only_written_to_said_nothing_reported(bulletin):
    declines(bulletin, "What did the chief executive say about the new rota?", "wrote to the chief executive")
