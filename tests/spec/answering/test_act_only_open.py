"""A did-question whose act the articles tell only as open to someone ("Either party may appeal
within 14 days", "the council could sell the field") is declined, citing that sentence: nothing says
it was done. Where the act is told as done, or refused, the question is answered."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines, table

TRIBUNAL = """Wexmoor Rowing Association — Conduct Tribunal

Decision of 4 August 2026

1. The member, Mr Caradoc Fenwright, was found to have entered an ineligible crew at the Lanthorn Regatta.
2. The Tribunal imposes a suspension of three months.
3. Either party may appeal to the Association's Review Board in writing within 14 days of this decision.
"""

FIELD = """Title: Council weighs sale of Pellbury playing field
Date: 2026-03-09

Pellbury council faces a shortfall of £400,000 next year. The council could sell the Pellbury playing field to cover the deficit, its finance chief, Ysolde Quillfeather, said on Monday. Residents say the field is used every weekend.
"""

LODGED = """Title: Rower appeals suspension
Date: 2026-08-12

Caradoc Fenwright has appealed against the three-month suspension the Wexmoor Rowing Association imposed on him this month, his solicitor said. The member may appeal only once under the rules.
"""

tribunal = app_fixture("tribunal.txt", TRIBUNAL)
field = app_fixture("field.txt", FIELD)
lodged = app_fixture("lodged.txt", LODGED)

test_declines = table(declines, [
    ask("tribunal", "did fenwright appeal the tribunal's decision", "may appeal", id="appeal_only_open_in_a_decision"),
    ask("field", "Did Pellbury council sell the playing field?", "could sell", id="sale_only_open_in_news"),
])

test_answers = table(answers, [
    ask("lodged", "Did Fenwright appeal the suspension?", "has appealed", id="appeal_told_as_done_is_answered"),
])
