"""Speakers news reports in a few words: a bare plural of people in the present ("Commuters say the
timetable has made ..."), people the reporter talked to ("Fans who spoke to this reporter expressed
disappointment"), a body written small after its full name ("the chamber of trade said
last week" after "the Llanfoel Chamber of Trade"), and an estimate told as "put X at AMOUNT"
("Farmer X put his losses at more than £40,000"). "She put the blame on the council" gives no
figure and is no statement. Every article is invented."""

from datetime import date

from tests.spec.invented import statements_of, the_one

STORY = """The Valley Post
Wednesday, November 11, 2026

Lights switch-on cancelled as costs bite

The Llanfoel Chamber of Trade has cancelled the town's Christmas lights switch-on after its insurance bill doubled.

The chamber of trade said last week it would hold a carol service in the square instead.

Commuters say the new bus timetable has made their journeys twice as long.

Fans who spoke to this reporter at the stadium expressed disappointment at the closure of the north stand.

Farmer Jory Penhallow put his losses at more than £40,000.

Mrs Penhallow put the blame on the county council.
"""


def test_a_bare_plural_of_people_in_the_present_is_a_speaker():
    assert the_one(statements_of(STORY), "twice as long").speaker == "Commuters"


def test_people_who_spoke_to_the_reporter_are_speakers_whatever_their_noun():
    assert the_one(statements_of(STORY), "north stand").speaker.startswith("Fans")


def test_a_body_written_small_is_the_body_named_in_full_before():
    st = the_one(statements_of(STORY), "carol service")
    assert st.speaker == "The Llanfoel Chamber of Trade"
    assert (st.when_start, st.when_end) == (date(2026, 11, 2), date(2026, 11, 8))


def test_putting_a_thing_at_a_figure_is_the_subject_s_estimate():
    assert the_one(statements_of(STORY), "more than £40,000").speaker == "Jory Penhallow"


def test_putting_the_blame_somewhere_is_no_estimate():
    assert not [s for s in statements_of(STORY) if "blame" in s.content]
