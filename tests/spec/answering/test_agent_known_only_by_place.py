"""An agent the article leaves unnamed, known only by its place or its employer ("a Crickmoor haulier",
"£8,000 had been released to a Crickmoor haulier"): "which haulier was paid", or asked with the place
as the question's own word ("which crickmoor haulier"), declines citing that sentence. A proper noun
before an indefinite noun says where or whose it is, never its name. An article that names it
("Brackwell Haulage, a Crickmoor haulier") answers."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines, table

UNNAMED = """Spoil to be cleared from Hollin Edge quarry path

Published 9 March 2025

Council treasurer Osric Tallowmere said on Monday that £8,000 had been released to a Crickmoor haulier to clear the spoil from the quarry path, and that the work would start next week.

Ranger Mabel Tregunna said the fencing had been pulled down twice by visitors. "People climb over for a picture," she said.

Hikers can still reach the summit by the lane from Crickmoor.
"""

NAMED = """Spoil to be cleared from Hollin Edge quarry path

Published 9 March 2025

Council treasurer Osric Tallowmere said on Monday that £8,000 had been paid to Brackwell Haulage, a Crickmoor haulier, to clear the spoil from the quarry path.

Hikers can still reach the summit by the lane from Crickmoor.
"""

unnamed = app_fixture("hollin_spoil.txt", UNNAMED)
named = app_fixture("hollin_spoil_named.txt", NAMED)

test_unnamed_declines = table(declines, [
    ask("unnamed", "which crickmoor haulier was paid to clear the spoil", "a Crickmoor haulier",
        id="place_qualified_which_lower_case"),
    ask("unnamed", "Which Crickmoor haulier was paid to clear the spoil?", "a Crickmoor haulier",
        id="place_qualified_which"),
    ask("unnamed", "Which haulier was paid to clear the spoil?", "a Crickmoor haulier", id="which_kind_only"),
])

test_named_answers = table(answers, [
    ask("named", "which crickmoor haulier was paid to clear the spoil", "Brackwell Haulage", id="named_in_apposition"),
    ask("unnamed", "What did the ranger say about the fencing?", "pulled down", id="other_question_answered"),
])
