"""When-questions whose verb the parser misreads: "when did the new ferry gearbox arrive" (the verb read
as the subject's head noun), "what date did the harbour board close the tollan slipway" (read as a noun of the subject),
"when are the Penhallow residents meeting" (a participle hung on the subject), "when is the strike set to
begin" (the event carried by "set to"). The event asked is the verb's, and its day is the answer: a
sentence telling yesterday that the part "had arrived on Monday" shows that Monday, and a weekday
whose own clause looks ahead ("a strike, to begin on Tuesday") is a day to come. The article is invented."""

from datetime import date

import pytest

from bot.answering.next_dates import days_ahead
from bot.answering.predicate import predicate_of
from bot.answering.question import analyse
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

ARTICLE = """THE KESTLE BAY ADVERTISER
Thursday 12 March 2026

Island ferry idle as new gearbox fails to fit

The Kestle Bay ferry has been out of service since January 19 after a crack was found in her gearbox casing, leaving about 400 islanders without a crossing.

The ferry's owner, Dafydd Prothero, said yesterday that a new gearbox shipped from Rotterdam had arrived on Monday but did not fit the engine mounts.

"We send it back and we wait again," Mr Prothero said.

The Harbour Board closed the Tollan slipway last Friday after divers found loose blocks under its lower end.

Speaking at the quay on Tuesday, the harbourmaster, Morwenna Tresize, said the slipway would stay closed until the blocks were reset.

Ferry crews' union organiser Jenna Pascoe said the crews had served the Harbour Board with 48 hours' notice of a strike, to begin at the first sailing on Monday, unless a relief boat is hired. "Our door is open until Sunday night," she said.
"""

app = app_fixture("kestle_ferry.txt", ARTICLE)


@pytest.mark.parametrize("question, lemma", [
    ("when did the new ferry gearbox arrive", "arrive"),
    ("what date did the harbour board close the tollan slipway", "close"),
])
def test_a_do_questions_bare_verb_read_as_a_noun_or_adjective_is_the_event(question, lemma):
    p = predicate_of(question)
    assert p is not None and (p.lemma, p.past) == (lemma, True)


def test_a_participle_hung_on_the_subject_is_the_event_to_come():
    p = analyse("When are the Penhallow residents meeting in the chapel hall?").predicate
    assert p is not None and (p.lemma, p.past) == ("meet", False)


def test_the_event_set_to_happen_is_the_one_carried():
    p = analyse("On what date is the Kestle ferry strike set to begin?").predicate
    assert p is not None and p.lemma == "begin"


def test_the_day_the_part_arrived_not_the_day_it_was_told_or_the_breakdown(app):
    answers(app, "when did the new ferry gearbox arrive", "9 March", lacking="January 19")


def test_a_weekday_in_a_clause_that_looks_ahead_is_a_day_to_come(app):
    told = ("Jenna Pascoe said the crews had served the Harbour Board with 48 hours' notice of a strike, "
            "to begin at the first sailing on Monday, unless a relief boat is hired.")
    assert days_ahead(told, date(2026, 3, 12)) == (True, False)
    answers(app, "On what date is the crews' strike set to begin?", "16 March")


def test_a_light_verb_read_so_is_still_no_event():
    # "what reason did the co-op give": the reason is the thing asked for, as when the parse is right
    assert predicate_of("what reason did the GP co-op give for dropping weeknights") is None
