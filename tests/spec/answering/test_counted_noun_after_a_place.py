"""A how-many question's thing counted is the head of its noun phrase, its last English plural:
"how many east marches households" counts households, not the lower-cased place before them;
a name ending in s after the noun ("how many goals jennings scored") is still no count. A body's own
"We expect about N of the district's M households to subscribe" answers "how many households does
the council expect to sign up" (sign up / subscribe: one act)."""

from bot.answering.question import analyse
from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers


def test_the_counted_noun_is_the_phrases_last_plural_not_a_place_before_it():
    q = analyse("how many east marches households does the council expect to sign up for food caddies")
    assert q.counted_word == "households"


def test_a_name_after_the_counted_noun_is_not_counted():
    q = analyse("how many goals jennings scored this season")
    assert q.counted_word == "goals"


FAQ = """East Marches Borough Council

Food waste caddies: frequently asked questions

Last updated: 9 March 2026

What is changing?

From 1 June every household will be offered a kerbside food waste caddy.

How many households will take part?

We expect about 18,000 of the borough's 30,000 households to subscribe, based on the pilot in two wards.

What if I receive Council Tax Support?

Households that receive Council Tax Support can apply for a 40% discount. We will send the form with the caddy.
"""

NEWS = """Caddy rollout starts in June

By Perrin Oddsbury

Food waste caddies will be handed out across East Marches from June, the council said.

About 600 homes took part in the pilot last year, waste officer Maelis Teel said.
"""

pages = articles_fixture({"faq.txt": FAQ, "news.txt": NEWS})


def test_a_bodys_expected_count_answers_how_many_will_sign_up(pages):
    answers(pages, "how many east marches households does the council expect to sign up for food caddies", "18,000")


def test_a_plural_after_the_verb_is_not_the_thing_counted():
    q = analyse("how many families paid deposits to the builder")
    assert q.counted_word == "families"
