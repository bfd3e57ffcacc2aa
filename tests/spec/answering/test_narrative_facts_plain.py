"""Facts told beside the statements, and parties asked by another word: "the opposition" for "For the
Opposition, its spokesman on business, NAME, said"; "who handles her dogs" for "her husband, NAME,
who handles for her team"; an unattributed narrative sentence after a quote ("The men went back for
N more."); a labelled box line ("Raised to date: AMOUNT (thank you!)"). Pasted pages, as messy as real."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers, ask, table

HOUSE = """Politics  |  Parliament  |  Opinion
Minister defends ferry fare rise
12 comments    Share on Socials
The Minister for Transport and Harbours, the Hon Teodric Vallance-Ume, told the House on Wednesday that fares would rise by 8 per cent from 1 July.

"The crossings have run at a loss for six years," he said.

For the Opposition, its spokesman on business, Carwen Idrisova-Platt, said the rise would hurt island shops. He called for a freeze until the new boat is in service.
Police said a man had been arrested after a disturbance at the ferry terminal.
"""

DOGS = """Kennel Club News — Spring edition
Sled dogs | Results | Members' corner

Ilsabet Crowhurst-Nyland won the junior sled title at Morlick Fell on Saturday.

"They ran their hearts out," she said.

Ms Crowhurst-Nyland's husband, Ambrin Tuvalle, who handles for her team, said the dogs would rest for a month.
Posted by admin | 4 likes
"""

MINE = """Rescue at Pellgarth quarry
Updated: 21 March 2025, 18:02

Six workers were brought out of the flooded quarry tunnel on Friday morning, the fire service said.

"It was pitch black and the water was up to our chests," one of them, Jory Plaskett, said.

The men went back for four more.

Raised to date: 2,340 pounds (thank you!)
Donate  |  Share  |  Report this page
"""

APPEAL = """St Wenna's Church Roof Appeal
Weekly Newsletter   |   Services   |   Contact

Dear friends, the scaffolding goes up on Monday and the slates come off the week after.

ROOF FUND
Target: £18,000
Total raised so far: £6,415 (with our thanks)
Gift Aid forms are at the back of church.
"""

three = articles_fixture({"ferry_fares.txt": HOUSE, "kennel_news.txt": DOGS, "pellgarth_rescue.txt": MINE,
                          "st_wenna_news.txt": APPEAL})

test_narrative_facts = table(answers, [
    ask("three", "What did the opposition call for?", "freeze", id="the_opposition_for_for_the_opposition"),
    ask("three", "Who handles Ms Crowhurst-Nyland's dogs?", "Tuvalle", id="handles_her_dogs_for_handles_for_her_team"),
    ask("three", "How many more did the men go back for after the six were brought out?", "four", id="men_went_back_for_n_more"),
    ask("three", "How much has been raised to date for the Pellgarth quarry workers?", "2,340", id="raised_to_date_box_line"),
    ask("three", "How much has the St Wenna's roof fund raised so far?", "6,415", lacking="18,000", id="raised_so_far_box_line_pound_sign"),
    ask("three", "How much has the Pellgarth appeal brought in so far?", "2,340", id="brought_in_so_far_for_raised_to_date"),
    ask("three", "How much has the St Wenna's roof fund collected up to now?", "6,415", lacking="18,000", id="collected_up_to_now_for_raised_so_far"),
])
