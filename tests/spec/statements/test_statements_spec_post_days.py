"""Words said in a post, a video or a thread take the day the sentence gives the post ("In a video
posted on Monday night, X ... asked ...", "X posted a thread on Monday night. In it he said ..."),
not the report's day. Every article here is invented."""

from datetime import date

from tests.spec.invented import statements_of

_ROUNDUP = (
    "BUZZLINE | Trending\n\nParents fume over pool's new swim timetable\n\n"
    "By Kit Amberley\nPublished Wednesday 21 May 2025\n\n"
    "Marrow Vale Leisure said on Tuesday its pool would stop evening lessons from July.\n\n"
    "Swim coach Darrell Okonkwo-Pym posted a long thread on Monday night. In it he said the club had "
    "asked for a later slot for two years and been refused every time.\n\n"
    "In a video posted on Monday evening and watched 80,000 times, parent Sunniva Halloran filmed the "
    "empty lanes at 7pm and asked why the pool could not stay open for one more hour. \"We pay for this pool,\" "
    "she says in the clip.\n\n"
    "A spokesperson for the centre said on Wednesday that the decision was final.\n"
)

_LETTERS = (
    "The Corbel Street Monitor\n\nTenants' letter claims mould ignored for months\n\n"
    "12 March 2026\n\n"
    "In a letter sent on Tuesday to the housing association, the Corbel Street tenants' group said that "
    "mould had been reported in 40 flats since the autumn.\n\n"
    "Group chair Ilaria Fenwick wrote an open letter on Monday as well. In it she said residents "
    "had been told to keep their windows open in winter.\n\n"
    "The association's director, Bram Oyelaran, said the claims were being looked at.\n"
)


def _day(stmts, fragment):
    return next(s for s in stmts if fragment in s.content).when_start


def test_words_in_a_thread_and_a_video_take_the_post_s_day():
    stmts = statements_of(_ROUNDUP)
    monday = date(2025, 5, 19)
    assert _day(stmts, "later slot") == monday
    assert _day(stmts, "one more hour") == monday
    assert _day(stmts, "We pay for this pool") == monday
    assert _day(stmts, "decision was final") == date(2025, 5, 21)


def test_words_in_a_letter_take_the_letter_s_day():
    stmts = statements_of(_LETTERS)
    assert _day(stmts, "mould had been reported") == date(2026, 3, 10)
    assert _day(stmts, "keep their windows open") == date(2026, 3, 9)
    assert _day(stmts, "being looked at") == date(2026, 3, 12)
