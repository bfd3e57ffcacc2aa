""""Which minister answered the question?" names the one whose job (or act) fits the role (or act)
asked, among several people in one passage: the member who asked is not the minister who answered."""

import pytest

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines, table

WRITTEN = """Ferry subsidy for island routes to continue, minister says

A written parliamentary answer published on Tuesday confirmed that the subsidy for island ferry routes will continue until 2028.

Question asked by Tobias Wrenfield, member for Harrowby North, on 3 March: To ask the Secretary of State for Transport what assessment has been made of the future of the island ferry subsidy.

Answered by Imelda Carrowgate, Minister of State for Transport, on 10 March: The subsidy will continue at its current level until 2028, and officials are reviewing the timetable for the winter months.

Mr Wrenfield said he welcomed the answer but wanted a longer commitment.
"""

COURT = """Landlord loses appeal over flooded basement flat

A landlord has lost his appeal against an order to repay rent to a tenant whose basement flat flooded three times.

Ottilie Marchbank, counsel for the tenant, told the court the flat had been "unfit to live in for most of the winter". Barnaby Quillfeather, acting for the landlord, said the floods were caused by a blocked public drain for which his client was not responsible.

Judge Henrietta Voss dismissed the appeal, saying the landlord had been told of the drain months before the first flood.
"""

written = app_fixture("ferry_answer.txt", WRITTEN)
court = app_fixture("basement_appeal.txt", COURT)


test_answers = table(answers, [
    ask("written", "Which minister answered the question about the island ferry subsidy?", "Carrowgate",
        starting="Answered by", id="the_minister_who_answered"),
    ask("written", "Who asked about the future of the island ferry subsidy?", "Wrenfield",
        id="the_member_who_asked"),
    ask("court", "Who acted for the landlord?", "Quillfeather", lacking="Marchbank", id="counsel_for_the_side_asked"),
    ask("court", "What did counsel for the tenant tell the court?", "unfit", id="what_the_tenants_counsel_said"),
])


def test_a_capitalised_job_title_after_a_name_describes_them():
    from index.article_people import read_people

    people = {p.name: p.description for p in read_people(WRITTEN)}
    assert "Minister" in people["Imelda Carrowgate"]
    listed = {p.name: p.description for p in read_people("Ann Korvelle, Bo Tanselt and Cy Marrow said the plan was late.")}
    assert "Tanselt" not in listed.get("Ann Korvelle", "")


PRESS = """Harbour town orders boil-water notice after pipe burst

A boil-water notice was issued for 4,000 homes in Kelderwick on Monday after a main pipe burst under the harbour road.

At a press conference, the council's chief engineer, Rosalind Ferrabee, said repairs would take at least three days. "The pipe is ninety years old and it simply gave way," she said.

The council's spokesperson, Dominic Ashcroft-Lyle, said bottled water would be handed out at the leisure centre from Tuesday morning.

Ferrabee said the cost of the repair was estimated at about £250,000.
"""

press = app_fixture("pipe_burst.txt", PRESS)


@pytest.mark.parametrize("question", [
    "Which engineer said bottled water would be handed out?",
    "Which spokesperson said the pipe simply gave way?",
], ids=["the_engineer_did_not_say_it", "the_spokesperson_did_not_say_it"])
def test_an_act_by_another_job_is_declined(press, question):
    declines(press, question, lacking=("Ferrabee", "Ashcroft-Lyle"))


@pytest.mark.parametrize("question, holding", [
    ("Which official said bottled water would be handed out?", "Ashcroft-Lyle"),
    ("Which engineer said the pipe simply gave way?", "Ferrabee"),
], ids=["an_official_covers_the_spokesperson", "the_engineer_said_it"])
def test_the_act_by_the_role_is_answered(press, question, holding):
    answers(press, question, holding)


FRAUD = """Roofer jailed for cheating pensioners

A roofer who overcharged elderly homeowners for repairs that were never done was jailed for three years on Friday.

A spokeswoman for the roofing trade association, Philippa Dunsmere, said members were "appalled" and praised the neighbour who raised the alarm.

Detective Constable Amara Kestley, of the county police fraud unit, said the investigation began in March. "That neighbour is the reason we caught him," Kestley said.
"""

fraud = app_fixture("roofer_fraud.txt", FRAUD)


def test_a_police_officer_is_written_by_rank(fraud):
    answers(fraud, "Which police officer praised a neighbour?", "Kestley", lacking="Dunsmere")
