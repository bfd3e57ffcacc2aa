"""A comparison answers each side with its own sentence, though the article names the side otherwise:
by the acronym it defines, by its country for a capital, by the speaker the ledger resolved from a
description; a third party's line naming both sides, or another body of the same kind ("a second
union"), answers for neither."""

import pytest

from bot.answering.question import analyse

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import replies

MILL = """Brenhall textile mill to close in June

BRENHALL, April 3 (Reuters) - The owner of the last textile mill in Brenhall said on Wednesday it would close the plant in June, cutting 430 jobs.

The Textile and Garment Workers' Union (TGWU) called the decision a betrayal.

The company offered workers a severance package of six months' pay, plus a retraining fund of 1.5 million pounds to be run with the local college.

Mayor Hannah Ostrowski welcomed the retraining fund but said it was "a fraction of what this town needs".

The TGWU rejected the retraining plan outright. "Retraining for what? There are no jobs here to retrain for," its regional secretary Dermot Flaherty said.
"""

QUOTA = """---
title: Norway and EU at odds over cod quota
date: 2024-11-19
---

Talks between Norway and the European Union on next year's cod quota broke down on Monday.

Oslo wants a quota of 40,000 tonnes. Norway's fisheries minister, Sverre Haugland, said the scientific advice was based on surveys from a single cold year. "Our boats are catching more cod than at any time this century," he said.

Fisheries Commissioner Anneli Varga said Brussels would follow the scientific advice, which found the stock recovering more slowly than expected.
"""

PAY = """Nurses to strike after pay talks fail

LUMEN CITY - The country's largest nurses' union said on Monday it would strike next month after talks with the government broke down again.

The Allied Nurses' Guild (ANG) is demanding a 30% rise in base pay, arguing that rents have doubled since the last increase.

An official at the health ministry who asked not to be named said the government was prepared to raise its offer to 11% if the union dropped its demand for overtime arrears and accepted the pay demand was too high.

A second union, the smaller Midwives' Association, said it would not join the strike but supported the demand for a better offer.

The government has offered 8%.
"""


@pytest.mark.parametrize("text, sides", [
    ("Did the mayor and the union agree on the retraining fund?", (("mayor",), ("union",))),
    ("Do the ministry and the growers still disagree about prices?", (("ministri",), ("grower",))),
])
def test_whether_two_sides_agree_is_a_comparison(text, sides):
    q = analyse(text)
    assert q.kind == "compare" and q.sides == sides


mill = app_fixture("mill.txt", MILL)


def test_a_side_written_as_its_acronym_answers_with_its_own_sentence(mill):
    replies(mill, "How did the union's view of the retraining plan differ from the mayor's?",
            "rejected the retraining plan", "fraction", lacking="betrayal")


def test_whether_two_sides_agree_gives_each_sides_sentence(mill):
    replies(mill, "Did the mayor and the TGWU agree on the retraining fund?", "welcomed the retraining fund",
            "rejected the retraining plan")


def test_a_capital_stands_for_its_countrys_side(app_over):
    with app_over("quota.md", QUOTA) as app:
        answer = app.answer("How did Oslo's view of the scientific advice differ from Brussels'?", [])
    assert "single cold year" in answer.text and "recovering more slowly" in answer.text


def test_each_side_is_answered_by_itself_not_by_a_third_party_or_another_union(app_over):
    with app_over("pay.txt", PAY) as app:
        answer = app.answer("How far apart are the union's pay demand and the government's offer?", [])
    assert "30%" in answer.text and "8%" in answer.text
    assert "second union" not in answer.text


DOCKS = """Dock strike talks collapse

Velport, Nov 12 (AFP) - Talks to end a dock strike at Velport collapsed on Tuesday.

"There is nothing to sign," Rik Aerts, the leader of the General Harbour Workers' Union (GHU), told AFP.

Aerts said the union wanted a written guarantee that no docker would lose his job because of automation until 2031.

It has won support from dockers' unions in two other ports, which said last week they would refuse diverted cargo.

"We cannot promise that the port will look the same in 2031," said Mira Dulac, the employers' chief negotiator.
"""


def test_where_two_sides_disagree_is_a_comparison():
    q = analyse("Where do the dockers' union and the employers disagree on protecting jobs?")
    assert q.kind == "compare" and q.sides == (("docker", "union"), ("employ",))


def test_a_side_is_answered_by_the_speaker_described_as_its_leader(app_over):
    with app_over("docks.txt", DOCKS) as app:
        answer = app.answer("Where do the dockers' union and the employers disagree on protecting jobs?", [])
    assert "written guarantee" in answer.text and "cannot promise" in answer.text
    assert "two other ports" not in answer.text


RENTALS = """Harbour town council votes to ban new short-term rentals

Published: 12 March 2024

The council of Port Lenne voted 6-3 on Tuesday night to ban new short-term rental permits from July.

Mayor Odile Ferrand said the ban was needed to keep homes available for families.

Councillor Bastien Roy, the mayor's fiercest critic on council, accused her of hiding a planners' report that recommended a cap instead of a ban. "People deserved to read that report before tonight," Roy said.

Ferrand denied that the report had been hidden. She said it had been posted on the town's website in February and that the council had discussed it twice.
"""


def test_the_mayors_critic_is_not_the_mayors_side(app_over):
    with app_over("rentals.txt", RENTALS) as app:
        answer = app.answer("How do the mayor and her chief critic on council disagree about the planners' report?", [])
    assert "accused her of hiding" in answer.text
    assert "posted on the town's website" in answer.text or "denied that the report" in answer.text
