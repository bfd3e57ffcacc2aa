"""A page of independent items under their own headings (a court round-up, court briefs): each item
is its own scope. Words said in an item were said at the sitting the item dates ("fined at X
District Court on Tuesday last"), else at the sitting the page's framing line dates for every case;
never at a day another item names, nor at a day the item only speaks about (the offence, the day
a case is adjourned to). Every article here is invented."""

from datetime import date

from tests.spec.invented import statements_of, the_one

# Irish style: weekday then "last", a framing line at the foot, an offence date and an adjournment
IRISH = """THE KILBRACKEN CHRONICLE
12th March 2026

DISTRICT COURT ROUND-UP

Bales left on the public road

A Drumcliffe farmer who left silage bales on a county road was fined at Kilbracken District Court.

Council engineer Sorcha Dunleavy gave evidence that the bales had blocked the road for two days.

Defending solicitor Mr Tadhg Ó Briain said his client had been in hospital at the time.

Van driver over the limit

A Ballyroe man was stopped at a checkpoint near Glenvarra at 2.15am on February 2nd.

Sergeant Eamon Keville told the court the accused had been "calm and apologetic".

Judge Maeve Gillick fined him €400.

Row at a chip van adjourned

The case of a Tullyvarra man charged with criminal damage was adjourned at Ballyroe District Court on Monday.

Inspector Liam Cadogan told the court that statements had not yet been taken.

Judge Gillick adjourned the case to April 22nd. She warned that she would not allow a further delay.

Litter fine for shop owner

A shop owner was fined €250 at Kilbracken District Court on Tuesday last.

Council warden Fergus Melody said the rubbish had been left at the back of the shop. The owner, Nora Tiernan, told the court she had hired a contractor to remove it.

Kilbracken County Council litter warden Ciaran Geraghty said the bags contained post addressed to the defendant, Nora Tiernan (46), of Bridge Road, Kilbracken.

All other cases in this week's round-up were heard on Wednesday last unless otherwise stated.
"""

# the Thursday the page is dated, and the days its lines name
_WEDNESDAY, _TUESDAY, _MONDAY = date(2026, 3, 11), date(2026, 3, 10), date(2026, 3, 9)


def _day(fragment: str, text: str = IRISH) -> date | None:
    return the_one(statements_of(text), fragment).when_start


def test_an_item_without_a_day_of_its_own_is_dated_by_the_framing_line():
    assert _day("his client had been in hospital") == _WEDNESDAY


def test_told_the_court_is_not_dated_by_the_offence_day_of_its_item():
    assert _day("calm and apologetic") == _WEDNESDAY


def test_words_after_an_adjournment_are_dated_at_the_sitting_not_the_day_put_off_to():
    assert _day("would not allow a further delay") == _MONDAY


def test_told_the_court_is_dated_by_its_own_item_not_the_item_before():
    assert _day("hired a contractor") == _TUESDAY


def test_told_the_court_takes_the_day_its_own_item_names():
    assert _day("statements had not yet been taken") == _MONDAY


def test_gave_evidence_that_is_a_statement_of_the_witness():
    st = the_one(statements_of(IRISH), "blocked the road for two days")
    assert (st.speaker, st.when_start) == ("Sorcha Dunleavy", _WEDNESDAY)


def test_a_role_the_parser_reads_as_a_verb_still_leaves_the_name_as_speaker():
    st = the_one(statements_of(IRISH), "post addressed to the defendant")
    assert (st.speaker, st.when_start) == ("Ciaran Geraghty", _TUESDAY)
    assert st.content.startswith("the bags")


# British style: the introduction dates the sitting, one item names another day of its own
BRITISH = """Court briefs

Published: Friday 15 May 2026

The following cases were dealt with by magistrates sitting at Harnford on Wednesday.

GARDEN SHED THEFT

Callum Brackenbury, 33, of Elm Row, admitted stealing tools from a garden shed.

Prosecuting, Henrietta Stallard said the tools had been sold online the next day.

APPEAL HEARD

Dominic Fairclough, 45, appealed against a parking fine at Harnford Crown Court on Monday.

Mr Fairclough told the court the signs had been hidden by a hedge.

DOG FOULING

Wendy Ashwellby, 61, of Quarry Lane, was fined £100.

Mrs Ashwellby told magistrates she had been unwell.
"""


def test_an_item_under_the_introduction_is_dated_at_the_introduced_sitting():
    assert _day("sold online", BRITISH) == date(2026, 5, 13)


def test_an_item_that_names_its_own_sitting_keeps_it():
    assert _day("hidden by a hedge", BRITISH) == date(2026, 5, 11)


def test_the_item_after_one_with_its_own_day_returns_to_the_introduced_sitting():
    assert _day("had been unwell", BRITISH) == date(2026, 5, 13)
