"""A surname the small parser tags as an adverb or an adjective when it opens a sentence before the
cue ("Reinhardt said the decision was not final."), so the cue has no subject.

Every article here is invented. When the word is the name of someone the article has named, it is
the speaker; a word the article names no one by stays no speaker.
"""

from tests.spec.invented import statements_of, the_one

STORY = """Pool to close in Eschenau

Published 5 March 2025

The town will close its indoor pool at the end of April, Mayor Konrad Reinhardt said on Wednesday.

The swimming club was angry about the decision.

Reinhardt said the decision was not final.

Meanwhile the club collected signatures.
"""


def test_a_known_surname_tagged_as_an_adverb_is_the_speaker():
    assert the_one(statements_of(STORY), "the decision was not final").speaker == "Konrad Reinhardt"
