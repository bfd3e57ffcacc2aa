"""Press-conference notes: the speaker's words under a topic subhead ("On the dividend:") rarely
repeat what they are about; the subhead says it, so a question on the topic finds the words under
it, also when retrieval found only the subhead."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

BRIEFING = """Quarterly results briefing: what the chief executive said

Chief executive Marguerite Olufemi-Brandt faced reporters in the company's head office after the half-year figures. These are her answers, lightly edited.

On the dividend:
The board will hold the payout at 14 pence. Cash is strong, but the next year will bring higher energy bills.

On job cuts at the Pellworth plant:
Nothing has been decided. We are consulting the unions this month, and no one will lose a job before the consultation ends.

On the takeover rumours:
There has been no approach. We would look at any offer on its merits.
"""

briefing = app_fixture("results_briefing_notes.txt", BRIEFING)


def test_a_question_on_a_subhead_s_topic_finds_the_words_under_it(briefing):
    answers(briefing, "What did Olufemi-Brandt say about job cuts at the Pellworth plant?", "Nothing has been decided")


def test_a_question_on_another_topic_finds_its_own_block(briefing):
    answers(briefing, "What did Olufemi-Brandt say about takeover rumours?", "no approach")
