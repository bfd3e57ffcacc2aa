"""A scene set "on Tuesday afternoon" dates the quote paragraph after it, under a page's date line.

"X addressed the crowd on Tuesday afternoon." names no words, but the speaker's quote in the next
paragraph ("..., she told the crowd") was said there: Tuesday, not the publication day. The
parser hangs the day on "afternoon"; the day still dates the verb. The page's own date line,
printed under a headline and its deck ("Union says ..."), is no entry heading whose day would cut
that off. Words told the paper ("Speaking to this newspaper", "tells me") are not the scene's.
Every article here is invented.
"""

from datetime import date

from tests.spec.invented import day_of, statements_of

_PAGE = (
    "THE KESTREL VALE ARGUS\n"
    "The valley's own daily\n\n"
    "Brickworks to cut 40 jobs\n"
    "Union says staff \"learnt it from a poster\"\n\n"
    "Friday 12 June 2026\n\n"
    "By MARIT OSSENDRA\n\n"
    "KESTREL VALE – Tollbrook Bricks will cut 40 jobs, the firm said.\n\n"
    "The union's branch secretary, Welmoed Tarracks, addressed about 90 workers at the yard gate on "
    "Tuesday afternoon.\n\n"
    "\"Nobody sat down with us. We learnt it from a poster,\" she told the workers.\n\n"
    "A petition for the kiln to stay open had 900 names by Wednesday afternoon. It was started by "
    "retired potter Osric Fenwold.\n\n"
    "Speaking to this newspaper, Mr Fenwold said the kiln had been lit every day since 1961.\n"
)


def test_a_quote_after_a_part_of_day_scene_is_the_scenes_day():
    stmts = statements_of(_PAGE)
    assert day_of(stmts, "Nobody sat down with us") == date(2026, 6, 9)
    assert day_of(stmts, "We learnt it") == date(2026, 6, 9)


def test_words_told_this_newspaper_after_a_scene_are_the_reports_day():
    stmts = statements_of(_PAGE)
    assert day_of(stmts, "lit every day since 1961") == date(2026, 6, 12)


_NEWSLETTER = (
    "Headteacher's newsletter, Friday 27 February 2026\n\n"
    "The Friends of Falobel School met on Tuesday evening. Their chair, Mrs Henrietta Brack, tells me "
    "the quiz night raised £610. She also asks me to say that the Friends need two new helpers.\n"
)


def test_a_present_tense_cue_after_a_meeting_scene_is_the_writers_day():
    stmts = statements_of(_NEWSLETTER)
    assert day_of(stmts, "two new helpers") == date(2026, 2, 27)
