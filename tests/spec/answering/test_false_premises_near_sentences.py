"""False premises the article corrects with a neighbouring sentence; each beside a twin whose
premise holds.

    Why did the ministry order a cull?       "would not carry out mass culling"          refused, not ordered
    Why was the repair free under warranty?  "not covered by its warranty ... at cost"   not covered
    How much is she suing for?               "had not decided whether to go to court"    not suing (yet): corrected
                                             (bot/answering/not_yet_done.law_only_weighed)
    Why was the start called off?            "The start will go ahead as planned."       not called off
"""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, replies, table

DOGS = """News | Local | Opinion

Stray dog complaints rise in Vessan district
Monday, 4 May 2026

Complaints about stray dogs in Vessan district have doubled this year, figures show.

Speaking on Friday, Agriculture Minister Tolbrin Aske said dog owners had to take responsibility. He said the Ministry would not carry out mass culling and would instead fund a neutering drive.

Residents say packs roam near the market at night.

Share | Print | 23 comments
"""

DOGS_CULL = DOGS.replace("would not carry out mass culling and would instead fund a neutering drive",
                         "had ordered a cull of the packs after two children were bitten")

PHONE = """Reader's letter: my phone repair bill

I took my Torvanex X2 to the shop when the screen went black. The shop said the fault was not covered by its warranty because of water damage, but offered to do the repair at cost.

Brannoc Electronics said in a statement that water damage is excluded from all its warranties.

Posted by Imelda Quorrie · 2 replies
"""

PHONE_FREE = PHONE.replace("was not covered by its warranty because of water damage, but offered to do the repair at cost",
                           "was covered by its warranty and did the repair free of charge")

TENANT = """Tenant considers legal action over damp flat
Updated 11:04

A tenant whose flat in Orrow Road has been damp for two years said on Wednesday she had not decided whether to go to court.

Pernilla Stade said: "I have had enough. My daughter's asthma is worse every winter."

Her landlord, Brackwing Lettings, did not respond to a request for comment.
"""

TENANT_SUING = TENANT.replace("she had not decided whether to go to court",
                              "she was suing her landlord for £12,000")

RUN = """Marathon organisers hold firm despite storm warning
Saturday 17 October 2026 | 3 min read

A warning has been issued of gusts of up to 60mph along the Dunmere coast on Sunday.

"We are watching the forecast hour by hour," race director Ailsa Brenholt said.

The start of Sunday's Dunmere Marathon will go ahead as planned at 9am.

Advertisement
"""

RUN_OFF = RUN.replace("will go ahead as planned at 9am", "has been called off because of the storm")

dogs = app_fixture("dogs.txt", DOGS)
dogs_cull = app_fixture("dogs_cull.txt", DOGS_CULL)
phone = app_fixture("phone.txt", PHONE)
phone_free = app_fixture("phone_free.txt", PHONE_FREE)
tenant = app_fixture("tenant.txt", TENANT)
tenant_suing = app_fixture("tenant_suing.txt", TENANT_SUING)
run = app_fixture("run.txt", RUN)
run_off = app_fixture("run_off.txt", RUN_OFF)

test_corrected = table(replies, [
    ask("dogs", "Why did the Agriculture Minister order a cull of stray dogs?", "would not carry out", id="cull_refused"),
    ask("phone", "Why was the Torvanex X2 repaired free under warranty?", "not covered", id="warranty_not_covered"),
    ask("tenant", "How much is the tenant suing her landlord for?", "not decided", id="not_yet_suing"),
    ask("run", "Why was the start of the Dunmere Marathon called off?", "go ahead as planned", id="start_not_called_off"),
])

test_held = table(replies, [
    ask("dogs_cull", "Why did the Agriculture Minister order a cull of stray dogs?", "children were bitten", id="cull_ordered"),
    ask("phone_free", "Why was the Torvanex X2 repaired free under warranty?", "covered by its warranty", id="warranty_covered"),
    ask("tenant_suing", "How much is the tenant suing her landlord for?", "12,000", id="suing"),
    ask("tenant", "Has the tenant decided whether to go to court?", "not decided", id="undecided_asked"),
    ask("run_off", "Why was the start of the Dunmere Marathon called off?", "storm", id="start_called_off"),
])

test_not_yet_suing_is_corrected = table(answers, [
    ask("tenant", "How much is the tenant suing her landlord for?", "not decided", starting="The articles do not say so",
        id="sum_of_a_suit_only_weighed"),
])
