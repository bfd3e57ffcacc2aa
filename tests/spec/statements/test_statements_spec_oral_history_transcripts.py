"""Oral-history transcripts: a catalogue header names the people ("Interviewee: ...",
"Interviewer: ...") and the turns are labelled briefly, by initials, by "Q"/"A" or by a first
name: each label is the header's person in full. Header fields and stage directions ("[pause]",
"[laughs]") are nobody's words. Every article here is invented."""

from datetime import date
from functools import partial

import pytest

from tests.spec.invented import statements_of

_stmts = partial(statements_of, name="oral_history.txt")

HEADER = """Kerith Shipyard Voices

Interviewee: Rowena Ketteridge Harrow
Interviewer: Osric Penwell
Date of interview: 9 October 2018
Recorded at the Kerith Library

Transcribed by Una Savobel

"""

TURNS = """{q}: When did you start at the yard?

{a}: I went in as a tracer in the autumn of 1961. My father had worked the slipways all his life.

{q}: What was the drawing office like?

{a}: Noisy. [laughs] You had forty people and two telephones, and the telephones never stopped.

[pause]

{a}: The best years were before the big orders went south. After that it was a slow goodbye.

{q}: Thank you.

[End of extract]
"""


@pytest.mark.parametrize("q, a", [("OP", "RH"), ("OP", "RKH"), ("Q", "A"), ("Osric", "Rowena"), ("Op", "Rh")])
def test_brief_turn_labels_are_the_header_people_in_full(q, a):
    stmts = _stmts(HEADER + TURNS.format(q=q, a=a))
    answers = [s for s in stmts if "tracer" in s.content or "telephones" in s.content or "slow goodbye" in s.content]
    assert len(answers) == 3
    assert {s.speaker for s in answers} == {"Rowena Ketteridge Harrow"}


def test_the_header_interviewer_asks_and_states_nothing_though_the_prompts_are_no_questions():
    prompts = TURNS.replace("When did you start at the yard?", "Tell me about your first day at the yard.") \
        .replace("What was the drawing office like?", "I gather the drawing office was a busy place.") \
        .replace("{q}: Thank you.", "{q}: Thank you. That is all we have time for.")
    stmts = _stmts(HEADER + prompts.format(q="OP", a="RH"))
    assert not any("first day" in s.content or "busy place" in s.content or "Thank you" in s.content for s in stmts)
    assert {s.speaker for s in stmts if "tracer" in s.content} == {"Rowena Ketteridge Harrow"}


def test_stage_directions_are_nobodys_words():
    stmts = _stmts(HEADER + TURNS.format(q="OP", a="RH"))
    assert not any("[pause]" in s.content or "End of extract" in s.content for s in stmts)
    noisy = [s for s in stmts if "forty people" in s.content]
    assert [s.content.startswith("[laughs]") for s in noisy] == [False]
    assert not any(s.content.strip() == "[laughs]" for s in stmts)


def test_header_fields_are_no_statements_and_the_transcriber_is_no_voice():
    text = ("Kerith Shipyard Voices\n\nOne of thirty recordings made for the yard's centenary.\n\n"
            "Interviewee: Rowena Ketteridge Harrow\nInterviewer: Osric Penwell\nDate of interview: 9 October 2018\n"
            "Recorded at the Kerith Library. Transcribed by Una Savobel.\n\n")
    stmts = _stmts(text + TURNS.format(q="Q", a="A"))
    assert not any("Kerith Library" in s.content or "Una Savobel" in s.speaker for s in stmts)
    assert {s.speaker for s in stmts if "tracer" in s.content} == {"Rowena Ketteridge Harrow"}


MEMORIES = HEADER + """OP: What happened to the yard?

RH: In 1977 the yard manager told us the order book was empty. We did not believe it.

OP: And after that?

RH: The strike came. Our shop steward was Alf Brennock. That winter he said the men would not go back without a guarantee.

RH: There was a surveyor from the insurers who came round every month. And he said, "This slipway will not last another year." Mr Quenara wrote me up for arguing with him.

RH: I told him, "Then mend it before it kills someone." [Later added: the slipway was closed in 1979.]

OP: Thank you.
"""


def test_words_remembered_from_a_named_year_are_dated_in_that_year():
    stmts = _stmts(MEMORIES)
    empty = [s for s in stmts if "order book was empty" in s.content]
    assert [(s.when_start.year, s.when_end.year) for s in empty] == [(1977, 1977)]
    assert "manager" in empty[0].speaker


def test_that_winter_looks_back_to_the_year_the_answers_named():
    stmts = _stmts(MEMORIES)
    strike = [s for s in stmts if "would not go back" in s.content]
    assert [(s.when_start, s.when_end) for s in strike] == [(date(1977, 1, 1), date(1977, 12, 31))]


def test_a_described_person_owns_the_words_an_answer_recalls_from_him():
    stmts = _stmts(MEMORIES)
    slipway = [s for s in stmts if "will not last another year" in s.content]
    assert len(slipway) == 1 and "surveyor" in slipway[0].speaker


def test_a_reprimand_written_up_is_no_statement():
    stmts = _stmts(MEMORIES)
    assert not any("Quenara" in s.speaker for s in stmts)


def test_the_narrators_own_remark_and_later_addition_are_the_narrators():
    stmts = _stmts(MEMORIES)
    assert {s.speaker for s in stmts if "mend it" in s.content or "closed in 1979" in s.content} == {"Rowena Ketteridge Harrow"}


def test_a_catalogue_name_written_surname_first_is_read_in_full():
    text = HEADER.replace("Interviewee: Rowena Ketteridge Harrow", "Interviewee: HARROW, Rowena Ketteridge")
    stmts = _stmts(text + TURNS.format(q="OP", a="RH"))
    assert {s.speaker for s in stmts if "tracer" in s.content} == {"Rowena Ketteridge Harrow"}


