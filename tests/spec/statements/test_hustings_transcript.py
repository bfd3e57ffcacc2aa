"""An election candidates' hustings transcript: cover lines ("Chair: TITLE NAME"), speaker labels
in capitals, audience turns "AUDIENCE (FIRSTNAME): ...". The chair's procedural lines ("Good
evening, everyone, and welcome.", "Thank you all.", "Please do vote.") and one-line turns of a few
words ("Against it, full stop.") are no statements; a speaker from the floor states what their
question rests on; words a candidate relays ("the council told the friends' group in August that
...", "When I asked the county's transport manager in September, he told me ...") are their
source's, on that month, not the candidate's."""

from datetime import date

from tests.spec.invented import contents_by_speaker, day_of, speaker_of, statements_of

HUSTINGS = '''
Transcript: Candidates' hustings, Ashburton ward by-election
Organised by the Ashburton Residents' Forum
St Bride's Hall, Kendal — Wednesday 14 October 2026, 7.30pm
Chair: Canon Ruth Ellery
Candidates: Daniel Okafor (Labour), Priya Venn (Liberal Democrat), Stuart Hale (Independent)

CHAIR: Good evening, everyone, and welcome. Each candidate has two minutes to open.

DANIEL OKAFOR: Thank you, Canon. The library on Fell Street now opens three days a week. I will fight to keep it open five days. But the council told the friends' group in August that it had "no money left for new books this year". That is not good enough for a town this size.

PRIYA VENN: The last bus to the hospital leaves at six in the evening. When I asked the county's transport manager in September, he told me the route "will be reviewed after Christmas". I want a decision before the winter.

STUART HALE: I have lived in Ashburton for thirty years. The car park charges went up from £1.20 to £2 an hour and the high street has emptied.

CHAIR: Thank you. Questions from the floor.

AUDIENCE (MARGARET): What will you do about the potholes on Mill Brow?

STUART HALE: Fix them before the frost. The county keeps promising and never turns up.

DANIEL OKAFOR: Against it, full stop.

AUDIENCE (KWAME): I run the shop on Mill Brow and I have lost half my trade since the charges went up. Would any of you support a new supermarket on the old dairy site?

PRIYA VENN: Only if it brings a pharmacy with it. The town lost its last one in March.

CHAIR: Thank you all. Polling day is next Thursday. Please do vote.
'''


def test_the_chairs_procedural_lines_are_no_statements():
    said = {s.content for s in statements_of(HUSTINGS)}
    for line in ("Good evening, everyone, and welcome.", "Thank you all.", "Please do vote.", "Questions from the floor.",
                 "Thank you, Canon.", "Against it, full stop.", "Each candidate has two minutes to open."):
        assert line not in said


def test_the_chair_is_the_cover_lines_name():
    assert speaker_of(statements_of(HUSTINGS), "Polling day is next Thursday") == "Ruth Ellery"


def test_a_speaker_from_the_floor_states_what_their_question_rests_on():
    assert speaker_of(statements_of(HUSTINGS), "I have lost half my trade") == "Kwame (audience member)"


def test_words_a_candidate_relays_are_their_sources_on_that_month():
    stmts = statements_of(HUSTINGS)
    assert speaker_of(stmts, "no money left for new books") == "the council"
    assert day_of(stmts, "no money left for new books") == date(2026, 8, 1)
    assert "transport manager" in speaker_of(stmts, "will be reviewed after Christmas")
    assert day_of(stmts, "will be reviewed after Christmas") == date(2026, 9, 1)
    assert not any("reviewed after Christmas" in c for c in contents_by_speaker(stmts).get("Priya Venn", ()))


def test_the_candidates_own_words_stay_theirs():
    stmts = statements_of(HUSTINGS)
    assert speaker_of(stmts, "I will fight to keep it open five days") == "Daniel Okafor"
    assert speaker_of(stmts, "The town lost its last one in March") == "Priya Venn"


def test_next_weekday_is_that_day_of_the_coming_week_not_the_last():
    from index.statements.dates import resolve

    assert resolve("next Thursday", date(2026, 10, 14)) == (date(2026, 10, 22), date(2026, 10, 22))  # said on a Wednesday
    assert resolve("next Tuesday", date(2026, 10, 16)) == (date(2026, 10, 20), date(2026, 10, 20))  # said on a Friday
