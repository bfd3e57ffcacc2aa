"""A written decision under a labelled header (a tribunal's judgment, a regulator's or a sports
body's panel): the decision day dates the document, "the Claimant" / "the Respondent" are the people
the header names, the header's lines are no statements, the panel's findings are said on the
decision day, evidence at the hearing, a report "dated D" on D. A news story about a tribunal keeps
its own reading."""

from datetime import date

from tests.spec.invented import cleaned, day_of, speaker_of, statements_of

TRIBUNAL = """EMPLOYMENT TRIBUNALS
South West Region

JUDGMENT AND REASONS

Case number: 1402259/2025
Claimant: Ms Orla Tuppenmoor (claim no. 4401)
Respondent: Quillbrook Freight Services Ltd
Before: Employment Judge Rozalind Ravensclough, Mr Bertil Adebesin-Kray, Ms Keren Strachwitz
Heard on: 11 and 12 March 2026
Date of judgment: 2 April 2026

1. Summary

1.1 The Tribunal finds that the Claimant was unfairly dismissed. The Respondent is ordered to pay her £8,400.

2. The evidence

2.1 The Claimant told the Tribunal that her shift manager, Mr Dario Vellacott, had shouted at her in front of the loading crew. She said that he refused to apologise, telling her that "nobody here works to your timetable".

2.2 Mr Vellacott gave evidence that he had raised his voice only because a forklift was reversing. He accepted that he had not checked the rota before the meeting.

2.3 The Tribunal received an occupational health report dated 9 January 2026 from Dr Ines Zanfretta. Dr Zanfretta concluded that the Claimant was fit for light duties. In her report, Dr Zanfretta cautioned that a phased return was essential.

2.4 The Claimant, who was represented by her union, argued that the dismissal letter gave no reason. She submitted that the appeal hearing lasted eleven minutes.

3. Conclusions

3.1 The Tribunal prefers the evidence of the Claimant. The dismissal letter gave no reason at all.

Signed on behalf of the Tribunal:
Rozalind Ravensclough, Employment Judge
"""

REGULATOR = """NURSING AND MIDWIFERY PRACTICE COUNCIL
Fitness to Practise Committee

Substantive hearing decision

Case no: FTP-2026-0193
Registrant: Mr Caspian Rudolfsen (PIN 88K2041E)
Committee members: Dr Wilhelmina Ekwuruke (Chair), Ms Wendeline Lattimore
Hearing dates: 3 February 2026
Decision date: 20 February 2026

Background

The Registrant worked nights on a surgical ward. The Registrant told the Committee that he had signed the controlled drugs register at the end of each shift.

Ms Ysolde Quennell, the ward sister, gave evidence that two entries were missing. When the Chair asked the Registrant why he had not reported the error, the Registrant replied that he had been "exhausted and frightened".

Decision

The Committee finds that the Registrant's fitness to practise is impaired. It does not accept that fatigue explains the missing entries.

Signed on behalf of the Committee:
Wilhelmina Ekwuruke, Chair
"""

NEWS = """Freight firm loses unfair dismissal case

By Maelis Hollinsgrave-Pike
14 April 2026

A freight company has been ordered to pay £8,400 to a former warehouse worker after an employment tribunal found she had been unfairly dismissed.

The claimant, Ms Orla Tuppenmoor, told the tribunal last month that her manager had shouted at her. The respondent's solicitor, Mr Corentin Trelawny, said on Monday that the firm would not appeal.

"We are disappointed but we accept the outcome," Mr Trelawny said.
"""


def test_the_decision_day_dates_the_document():
    assert cleaned(TRIBUNAL).published == date(2026, 4, 2)
    assert cleaned(REGULATOR).published == date(2026, 2, 20)


def test_role_labels_are_the_header_s_parties():
    stmts = statements_of(TRIBUNAL)
    assert speaker_of(stmts, "the dismissal letter gave no reason") == "Orla Tuppenmoor"
    assert speaker_of(stmts, "the appeal hearing lasted eleven minutes") == "Orla Tuppenmoor"
    reg = statements_of(REGULATOR)
    assert speaker_of(reg, "signed the controlled drugs register") == "Caspian Rudolfsen"
    assert speaker_of(reg, "exhausted and frightened") == "Caspian Rudolfsen"
    assert speaker_of(reg, "why he had not reported the error") == "Wilhelmina Ekwuruke"  # "the Chair": the bench's "(Chair)"