def test_the_date_of_interview_field_dates_the_answers_under_an_introduction():
    text = ("Kerith Shipyard Voices\n\nOne of thirty recordings made for the yard's centenary, about the drawing"
            " office that closed after the last launch.\n\n" + HEADER.split("\n\n", 1)[1])
    stmts = _stmts(text + TURNS.format(q="Q", a="A"))
    assert {s.when_start for s in stmts if "tracer" in s.content} == {date(2018, 10, 9)}


def test_an_interviewed_by_line_names_the_one_who_asks():
    text = HEADER.replace("Interviewer: Osric Penwell", "Interviewed by Osric Penwell")
    stmts = _stmts(text + TURNS.format(q="Osric", a="Rowena"))
    assert {s.speaker for s in stmts if "tracer" in s.content} == {"Rowena Ketteridge Harrow"}
    assert not any("When did you start" in s.content for s in stmts)


def test_the_described_person_may_be_introduced_with_the_and_what_is_said_of_them():
    turns = ("OP: And the slipway?\n\nRH: We all knew it was going.\n\nOP: Who said so?\n\n"
             "RH: The surveyor who came round from the insurers had a look in the spring. And he said, "
             "\"This slipway will not last another year.\"\n\nOP: Thank you.\n")
    stmts = _stmts(HEADER + turns)
    assert [s.speaker for s in stmts if "another year" in s.content] == ["the surveyor who came round from the insurers"]


@pytest.mark.parametrize("field, a", [
    ('Interviewee: Morwen ("Wren") Odell, née Farrier (b. 1944)', "WO"),
    ('Interviewee: Morwen "Wren" Odell, nee Farrier', "WO"),
    ("Interviewee: Morwen ('Wren') Odell (born Farrier)", "Wren"),
    ("Interviewee: Morwen Odell, née Farrier (b. 1944)", "MO"),
])
def test_a_header_name_with_a_nickname_or_birth_name_explains_the_labels(field, a):
    header = HEADER.replace("Interviewee: Rowena Ketteridge Harrow", field)
    stmts = _stmts(header + TURNS.format(q="OP", a=a))
    assert {s.speaker for s in stmts if "tracer" in s.content or "slow goodbye" in s.content} == {"Morwen Odell"}
    assert not any("When did you start" in s.content for s in stmts)


def test_a_person_described_inside_a_recalled_quotation_is_not_its_speaker():
    turns = ("OP: Do you remember the storm?\n\nRH: The storm. March 1966. A vet rang through from Callow, Mr Tregear,"
             " and he said, \"Rowena, I've got a farmer with a broken leg and no road. Get me the county town and keep"
             " it open.\" So I kept that line open all night.\n\nOP: Did anyone mind?\n\nRH: Nobody minded.\n\nOP: Thank you.\n")
    stmts = _stmts(HEADER + turns)
    assert {s.speaker for s in stmts if "broken leg" in s.content or "county town" in s.content} == {"Tregear"}


STORY = HEADER + """OP: So you started at the yard in 1961.

RH: September '61. I was sixteen. There were nine of us in the drawing office.

OP: What was the work?

RH: Tracing, mostly. We had about 300 drawings a month when I started.

OP: Were there rules?

RH: Oh, rules. The chief draughtsman, Mr Penhallick, told me on my first morning, "You'll never ink a line you haven't checked, not once." And I never did.

OP: Do you remember the launches?

RH: The big one. May 1968. The crane jammed with the hull half down the slip.

OP: Were you blamed?

RH: Mr Penhallick wrote me up. And then he tore it up. He said, "Don't tell the directors."

OP: When did you hear the office would close?

RH: About 1975 there was a memo. Nobody believed it.

OP: How did people take it?

RH: Some were glad. I said to the consultant who came down from Drumlow, I said, "Who's going to know which drawings the old men kept in their heads?" And he said, "The computer doesn't need to know that." [They gave each of us a brass rule when it shut. I still have mine.]

OP: Thank you.
"""


def test_a_clipped_year_dates_words_recalled_in_the_answers_after_it():
    stmts = _stmts(STORY)
    first = [s for s in stmts if "ink a line" in s.content]
    assert [(s.speaker, s.when_start, s.when_end) for s in first] == [("Penhallick", date(1961, 9, 1), date(1961, 9, 30))]


def test_words_recalled_with_no_year_of_their_own_go_with_the_storys_time():
    stmts = _stmts(STORY)
    assert [(s.when_start, s.when_end) for s in stmts if "Don't tell the directors" in s.content] \
        == [(date(1968, 5, 1), date(1968, 5, 31))]
    assert [(s.when_start.year, s.when_end.year) for s in stmts if "computer doesn't need" in s.content] == [(1975, 1975)]
    # the narrator's own answers are still what she says at the interview
    assert {s.when_start for s in stmts if "Nobody believed it" in s.content or "Some were glad" in s.content} \
        == {date(2018, 10, 9)}


def test_the_narrators_remark_then_in_a_questions_form_is_hers_and_of_then():
    stmts = _stmts(STORY)
    asked = [s for s in stmts if "Who's going to know" in s.content]
    assert [(s.speaker, s.when_start.year) for s in asked] == [("Rowena Ketteridge Harrow", 1975)]


def test_a_later_addition_in_square_brackets_is_the_narrators_without_the_brackets():
    stmts = _stmts(STORY)
    added = [s for s in stmts if "brass rule" in s.content or "I still have mine" in s.content]
    assert [s.speaker for s in added] == ["Rowena Ketteridge Harrow"] * 2
    assert not any("[" in s.content or "]" in s.content for s in added)
