""""X's sister says ...; what does she do for a living?": the sentence picked is her quote, which
says "She said ..."; her trade is in the sentence before it that names her ("..., NAME, who is the
ferry's skipper and a diver by trade."), which the answer brings. Every article here is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

FERRY = """THE KESTREL BAY OBSERVER
"Every tide, every week"

Thursday, October 8, 2026

NEWS

Ferry slipway still shut three weeks after storm

- Harbour board says contractor will return
- Crew blames rotten piles

By Anselm Drury

Harbour Master Joanna Quillane told the Observer on Tuesday that the board had asked the contractor
twice to come back and finish the piling.

"We have the ferry tied up since the storm and nobody is coming," Quillane said. "The passengers walk
round by the road now."

The contractor, Pellworth Marine Ltd., said in a statement issued last Monday that the piles had been
damaged by the storm and were not covered by its guarantee.

That view was rejected by Quillane's sister, Marthe Quillane, who is the ferry's skipper and a
diver by trade. She said the piles had been "rotten before the first wave hit".

"I went down myself in August. You could push a finger into the wood," Marthe Quillane said.
"""

app = app_fixture("ferry.txt", FERRY)


def test_the_naming_sentence_gives_the_speakers_trade(app):
    answers(app, "the harbour master's sister says the piles were rotten before the storm; what does she do for a living",
            "diver")


def test_asked_as_her_job(app):
    answers(app, "what is the job of the harbour master's sister, who says the piles were rotten?", "skipper")


def test_occupation_questions_are_told_apart():
    from bot.answering.occupation import asks_occupation

    assert asks_occupation("what does he do for a living")
    assert asks_occupation("what is her job?")
    assert asks_occupation("What is the occupation of the man who found it?")
    assert not asks_occupation("what does he do about the piles")
    assert not asks_occupation("what did the job involve")
