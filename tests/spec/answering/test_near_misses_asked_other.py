"""Questions whose articles hold a sentence on the topic that stops short of the thing asked, declined
citing it (bot/answering/near_others.py); each beside a twin the articles do answer.

    How much did the scheme cost in all?        "Each visit cost the board £420" (and 14 visits)   a share only
    How did the regional parliament vote?       "The town board voted 5-2 to back the plan"       another body
    What is Tobiah's surname?                   "a deckhand called Tobiah"                        first name only
    What advice did the ministry give?          "he had asked the ministry for advice"            only sought
    What is the driver's name?                  "The driver was amazing." (an interview turn)     no name
    How many rescues were made last year?       "made 212 rescues this summer"                    this year's only
"""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines, table

DENTAL = """Title: Mobile dental vans finish their first term
Date: 2026-03-10

The mobile dental scheme run by the Kessling Health Board visited 14 primary schools in Marlow Vale last term.

Each visit cost the board £420, and the vans checked the teeth of 1,260 children in all, the board's director Imelda Orrin said.

Ms Orrin said the board hoped to add a second van in the autumn.
"""

DENTAL_TOTAL = """Title: Mobile dental vans finish their first term
Date: 2026-03-10

The mobile dental scheme run by the Kessling Health Board visited 14 primary schools in Marlow Vale last term.

The scheme's total cost to the board was £5,880, and the vans checked the teeth of 1,260 children, the board's director Imelda Orrin said.
"""

WIND = """Title: Town board backs Pelago Ridge turbines
Date: 2026-04-22

The Dunmere town board voted 5-2 on Tuesday to back the plan for six turbines on Pelago Ridge.

The scheme still needs the approval of the regional parliament, which is due to debate it in June, the board's chair Brielle Stavely said.

Opponents say the turbines would spoil the view from the ridge path.
"""

WIND_MEMBERS = """Title: Council backs Pelago Ridge turbines
Date: 2026-04-22

The Dunmere town council voted 5-2 on Tuesday to back the plan for six turbines on Pelago Ridge.
"""

DECKHAND = """Title: Ferry deckhand pulls swimmer from harbour
Date: 2026-07-02

A deckhand called Tobiah dived from the Kerrow ferry on Sunday after a swimmer got into trouble near the breakwater.

"I just saw an arm go under and jumped," Tobiah said. The swimmer was treated by paramedics at the quay.
"""

DECKHAND_NAMED = """Title: Ferry deckhand pulls swimmer from harbour
Date: 2026-07-02

A deckhand, Tobiah Quennell, dived from the Kerrow ferry on Sunday after a swimmer got into trouble near the breakwater.

"I just saw an arm go under and jumped," Mr Quennell said.
"""

BLIGHT = """Title: Potato growers fear spread of blight
Date: 2026-08-14

Potato growers around Belavine say blight has spread to a third of their fields this summer.

Grower Garister Halvern said he had asked the agriculture ministry for advice on the blight in July but had not heard back.

"We cannot wait much longer," Mr Halvern said.
"""

BLIGHT_ADVISED = """Title: Potato growers fear spread of blight
Date: 2026-08-14

Potato growers around Belavine say blight has spread to a third of their fields this summer.

The agriculture ministry advised growers to burn infected stalks and to spray every ten days, grower Garister Halvern said.
"""

BEACH = """Title: Lifeguards busier on Pellan beaches
Date: 2026-09-01

Lifeguards on Pellan's beaches made 212 rescues this summer, the district council said.

The council said it would hire four more lifeguards for next season.
"""

BEACH_BOTH = """Title: Lifeguards busier on Pellan beaches
Date: 2026-09-01

Lifeguards on Pellan's beaches made 212 rescues this summer, up from 168 rescues last year, the district council said.
"""

BUS = """Title: Bus driver praised after brakes fail on hill road
Date: 2026-05-11

A bus carrying 30 pupils rolled backwards on the Quenavine Fell road on Friday after its brakes failed, but the driver steered it into a verge and no one was hurt.

Interviewer: What happened on the hill?

Corin Wetherby: The bus just started going back. The driver was amazing. Really calm.

Interviewer: Did you know him?

Corin Wetherby: Not really. He drives the school run most days.
"""

BUS_NAMED = """Title: Bus driver praised after brakes fail on hill road
Date: 2026-05-11

A bus carrying 30 pupils rolled backwards on the Quenavine Fell road on Friday after its brakes failed.

Kovalenko, the driver, steered it into a verge and no one was hurt, the bus company said.
"""

bus = app_fixture("bus.txt", BUS)
bus_named = app_fixture("bus_named.txt", BUS_NAMED)
dental = app_fixture("dental.txt", DENTAL)
dental_total = app_fixture("dental_total.txt", DENTAL_TOTAL)
wind = app_fixture("wind.txt", WIND)
wind_members = app_fixture("wind_members.txt", WIND_MEMBERS)
deckhand = app_fixture("deckhand.txt", DECKHAND)
deckhand_named = app_fixture("deckhand_named.txt", DECKHAND_NAMED)
blight = app_fixture("blight.txt", BLIGHT)
blight_advised = app_fixture("blight_advised.txt", BLIGHT_ADVISED)
beach = app_fixture("beach.txt", BEACH)
beach_both = app_fixture("beach_both.txt", BEACH_BOTH)

test_declines = table(declines, [
    ask("dental", "How much did the mobile dental scheme cost in all?", id="total_asked_only_a_share_per_visit"),
    ask("dental", "What was the total cost of the dental scheme?", "£420", id="total_cost_asked_only_a_share_cited"),
    ask("dental", "How much did the board spend on the dental vans altogether?", "£420", id="spend_altogether_only_a_share"),
    ask("deckhand", "What is the deckhand's last name?", "called Tobiah", id="last_name_of_a_role_named_by_first_name"),
    ask("deckhand", "What is Tobiah's full name?", id="full_name_of_a_first_name_only"),
    ask("wind", "How did the regional parliament vote on the Pelago Ridge turbines?", id="vote_of_another_body"),
    ask("deckhand", "What is Tobiah's surname?", id="surname_of_a_first_name_only"),
    ask("blight", "What advice did the agriculture ministry give Mr Halvern?", id="advice_only_asked_for"),
    ask("bus", "What is the driver's name?", id="name_asked_never_given"),
    ask("beach", "How many rescues did lifeguards make on Pellan's beaches last year?", id="last_years_count_not_given"),
])

test_answers = table(answers, [
    ask("dental_total", "What was the total cost of the dental scheme?", "5,880", id="total_given_is_answered"),
    ask("dental", "How much did each visit of the dental scheme cost?", "420", id="share_asked_is_answered"),
    ask("wind", "How did the town board vote on the Pelago Ridge turbines?", "5-2", id="vote_of_the_body_asked"),
    ask("wind_members", "How did the councillors vote on the Pelago Ridge turbines?", "5-2", id="members_vote_told_as_their_bodys"),
    ask("deckhand_named", "What is Tobiah's surname?", "Quennell", id="surname_given_is_answered"),
    ask("blight_advised", "What advice did the agriculture ministry give growers?", "burn", id="advice_given_is_answered"),
    ask("bus_named", "What is the driver's name?", "Kovalenko", id="name_given_first_in_its_sentence"),
    ask("beach_both", "How many rescues did lifeguards make on Pellan's beaches last year?", "168", id="last_years_count_given"),
    ask("beach", "How many rescues did lifeguards make on Pellan's beaches this summer?", "212", id="this_years_count"),
])
