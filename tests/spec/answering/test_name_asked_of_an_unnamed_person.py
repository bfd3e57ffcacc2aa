""""What is the name of the officer who checked the site?" asks for a person's name: a story that
describes the officer without naming her, and another story's line about someone who "did not want
her name printed", give none, so the bot says the articles do not say; a story that names the
officer answers. Every article is invented."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers, declines

PODCAST = """Dimlow Valley Talk, episode 41: the depot lights

So I can tell you that one of our enforcement officers went out to the depot last Tuesday night, after we had, I think it was 23 complaints, and she found the lighting was not being dimmed as the condition requires.

The operator now has 28 days to put it right, the council's planning spokesperson said.
"""

SHORTAGE = """Shelves bare on Tarrow Cay as the supply boat stays in dock

A mother of three in Pellin Harbour, who did not want her name printed, said she had driven to the jetty on Tuesday and came home with nothing.

The island's only grocer, Mr Ambrose Kettlewell, said he had no flour left.
"""

INSPECTION = """Harbour fish store passes check

The council's environmental health officer, Ms Dervla Oakes, inspected the fish store on Monday and found the cold room at the right temperature.
"""

stories = articles_fixture({"dimlow_podcast.txt": PODCAST, "tarrow_shortage.txt": SHORTAGE, "harbour_store.txt": INSPECTION})


def test_the_name_of_an_officer_the_story_never_names_is_not_said(stories):
    declines(stories, "what is the name of the enforcement officer who checked the depot", lacking="Pellin Harbour")


def test_the_name_of_an_officer_the_story_names_is_answered(stories):
    answers(stories, "what is the name of the health officer who inspected the fish store", "Dervla Oakes")
