"""Where someone spoke is often said only in their own quote's attribution, a paragraph after the one
that names them ("... he told reporters at the company's control room in Ardley."): that line is theirs
(the ledger resolves "he"), so it answers where they were, though it names neither them nor their role."""

import pytest

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

ARTICLE = """Live: power cut hits three regions

10:05 - Millions without power

About 1.2 million customers lost power at 07:50 across three regions, the grid operator said.

Voltaris Grid's chief executive, Edmund Harrowgate, has denied that the outage was caused by a cyberattack.

"There is nothing to suggest sabotage. A breaker on the Thornby line opened, and the network protected itself as it should," he told reporters at the company's control room in Ardley.

Asked why the fault spread so far, he said engineers were still reading the logs.

10:40 - Minister demands report

The energy minister, Priyanka Oduya, said the government would demand a full report from Voltaris Grid within a week. "I will not guess at causes," she said.

11:15 - Trains halted

Rail operators halted all suburban services until power returned, a spokesman said.
"""


app = app_fixture("power_cut_live.txt", ARTICLE)


@pytest.mark.parametrize("question", [
    "Where was the Voltaris Grid chief when he talked to reporters?",
    "Where was Edmund Harrowgate when he spoke to reporters?",
])
def test_where_someone_spoke_is_read_from_their_own_quotes_attribution(app, question):
    answers(app, question, "control room in Ardley")
