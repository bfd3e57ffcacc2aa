""""What did the warden find inside the sacks?" is answered by what the warden said they contained:
a finding is told by the contents, without the question's verb (index/vocabulary.yaml `acts_told_by`)."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

ROUNDUP = """District Court round-up

A man who left nine sacks of rubbish in a lay-by outside Drumcarra was fined €250 at Ravelston District Court on Tuesday.

County council litter warden Kestrel Dunmore said the sacks contained letters addressed to the defendant, Colm Hobday (52), of Mill Lane, Drumcarra. Mr Hobday told the court he had paid a man to take the sacks to the dump.

Speaking after the case, Mr Dunmore said the council had dealt with 140 dumping incidents so far this year.
"""

roundup = app_fixture("roundup.txt", ROUNDUP)


def test_what_someone_found_is_what_they_said_a_thing_contained(roundup):
    answers(roundup, "What did Kestrel Dunmore find inside the sacks?", "letters addressed")
