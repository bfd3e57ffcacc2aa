"""A quote chosen at its opening sentence is read to its end: the sentence that closes it, with its
attribution, is what the speaker said last ("... but barely," he told me), and is often the answer to
a question asked in other words than the opening's."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

COLUMN = """The map that moved a library

By the readers' editor

Last month our Saturday edition printed a map that put the Eskerlee branch library on the wrong side of the river. Orlagh Birkenshaw, who runs the branch, wrote to complain that three readers had walked to the wrong bank.

The paper's managing editor, Tobiah Vantresca, said the paper's policy is to correct errors in the same place the error appeared. Because the map ran on page 5, the correction ran on page 5, on March 3. He said he understood why the librarian felt that was not enough. "A correction should be as easy to see as the mistake. This time I think we managed that, but barely," he told me.

From April, every map will be checked against the council's own plans before it goes to print.
"""

column = app_fixture("column.txt", COLUMN)


def test_a_quote_opened_in_a_chosen_sentence_comes_with_its_closing_sentence(column):
    answers(column, "Did the managing editor think the correction on page 5 was prominent enough?", "barely")
