"""Questions over a meeting recording's transcript export and a video page's caption transcript:
the answer names the turn's speaker (given by the layout only) and cites the turn or the caption
line, not the header line nor a whole block of captions. Every article is invented."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers
from tests.spec.statements.test_statements_spec_recording_and_caption_turns import TEAMS, YOUTUBE

pages = articles_fixture({"ferncliffe.txt": TEAMS, "tarrowby.txt": YOUTUBE})


def test_who_said_names_a_speaker_written_surname_first(pages):
    answers(pages, "Who said the number 14 is the only bus up the hill?", "Tolland", lacking="2:41")


def test_a_turn_is_cited_without_its_header(pages):
    answers(pages, "What did Perpetua Quarrington-Vale say about the decision?", "Nothing has been decided",
            lacking=("3:30", "Ferncliffe DC)"))


def test_a_caption_answer_cites_the_line_not_the_block(pages):
    answer = answers(pages, "What would the permanent wall cost?", "6.1 million")
    assert "demountable barrier with new pumps" not in answer.text and "welcome everyone" not in answer.text, answer.text


def test_who_said_in_a_caption_transcript_names_the_chapters_speaker(pages):
    answers(pages, "Who asked who stores the barrier panels?", "Fenwright")


def test_starting_monday_in_a_caption_counts_forward_from_the_pages_day(pages):
    answers(pages, "From what date will the quay car park close?", "10 March 2025")

