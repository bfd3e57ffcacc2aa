"""Why-questions whose premise the article contradicts in wordings the first rules missed
(bot/answering/premise_detail.py, index/vocabulary.yaml `opposite_acts`); each beside a twin the
article does answer.

    Why did the gym put the price of its basic plan up to £55?   "keep the price of the plan at £30";
                                  "The premium plan normally costs £55"                 another kind's figure
    Why did the board pass the motion to close the library?      "The motion was lost."   a motion lost, not passed
    Why did the editors settle on 1911 as the year it opened?    "Then 1912 it is. ... moved 1911 to a note"   overturned later
    Why was Nell sacked after she kept the shop open in the storm?   "wrote me a warning. And then he tore it up."   what followed
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

LIBRARY = """Title: Questions about the Trevessa library closure
Date: 2026-03-02

Is the library closing?

The parish board voted on Tuesday 24 February to close Trevessa library from 1 June.

Councillor Oswin Marlowe proposed a motion to keep the library open for another year. He said readers had been given no notice and warned that the village would lose its only warm space. The motion was lost.
"""

LIBRARY_PASSED = """Title: Questions about the Trevessa library closure
Date: 2026-03-02

Is the library closing?

Councillor Oswin Marlowe proposed a motion to keep the library open for another year. The parish board passed the motion because readers had been given no notice.
"""

TALK = """Talk:Varrow footbridge

This is the talk page for discussing improvements to the Varrow footbridge article.

Year it opened[edit]

The article says the footbridge opened in 1911. My great-aunt walked over it on the first day and she always said it was 1912. — Preceding unsigned comment added by 10.4.2.9 (talk) 08:12, 3 March 2026 (UTC)

:Thanks. The parish history book says 1911, so we keep that unless there is another published source. Quillon (talk) 10:40, 3 March 2026 (UTC)

::The county archive's 1913 yearbook says "the new footbridge at Varrow, opened in the spring of 1912". That is a published source. Ferncastle (talk) 17:05, 4 March 2026 (UTC)

:::Then 1912 it is. I've changed the lead and moved 1911 to a note. Quillon (talk) 09:30, 6 March 2026 (UTC)
"""

TALK_KEPT = """Talk:Varrow footbridge

This is the talk page for discussing improvements to the Varrow footbridge article.

Year it opened[edit]

The article says the footbridge opened in 1911. Is that right? — Preceding unsigned comment added by 10.4.2.9 (talk) 08:12, 3 March 2026 (UTC)

:Yes. We settled on 1911 because the parish history book and the county archive both give it. Quillon (talk) 10:40, 3 March 2026 (UTC)
"""

INTERVIEW = """VALLEY SOUND ARCHIVE
Oral History Collection

Interviewee: Elspeth ("Nell") Thrushcombe (b. 1944)
Interviewed by: Tomas Ilve
Date recorded: Tuesday 3 March 2026

TI: You worked at the village shop for a long time.

NB: Twenty years. Mr Ostrand owned it and he was strict about closing at six.

TI: Do you remember the big storm?

NB: The storm of 1971. The road to Hessle was cut and people had no bread. So I kept the shop open all night in the storm and gave out candles. I wasn't supposed to. [laughs] The Tolliver children came in soaked to the skin.

TI: Did you get into trouble?

NB: Mr Ostrand wrote me a warning. And then he tore it up, in front of me. He said, "Don't tell my wife."
"""

INTERVIEW_SACKED = """Title: Shop worker sacked for opening in storm
Date: 2026-03-04

Nell Thrushcombe kept the village shop open all night in the storm of 1971 and gave out candles.

Her employer sacked her the following week because she had broken his rule about closing at six, she said.
"""

gym = app_fixture("gym.txt", GYM)
gym_raised = app_fixture("gym_raised.txt", GYM_RAISED)
library = app_fixture("library.txt", LIBRARY)
library_passed = app_fixture("library_passed.txt", LIBRARY_PASSED)
talk = app_fixture("talk.txt", TALK)
talk_kept = app_fixture("talk_kept.txt", TALK_KEPT)
interview = app_fixture("interview.txt", INTERVIEW)
interview_sacked = app_fixture("interview_sacked.txt", INTERVIEW_SACKED)

test_corrected = table(answers, [
    ask("gym", "Why did Corvale Leisure put the price of its basic plan up to £55?", "£30",
        starting="The articles do not say", id="figure_of_another_kind_of_the_thing"),
    ask("library", "Why did the parish board pass the motion to keep the library open?", "The motion was lost",
        starting="The articles do not say", id="motion_lost_not_passed"),
    ask("talk", "Why did the editors settle on 1911 as the year the footbridge opened?", "Then 1912 it is",
        starting="The articles do not say", id="year_chosen_overturned_later_in_the_thread"),
    ask("interview", "Why was Nell sacked after she kept the shop open in the storm?", "tore it up",
        starting="The articles do not say", id="consequence_never_told_what_followed"),
])

test_answers = table(answers, [
    ask("gym_raised", "Why did Corvale Leisure put the price of its basic plan up to £55?", "£55",
        lacking="do not say", id="figure_of_the_thing_asked"),
    ask("library_passed", "Why did the parish board pass the motion to keep the library open?", "no notice",
        lacking="do not say", id="motion_passed"),
    ask("talk_kept", "Why did the editors settle on 1911 as the year the footbridge opened?", "1911",
        lacking="do not say", id="year_chosen_kept"),
    ask("interview_sacked", "Why was Nell sacked after she kept the shop open in the storm?", "storm",
        lacking="do not say", id="consequence_told"),
])
