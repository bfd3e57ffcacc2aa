"""People asked as a campaign ("the baths campaigners", "the group behind the baths campaign") are
the campaign group's chair: the story names the group once ("Friends of Tolby Baths") and her job
beside it; neither "campaigners" nor "group behind" is in her description (campaign_group.py)."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers


STORY = """Council turns down baths rescue

Campaigners say they will appeal

By Orla Venn
Thursday 4th June 2026

Plans to reopen Tolby's derelict swimming baths on Quarry Lane have been rejected by the borough council, which said the scheme would leave taxpayers exposed for years.

Councillors voted six to two against the Friends of Tolby Baths business plan on Tuesday evening.

Council leader Casimir Brindle said the authority had "no money to spare" for running costs.

'Our reserves are small. If the boiler fails, the bill comes to this council,' he told the meeting.

The baths opened in 1911 and closed in 2003. The group says 1,800 people signed its petition.

Friends of Tolby Baths chair Ines Moray said she was 'disappointed but not surprised'.

"We asked for a 20-year lease and £35,000 a year for three years," she said.

Mrs Moray said the group would now take its case to the regional development agency.
"""

story = app_fixture("tolby_baths.txt", STORY)


def test_the_campaigners_are_their_groups_chair(story):
    answers(story, "What did the baths campaigners ask the council for?", "20-year lease")


def test_who_heads_the_group_behind_a_campaign(story):
    answers(story, "Who heads the group behind the Tolby baths campaign?", "Ines Moray", lacking="Brindle")

