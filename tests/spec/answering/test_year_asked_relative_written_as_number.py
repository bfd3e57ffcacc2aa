""""How many ... last year?" where the article, dated in 2026, writes "in 2025": the sentence naming
the year by its number answers (it used to score below the floor and the bot declined). A year
that is not the one asked gives no such credit. Every article here is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

DAILY = """THE HARBOUR GAZETTE
Bellmoor's daily newspaper

Local News | Monday 9th February 2026 | 06:40

Quayside cafes told to take in chairs by midnight

Residents cheer; owners fear for the summer

By Perpetua Waldron

Cafes on the Gullwing Quay will have to take in their chairs by midnight, under rules announced by the
Town Council on Friday.

A Council press release said the Bellmoor Constabulary had recorded 388 disturbance reports about the
quay in 2025, up from 151 in 2022.

"We are not against anyone earning a living," the council's leader, Bertram Telling, said.

Photo caption: The Gullwing Quay on a summer evening. (Photo: Crier archive)
"""

app = app_fixture("quay.txt", DAILY)


def test_last_year_is_the_year_before_the_articles_date(app):
    answers(app, "how many disturbance reports did the bellmoor constabulary record about the quay last year", "388")


def test_a_year_written_as_a_number_is_credited_only_when_it_is_the_one_asked():
    from datetime import date

    from tests.spec.invented import candidates_of_paragraphs
    from bot.answering.years_written import with_years_written

    cands = candidates_of_paragraphs(["In 2025 the quay had 388 reports.", "In 2022 it had 151, and 2,025 visitors."])
    with_years_written("how many reports last year?", cands, lambda a: date(2026, 2, 9))
    credited = [c.text for c in cands if "last" in c.terms]
    assert credited == ["In 2025 the quay had 388 reports."]
