"""New reports after a dated occasion: a bare "said on Monday", a press conference, a denial.

A source who "said at a press conference on Friday" gave the paper those words; a later "He said
..." sentence is the reporter's summary, news of the story's day. After a bare "said on Monday that
...", "She said ..." still tells what was said that Monday. A sentence opening "X denied that ..." answers the story's charge on its day,
whatever the occasion before, and the quote after it goes on in the denial. A surname under a
style ("Sister Avel", "CDO Velamar") opens such a sentence as a bare surname does. Every article here
is invented.
"""

from datetime import date

from tests.spec.invented import day_of, speaker_of, statements_of

_VALLEY = (
    "THE DUNMORROW COURIER\n\n"
    "Thursday 10 September 2026\n\n"
    "Quarry to close east pit\n\n"
    "By TALIA VERNOSK\n\n"
    "Regional water officer Winifred Bryovan said on Monday that the quarry had broken its licence. "
    "She said the inspectorate would sample the stream every week.\n\n"
    "Planning chief Orrin Calloway said at a press conference on Friday that the east pit would close. "
    "He said the council had set aside 2 million for the new road.\n\n"
    "Quarry manager Dathan Quillfeather told the Courier yesterday that no water had been polluted.\n\n"
    "\"We test every morning,\" he said.\n\n"
    "Dathan Quillfeather denied that the pit had been worked at night. \"Nobody works after six,\" he said.\n\n"
    "Clinic head Sister Merrin Avel told the Courier on Tuesday that three children had rashes. "
    "\"We are watching them,\" she said.\n\n"
    "Sister Avel said the clinic had asked for water tests.\n\n"
    "Chief District Officer Barnaby Strell said on Monday that blasting had stopped.\n\n"
    "In a statement sent to the council on Tuesday evening, the quarry's owner, Mr Jory Ardovan, said the "
    "pit would reopen in May. He denied that the quarry had been fined.\n\n"
    "CDO Strell denied that permits had been sold. \"Every permit is on the notice board,\" he said.\n"
)


def test_a_she_said_after_a_bare_said_on_a_day_goes_on_in_that_day():
    stmts = statements_of(_VALLEY)
    assert day_of(stmts, "broken its licence") == date(2026, 9, 7)
    assert day_of(stmts, "sample the stream") == date(2026, 9, 7)


def test_a_he_said_after_a_press_conference_is_the_reports_day():
    stmts = statements_of(_VALLEY)
    assert day_of(stmts, "east pit would close") == date(2026, 9, 4)
    assert day_of(stmts, "2 million for the new road") == date(2026, 9, 10)


def test_a_denial_and_its_quote_are_the_reports_day():
    stmts = statements_of(_VALLEY)
    assert day_of(stmts, "We test every morning") == date(2026, 9, 9)
    assert day_of(stmts, "worked at night") == date(2026, 9, 10)
    assert day_of(stmts, "Nobody works after six") == date(2026, 9, 10)


def test_a_styled_surname_opens_a_new_report():
    stmts = statements_of(_VALLEY)
    assert day_of(stmts, "We are watching them") == date(2026, 9, 8)
    assert day_of(stmts, "asked for water tests") == date(2026, 9, 10)


def test_a_role_abbreviation_before_a_surname_is_the_named_officer():
    stmts = statements_of(_VALLEY)
    assert speaker_of(stmts, "permits had been sold") == "Barnaby Strell"
    assert speaker_of(stmts, "on the notice board") == "Barnaby Strell"
    assert day_of(stmts, "on the notice board") == date(2026, 9, 10)


def test_a_denial_in_the_dated_statements_own_paragraph_is_the_statements():
    stmts = statements_of(_VALLEY)
    assert day_of(stmts, "reopen in May") == date(2026, 9, 8)
    assert day_of(stmts, "quarry had been fined") == date(2026, 9, 8)
