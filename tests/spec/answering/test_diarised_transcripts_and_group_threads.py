"""Questions over a diarised auto-transcript (voices named only by the host's introductions) and a
social-media group's thread pasted from the page: who said it names the voice or the commenter,
"the councillor" finds the one introduced or self-described as such, a statement the host read out
is the sender's, and one turn's two figures answer a compare. Every article is invented."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers
from tests.spec.statements.test_statements_spec_diarised_transcripts import MEETING, PODCAST
from tests.spec.statements.test_statements_spec_group_threads import ALLOTMENTS, NOTICEBOARD

pages = articles_fixture({"briefing.txt": PODCAST, "harbour.txt": MEETING})
# (a corpus of its own: "the councillor" of the podcast is another councillor)
threads = articles_fixture({"noticeboard.txt": NOTICEBOARD, "allotments.txt": ALLOTMENTS})


def test_who_said_names_the_voice_the_host_introduced(pages):
    answers(pages, "Who said the lorries will come down Mill Lane past the primary school?", "Oswin Tredgold",
            lacking="Speaker 2")


def test_what_the_councillor_said_is_the_introduced_councillors_turn(pages):
    answers(pages, "What did the councillor say about the cost of the depot?", "2.1 million", "Ravinder Ashbrindle")


def test_a_statement_the_host_read_out_is_the_senders(pages):
    answers(pages, "What did Fennimoor Waste Services say about Mill Lane?", "highest standards", lacking="Tamsyth")


def test_two_figures_of_one_turn_answer_a_compare(pages):
    answers(pages, "How does the cost of the new depot compare with the yearly haulage cost of the current site?",
            "2.1 million", "380,000")


def test_a_guest_introduced_by_title_and_surname(pages):
    answers(pages, "Who said the north wall has moved about 40 millimetres?", "Ingram Selwood")


def test_a_comment_under_a_name_line_is_its_commenters(threads):
    answers(threads, "Who said the school is asking for a crossing patrol?", "Hestrid Galloway-Pine")


def test_the_councillor_of_a_role_opener_comment(threads):
    answers(threads, "What did the councillor say about the repair of the bridge?", "20 May", "Feodorina Quellacourt-Hay")


def test_an_indented_reply_is_its_authors(threads):
    answers(threads, "Who said the east taps have leaked since last summer?", "Saoirse Mbekwe-Dunn")
