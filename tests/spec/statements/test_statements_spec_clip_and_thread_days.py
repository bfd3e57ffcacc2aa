"""Words said in a clip, a thread or a podcast take the time the text gives that medium ("a video
posted on Sunday evening", "a long thread on Monday night", "a podcast released on Wednesday"),
when the saying has none of its own: "she says in the clip", "In it he said", "On the podcast she
says". A quote with no medium stays at publication.

Every article here is invented.
"""

from datetime import date

from tests.spec.invented import statements_of, the_one

CLIPS = """Parents rally behind the swimming pool

Published 18 September 2025

The leisure trust said on Tuesday that the town pool would close for good at the end of the month.

In a video posted on Sunday evening and watched more than 50,000 times, swimming coach Marisol Venkataraman filmed an empty lane at 7pm and asked where the club's children would train. "This is what a closure looks like," she says in the clip.

Lifeguard Eamon Ostrowski-Bell posted a long thread on Monday night. In it he said staff had warned about the boiler for three years.

"We are still talking to the trust," club secretary Dolores Pennywhistle said.
"""

PODCAST = """Cricket club's captain speaks out

Posted Friday 7 November 2025

Club captain Rowena Akinfenwa-Strauss spoke about the ground sale on a podcast released on Wednesday.

On the podcast she says the committee never asked the players. "We found out from a newsletter," she says.

The club chairman said he would meet the players next week.
"""


def test_a_present_tense_quote_in_the_clip_takes_the_clips_day():
    stmts = statements_of(CLIPS)
    assert the_one(stmts, "This is what a closure looks like").when_start == date(2025, 9, 14)


def test_what_a_sentence_opened_by_the_dated_video_asks_is_of_the_videos_day():
    assert the_one(statements_of(CLIPS), "where the club's children would train").when_start == date(2025, 9, 14)


def test_in_it_after_a_dated_thread_takes_the_threads_day():
    assert the_one(statements_of(CLIPS), "warned about the boiler").when_start == date(2025, 9, 15)


def test_a_quote_with_no_medium_stays_at_publication():
    assert the_one(statements_of(CLIPS), "still talking to the trust").date_basis == "publication"


def test_on_the_podcast_she_says_takes_the_podcasts_release_day():
    stmts = statements_of(PODCAST)
    assert the_one(stmts, "committee never asked the players").when_start == date(2025, 11, 5)
    assert the_one(stmts, "meet the players next week").date_basis == "publication"
