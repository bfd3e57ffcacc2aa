"""Speaking notes: a ministry's "SPEAKING NOTES / for the Honourable NAME / ... / CHECK AGAINST
DELIVERY" page. The speech's own first-person sentences are the named speaker's, dated at
delivery; words she relays are the relayed person's, dated when the speech says they were said.
An invented page."""

from datetime import date

_NOTES = """Government of Norrland

SPEAKING NOTES

for the Honourable Ysolde Varnholt
Minister of Education
Opening of the Fjellvik School Library
Fjellvik, Norrland
Tuesday, March 4, 2025

CHECK AGAINST DELIVERY

[Acknowledge dignitaries and guests]

Good morning, everyone. It is a pleasure to be here in Fjellvik.

Today I am announcing that our government will invest $12 million over three years to build new libraries in rural schools.

Let me be clear about one thing. This money is new money, and no school will lose funding to pay for it.

When I visited Fjellvik School in November, your principal, Brit Tandervik, showed me the old reading room. She told me, "Our pupils read on the floor because we have no chairs."

I also want to thank the Fjellvik Parents Association, which raised $40,000 for the new shelves.

A Grade 6 pupil, Mikkel Dahl, wrote to my office last month. He said, and I quote, "I want a library with books about space."

I know some people will say that we cannot afford this. We can, because we have found savings in government travel.

The Deputy Mayor, Wenche Aalvik, told me this morning that the town will donate the land. Her answer was simple: "This is what towns are for."

The principal has told me that the old reading room will become a science lab.

Rural schools serve 18,000 pupils across the province.

[Pause for applause]

Thank you.

- 30 -
"""


def test_the_notes_own_sentences_are_the_named_speakers_at_delivery(statements, one):
    stmts = statements(_NOTES, published=date(2025, 3, 4))
    for fragment in ("invest $12 million", "no school will lose funding", "raised $40,000",
                     "found savings in government travel", "18,000 pupils"):
        st = one(stmts, fragment)
        assert st.speaker == "Ysolde Varnholt", (fragment, st.speaker)
        assert st.when_start == date(2025, 3, 4)
    assert not any(s.content.startswith(("[", "Government of", "Minister of")) for s in stmts)


def test_an_imagined_objection_is_the_speakers_own_line(statements, one):
    stmts = statements(_NOTES, published=date(2025, 3, 4))
    assert one(stmts, "cannot afford this").speaker == "Ysolde Varnholt"
    assert not any(s.speaker == "some people" for s in stmts)


def test_relayed_words_are_dated_when_the_speech_says_they_were_said(statements, one):
    stmts = statements(_NOTES, published=date(2025, 3, 4))
    visit = one(stmts, "read on the floor")
    assert visit.speaker == "Brit Tandervik"
    assert (visit.when_start, visit.when_end) == (date(2024, 11, 1), date(2024, 11, 30))
    letter = one(stmts, "books about space")
    assert letter.speaker == "Mikkel Dahl"
    assert (letter.when_start, letter.when_end) == (date(2025, 2, 1), date(2025, 2, 28))
    assert one(stmts, "science lab").when_start is None  # "has told me": no time given


def test_an_answer_after_told_me_is_the_relayed_persons(statements, one):
    stmts = statements(_NOTES, published=date(2025, 3, 4))
    assert one(stmts, "what towns are for").speaker == "Wenche Aalvik"
