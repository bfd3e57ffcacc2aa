"""A speech published as speaking notes ("SPEAKING NOTES / for the Honourable NAME / TITLE / ...
CHECK AGAINST DELIVERY") and a company's incident statement in dated update blocks: a question that
names the notes' speaker by her title finds her first-person lines, and one about the company's
count finds its own "we" sentence. Invented pages."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, table
# the pages the statement specs read (one copy of each invented page)
from tests.spec.statements.test_incident_update_blocks import _PAGE as INCIDENT
from tests.spec.statements.test_speaking_notes import _NOTES as NOTES

notes = app_fixture("speaking_notes.txt", NOTES)
incident = app_fixture("incident_statement.txt", INCIDENT)


test_answers = table(answers, [
    ask("notes", "What did the education minister announce for rural schools?", "$12 million",
        id="the_notes_speaker_is_found_by_the_title_under_her_name"),
    ask("incident", "How many passengers were affected by the cancellations?", "7,400", lacking="2.1 million",
        id="the_companys_own_count_in_an_update_block_answers"),
])
