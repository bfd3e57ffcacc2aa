"""A topic the whole story is about ("... about closing the old ferry terminal") is named in its headline and
lede, not again in each paragraph: "the board had received 212 written submissions" is about it. A topic the
story never names is still no answer."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines, table

STORY = """Harbour board votes to shut Port Quenby's old ferry terminal

By Ysolde Quarrington

The Port Quenby Harbour Board has voted to close the old ferry terminal on Quay Street at the end of the summer timetable, moving sailings to the freight pier a mile to the north.

Board chair Torquil Fenwright said the 1962 building needed roof and deck repairs the board could not fund.

"We have patched it for ten years. It is time," he said.

A board spokeswoman said the board had received 212 written submissions, the most on any application since 2015.

Café owner Elspet Trevanion, whose business sits opposite the terminal, said trade would fall by half.

The freight pier will get a new waiting room with 60 seats, the board said.
"""

story = app_fixture("story.txt", STORY)

test_answers = table(answers, [
    ask("story", "how many written submissions were received about closing the old ferry terminal", "212",
        id="a_count_about_the_storys_own_subject"),
])

test_declines = table(declines, [
    ask("story", "how many written submissions were received about the new marina", id="a_topic_the_story_never_names"),
])
