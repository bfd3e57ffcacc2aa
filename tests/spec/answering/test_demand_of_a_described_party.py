""""What did the allotment campaigners ask the trustees for?": the party is asked about by
description, and found to be its chair; her quote's second sentence states the demand ("We asked
for a ten-year licence ..."), after a demand denied ("Nobody is asking them for a gift"), and
above a later plan to ask another body ("would now ask the county")."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

PAPER = """THE DALESIDE ADVERTISER
News | Hollinsford

Charity board refuses allotment plan

Campaigners vow to take fight to county hall

By Ben Aske
Thursday 4th June 2026 7:15 pm

Plans to turn Hollinsford's disused bowling green into allotments have been refused by the town's charity trustees, who said the scheme would leave the charity exposed for years.

The trustees voted four to two against the Friends of Ashwell Allotments' proposal at a meeting on Tuesday night.

Chairman of trustees Ivor Pellingham said the board had "no appetite" for the water bills.

Friends of Ashwell Allotments chair Sadie Pellingham, who is not related to the chairman, said she was 'disappointed but not surprised'.

'We came with a grant offer and a rota of 60 growers,' she said on Wednesday. 'The board never once came to see the site.

'Nobody is asking them for a gift. We asked for a ten-year licence and £3,000 towards fencing. That is less than they spend on the mower.'

Mrs Pellingham said the group would now ask the county council to take over the green.

Have your say: email letters@daleside.example
"""

OTHER = """Parish notes

The parish council asked residents for their views on the car park. The clerk said the trustees of
the village hall had asked for a new boiler.
"""

two = articles_fixture({"hollinsford_allotments.txt": PAPER, "parish_notes.txt": OTHER})


def test_the_described_partys_demand_is_her_quotes_second_sentence(two):
    answers(two, "what did the allotment campaigners ask the trustees for", "ten-year licence",
            starting="Sadie Pellingham", lacking=("county council", "gift"))


def test_a_denied_demand_states_none():
    from bot.answering.demands import _DENIED

    assert _DENIED.search("Nobody is asking them for a gift.")
    assert _DENIED.search("We are not calling for a ban.")
    assert not _DENIED.search("We asked for a ten-year licence.")
