"""Words said in a medium named anew ("In an email to the Gazette, X wrote ...") are not dated by
another medium dated before it ("posted a video on Monday night"): only "in it", "in the clip"
refer back. Every article here is invented."""

from datetime import date

from tests.spec.invented import statements_of


def _day(stmts, fragment):
    return next(s for s in stmts if fragment in s.content).when_start


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
