"""A context day goes no further than the words it dates.

Every article here is invented. "told the meeting" dates that speaker's words at the meeting, and a
member's of the body right after, not the next people the reporter spoke to (a shopkeeper, a clerk); a hearing's "told the court" is the
hearing's day, not the day of the case's past that "The court heard that ..." names; a day inside
the reported words ("said she had written to the agency on March 3rd", "a scheme first mooted in
2019") is the reported act's; an unnamed spokesman's "..., he said" right after his dated words
keeps their day.
"""

from datetime import date

import pytest

from tests.spec.invented import day_of, statements_of

_COUNCIL = (
    "Library hours cut after tense vote\n\n"
    "Published: 8:00 AM March 14, 2025\n\n"
    "Wexbury Borough Council's cabinet voted on Tuesday evening to cut library opening hours.\n\n"
    'Cllr Edwin Marchbank, cabinet member for culture, told the meeting the authority had "no choice".\n\n'
    'Opposition leader Cllr Nia Ambrel said the saving was smaller than claimed.\n\n'
    "Gwen Pollard, who runs a bookshop on the high street, said pupils already came to her shop to do homework.\n"
)

_PARISH = (
    "Bus shelter plan shelved\n\n"
    "By Ossian Rudd\n"
    "Thursday 6 February 2025\n\n"
    "Members of Lowfield parish council voted on Monday night to shelve a new bus shelter.\n\n"
    "The chairman, Alwyn Pegg, told councillors the quotes had come in twice as high as budgeted.\n\n"
    "Resident Tamsin Greel said older people waited in the rain every morning.\n"
)


@pytest.mark.parametrize("text,pub,later", [
    (_COUNCIL, date(2025, 3, 14), ["homework"]),
    (_PARISH, date(2025, 2, 6), ["in the rain"]),
])
def test_told_the_meeting_dates_no_outsiders_words(text, pub, later):
    stmts = statements_of(text)
    for quote in later:
        assert day_of(stmts, quote) == pub


def test_a_member_of_the_body_speaking_next_spoke_at_its_meeting():
    # (a councillor's "said" right after words told the meeting: at the meeting, Tuesday)
    assert day_of(statements_of(_COUNCIL), "smaller than claimed") == date(2025, 3, 11)


_COURT = (
    "Builder jailed over deposits\n\n"
    "Priya Venn\n"
    "UPDATED Jun 12, 2025, 06:30 PM\n\n"
    "A builder who took deposits for extensions he never built was jailed on Thursday.\n\n"
    "The court heard that the firm collapsed on March 3, 2022, owing 140 customers.\n\n"
    "Prosecutor Hal Ostrow told the court that the accused had hidden the firm's debts from customers.\n"
)

_COURT_2 = (
    "Landlord fined\n\n"
    "By Kit Marlowe-Evans\n"
    "November 20, 2025\n\n"
    "A landlord was fined for letting a flat with no smoke alarms, magistrates heard.\n\n"
    "Magistrates were told that the tenant had first complained in August 2023.\n\n"
    "Council lawyer Dorian Fleck told the magistrates the landlord had ignored three notices.\n"
)


@pytest.mark.parametrize("text,pub,quote", [
    (_COURT, date(2025, 6, 12), "hidden the firm"),
    (_COURT_2, date(2025, 11, 20), "ignored three notices"),
])
def test_told_the_court_is_not_dated_by_the_cases_past(text, pub, quote):
    assert day_of(statements_of(text), quote) == pub


_LETTER = (
    "Senator presses ministers on data bill\n\n"
    "Tue Oct 14 2025 - 05:45\n\n"
    "Senator Aoife Brannagh said she had written to both ministers on October 2nd about the delay. "
    "She had received no reply, she said.\n"
)

_SCHEME = (
    "County to seek relocation money\n\n"
    "By: Ramil Sotto - Reporter / 06:00 AM August 5, 2025\n\n"
    "Governor Luzviminda Carpio said the province would seek national funding to move 600 families, "
    "a scheme first mooted in 2019 but never funded.\n"
)


@pytest.mark.parametrize("text,pub,quotes", [
    (_LETTER, date(2025, 10, 14), ["written to both ministers", "no reply"]),
    (_SCHEME, date(2025, 8, 5), ["national funding"]),
])
def test_a_day_inside_the_reported_words_is_not_the_sayings(text, pub, quotes):
    stmts = statements_of(text)
    for quote in quotes:
        assert day_of(stmts, quote) == pub


@pytest.mark.parametrize("text,quote,day", [
    ("Harbour fees\n\nPublished: 9:00 AM May 9, 2025\n\nA port authority spokesman said on Wednesday that a new fee "
     "scheme was being considered. No shipping line had yet applied, he said.\n", "applied", date(2025, 5, 7)),
    ("Clinic waits\n\nBy Ada Crane\nJuly 18, 2025\n\nA health board spokeswoman said on Tuesday that two more "
     "nurses would be hired. The posts would be advertised within a month, she said.\n", "advertised", date(2025, 7, 15)),
])
def test_an_unnamed_spokesmans_next_words_keep_his_day(text, quote, day):
    assert day_of(statements_of(text), quote) == day
