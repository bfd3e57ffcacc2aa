"""An occasion a question places its words at ("at the forum", "in the interview") is read from the
vocabulary's occasions: when the article says only that it is still to come, it has not reported it."""

import pytest

from bot.answering.afterwards import occasion_still_ahead


def _ranked(candidates):
    for c in candidates:
        c.score = 1.0 / c.rank
    return candidates


@pytest.mark.parametrize("question, ahead", [
    ("What did Okafor say in the interview?", "The interview with Okafor will be broadcast on Sunday."),
    ("What did Okafor tell residents at the housing forum?", "Okafor is due to speak at a housing forum next month."),
    ("What did Okafor say during the assembly?", "The assembly will sit again in the spring."),
])
def test_an_occasion_still_to_come_is_found(question, ahead, paragraph_candidates):
    candidates = _ranked(paragraph_candidates(["Okafor, the council leader, said rents had risen by a fifth.", ahead]))
    found = occasion_still_ahead(question, candidates)
    assert found is not None and found.text == ahead


def test_an_occasion_that_took_place_is_not_flagged(paragraph_candidates):
    candidates = _ranked(paragraph_candidates(["Okafor told a housing forum on Tuesday that rents had risen by a fifth.",
                                               "The forum heard from tenants as well."]))
    assert occasion_still_ahead("What did Okafor tell residents at the housing forum?", candidates) is None


@pytest.mark.parametrize("question, held", [
    # news copy: the act reported at the meeting asks for something to be done later
    ("What did the resident ask the council for at Monday's meeting?",
     "Orla Pennick, a resident, used Monday's parish council meeting to ask councillors to fund a survey of the footbridge."),
    # a club bulletin: the same told in a members' newsletter
    ("What did the member ask the committee for at the annual meeting?",
     "At the annual meeting of the rowing club, member Tadeusz Ferrow asked the committee to set up a fund for new oars."),
])
def test_an_occasion_held_where_something_was_asked_for_is_not_flagged(question, held, paragraph_candidates):
    candidates = _ranked(paragraph_candidates(["Some members want more.", held]))
    assert occasion_still_ahead(question, candidates) is None
