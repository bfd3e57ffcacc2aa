"""Unanswerable near misses in pages pasted whole (masthead, motto, bulleted deck, code-host header,
lower-case questions), where a neighbouring sentence used to be given as the answer; each beside a
twin the article does answer (bot/answering/near_answers.near_miss and its parts).

    how many goats were taken to the pound in its first month   "owners will have five days ... a $40 fee"   a wait, no count
    how many times has skyfetch 3.1.2 been downloaded            "every sunrise time ... is one hour late"    a lateness, no count
    how warm did it get in ardmoray on sunday                     "The start in Ardmoray will go ahead"         no reading at all
    what is the name of the night warden                          "against the Lodestar almanac"            a thing's name
    how much will it cost to repair the pumps                     "the village's $42 million treatment plant"  the plant's worth
    how many of the copied mugs has the chain sold                "five designs ... being sold for £12"        a price, other counts
    what did the island's chief minister say                      "would write to the Chief Minister"          another minister spoke
"""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines, table

PLANT = """THE NORTHERN BEACON
"Truth in every line"
NEWS
Thursday, July 9, 2026

Borrowdeen without water three weeks after pump failure

• Villagers carry water from the creek
• Council blames contractor

By Beacon Staff Reporter

Residents of the hill village of Borrowdeen have been without piped water since June 18, when the pumps of the village's $42 million treatment plant failed, and the village's headman says nobody in the capital has told them when they will be fixed.

Headman Ossian Tarrabee told the Beacon on Monday that families were carrying water from the creek. "When the pump break down, nobody come," he said.

He said the council was spending about $60,000 a week on trucked water, money he said had been set aside for the village school.

Village committees will be asked to round up wandering goats and hand them to a new council pound at Haldane Flats, after a herd of goats broke into the plant's yard last week and chewed through a cable.

Under the plan, every household will be asked to tag its goats by 30 November. Goats that are not tagged and are found wandering will be taken to the pound, where owners will have five days to collect them and pay a $40 fee.

Efforts to reach the contractor up to press time yesterday proved futile.
"""

PLANT_TOLD = PLANT.replace(
    "Efforts to reach the contractor",
    "Repairs to the pumps are expected to cost $3.4 million, the council said. In its first month 212 goats were "
    "taken to the pound at Haldane Flats. Efforts to reach the contractor")

THREAD = """corvid-labs / skyfetch   Public

Code   Issues 12   Pull requests 3   Actions   Security

Sunrise times one hour late after the clocks change #57

Closed
pjarvik opened this issue on Apr 2, 2026 · 3 comments

pjarvik commented on Apr 2, 2026

Since Monday morning every sunrise time that skyfetch gives us for the hill observatory is one hour late. We open the dome by it.

Our night warden, who checks the dome clock against the Lodestar almanac every week, spotted it and rang me. He said the times were right up to Sunday and wrong from Monday.

Version: skyfetch 3.1.2
Expected: sunrise 06:41. Got: 07:41.

lquillon commented on Apr 3, 2026

Confirmed, the offset is read before the change. Fixed in #58.

lquillon closed this as completed in #58 on Apr 3, 2026
"""

THREAD_TOLD = THREAD.replace(
    "Our night warden, who", "Our night warden, Tobin Quendrick, who").replace(
    "Version: skyfetch 3.1.2", "Version: skyfetch 3.1.2\n\nskyfetch 3.1.2 has been downloaded 48,000 times since it came out.")

THAW = """Fellwater Courier
News | Sports
Thaw forces ski marathon to move its halfway station
Organisers say the lake crossing is no longer safe
Corrie Anstruther
Thursday, January 15, 2026 - 4:10 pm

The Fellwater 200 ski marathon will bypass its halfway station on the lake at Crossby this year after a week of above-freezing temperatures left stretches of open water on the course, organisers announced Wednesday.

"We had crews out on the lake Monday and Tuesday, and they found soft ice in three places," said Runa Castell, the marathon's director.

Castell said the decision was made after a call with the course marshal late Tuesday night. The start in Ardmoray will go ahead as planned on Sunday, Jan. 24.

Forecaster Ysmay Varnum said temperatures in Crossby had reached 4 C on Sunday, when the normal daytime high for mid-January is about -18 C.

The race committee said volunteers in Crossby would run a shuttle to the new station.

- With files from Pell Hartigan
"""

THAW_TOLD = THAW.replace("The start in Ardmoray will", "In Ardmoray it reached 2 C on Sunday. The start there will")

POTTER = """THE ORKNEY LANTERN   Friday 24 April 2026   No. 2,118   £1.20
NEWS
by Ailsa Brodgar  ailsa@lantern.example

A WESTRAY potter says a homeware chain has copied her glazes.

Tamsel Quarrell, who sells her mugs online and through one shop in Kirkwall, said she was sent a photograph of one of the mugs by a customer last week.

Ms Quarrell said she had found at least five designs in the chain's summer range that matched her published glazes, and that the mugs were being sold for £12 while a hand-thrown version of the same design sold for around £65.

A spokeswoman for Brindlecroft said on Wednesday that the company took such claims seriously.

Picture: Tamsel Quarrell at her wheel.
"""

