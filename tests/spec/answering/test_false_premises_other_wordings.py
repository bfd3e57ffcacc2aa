"""Why-questions whose premise the article contradicts in wordings the first rules missed
(bot/answering/premise_detail.py, index/vocabulary.yaml `opposite_acts`); each beside a twin the
article does answer.

    Why did the gym put the price of its basic plan up to £55?   "keep the price of the plan at £30";
                                  "The premium plan normally costs £55"                 another kind's figure
    Why did the board pass the motion to close the library?      "The motion was lost."   a motion lost, not passed
"""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, table

GYM = """Title: Swimmers hit as Corvale Leisure cuts pool hours
Date: 2026-04-09

Members at Corvale Leisure say they can no longer swim before work after the company cut the pool hours on its basic plan from 60 to 30 a month.

Corvale Leisure's manager Osric Dandley said the company had "no choice" if it was to keep the price of the plan at £30 a month.

"Our heating bills have doubled," he said.

Members on the basic plan will be offered a free upgrade to the premium plan for a month.

The company said the premium plan normally costs £55.
"""

GYM_RAISED = """Title: Corvale Leisure raises plan price
Date: 2026-04-09

Corvale Leisure has put the price of its basic plan up to £55 a month.

Manager Osric Dandley said the price went up because the company's heating bills had doubled.
"""

LIBRARY = """Title: Questions about the Penhallow library closure
Date: 2026-03-02

Is the library closing?

The parish board voted on Tuesday 24 February to close Penhallow library from 1 June.

Cllr Idris Marlowe proposed a motion to keep the library open for another year. He said readers had been given no notice and warned that the village would lose its only warm space. The motion was lost.
"""

LIBRARY_PASSED = """Title: Questions about the Penhallow library closure
Date: 2026-03-02

Is the library closing?

Cllr Idris Marlowe proposed a motion to keep the library open for another year. The parish board passed the motion because readers had been given no notice.
"""

gym = app_fixture("gym.txt", GYM)
gym_raised = app_fixture("gym_raised.txt", GYM_RAISED)
library = app_fixture("library.txt", LIBRARY)
library_passed = app_fixture("library_passed.txt", LIBRARY_PASSED)

test_corrected = table(answers, [
    ask("gym", "Why did Corvale Leisure put the price of its basic plan up to £55?", "£30",
        starting="The articles do not say", id="figure_of_another_kind_of_the_thing"),
    ask("library", "Why did the parish board pass the motion to keep the library open?", "The motion was lost",
        starting="The articles do not say", id="motion_lost_not_passed"),
])

test_answers = table(answers, [
    ask("gym_raised", "Why did Corvale Leisure put the price of its basic plan up to £55?", "£55",
        lacking="do not say", id="figure_of_the_thing_asked"),
    ask("library_passed", "Why did the parish board pass the motion to keep the library open?", "no notice",
        lacking="do not say", id="motion_passed"),
])
