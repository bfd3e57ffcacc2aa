""""Why did the harvest start late?" where the writer says it started "a week earlier than usual": the
premise is corrected with that sentence, though it names the act ("we started cutting") and not the
thing asked about, which its paragraph names. Every article here is invented."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

VINES = """# The Terrace Diary

Notes from a small vineyard above the river.

**Cosima Ballantrae-Fenn**
Sep 30, 2026

---

Hello from Quellbach, where the presses are running day and night.

We started cutting our own two hectares of riesling on 14 September, ten days earlier than usual. The grape harvest this year will be small, and I can tell you now that the juice is sweet.

The cooperative's cellar master, Anselm Grubenthal, said on Monday that the cellar would take every grape the members could bring.
"""

FERRY = """Island ferry sailings resume after storm

The island ferry service started again on Thursday, two days later than planned, after storm damage to the ramp at the northern pier was repaired.

The operator's spokeswoman, Ysolde Vanterpool, said the first sailing had carried 140 passengers.
"""

posts = articles_fixture({"vines.md": VINES, "ferry.txt": FERRY})


def test_a_start_said_to_be_late_is_corrected_by_earlier_than_usual(posts):
    answers(posts, "why did the grape harvest start late this year", "earlier than usual", starting="The articles do not say")


def test_a_start_said_to_be_early_is_corrected_by_later_than_planned(posts):
    answers(posts, "why did the island ferry service start again early", "later than planned", starting="The articles do not say")
