""""Which candidate has the paper endorsed?" asks who a deed was done to; where the articles write
that deed nowhere in any form (the paper only sent the candidates questions), the question is
declined. Where the deed is told, it is answered."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines, table

GUIDE = """Title: Voter guide: three run for mayor of Quellbury
Date: 2026-09-20

The Quellbury Courier's editor, Zenesk Velago-Kerion, sent the same five questions to all three registered mayoral candidates on Sept. 3 and asked for written answers by Sept. 14.

Candidate Ondine Marsh-Petrov, a retired surveyor, said she would fix the Eastgate bridge first. Candidate Wexion Bryamar-Kaye, a grocer, said the town's rates were too high.
"""

ENDORSED = """Title: Courier backs Marsh-Petrov for mayor
Date: 2026-09-27

The Quellbury Courier has endorsed Ondine Marsh-Petrov for mayor, its editorial board said on Saturday, citing her plan for the Eastgate bridge.
"""

guide = app_fixture("guide.txt", GUIDE)
endorsed = app_fixture("endorsed.txt", ENDORSED)

test_declines = table(declines, [
    ask("guide", "Which mayoral candidate has the Quellbury Courier endorsed?", id="deed_done_to_untold"),
])

test_answers = table(answers, [
    ask("endorsed", "Which mayoral candidate has the Quellbury Courier endorsed?", "Marsh-Petrov", id="deed_done_to_told"),
])


def test_a_deed_wished_or_to_come_is_not_the_deed_asked():
    from bot.answering.asked_act import asked_deed
    from bot.answering.question import analyse

    assert asked_deed(analyse("Which mayoral candidate has the Quellbury Courier endorsed?")) == "endorse"
    assert asked_deed(analyse("Which couple does Sergeant Corara-Brant want to trace?")) is None
    assert asked_deed(analyse("Which candidate will the Courier endorse?")) is None