def test_header_lines_are_no_statements():
    for text in (TRIBUNAL, REGULATOR):
        stmts = statements_of(text)
        assert not [s for s in stmts if s.content.startswith(("Claimant:", "Respondent:", "Registrant:", "Heard on:",
                                                             "Hearing dates:", "Signed on behalf"))]


def test_evidence_at_the_hearing_report_on_its_day_findings_on_the_decision_day():
    stmts = statements_of(TRIBUNAL)
    assert day_of(stmts, "shouted at her") == date(2026, 3, 12)
    assert day_of(stmts, "phased return was essential") == date(2026, 1, 9)
    assert day_of(stmts, "fit for light duties") == date(2026, 1, 9)
    found = [s for s in stmts if "unfairly dismissed" in s.content]
    assert found and all(s.when_start == date(2026, 4, 2) for s in found)
    reg = statements_of(REGULATOR)
    assert day_of(reg, "two entries were missing") == date(2026, 2, 3)
    assert day_of(reg, "fatigue explains") == date(2026, 2, 20)


def test_a_witness_s_he_accepted_goes_on_from_the_witness():
    stmts = statements_of(TRIBUNAL)
    assert speaker_of(stmts, "had not checked the rota") == "Dario Vellacott"


def test_a_quotation_inside_reported_evidence_is_the_inner_speaker_s():
    stmts = statements_of(TRIBUNAL)
    assert speaker_of(stmts, "nobody here works to your timetable") == "Dario Vellacott"


def test_a_news_story_about_a_tribunal_is_read_as_news():
    article = cleaned(NEWS)
    assert article.published == date(2026, 4, 14)
    stmts = statements_of(NEWS)
    assert speaker_of(stmts, "would not appeal") == "Corentin Trelawny"
    assert day_of(stmts, "would not appeal") == date(2026, 4, 13)


SPORT = """NATIONAL ROWING FEDERATION
Appeals Tribunal

Appeal No: AT/26/07
Appellant: Ms Saoirse Fenwarde-Byrne
Respondent: Wyvernbrook Sculling Club
Members: Mr Joachim Ferreira-Lund (Chair), Mrs Anouk Bellweather
Hearing: 17 May 2026, by telephone
Decision date: 29 May 2026

Background

1. The Appellant was suspended for four races by the club. She told the Tribunal that she had not been given notice of the disciplinary meeting.

2. The club's secretary, Mr Lorcan Vasquez-Hill, said the notice had been emailed to every member.

Decision

3. The Tribunal finds that the notice was sent to an old address. The appeal is allowed and the suspension is set aside.
"""


def test_a_sports_appeal_panel_s_decision():
    assert cleaned(SPORT).published == date(2026, 5, 29)
    stmts = statements_of(SPORT)
    assert speaker_of(stmts, "had not been given notice") == "Saoirse Fenwarde-Byrne"
    assert day_of(stmts, "had not been given notice") == date(2026, 5, 17)
    assert day_of(stmts, "emailed to every member") == date(2026, 5, 17)
    assert day_of(stmts, "sent to an old address") == date(2026, 5, 29)
    assert not [s for s in stmts if s.content.startswith(("Appellant:", "Hearing:", "Members:"))]


OMBUDSMAN = """FINANCIAL DISPUTES OMBUDSMAN

Final decision

Complainant: Mr Rowan Quarrendon
Respondent: Thimblecote Mutual Insurance
Reference: FDO-88213
Date of decision: 14 May 2026

The complaint

Mr Quarrendon complains that Thimblecote Mutual refused his claim for storm damage.

What I've decided - and why

I've listened to the call recordings. I don't think Thimblecote Mutual treated him fairly when it refused the claim. My final decision is that I uphold this complaint. Thimblecote Mutual should pay Mr Quarrendon £1,200.

Hedda Vandermolen
Ombudsman
"""


def test_a_first_person_decision_under_a_header_keeps_its_decider_and_day():
    stmts = statements_of(OMBUDSMAN)
    assert speaker_of(stmts, "treated him fairly") == "Hedda Vandermolen"
    assert speaker_of(stmts, "refused his claim for storm damage") == "Rowan Quarrendon"  # the header names him in full
    assert day_of(stmts, "treated him fairly") == date(2026, 5, 14)
