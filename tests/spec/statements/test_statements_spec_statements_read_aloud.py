"""A body's statement read out or typed out by someone else: a podcast host reads it between
spoken quote marks ("Quote, ... Unquote."), a chat member types out the letter that came in the
door. The words are the body's, whose name opens them ("Hollowmere Quarries wishes to reassure
..."), not the reader's; the reader's own words around them stay the reader's. Every document is
invented."""

from tests.spec.invented import statements_of, the_one

PODCAST = """Night Sky Notes - Ep. 12 - The car park that lit up the moor
Tue, Sep 8, 2026 · 31 min

Speaker 1  0:03
Hello and welcome to Night Sky Notes. I'm Orla Penhallow. With me today is Tamsin Vardell, who chairs the Fellside Stargazers. Welcome, Tamsin.

Speaker 2  0:15
Thanks Orla. Since Corvane Leisure opened the new car park in June, we measured the sky over the reservoir every clear night in August, and it is twice as bright as last year.

Speaker 1  0:41
Now I should say, Corvane were invited on and declined, but they did send us a statement on Monday, so in fairness I'll read it. Quote, Corvane takes its duty to its neighbours seriously. The car park lights are needed for the safety of our guests after dark. We are fitting shields to the six brightest lamps this month. Unquote.

Speaker 2  1:20
Shields would help. But they should be off after midnight.
"""

CHAT = """[12/05/2026, 07:58] Ffraid Lanyon: That's the letter that came through the door this morning from the quarry. Typing out the main bit for those who can't open photos:
[12/05/2026, 08:04] Ffraid Lanyon: "Hollowmere Quarries wishes to reassure neighbours that every blast is recorded by an independent monitor. The blast on Tuesday stayed within the limits of our permit. We will hold an open evening at the site office on Thursday 21 May from 7pm."
[12/05/2026, 08:10] Cai Rosewarne: "within the limits" my eye. Their monitor is by the weighbridge, nowhere near a house
[12/05/2026, 08:12] Ffraid Lanyon: I'll ask at the open evening where it is
"""


def test_a_statement_read_between_spoken_quote_marks_is_the_bodys():
    stmts = statements_of(PODCAST)
    for words in ("duty to its neighbours", "safety of our guests", "fitting shields"):
        assert the_one(stmts, words).speaker == "Corvane Leisure", words  # (the body's full name, from earlier in the show)
    assert the_one(stmts, "twice as bright").speaker == "Tamsin Vardell"
    assert not any("Unquote" in s.content or s.content.startswith("Quote") for s in stmts)


def test_a_statement_read_out_is_dated_on_the_day_the_host_says_it_came():
    from datetime import date

    stmts = statements_of(PODCAST)
    assert the_one(stmts, "fitting shields").when_start == date(2026, 9, 7)  # "sent us a statement on Monday"


def test_a_letter_typed_out_in_a_chat_is_the_bodys_that_names_itself():
    stmts = statements_of(CHAT)
    for words in ("independent monitor", "within the limits of our permit", "open evening at the site office"):
        assert the_one(stmts, words).speaker == "Hollowmere Quarries", words
    assert the_one(stmts, "nowhere near a house").speaker == "Cai Rosewarne"
    assert the_one(stmts, "ask at the open evening").speaker == "Ffraid Lanyon"


def test_a_quotation_opening_with_a_body_but_cued_to_a_person_stays_the_persons():
    stmts = statements_of(
        "Fees rise at Brantwell pool\n\nBy Ansel Corrigan\n\nThe leisure trust will raise swimming fees from June.\n\n"
        "\"Brantwell Leisure Trust has not raised its fees in four years,\" said Mirela Oyston, the trust's chair. "
        "\"We have no choice.\"\n")
    assert the_one(stmts, "four years").speaker == "Mirela Oyston"
