"""A who-question's deed is its verb and object; "at the AGM", "on Sunday" say where or when it was
done, and the sentence reporting the deed need not repeat them: "who presented the accounts at the
AGM" is "Treasurer X presented the accounts for the year ..." under a subhead, not the secretary's
sentence that shares the meeting's words."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

CHOIR = """Choir AGM round-up

Thank you to everyone who stayed behind after rehearsal for the choir's Annual General Meeting.

Secretary's report

The secretary, Perpetua Oakenfold, noted a correction to last year's AGM minutes, which gave the choir's membership as 61.

Treasurer's report

Treasurer Barnaby Kittering presented the accounts for the year to 31 March. Subscriptions will stay at £40.
"""

GARDEN = """Memorial garden opens in Stourcombe

A memorial garden for the village's lost fishermen was opened on Sunday beside the harbour wall.

About 200 people came to the ceremony in Stourcombe, where parish council chairman Evander Pollexfen read the names of the 14 men lost since 1900.

The garden was planted by volunteers over the summer. Retired skipper Lorcan Delahunty unveiled the slate plaque, which his grandson carved.
"""

groups = articles_fixture({"choir.txt": CHOIR, "garden.txt": GARDEN})


def test_the_sentence_with_the_verb_and_object_names_who_presented_the_accounts(groups):
    answers(groups, "Who presented the choir's accounts at the AGM?", "Kittering", lacking="Oakenfold")


def test_the_sentence_with_the_verb_and_object_names_who_unveiled_the_plaque(groups):
    answers(groups, "Who unveiled the plaque at the ceremony in Stourcombe?", "Delahunty", lacking="Pollexfen")
