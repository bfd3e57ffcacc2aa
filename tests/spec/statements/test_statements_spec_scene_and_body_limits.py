"""Where a scene's day, "the company" and an unnamed source's "he" stop.

A quote set before its cue, after a sentence that dated an event and named the speaker, is the
event's only when the cue tells of the occasion ("..., she told the crowd"); before "she told the
Wenlow Gazette" or "she said in a statement" the words were the report's, on its own day.
"The company" is a business that spoke just before, not a "... Company" the story only mentioned
since. A person named in full in what an unnamed source said may be the "she" who answers next;
a "he" after sentences of narrative is no longer the unnamed source (only the "he said" closing
the source's quote in the next paragraph is).
Every article here is invented.
"""

from datetime import date

from tests.spec.invented import day_of, speaker_of, statements_of

_HEAD = "Footbridge row\n\nFriday 12 June 2026\n\nBy ODELL QUARRINGTON\n\n"
_OPENED = "Mayor Ysolde Fennick opened the Mardle Lane footbridge on Tuesday afternoon.\n\n"


def test_a_quote_before_a_cue_naming_the_paper_is_the_reports_day():
    stmts = statements_of(_HEAD + _OPENED + "\"The bridge is safe. We checked every bolt,\" Ms Fennick told "
                          "the Wenlow Gazette.\n")
    assert day_of(stmts, "The bridge is safe") == date(2026, 6, 12)
    assert day_of(stmts, "We checked every bolt") == date(2026, 6, 12)


def test_a_quote_before_said_in_a_statement_after_a_later_happening_is_the_reports_day():
    stmts = statements_of(_HEAD + _OPENED + "Cracks were found in its deck on Thursday.\n\n"
                          "\"The bridge is safe. We checked every bolt,\" Ms Fennick said in a statement.\n")
    assert day_of(stmts, "The bridge is safe") == date(2026, 6, 12)


def test_a_quote_before_a_cue_naming_the_audience_is_the_events_day():
    stmts = statements_of(_HEAD + "Mayor Ysolde Fennick addressed the crowd at the Mardle Lane footbridge on "
                          "Tuesday afternoon.\n\n" + "\"This bridge joins two halves of the town. Walk on it "
                          "often,\" she told the crowd.\n")
    assert day_of(stmts, "joins two halves") == date(2026, 6, 9)


_DEPOT = (
    "Depot to close\n\nMonday 8 June 2026\n\n"
    "Quennell Larder said on Monday it would close its depot at Sarrow End. The depot was bought from "
    "Abberley Haulage Company in 2010.\n\n"
    "The company said 60 staff would be offered jobs at its other sites.\n"
)


def test_the_company_is_the_business_that_spoke_not_one_only_mentioned():
    stmts = statements_of(_DEPOT)
    assert speaker_of(stmts, "60 staff would be offered") == "Quennell Larder"


_DROPPED = (
    "Senator dropped\n\nMonday 8 June 2026\n\n"
    "An aide who asked not to be named said the party had dropped Senator Dorrit Harkaway from the "
    "finance committee.\n\n"
    "\"I learnt about it from the radio,\" she said.\n"
)


def test_a_person_named_in_what_an_unnamed_source_said_may_answer_next():
    stmts = statements_of(_DROPPED)
    assert speaker_of(stmts, "learnt about it from the radio") == "Dorrit Harkaway"


_CUTS = (
    "Tile firm to cut 40 jobs\n"
    "Union says staff \"learnt it from a poster\"\n\n"
    "Friday 12 June 2026\n\n"
    "HOLMFORD – Wendle Tile Company (WTC) will cut 40 jobs at its kilns, the company confirmed this week.\n\n"
    "The Stoneware, Kiln and Allied Workers' Union of Tarnia has accused the firm of ignoring the law. The union "
    "claims that half of those on the list are its members.\n\n"
    "Workers will receive a month's pay for every year of service, the company said.\n"
)


def test_the_company_after_a_union_of_a_place_spoke_is_still_the_company():
    stmts = statements_of(_CUTS)
    assert speaker_of(stmts, "will cut 40 jobs at its kilns") == "Wendle Tile Company"
    assert speaker_of(stmts, "a month's pay") == "Wendle Tile Company"


_MILL = (
    "Mill sold\n\nMonday 8 June 2026\n\n"
    "A weaver who asked not to be named said the sale had come as a shock. The mill opened in 1921. "
    "It employs 140 people. The site manager sounded more hopeful. He said the mill had orders until "
    "the spring.\n"
)


def test_a_he_after_sentences_of_narrative_is_not_the_unnamed_source():
    stmts = statements_of(_MILL)
    assert speaker_of(stmts, "orders until the spring") == "the site manager"
