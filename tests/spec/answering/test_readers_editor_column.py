"""Questions on a readers' editor's column (first person, a byline, no date of its own): the one the
writer "spoke to" is who did what that person explains; the writer's "wrote to me on Oct. 5" is the
day a question about writing to the writer (by the byline's role) asks; an editor "who asked not to
be named" has no name to give. The column is invented (tests/spec/statements)."""

import pytest

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines
from tests.spec.statements.test_statements_spec_readers_editor_columns import COLUMN

column = app_fixture("column.txt", COLUMN)

APPEAL = """Police appeal after cyclist hurt on moor road

A cyclist was seriously injured when she was struck by a van on the Hallow Moor road on Sunday morning.

The motorist who found the rider, who asked not to be named, told officers she had first thought a bag had been left in the verge.

Inspector Wendell Ruskin, who leads the force's road safety team, said the road had seen four serious collisions in two years. "We will be carrying out speed checks on this stretch over the coming weeks," he said.
"""

appeal = app_fixture("appeal.txt", APPEAL)


@pytest.mark.parametrize("fixture, question, holding, checks", [
    ask("column", "Which journalist wrote the story that got the subsidy figure wrong?", "Vossberg",
        id="the_reporter_the_writer_spoke_to_wrote_it"),
    ask("column", "On what date did the councillor write to the readers' editor?", "Oct. 5",
        id="the_day_he_wrote_to_me"),
    # a named editor who said it is no unnamed one
    ask("column", "Which editor said corrections are printed on the page where the error ran?", "Beatrix Thibodeaux",
        id="the_named_editor_who_said_it"),
    # the witness who asked not to be named spoke to officers: no officer is unnamed
    ask("appeal", "Which officer promised speed checks on the road where the cyclist was hit?", "Ruskin",
        id="the_unnamed_one_is_not_the_officer_asked_for"),
])
def test_answers(request, fixture, question, holding, checks):
    answers(request.getfixturevalue(fixture), question, *holding, **checks)


@pytest.mark.parametrize("question", [
    "Which senior editor said the draft tables should never have left the committee room?",
    "What is the name of the senior editor who criticised the draft tables?",
])
def test_an_editor_who_asked_not_to_be_named_has_no_name(column, question):
    declines(column, question, "asked not to be named", lacking=("Thibodeaux", "Vossberg"))
