""""opened again", "started again" in a question is the article's "reopened", "restarted",
"resumed": a when-question takes the day of the reopening, not of a first opening decades before
(vocabulary `paraphrases`). Every article here is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

WIKI = """2031 Quellon footbridge closure

From Wikipedia, the free encyclopedia

The 2031 Quellon footbridge closure was the closure of the Quellon footbridge over the river Aske after a cable snapped on 4 March 2031.

The footbridge, 212 metres long, was opened in 1962 and carried about 3,000 walkers a day.

On 19 April, after new cables had been fitted, the city reopened the footbridge to walkers and cyclists, with a limit of 200 people at a time.
"""

NEWS = """---
title: Tarnby tram line running once more
published: 2031-06-12
---

Trams in Tarnby are running again after a six-week shutdown.

The tram line was first started in 1911 and has carried passengers for over a century.

The operator restarted the service on June 9 after replacing a damaged section of track, a spokesperson said.
"""

wiki = app_fixture("quellon.md", WIKI)
news = app_fixture("tarnby.md", NEWS)


def test_opened_again_is_the_reopening_s_day_in_an_encyclopaedia_page(wiki):
    answers(wiki, "When was the Quellon footbridge opened again to walkers?", "19 April", lacking="1962")


def test_started_again_is_the_restart_s_day_in_a_news_story(news):
    answers(news, "When was the Tarnby tram service started again?", "June 9")
