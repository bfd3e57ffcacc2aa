"""The article's own voice: a fact check or an investigation speaks as "we", never by the role a
reader gives its writers ("the fact-checkers", "the reporters"); and a company asked about by name
speaks as "the company" in an article that names it."""

import pytest

from bot.answering.own_voice import asks_the_writers, in_own_voice

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, replies

FACT_CHECK = """FACT CHECK

Did the Brennock bypass really cut lorry traffic in the old town?

Checked by the Truth Desk · Last reviewed 12 May 2025

THE CLAIM: "Since the bypass opened, lorry traffic through the old town has fallen by two thirds." - Senator Maeve Olusanya, in a radio interview on 2 May.

OUR VERDICT: Mostly false. Lorry traffic fell by about a fifth, and most of that fall came before the bypass opened.

What was said

Senator Olusanya made the claim on a regional radio phone-in about the county's road budget.

What the figures show

We asked the county roads office for its traffic counts for Market Street. They show 1,240 lorries a day in 2022 and 990 a day in 2024.

The senator's office told us her figure came from a residents' survey, not from the counts.
"""

INVESTIGATION = """Inside the Harrowgate bus depot

By the Northern Ledger investigations team

For three weeks our reporters visited the Harrowgate depot at night. We counted eleven buses parked with faults that the operator's own records listed as unsafe, including two with worn brakes.

The operator, Tollway Coaches, said every bus on the road had passed its checks and that the records we saw were out of date.

Drivers at the depot told us they had raised the faults with managers many times. "Nobody wants to be the one who takes a bus off the road," one driver said.
"""

WIRE = """Salvik Energy weighs sale of wind arm

OSLO, Nov 4 (Northline) - Norwegian utility Salvik Energy is considering a sale of its offshore wind business, two people familiar with the matter said.

In a statement to Northline, the company said it "keeps all of its businesses under review and comments on no market speculation".

Salvik Energy cut its dividend in August. Shares in Salvik Energy rose 3% on Tuesday after the report.

Analysts at Fjellstad Bank said a sale could raise about 20 billion crowns. Salvik's chief executive, Lena Holm, told analysts last month that the wind arm was "core to our future".
"""


fact_check = app_fixture("brennock_factcheck.txt", FACT_CHECK)
investigation = app_fixture("harrowgate_depot.txt", INVESTIGATION)
wire = app_fixture("salvik_energy.txt", WIRE)


@pytest.mark.parametrize("question", [
    "What verdict did the fact-checkers reach on the senator's lorry claim?",
    "What verdict did the fact-checkers give the senator's claim about the bypass?",
])
def test_a_fact_checks_verdict_is_its_own_labelled_line(fact_check, question):
    answers(fact_check, question, "Mostly false")


def test_what_the_reporters_counted_is_what_we_counted(investigation):
    answers(investigation, "What did the reporters count at the Harrowgate depot?", "eleven buses")


def test_a_company_asked_by_name_speaks_as_the_company(wire):
    answers(wire, "What did Salvik Energy say in its statement to the news agency?",
            "keeps all of its businesses under review")


def test_a_person_asked_by_name_does_not_speak_as_the_company(wire):
    replies(wire, "What did Lena Holm say about the wind business?", "core to our future", lacking="under review")


@pytest.mark.parametrize("role, writers", [
    ("the fact-checkers", True), ("the paper's reporters", True), ("the journalists", True),
    ("the regional governor", False), ("the union's negotiator", False), (None, False),
])
def test_the_writers_roles(role, writers):
    assert asks_the_writers(role) is writers


@pytest.mark.parametrize("text, own", [
    ("OUR VERDICT: Mostly false.", True),
    ("We asked the county roads office for its counts.", True),
    ('"We will appeal," the senator said.', False),
    ("The senator's office declined to comment.", False),
])
def test_the_own_voice_is_we_outside_quotation_marks(text, own):
    assert in_own_voice(text) is own
