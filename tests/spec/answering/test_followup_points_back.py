"""A follow-up may point back at what the previous answer named without a he or she: a body's
"it" or "the company" after "Which company ...?", and "the other one" / "the latter" / "the
former" after an answer naming two people."""

from bot.answering.followup import rewrite_followup
from index.models import Turn

BODY = [Turn("Which company is building the footbridge?", answer_text="Quenby Civil Works [1].")]
AGENCY = [Turn("Which agency ran the audit?", answer_text="The audit was run by the Sallow Audit Office [1].")]
TWO = [Turn("Who are the two candidates?", answer_text="Idony Pelham and Caspar Wrenfield.")]


def test_it_is_the_body_the_previous_answer_names():
    assert rewrite_followup("Where is it based?", BODY) == "Where is Quenby Civil Works based?"
    assert rewrite_followup("How much is it being paid?", BODY) == "How much is Quenby Civil Works being paid?"
    assert rewrite_followup("What are its plans?", BODY) == "What are Quenby Civil Works's plans?"
    assert rewrite_followup("When did it publish the report?", AGENCY) == "When did the Sallow Audit Office publish the report?"


def test_the_company_is_the_body_the_previous_answer_names():
    assert rewrite_followup("Who runs the firm?", BODY) == "Who runs Quenby Civil Works?"
    assert rewrite_followup("Who leads the agency?", AGENCY) == "Who leads the Sallow Audit Office?"


def test_it_stays_when_it_is_no_body_asked_for():
    assert rewrite_followup("Did Ambrose Tilney say it would be late?", BODY) == "Did Ambrose Tilney say it would be late?"
    person = [Turn("Who is the mayor?", answer_text="Idony Pelham.")]
    assert rewrite_followup("Where is it based?", person) == "Where is it based?"


def test_the_other_one_is_the_later_of_two():
    assert rewrite_followup("What did the other one say about taxes?", TWO) == "What did Caspar Wrenfield say about taxes?"
    assert rewrite_followup("And what did the latter promise?", TWO) == "And what did Caspar Wrenfield promise?"
    assert rewrite_followup("What did the former promise?", TWO) == "What did Idony Pelham promise?"
    assert rewrite_followup("What did the other say?", TWO) == "What did Caspar Wrenfield say?"


def test_other_and_first_before_their_noun_stay():
    assert rewrite_followup("What did the other candidates say?", TWO) == "What did the other candidates say?"
    assert rewrite_followup("Who won the first round?", TWO) == "Who won the first round?"
