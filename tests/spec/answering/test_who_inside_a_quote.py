"""Who said the words of a quotation inside a quotation: the inner speaker, never the one retelling them.

Every article here is invented: a resident retells a councillor's promise ('The councillor stood
here and told us, 'By Friday, ...''); the councillor is named in the next paragraph. "Who told
residents the road would be open by Friday" names the councillor, not the resident, and the
label's day is not the "Friday" inside the inner words.
"""

import pytest

from tests.spec.answering.asks import answers
from tests.spec.statements.test_statements_spec_quote_inside_a_quote import DAILY


@pytest.fixture(scope="module")
def app(app_over):
    with app_over("marrow.txt", DAILY) as a:
        yield a


def test_the_promiser_is_the_inner_speaker(app):
    answers(app, "Who told Marrow Lane residents the road would be open by Friday?", "Rufus Pengelly",
            lacking=("Edwina Coltart,", "on Friday"))


def test_the_teller_still_answers_for_her_own_words(app):
    answers(app, "Who asked which Friday the councillor meant?", "Edwina Coltart")
