"""Questions asked the ways people ask them, read as the plain question they stand for: an identity
asked of the doer ("who's the judge that jailed ..."), a request for the date of a
thing, a passive "what was said about Y by Z", what was said asked by its noun ("what was the complaint of
..."), a word spelt or named in American English of British
articles ("defense", "restrooms", "council member"), a name typed in lower case with a possessive s
and no apostrophe, and keyword queries ("inquiry chaired by?", "tenant count?").

Two articles in different styles: a local weekly's court and council page (dateline, bylined, a
correction note) and a housing association's results release with a figures block."""

import pytest

from bot.answering.corpus_words import read_words
from bot.answering.plain_question import plain
from bot.answering.regional_words import as_written_here, spelt_twin
from bot.answering.terse_question import asked
from bot.answering.typed_question import _cased, _spelled
from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers, ask, table

WEEKLY = """THE KESTLEWICK GAZETTE
Thursday 15 May 2025 | Court & Council

Landlord jailed over damp basement flats
By Briallen Orrell

KESTLEWICK — A landlord who let out damp basement flats to families was jailed for 18 months at Tollgarth Crown Court on Tuesday.

Judge Perpetua Feathercombe told Lorcan Oxcroft, 52, that he had "gambled with his tenants' health for rent". The prosecutor, Imelda Zouchbury, had asked for three years. Oxcroft's defence barrister, Rufus Tenbury, asked for a suspended sentence, saying his client had "paid back every penny".

His former letting agent, Aodhan Ribbesford, 47, who also managed the flats, was sentenced in March to a community order for his part.

The council's own inquiry into the flats was chaired by Councillor Nola Braithwick, who told the Gazette the inspection regime "was never fit for purpose and has to be torn up".

Toilets to shut

In a separate decision, the council will shut the public toilets in the Quillimore Street car park from 1 November. The council leader, Cllr Ysolde Vannick, said the block "costs us £38,000 a year to keep open, and we cannot find that money twice".

The planning committee is due to rule on the Gantry Wharf housing scheme on 9 June, a council spokesman said.

The mayor, Cllr Piers Aldwinkle, is meeting the tenants' association on 21 May to hear their complaints about repairs. The association's secretary, Ruby Cawthorne, complained that repairs "take months, if they happen at all".

Correction: an earlier version of this story gave Mr Oxcroft's age as 53.
"""

RELEASE = """OSSBRIDGE HOUSING TRUST — RESULTS FOR THE YEAR TO 31 MARCH 2025
Issued 2 June 2025

Key figures
Homes managed: 4,120
Tenants: 6,390
Surplus: £3.4m (2024: £2.9m)

The surplus rose to £3.4 million, the finance director of Ossbridge Housing, Osric Praed, said. "Every pound of it goes back into repairs," Mr Praed said.
"""

both = articles_fixture({"kestlewick_gazette.txt": WEEKLY, "ossbridge_results.txt": RELEASE})

test_asked_other_ways = table(answers, [
    ask("both", "who's the judge that jailed the landlord?", "Feathercombe", id="who_is_the_judge_that"),
    ask("both", "What was Cllr Vannick's reason for shutting the toilets?", "38,000", id="a_reason_asked_by_its_noun_as_it_is"),
    ask("both", "When is the planning committee due to rule on the Gantry Wharf scheme?", "9 June", id="a_plan_due_asked_as_it_is"),
    ask("both", "I'd like to know the date of the mayor's meeting with the tenants' association.", "21 May",
        id="the_date_of_a_thing_asked"),
    ask("both", "What was said about the inspection regime by the councillor who chaired the inquiry?", "fit for purpose",
        id="what_was_said_by_a_described_doer"),
    ask("both", "What was the complaint of the tenants' association secretary?", "take months", id="what_was_said_asked_by_its_noun"),
    ask("both", "Who was Oxcroft's defense barrister?", "Tenbury", id="an_american_spelling"),
    ask("both", "Which car park will lose its restrooms?", "Quillimore Street", id="an_american_word"),
    ask("both", "what was ossbridges surplus", "3.4", id="a_possessive_typed_without_apostrophe"),
    ask("both", "inquiry into the flats chaired by?", "Braithwick", id="terse_doer_asked_last"),
    ask("both", "Ossbridge tenant count?", "6,390", id="terse_count_of_a_singular_noun"),
])


@pytest.mark.parametrize("asked_as, plain_form", [
    ("who's the judge that jailed the landlord?", "Which judge jailed the landlord?"),
    ("Who was the surveyor who found the crack?", "Which surveyor found the crack?"),
    ("Can you tell me the date of the regatta?", "When is the regatta?"),
    ("Give the date of the vote the chair called.", "When is the vote the chair called?"),
    ("What was said about the levy by the chair who resigned?", "What did the chair who resigned say about the levy?"),
    ("What was the complaint of the vicar's neighbour?", "What did the vicar's neighbour complain about?"),
    ("What were the residents' complaints about the lorries?", "What did the residents complain about the lorries?"),
    ("and what was his promise", "And what did he promise?"),
])
def test_asked_by_a_noun_or_a_plan_reads_plainly(asked_as, plain_form):
    assert plain(asked_as) == plain_form


@pytest.mark.parametrize("question", [
    "Who is the head of the firm that sold the land?",  # the firm sold it, not the head
    "What is the reason for the closure?",
    "What reasons did the firm give for cutting the route?",  # what the firm said, not a premise to check
    "When is the report due?",
    "Where is the mayor staying?",
    "When is the board due to rule on the permit?",
    "What deal was signed by the two sides?",
    "What was the warning?",
])
def test_other_forms_are_left_as_asked(question):
    assert plain(question) == question


def test_keyword_queries_ask_the_doer_and_the_count():
    assert asked("survey carried out by?") == "Who carried out survey?"
    assert asked("ferry passenger total") == "How many ferry passengers are there?"
    assert asked("number of wells over the limit") == "How many wells over the limit?"


WORDS = read_words([WEEKLY, RELEASE, "The labour group met in the town centre, 4 kilometres away, to cut the programme."])


def test_a_spelling_of_the_other_side_is_read_as_the_articles_write_it():
    assert spelt_twin("defense", WORDS.known) == "defence"
    assert spelt_twin("kilometers", WORDS.known) == "kilometres"
    assert spelt_twin("labor", WORDS.known) == "labour"
    assert spelt_twin("center", WORDS.known) == "centre"
    assert spelt_twin("program", WORDS.known) == "programme"
    assert spelt_twin("defence", WORDS.known) is None  # a word the articles write is never touched
    assert _spelled("Who was the defense barrister?", WORDS) == "Who was the defence barrister?"


def test_a_thing_named_the_other_side_is_read_as_the_articles_name_it():
    assert as_written_here("Which parking lot has restrooms?", WORDS) == "Which car park has toilets?"
    assert as_written_here("Which council member chaired it?", WORDS) == "Which councillor chaired it?"
    # the articles write neither twin: left as asked
    assert as_written_here("Who sold the gas station?", WORDS) == "Who sold the gas station?"


def test_a_possessive_name_typed_without_apostrophe():
    assert _cased("what was ossbridges surplus", WORDS) == "what was Ossbridge's surplus"
    assert _cased("what did the tenants say", WORDS) == "what did the tenants say"  # a common word stays