POTTER_TOLD = POTTER.replace(
    "that the company took such claims seriously.",
    "that the company took such claims seriously and had sold 3,000 of the mugs since March.")

HARBOUR = """THE HARBOUR TRUMPETER
Port Aldren's daily newspaper

Local News | Tuesday 10th March 2026 | 07:15

Quayside cafés face midnight cut-off for outside tables

Residents welcome the change; owners warn of lost jobs

By Ines Caruana

Cafés on the Quayside will have to bring their outside tables in and turn off their music at midnight from the start of the summer, under changes to licensing rules announced by the Government yesterday.

The Minister for Ports and Tourism, the Hon Aldo Ferriby, said the change would give "a bit of quiet" to the families in the flats above the quay.

"Nobody is closing anyone down," Mr Ferriby said. "What stops at midnight is the music and the tables on the Quayside."

A Government press release said the Port Aldren Police had logged 180 noise complaints about the Quayside in 2025.

Zerafine Ferriby, who chairs the Port Aldren Cafés Association and is no relation of the minister, said her members had not been consulted.

"We heard it on the radio like everybody else," she told the Trumpeter on Monday evening. "The outside tables are half of our takings."

She said the association would write to the Chief Minister this week to ask for a meeting, and that it would ask for a 1am limit at weekends as a compromise.

Photo caption: Tables on the Quayside on Monday night.
"""

HARBOUR_TOLD = HARBOUR.replace(
    "Photo caption:",
    "The Chief Minister, Sir Edwin Coldrey, said on Monday that he would meet the café owners next week.\n\nPhoto caption:")

plant = app_fixture("plant.txt", PLANT)
plant_told = app_fixture("plant_told.txt", PLANT_TOLD)
thread = app_fixture("thread.txt", THREAD)
thread_told = app_fixture("thread_told.txt", THREAD_TOLD)
thaw = app_fixture("thaw.txt", THAW)
thaw_told = app_fixture("thaw_told.txt", THAW_TOLD)
potter = app_fixture("potter.txt", POTTER)
potter_told = app_fixture("potter_told.txt", POTTER_TOLD)
harbour = app_fixture("harbour.txt", HARBOUR)
harbour_told = app_fixture("harbour_told.txt", HARBOUR_TOLD)

test_declines = table(declines, [
    ask("plant", "how many goats were taken to the haldane flats pound in its first month", id="a_wait_and_a_fee_count_nothing"),
    ask("thread", "how many times has skyfetch 3.1.2 been downloaded", id="an_hour_late_counts_no_downloads"),
    ask("thaw", "how warm did it get in ardmoray on sunday", id="lower_case_place_with_no_reading_at_all"),
    ask("thread", "what is the name of the night warden who spotted the wrong sunrise times",
        id="a_lone_capitalised_word_is_no_persons_name"),
    ask("plant", "how much will it cost to repair the borrowdeen pumps", id="the_plants_worth_is_no_repair_cost"),
    ask("potter", "how many of the copied mugs has brindlecroft sold", id="a_price_and_other_counts_are_no_sales"),
    ask("harbour", "what did port aldren's chief minister say about the quayside curfew",
        id="chief_minister_only_written_to_another_minister_spoke"),
])

test_answers = table(answers, [
    ask("plant_told", "how many goats were taken to the haldane flats pound in its first month", "212",
        id="first_month_count_given"),
    ask("thread_told", "how many times has skyfetch 3.1.2 been downloaded", "48,000", id="downloads_given"),
    ask("thaw_told", "how warm did it get in ardmoray on sunday", "2 C", id="reading_of_the_place_given"),
    ask("thaw", "how warm did it get in crossby on sunday", "4 C", id="lower_case_place_with_its_reading"),
    ask("thread_told", "what is the name of the night warden who spotted the wrong sunrise times", "Tobin Quendrick",
        id="warden_named"),
    ask("plant_told", "how much will it cost to repair the borrowdeen pumps", "3.4 million", id="repair_cost_given"),
    ask("potter_told", "how many of the copied mugs has brindlecroft sold", "3,000", id="sales_given"),
    ask("potter", "how much are the copied mugs being sold for", "£12", id="price_asked"),
    ask("harbour_told", "what did the chief minister say about the quayside cafés", "meet",
        id="chief_minister_speaks"),
    ask("harbour", "what did the minister for ports and tourism say about the quayside curfew", "quiet",
        id="the_other_minister_speaks"),
])

BLACKOUT = """LIVE: Power cut across Port Aldren
Updated 10:42

10:40
Senator Ilka Quillon, who chairs the island's energy committee, wrote on X: "Third big blackout in two years. The grid chief must come before my committee."

10:15
Power is back in the old town, the grid company says.
"""

blackout = app_fixture("blackout.txt", BLACKOUT)

test_counted_by_an_ordinal = table(answers, [
    # (no count but "two years" beside it: the ordinal is the count, not a length of time)
    ask("blackout", "how many major blackouts does senator quillon count in two years", "Third", id="third_blackout"),
])
