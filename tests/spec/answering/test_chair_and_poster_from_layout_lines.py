""""Who chaired the hustings?" from a transcript's cover line ("Chair: Canon NAME"), though no
sentence calls her the chair and another article has a committee chairman; "Who is the poster of
the AMA?" from the opening post's "I'm NAME and I run ..." of a forum thread under "u/HANDLE" heads."""

import pytest

from tests.spec.answering.asks import answers
from tests.spec.statements.test_forum_ama_thread import THREAD
from tests.spec.statements.test_hustings_transcript import HUSTINGS

HARBOUR = """Harbour dredging plan delayed again

Thursday 8 October 2026

The dredging of Port Callan's inner harbour will not start before next spring, the harbour committee said yesterday.

Committee chairman Owen Prydderch, who has led the harbour board for six years, said the contractor had asked for more time. "We cannot dredge while the seals are pupping," he said.
"""


@pytest.fixture(scope="module")
def app(app_over_articles):
    with app_over_articles({"hustings.txt": HUSTINGS, "thread.txt": THREAD, "harbour.txt": HARBOUR}) as whosaid:
        yield whosaid


def test_the_chair_is_the_cover_lines_name(app):
    answers(app, "Who chaired the hustings?", "Ruth Ellery", lacking="Prydderch")


def test_the_poster_is_the_name_the_opening_post_gives(app):
    answers(app, "Who is the poster of the AMA?", "Imogen Thwaite")
