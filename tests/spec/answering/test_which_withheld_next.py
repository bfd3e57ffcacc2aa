"""A "which <thing>" question whose best sentence mentions the thing only as a kind ("a shortage of
a resin"), while one of the next best says the very "which <thing>" is withheld ("He did not say which
supplier had failed to deliver"): the articles do not say which, and the withholding sentence is
cited as why, not appended to an answer. A sentence withholding another thing does not stop an answer."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines, table

NEWS = """Boatyard halts work on ferry order

By Ingrid Valcourt
9 October 2025

Work on two new passenger ferries at the Pellsworth boatyard has stopped for a month, the yard's owner, Tamsin Grebe, said on Wednesday.

Ms Grebe said the pause was caused by a shortage of a resin used in the hulls. She did not say which supplier had failed to deliver the resin.

The ferries were ordered by the Harrowby Island Council in 2024 for £9 million. The council said it had not been told which sailing dates would be affected.

The yard's apprentices will be moved to repair work, Ms Grebe said.
"""

news = app_fixture("pellsworth_boatyard.txt", NEWS)

test_withheld_declines = table(declines, [
    ask("news", "Which supplier failed to deliver the resin?", "did not say which supplier", id="which_supplier_withheld"),
])

test_still_answered = table(answers, [
    ask("news", "What caused the pause in work on the ferries?", "shortage of a resin", id="the_cause_given"),
    ask("news", "Who ordered the ferries?", "Harrowby Island Council", id="the_buyer_named"),
])
