"""A comparison's side the question only describes ("the Dutch boss", "the sponsor") is found by the
name the article gives it ("Rival Zeeweg BV of the Netherlands", "its main sponsor, the insurer Halden
Mutual") and then by who speaks for that name ("Zeeweg's chief executive, Joost Smit"); a side's
answer to the other side ("Asked whether she agreed with Smit, ...") is its view of the difference."""

import pytest

from bot.answering.side_names import heads_own_body, names_for
from bot.answering.terms import stems

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

FERRIES = """Nordlys cuts sailings as freight slump deepens

COPENHAGEN, March 4 (Reuters) - Danish ferry operator Nordlys A/S said on Tuesday it would cut a fifth of its North Sea sailings after freight volumes fell for a sixth straight quarter.

"Volumes have not turned, and we will not pretend they have," Chief Executive Mette Lund said in a statement. "We are sizing the fleet for the trade we have."

Nordlys shares fell 6% in Copenhagen.

Lund said the cuts would fall mostly on the routes to Hull and Immingham.

Rival Zeeweg BV of the Netherlands reported a small rise in bookings last week. Zeeweg's chief executive, Joost Smit, told a trade conference on Friday that the North Sea freight market had "hit the floor" and would grow again next year.

Lund was less sure. Asked whether she agreed with Smit, she said: "We have been told that every spring for three years. I will believe it when our decks are full."
"""

ORCHESTRA = """---
title: Harbour orchestra loses its main sponsor
date: 2025-06-10
---

The Harbour Philharmonic has played free summer concerts on the quay for twenty years. In May it learned that its main sponsor, the insurer Halden Mutual, would not renew its support.

Its director, Clara Voss, said the news had come without warning. "We had one phone call in March, and it was about parking for the gala," she said.

The orchestra has cancelled four of its six summer concerts.

In a statement, a Halden spokesperson, Ines Rauch, said the company had told the orchestra in March "that all of its community funding was under review".
"""


def test_a_side_is_named_after_its_demonym_or_in_apposition():
    assert names_for({"dutch"}, {"netherland", "dutch"}, ["Rival Zeeweg BV of the Netherlands reported a rise."]) == {"zeeweg"}
    assert names_for({"danish"}, {"denmark", "danish"}, ["Danish ferry operator Nordlys A/S said on Tuesday"]) == {stems("Nordlys")[0]}
    assert names_for({"sponsor"}, set(), ["its main sponsor, the insurer Halden Mutual, would not renew"]) == {"halden"}
    assert not names_for({"dutch"}, {"netherland", "dutch"}, ["The Netherlands reported on Tuesday a rise."])


def test_a_leader_titled_without_a_body_leads_the_reports_own():
    assert heads_own_body("Mette Lund", "Chief Executive Mette")
    assert not heads_own_body("Joost Smit", "Zeeweg's chief executive, Joost")


ferries = app_fixture("ferries.txt", FERRIES)
orchestra = app_fixture("orchestra.md", ORCHESTRA)


@pytest.mark.parametrize("question", [
    "How do the Dutch and Danish bosses differ on whether the North Sea freight market has recovered?",
    "How did the Danish and Dutch bosses differ over the freight market?",
])
def test_each_boss_is_found_by_the_company_of_that_country(ferries, question):
    answers(ferries, question, "hit the floor", "every spring")


@pytest.mark.parametrize("question", [
    "How does the sponsor's version of the March call differ from the orchestra director's?",
    "How did the sponsor's account of the March contact differ from the director's?",
])
def test_the_sponsor_speaks_through_the_name_it_is_given(orchestra, question):
    answers(orchestra, question, "under review", "parking")
