"""Days of the sentences after a dated attribution.

A new reported "He/She said ..." with no time of its own, after a speaker's words at a dated
occasion, is the reporter's summary of what the source told the story: news of its day. What goes
on in the occasion keeps its day: a quote paragraph right after it, "He added", another act ("He
urged members"), and the occasion's own words quoted after the summary ("..., the statement said").
A sentence after a dated document's words, in the same paragraph ("In a report dated May 3, X
wrote ... She estimated ..."), is the document's. A clerical style with a point ("Ven.") ends no
sentence. Every article here is invented.
"""

from datetime import date

from tests.spec.invented import day_of, speaker_of, statements_of

_PORT = (
    "THE HARBOUR ECHO\n\n"
    "Friday, 12 June 2026\n\n"
    "Port manager Ms Anika Lowe told the Echo on Wednesday that the crane had been repaired.\n\n"
    "\"We will be back to full speed by Monday,\" Ms Lowe said.\n\n"
    "She said the port had handled 3,000 containers in May.\n\n"
    "Union leader Savister Wexovan told dockers at a meeting on Tuesday that overtime would be paid.\n\n"
    "He added that the union would not strike. He urged members to stay calm.\n\n"
    "Ferry operator Bluewake Lines said in a statement on Thursday that two sailings had been cancelled. "
    "It said cargo had been moved to another vessel.\n\n"
    "\"We regret the delay to our customers,\" the statement said.\n\n"
    "Harbour board chair Ms Morwyn Kerdrick told the board's annual meeting on Tuesday that the quay "
    "would be widened. She said the port would hire 40 dockers.\n\n"
    "Exporter Tevita Lolohea, director of Reef Line Agencies, told the Echo last week that "
    "two more cranes were needed.\n\n"
    "\"We are turning ships away,\" Mr Lolohea said.\n\n"
    "He said his firm would pay for one of them.\n"
)

_BRIDGE = (
    "THE RIVER VALE TIMES\n"
    "Wednesday, May 13, 2026\n\n"
    "Footbridge to stay shut\n\n"
    "by Brydrick Farrelly, Times staff\n\n"
    "In a report dated May 3, surveyor Belavine Tamith of Wexdrick Surveys wrote that the deck was "
    "\"beyond repair\". She estimated the repair at $2 million, more than twice the $900,000 the council had set aside for paint.\n\n"
    "In a letter dated May 6, the abbot of the Hillside Monastery, Ven. Ambagala Sumedha Thera, asked "
    "the council to reopen the path, warning that \"the old people cannot walk the long way round.\"\n"
)


def test_a_new_he_said_after_a_dated_occasion_is_the_reports_day():
    stmts = statements_of(_PORT)
    assert day_of(stmts, "back to full speed") == date(2026, 6, 10)
    assert day_of(stmts, "3,000 containers") == date(2026, 6, 12)


def test_words_told_the_paper_last_week_then_a_new_he_said():
    stmts = statements_of(_PORT)
    assert speaker_of(stmts, "turning ships away") == "Tevita Lolohea"
    assert day_of(stmts, "turning ships away") == date(2026, 6, 1)
    assert day_of(stmts, "pay for one of them") == date(2026, 6, 12)


def test_what_goes_on_in_the_occasion_keeps_its_day():
    stmts = statements_of(_PORT)
    assert day_of(stmts, "hire 40 dockers") == date(2026, 6, 9)  # (an occasion with its own audience)
    assert day_of(stmts, "would not strike") == date(2026, 6, 9)
    assert day_of(stmts, "stay calm") == date(2026, 6, 9)
    assert day_of(stmts, "regret the delay") == date(2026, 6, 11)


def test_a_sentence_after_a_dated_documents_words_is_the_documents():
    stmts = statements_of(_BRIDGE)
    assert day_of(stmts, "beyond repair") == date(2026, 5, 3)
    assert day_of(stmts, "$2 million") == date(2026, 5, 3)


def test_a_clerical_style_ends_no_sentence():
    stmts = statements_of(_BRIDGE)
    assert day_of(stmts, "long way round") == date(2026, 5, 6)
    assert day_of(stmts, "reopen the path") == date(2026, 5, 6)



def test_the_same_place_is_no_event():
    # "has ridden from the same stage near the market": a place he keeps, not the occasion of words
    # said earlier near the market
    text = ("THE LAKESIDE COURIER\n\nFriday, March 13, 2026\n\n"
            "Union chairman Mr Lanara Ochieng told members at a meeting on Wednesday that two stalls should "
            "stay near the bus park.\n\n"
            "Mr Tom Onyango, 31, who has sold fruit from the same stall near the bus park for nine years, said "
            "he earned about 900 shillings on a good day.\n")
    stmts = statements_of(text)
    assert day_of(stmts, "two stalls") == date(2026, 3, 11)
    assert day_of(stmts, "900 shillings") == date(2026, 3, 13)


def test_a_surname_said_after_words_given_the_press_is_the_reports_day():
    text = ("THE HIGHLAND COURIER\n\nThursday, 24 September 2026\n\n"
            "Speaking to journalists in the town on Monday, mine manager Ms Toresk Tainui said the pit would "
            "reopen.\n\n"
            "\"We have checked every wall twice,\" she said.\n\n"
            "Tainui said 340 workers had been paid through the closure.\n\n"
            "Rescue chief Nelago Kerethor told the Courier by phone on Tuesday that the road was clear.\n\n"
            "Kerethor said 12 families were still in the school hall.\n")
    stmts = statements_of(text)
    assert day_of(stmts, "checked every wall") == date(2026, 9, 21)
    assert day_of(stmts, "340 workers") == date(2026, 9, 24)
    assert day_of(stmts, "road was clear") == date(2026, 9, 22)
    assert day_of(stmts, "12 families") == date(2026, 9, 24)
