""""The quay traders' chair shares her surname with a government minister; what is his portfolio?":
the known person comes first (described by her role), the namesake after "with" (by his), and the
question after the semicolon is about him: asked of him by name, his sentence naming him with his
portfolio answers, not her own sentence ("..., who chairs ... and is no relation of the minister").
Every article here is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

DAILY = """THE BELLMOOR COURIER
Bellmoor's daily newspaper

Local News | Wednesday 11th March 2026 | 07:05

Quay cafes face midnight cut-off for pavement tables

By Perpetua Waldron

Cafes on the Gullwing Quay will have to take in their pavement tables at midnight from the start of
the summer, under rules announced by the Government yesterday.

The Minister for Ports and Licensing, the Hon Lucian Carbonell, said the rules would give "some quiet"
to the families living above the quay.

"Nobody is shutting anyone," Mr Carbonell said.

Wilhelmina Carbonell, who chairs the Gullwing Quay Traders' Guild and is no relation of the minister, said her
members had not been asked.

Photo caption: The Gullwing Quay on a summer evening. (Photo: Courier archive)
"""

app = app_fixture("quay.txt", DAILY)


def test_the_namesakes_portfolio(app):
    answers(app, "the gullwing quay traders' chair shares her surname with a government minister; what is his portfolio",
            "Ports and Licensing")


def test_the_form_is_read_only_with_a_question_about_the_namesake_after_it():
    from bot.answering.namesakes import _SHARES_THEN, _THIRD

    m = _SHARES_THEN.match("the traders' chair shares her surname with a minister; what is his portfolio")
    assert m and m.group("known") == "the traders' chair" and m.group("other") == "a minister"
    assert _THIRD.search(m.group("rest"))
    assert _SHARES_THEN.match("who shares her surname with a minister?") is None
