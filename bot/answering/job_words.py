"""Other words for the job a who-question asks about, which the sentence naming its holder may use.

"Who heads the campaign group?" is answered by "the group's chair, Kit Marrable": "heads" and
"chair" are one job (index/vocabulary.yaml role_groups). When the role's description already picks
out one person (roles.role_speaker), that person's naming sentence holds the role's word in its own
way and scores as if it wrote the question's. Another holder of a like job ("the council leader")
is not credited: the group the question describes is the other words' to match.
"""

from __future__ import annotations

from bot.answering.candidates import Candidate
from bot.answering.question import Question
from bot.answering.roles import same_job


def job_words(q: Question) -> tuple[tuple[str, ...], ...]:
    """The stems of each other word for the job of "which/who <role>", when a person is asked."""
    if q.asks != "person" or not q.role_head:
        return ()
    return tuple(form for form in same_job(q.role_head) if form != (q.role_head,))


def holds_job(c: Candidate, job: tuple[tuple[str, ...], ...], holder: str | None) -> bool:
    """`c` names `holder` and says their job in one of `job`'s words."""
    if not holder or not any(all(t in c.terms for t in form) for form in job):
        return False
    surname = holder.split()[-1]
    return surname in c.text or (c.statement is not None and c.statement.speaker == holder)
