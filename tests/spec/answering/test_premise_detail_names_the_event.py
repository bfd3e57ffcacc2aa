"""A why-question with a qualifier the article never writes ("scored from open play") is corrected
with the line that names everyone the question names (the side and the player fouled), not a line
that has the noun only in another sense ("the ball was played")."""

import pytest

REPORT = """Title: Pellham snatch late win
Date: 2025-03-08

Pellham Town 2 Varrow 1

Scorers: Pellham - Osei 30, Brandt 89; Varrow - Lund 55 (pen)

Osei had put Pellham ahead on the half-hour, but Varrow drew level ten minutes after the break when Kasper Lund converted a penalty after the Pellham keeper brought down Tiago Mendes.

Varrow's manager was angry that the winner stood, saying the ball had been played to Brandt from an offside position.
"""


@pytest.fixture(scope="module")
def report(app_over):
    with app_over("pellham.txt", REPORT) as whosaid:
        yield whosaid


def test_the_line_naming_the_event_corrects_the_qualifier(report):
    answer = report.answer("Why was Varrow's equaliser, scored from open play by Mendes, allowed to stand?")
    assert not answer.abstained and answer.text.startswith("The articles do not say"), answer.text
    assert "converted a penalty" in answer.text, answer.text
