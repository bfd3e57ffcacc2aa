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


def test_a_quote_after_its_speaker_s_dated_telling_takes_that_day_not_the_paragraph_s_scene():
    text = ("From Civicpedia, the open news site anyone can edit!\n\nNurses strike at Calderon hospital\n\n"
            "Thursday, April 9, 2026\n\n"
            "Nurses at Calderon General Hospital walked out on Wednesday.\n\n"
            "The nurses' union rejected the hospital's pay offer on Saturday. Union secretary Ines Albarracin "
            "told a local newspaper on Monday that the offer was below inflation. \"We are tired of "
            "promises,\" Albarracin said.\n")
    assert _day(statements_of(text), "tired of promises") == date(2026, 4, 6)


def test_a_scene_still_dates_a_speaker_who_has_not_spoken_since():
    text = ("Harbour Gazette\n\nFriday 10 April 2026\n\nFerry row\n\n"
            "On Wednesday the ferry board met in private. Its chair, Oskar Lindqvist, told members "
            "that the timetable would change.\n")
    assert _day(statements_of(text), "timetable would change") == date(2026, 4, 8)


def test_a_present_who_says_is_not_dated_by_the_act_of_its_sentence():
    text = ("Kestrel Daily\n\nPool row\n\nPublished Wednesday 21 May 2025\n\n"
            "Lifeguard Mirela Kostadinova, who says the pool has been understaffed for years, resigned on Monday.\n\n"
            "The pool was closed on Monday by manager Ivo Brandt, who says that the lifeguards are exhausted.\n\n"
            "Swim coach Ada Lorne, who said the pool was cold, quit on Monday.\n")
    stmts = statements_of(text)
    assert _day(stmts, "understaffed for years") == date(2025, 5, 21)
    assert _day(stmts, "lifeguards are exhausted") == date(2025, 5, 21)


# A medium named anew ("In an email to the Gazette, X wrote ...") is not one dated before it:
# only "in it", "in the clip" refer back.
def test_an_email_named_anew_is_not_the_video_dated_before_it():
    text = ("Harbour Gazette\n\nFriday 10 April 2026\n\nFerry row\n\n"
            "The ferry company posted a video on Monday night showing the new timetable.\n\n"
            "In an email to the Gazette, union rep Joss Kellerman wrote that crews had not been consulted.\n")
    assert _day(statements_of(text), "crews had not been consulted") == date(2026, 4, 10)


def test_a_statement_named_anew_is_not_the_memo_dated_before_it():
    text = ("The Tarn Valley Courier\n\nWednesday 4 March 2026\n\nDairy merger\n\n"
            "The dairy's chief executive, Orla Vantongeren, told staff in a memo on Monday that no farm "
            "contracts would be cut.\n\n"
            "Farmers were wary. In a statement, the Upland Growers' Union said it would oppose the merger "
            "unless prices were guaranteed.\n")
    assert _day(statements_of(text), "oppose the merger") == date(2026, 3, 4)


def test_words_in_it_still_take_the_thread_s_day():
    text = ("Harbour Gazette\n\nFriday 10 April 2026\n\nFerry row\n\n"
            "Skipper Ines Marlowe posted a long thread on Tuesday night. In it she said the new "
            "timetable left no time for repairs.\n")
    assert _day(statements_of(text), "no time for repairs") == date(2026, 4, 7)
