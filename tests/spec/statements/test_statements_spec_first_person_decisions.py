"""Decisions written in the first person by the one who decides them (an ombudsman's final decision,
an adjudicator's ruling, a tribunal member's decision), the decider named only in the signature
block at the end, the parties by a title and an initial. The decider's "I" sentences and the
sentences of their own part (reasons, remedy) are the decider's statements, with no day of their
own; "Mr T" and "Ms T" are two people; "It said" after the firm is the firm's; "Our adjudicator
thought ... She said ..." is the unnamed adjudicator's. Every document is invented."""

from tests.spec.invented import speaker_of, statements_of, the_one

ENERGY = """Reference: ECS-448120

Energy Complaints Service

The complaint

Mr T complains that Brindlemoor Power charged him for gas he didn't use after he moved out of his flat. His daughter, Ms T, has helped him bring the complaint.

What happened

Mr T moved out on 2 March 2024 and gave the firm a final meter reading. Brindlemoor kept billing him for four months.

Our adjudicator thought Brindlemoor should cancel the bills. She said the firm had ignored a valid reading. She didn't think it needed to pay compensation.

Brindlemoor didn't agree. It said it had followed its own process and that Mr T hadn't sent a photo of the meter. Ms T said her father had sent the photo twice.

So the complaint came to me to decide.

What I've decided - and why

I've read the firm's notes of the call on 2 March. The reading was given in full on that call.

I'm satisfied the reading was valid. The firm's own engineer confirmed it a month later.

I've also considered whether Mr T should have chased the firm sooner. I don't think he should.

Putting things right

Brindlemoor should cancel the four bills, remove any debt from Mr T's credit file and pay him £150.

My final decision

My final decision is that I uphold this complaint. I'm required to ask Mr T to accept or reject my decision before 9 October 2024.

Helena Marchbank
Ombudsman
"""

TRIBUNAL = """Rental Disputes Tribunal

Applicant: Ms R
Respondent: Oakvale Lettings Ltd

Background

Ms R rented a flat from Oakvale Lettings Ltd until June 2025. She asks for the return of her £900 deposit.

Oakvale Lettings refused to return the deposit. It said the carpets had been ruined.

Reasons

I have looked at the check-in and check-out reports. The carpets were already worn when Ms R moved in.

I accept that one carpet was stained beyond normal wear. I find that £200 covers its cleaning.

Order

The landlord must return £700 of the deposit within 14 days.

Dorothea Pemberton-Vale, Tribunal Member
"""

PLANNING = """Appeal Decision

Site visit made on 12 March 2025

by Harriet Okonkwo-Blake BA MA MRTPI

an Inspector appointed by the Secretary of State

Decision date: 2 April 2025

Appeal Ref: APP/Q1234/W/24/3345678
Land at Mill Lane, Ebbridge

The appeal is made by Mr P against the decision of Ebbridge District Council to refuse planning permission for two houses.

Decision

The appeal is dismissed.

Main Issue

The main issue is the effect of the proposal on the character of the lane.

Reasons

The lane is narrow and lined with old hedges. I saw at my visit that the hedges give the lane its rural feel.

The Council said the houses would need a wide new access. The appellant said the hedge could be replanted behind the visibility splay.

I am not persuaded that a replanted hedge would look the same for many years. I conclude that the proposal would harm the character of the lane.

Conclusion

For the reasons given above I conclude that the appeal should be dismissed.
"""

NEWS = """Council approves new library hours

The council approved longer opening hours for the central library on Tuesday.

"I think people will use it in the evenings," said councillor Abe Lindqvist. I spoke to three readers outside.

Mr K, a retired teacher, said he would come after dinner.

Anna Ruiz
Reporter
"""


def test_the_deciders_first_person_is_theirs():
    stmts = statements_of(ENERGY, "energy_decision.txt")
    assert speaker_of(stmts, "I'm satisfied the reading was valid") == "Helena Marchbank"
    assert speaker_of(stmts, "I don't think he should") == "Helena Marchbank"
    assert speaker_of(stmts, "My final decision is that I uphold this complaint") == "Helena Marchbank"


def test_the_remedy_under_the_deciders_heading_is_theirs():
    stmts = statements_of(ENERGY, "energy_decision.txt")
    assert speaker_of(stmts, "Brindlemoor should cancel the four bills") == "Helena Marchbank"
    assert speaker_of(TRIBUNAL_STMTS(), "The landlord must return £700") == "Dorothea Pemberton-Vale"


def TRIBUNAL_STMTS():
    return statements_of(TRIBUNAL, "tribunal.txt")


def test_a_title_and_initial_names_one_person_each():
    stmts = statements_of(ENERGY, "energy_decision.txt")
    assert speaker_of(stmts, "charged him for gas") == "Mr T"
    assert speaker_of(stmts, "her father had sent the photo twice") == "Ms T"


def test_it_after_the_firm_is_the_firm():
    stmts = statements_of(ENERGY, "energy_decision.txt")
    assert speaker_of(stmts, "it had followed its own process") == "Brindlemoor Power"
    assert "Oakvale" in speaker_of(TRIBUNAL_STMTS(), "the carpets had been ruined")


def test_the_unnamed_adjudicators_view_and_words():
    stmts = statements_of(ENERGY, "energy_decision.txt")
    assert "adjudicator" in speaker_of(stmts, "Brindlemoor should cancel the bills").lower()
    assert "adjudicator" in speaker_of(stmts, "the firm had ignored a valid reading").lower()
    assert "adjudicator" in speaker_of(stmts, "it needed to pay compensation").lower()


def test_the_deciders_words_take_no_day_of_an_event():
    stmts = statements_of(ENERGY, "energy_decision.txt")
    said = the_one(stmts, "read the firm's notes of the call")
    assert said.speaker == "Helena Marchbank" and said.when_start is None


def test_a_report_signed_by_its_reporter_is_no_decision():
    stmts = statements_of(NEWS, "library.txt")
    assert not any(s.speaker == "Anna Ruiz" for s in stmts)
    assert speaker_of(stmts, "he would come after dinner") == "Mr K"


def test_a_decision_that_names_its_decider_at_its_head():
    stmts = statements_of(PLANNING, "appeal_decision.txt")
    assert speaker_of(stmts, "The appeal is dismissed") == "Harriet Okonkwo-Blake"
    assert speaker_of(stmts, "I conclude that the proposal would harm") == "Harriet Okonkwo-Blake"
    assert speaker_of(stmts, "the hedge could be replanted") == "The appellant"
