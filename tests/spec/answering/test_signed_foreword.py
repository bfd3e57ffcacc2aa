"""Who wrote a signed piece that decides nothing (a chair's foreword, a president's message, an
editor's letter): the "NAME / Role" block that closes it answers, and is cited, when the question
names the piece (its heading or title). A question naming another piece is not answered from it.
Every article here is invented."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers, replies

REPORT = """Ketterby Rowing Club
Annual Review 2024

President's message

This was the year we finally replaced the boathouse doors. Our juniors won four regatta pennants, and membership passed 300 for the first time.

Our captain, Hamish Oduro-Pike, warned the committee that two of our eights are now over twenty years old. I agree with him, and a boat fund will open in the spring.

I am grateful to every volunteer who made this season possible.

Lucinda Marchetti-Bayo
President
"""

NEWSLETTER = """Harwell Valley Orchard Trust
Spring Newsletter

Editor's letter

Blossom came three weeks early this year, and our volunteers grafted 140 new trees. The cider press is back from repair.

I hope you will join us at the wassail.

Bartholomew Nkemelu-Frost
Newsletter Editor
"""

app = articles_fixture({"report.txt": REPORT, "newsletter.txt": NEWSLETTER})


def test_the_writer_of_a_president_s_message_is_its_signer(app):
    answer = answers(app, "Who wrote the rowing club's president's message?", "Marchetti-Bayo")
    assert "Lucinda Marchetti-Bayo" in answer.citations[0].text, answer.citations


def test_the_writer_of_an_editor_s_letter_is_its_signer(app):
    answers(app, "Who wrote the orchard trust's editor's letter?", "Nkemelu-Frost")


def test_a_piece_the_question_does_not_name_is_not_answered_from_a_signature(app):
    replies(app, "Who wrote the boat fund appeal?", lacking="Signed at the end")
