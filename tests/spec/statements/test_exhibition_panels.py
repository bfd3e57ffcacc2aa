"""An exhibition's text panels and object labels pasted from its page: the run line at the top
("March 14, 2026 - October 4, 2026") says when the show is open, not when the page was written, and
the oral-history quotations on the panels are dated by their own credit lines ("- NAME, weaver,
recorded in 1978"), a month ("In April 2017 ... said") or "last year", never by the closing day."""

from datetime import date

from tests.spec.invented import cleaned, day_of, speaker_of, statements_of

PANELS = """Skip to main content
Visit   Exhibitions   Collections   Learn   Shop   Support us
Tickets
Home / Exhibitions / Threads of the Valley
Threads of the Valley: Weaving Mills of the Marren Basin
March 14, 2026 - October 4, 2026
Gallery 4, Second Floor
Free with admission
Share   Email   Print

Introduction

For two hundred years the looms of the Marren Basin set the rhythm of daily life. This exhibition brings together tools, cloth and the voices of the people who worked the mills.

"You learned the noise before you learned the work. After a month you could hear a broken thread across the room."
- Edna Callow, weaver, recorded in 1978

Bobbin winder, about 1910
Oak and brass
Gift of the Quennell family

"We never owned the cloth we made, not a yard of it."
— Bartholomew Brisk, interviewed 1998

Bartholomew Brisk worked for the Harnett Spinning Company from 1931 until 1967. In that recording he remembered that the night shift was paid a penny more an hour.

In April 2017 the mill's last manager, Perpetua Tarrow, said that the archive had been saved from a skip by a caretaker.

Ivor Quaile, whose grandmother ran the canteen, told curators last year that the canteen fed four hundred people a day.

Marjorie Fenn remembers the strike of 1962 as the week the valley went quiet.

Related events
Curator's talk | Thursdays 2pm
Plan your visit
Open Tuesday to Sunday 11-4
© 2026 Marren Valley Museum. All rights reserved.
"""


def test_a_run_line_dates_the_page_by_its_opening_day_not_its_closing_day():
    assert cleaned(PANELS).published == date(2026, 3, 14)


def test_a_run_line_in_other_shapes_gives_the_opening_or_no_day():
    for line, want in [("On view 21 November – 8 February 2027", date(2026, 11, 21)),
                       ("Exhibition dates: 12 October 2025 to 1 March 2026 | Main Hall", date(2025, 10, 12)),
                       ("Until 21 June 2027", None), ("Closes Sunday 4 October 2026", None)]:
        page = cleaned(f"Salt and Ember\n{line}\n\nThe gallery shows the tools of the salt works and the letters of those who ran them.\n")
        assert page.published == want, line


def test_a_quotation_credited_by_a_dash_line_is_dated_by_the_credits_year():
    stmts = statements_of(PANELS)
    assert speaker_of(stmts, "a broken thread") == "Edna Callow"
    assert day_of(stmts, "a broken thread") == date(1978, 1, 1)
    assert day_of(stmts, "not a yard of it") == date(1998, 1, 1)


def test_a_month_named_with_the_saying_dates_it():
    assert day_of(statements_of(PANELS), "saved from a skip") == date(2017, 4, 1)


def test_told_the_museum_last_year_is_the_year_before_the_page():
    stmts = statements_of(PANELS)
    got = next(s for s in stmts if "four hundred people" in s.content)
    assert (got.speaker, got.when_start, got.when_end) == ("Ivor Quaile", date(2025, 1, 1), date(2025, 12, 31))


def test_remembered_that_and_remembers_as_are_speech_and_a_year_inside_the_words_is_theirs():
    stmts = statements_of(PANELS)
    assert speaker_of(stmts, "a penny more an hour") == "Bartholomew Brisk"
    assert speaker_of(stmts, "the valley went quiet") == "Marjorie Fenn"
    assert day_of(stmts, "the valley went quiet") == date(2026, 3, 14)  # the page's, not 1962


CREDITS = """Salt and Ember: Two Centuries on the Pannery Shore
On view 14 March – 4 October 2026

"The pans never stopped. Boxing Day you still raked the salt."
- Edna Callow (1915-2002), salt boiler, recorded in 1978

"We never owned the salt we made, not a sack of it."
— Bartholomew Brisk, pan mechanic, in a 1998 interview

"My father carried the brine in buckets before the pipes came."
– Ada Merrow, oral history, 2004

Object label
Salt rake, about 1900. Gift of the Quennell family.
"""


def test_credit_lines_of_several_shapes_date_their_quotations_and_a_lifespan_does_not():
    stmts = statements_of(CREDITS)
    assert day_of(stmts, "raked the salt") == date(1978, 1, 1)
    assert day_of(stmts, "not a sack of it") == date(1998, 1, 1)
    assert day_of(stmts, "in buckets") == date(2004, 1, 1)


APART = """Salt and Ember: Two Centuries on the Pannery Shore
On view 14 March – 4 October 2026

"The pans never stopped. Boxing Day you still raked the salt."

- Edna Callow, salt boiler, recorded in 1978

Edna Callow started at the works at fourteen. "You went where your mother went," she said in the same interview.

“We never owned the salt we made, not a sack of it.” Bartholomew Brisk, pan mechanic, interviewed in 1998
"""


def test_a_credit_line_a_blank_line_below_its_quotation_credits_and_dates_it():
    stmts = statements_of(APART)
    assert speaker_of(stmts, "raked the salt") == "Edna Callow"
    assert day_of(stmts, "raked the salt") == date(1978, 1, 1)


def test_a_credit_with_no_dash_after_a_quotation_is_the_credited_persons():
    stmts = statements_of(APART)
    assert speaker_of(stmts, "not a sack of it") == "Bartholomew Brisk"
    assert day_of(stmts, "not a sack of it") == date(1998, 1, 1)
