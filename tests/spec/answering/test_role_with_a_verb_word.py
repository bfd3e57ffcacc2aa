"""A role phrase may hold a word that is also a speech verb ("the party's state president",
"the state secretary"): before a job noun it is part of the role, not the question's verb."""

import pytest

from bot.answering.question import analyse
from tests.spec.answering.asks import answers

ARTICLE = """Harbour Party sweeps Lanford council

LANFORD, June 3, 2025 - The Harbour Party on Monday won 31 of the 50 seats on Lanford city council, ending the Civic Alliance's twelve-year hold.

Harbour Party state president Kavita Menon called the result "a verdict against a decade of broken promises".

"The people of Lanford have voted for clean buses and safe streets. We will give them both within a year," Menon told reporters.

The Civic Alliance's city leader, Joe Brant, conceded defeat. "The big parties have had their time," said independent candidate Mira Sol.
"""


@pytest.mark.parametrize("question,role", [
    ("What did the winning party's state president promise to deliver within a year?", "the winning party's state president"),
    ("What did the state secretary say about the budget?", "the state secretary"),
])
def test_a_speech_word_before_a_job_noun_is_part_of_the_role(question, role):
    q = analyse(question, None)
    assert q.speaker_phrase == role and q.role_head is not None


def test_what_the_described_president_promised(app_over):
    with app_over("lanford_poll.txt", ARTICLE) as whosaid:
        answers(whosaid, "What did the winning party's state president promise to deliver within a year?",
                "clean buses")
