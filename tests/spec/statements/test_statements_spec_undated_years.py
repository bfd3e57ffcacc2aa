"""An undated piece (an encyclopaedia-style entry, a backgrounder) whose statements write their own
time with its year: "In March 2024, X announced ...", "On 3 May 2022, Y told the council ...".

Every article here is invented. With no publication date to count from, such a phrase still dates
its statement: the day, else the month, else the year it names; a statement with no such phrase
stays undated, and a year still to come dates nothing.
"""

from datetime import date

from tests.spec.invented import statements_of, the_one

ENTRY = """Harrowgate Tidal Barrage

The Harrowgate Tidal Barrage is a proposed tidal power scheme on the estuary of the river Wend.

== History ==

In June 2023, Estuary Power announced that the scheme would need a second public consultation.

On 3 May 2022, the harbour master, Colm Reddish, told the port board that the barrage would silt up the channel.

The scheme's engineer, Ines Varga, said the turbines would be tested in the spring.
"""


def test_a_month_and_year_dates_the_statement_to_that_month():
    s = the_one(statements_of(ENTRY), "second public consultation")
    assert (s.when_start, s.when_end) == (date(2023, 6, 1), date(2023, 6, 30))


def test_a_full_day_dates_the_statement_to_that_day():
    assert the_one(statements_of(ENTRY), "silt up the channel").when_start == date(2022, 5, 3)


def test_a_statement_without_a_year_of_its_own_stays_undated():
    assert the_one(statements_of(ENTRY), "tested in the spring").when_start is None


LONG_READ = """The last ferry

The island's harbour master has seen three ferries come and go.

At a public meeting in 2018, Colm Reddish warned a packed hall: "If this boat goes, nothing will replace it." He says he takes no pleasure in having been right.
"""


def test_a_year_named_for_one_act_does_not_date_the_present_words_after_it():
    stmts = statements_of(LONG_READ)
    assert the_one(stmts, "If this boat goes").when_start == date(2018, 1, 1)
    assert the_one(stmts, "takes no pleasure").when_start is None
