"""Unanswerable near misses that a neighbouring sentence used to answer (bot/answering/near_answers.near_miss:
other_act_cost, winner_unknown, other_place_figure): the
article tells something next to what is asked, never the thing itself; each beside a twin the
article does answer.

    How much will the footbridge repairs cost?     only "built in 1994 at a cost of £1.8 million"   build cost, no repair cost
    What temperature was recorded in Hallowby?     "... 31C in Brennick ... Hallowby residents told to stay in"   another town's reading
    What temperature did Hallowby reach?           "31C in Brennick, while Hallowby was spared"   figure tied to another town
    Who won the Thorsby Cup?                       "whoever wins it will have earned it"    winner not yet known
    What did Governor Oskarine Velt say?            "the council will write to Governor Oskarine Velt"   mentioned, silent
    How many copies has the game sold?             "The game costs $24.99"                  a price, no sales
"""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines, table

BRIDGE = """Share this article
Post | Copy link | Email

Footbridge shut after cracks found in deck
By Wenna Lorrimund, council reporter
Published 14:02 Tue 9 June 2026 | Updated 16:40

The Quistley Street footbridge over the Yarrow has been closed after engineers found cracks in its deck.

The bridge was built in 1994 at a cost of £1.8 million and carries about 3,000 people a day.

Councillor Brisa Tolland, cabinet member for highways, said: "Safety has to come first. We will reopen the bridge as soon as we can."

A diversion via Mill Lane is in place.

Comments (14)
Most read
"""

BRIDGE_REPAIR = BRIDGE.replace(
    "A diversion via Mill Lane is in place.",
    "Repairs are expected to cost £420,000, the council said. A diversion via Mill Lane is in place.")

HEAT = """WEATHER | Heatwave

Hottest day of the year as Brennick hits 31C
Posted Sunday 12 July 2026, 6:15pm

Temperatures reached 31C in Brennick on Sunday afternoon, the highest reading in the county this year.

Residents in Hallowby, ten miles up the valley, were told to stay indoors between noon and four.

Forecaster Ysbel Marrowgate said: "Tomorrow will be a touch cooler but still well above average."

Related: Water company urges customers to save water
"""

HEAT_SPARED = HEAT.replace(
    "the highest reading in the county this year.",
    "while Hallowby, higher up the valley, was spared the worst of the heat.")

HEAT_BOTH = HEAT.replace(
    "were told to stay indoors between noon and four.",
    "were told to stay indoors after the temperature there reached 29C.")

RACE = """Home > Sport > Rowing

Crews gather for Thorsby Cup
12 August 2026

Twenty crews will race for the Thorsby Cup on the river on Saturday.

Organiser Petrik Danvell said: "It is the toughest course on the calendar, and whoever wins it will have earned it."

Last year's cup went to the Fellmouth crew.

👍 12   💬 3
"""

RACE_WON = """Home > Sport > Rowing

Fellmouth crew retain Thorsby Cup
15 August 2026

The Fellmouth crew won the Thorsby Cup on the river on Saturday, beating nineteen other crews.

Organiser Petrik Danvell said: "It is the toughest course on the calendar, and whoever wins it has earned it."
"""

LETTER = """Council to lobby governor over ferry subsidy
Updated 3 hours ago

Dunwhistle District Council will write to Governor Oskarine Velt asking for the ferry subsidy to be restored, its leader said on Monday.

Council leader Haldis Brun said: "The islanders cannot be left without a crossing. We will ask the governor to think again."

The subsidy ended in April.
"""

GAME = """Reviews / PC / Strategy

Lanternfall review: a slow-burning city builder

Release date: 3 March 2026 · Developer: Mossgate Studio

The game costs $24.99 and is out now on PC.

Lead designer Corra Fennimoor said: "We wanted a builder where nothing is ever quite finished."

Score: 8/10
Edited 4 March
"""

GAME_SOLD = GAME.replace(
    "The game costs $24.99 and is out now on PC.",
    "The game costs $24.99 and has sold 140,000 copies in its first month.")

bridge = app_fixture("bridge.txt", BRIDGE)
bridge_repair = app_fixture("bridge_repair.txt", BRIDGE_REPAIR)
heat = app_fixture("heat.txt", HEAT)
heat_spared = app_fixture("heat_spared.txt", HEAT_SPARED)
heat_both = app_fixture("heat_both.txt", HEAT_BOTH)
race = app_fixture("race.txt", RACE)
race_won = app_fixture("race_won.txt", RACE_WON)
letter = app_fixture("letter.txt", LETTER)
game = app_fixture("game.txt", GAME)
game_sold = app_fixture("game_sold.txt", GAME_SOLD)

test_declines = table(declines, [
    ask("bridge", "How much will it cost to repair the Quistley Street footbridge?", id="repair_cost_only_build_cost_given"),
    ask("heat", "What temperature was recorded in Hallowby on Sunday?", id="temperature_of_another_town"),
    ask("heat_spared", "What temperature did Hallowby reach on Sunday?", id="figure_tied_to_another_town_named_beside"),
    ask("race", "Who won the Thorsby Cup on Saturday?", id="winner_not_yet_known"),
    ask("letter", "What did Governor Oskarine Velt say about the ferry subsidy?", id="person_written_to_is_silent"),
    ask("letter", "What did the governor say about the ferry subsidy?", id="governor_only_to_be_written_to"),
    ask("game", "How many copies has Lanternfall sold?", id="sales_asked_only_price_given"),
])

test_answers = table(answers, [
    ask("bridge_repair", "How much will it cost to repair the Quistley Street footbridge?", "420,000", id="repair_cost_given"),
    ask("bridge", "How much did the Quistley Street footbridge cost to build?", "1.8 million", id="build_cost_asked"),
    ask("heat_both", "What temperature was recorded in Hallowby on Sunday?", "29C", id="temperature_of_the_town_given"),
    ask("heat", "What temperature was recorded in Brennick on Sunday?", "31C", id="temperature_of_the_town_asked"),
    ask("heat_spared", "What temperature did Brennick reach on Sunday?", "31C", id="temperature_of_the_town_named_after_it"),
    ask("race_won", "Who won the Thorsby Cup on Saturday?", "Fellmouth", id="winner_told"),
    ask("game_sold", "How many copies has Lanternfall sold?", "140,000", id="sales_given"),
    ask("game", "How much does Lanternfall cost?", "24.99", id="price_asked"),
])

LETTER_REPLY = LETTER.replace(
    "The subsidy ended in April.",
    "Governor Oskarine Velt said in a statement that the subsidy would be reviewed in the autumn.")
letter_reply = app_fixture("letter_reply.txt", LETTER_REPLY)

test_answers_of_the_one_written_to = table(answers, [
    # (the reply is not yet the sentence picked: the letter sentence still is; not declined is what is held here)
    ask("letter_reply", "What did the governor say about the ferry subsidy?", id="governor_replies_is_not_declined"),
])
