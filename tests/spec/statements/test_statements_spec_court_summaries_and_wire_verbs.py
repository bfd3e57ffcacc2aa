"""Court press summaries report judges in the present tense ("Lady X rejects ...", "He observes
that ...", "Lord Y holds that ...", "In her view, ...") and parties by their label ("The appellant
argued that ..."); translated wires use "informed that", "assured that", "indicated that", and
call a minister "the official" afterwards. Every article is invented."""

from tests.spec.invented import speaker_of as _by, statements_of as _statements


SUPREME = """Supreme Court: Brandt v Harlow Estates Ltd

The court, by a majority, dismissed the appeal.

Lady Fenwick gives the lead judgment. She rejects the appellant's argument that the lease had been surrendered. She adds that the landlord's conduct was consistent with the lease continuing.

In her view, the tenant had no right to withhold rent.

Lord Ashby agrees. He observes that the point had not been argued below.

Lord Penrose dissents. He considers that the surrender was complete. He would have allowed the appeal.

The appellant argued that the keys had been accepted.

The respondent argued that acceptance of keys alone proved nothing.
"""

APPEAL = """Court of Appeal judgment summary: Osei v Northfield Council

Lord Justice Carrow holds that the statute applies to private landlords. In his view, the wording is plain.

The claimant submitted that the notice was served late.

Lady Justice Imrie concludes that the council acted lawfully.

Lord Justice Baird, dissenting, would have dismissed the appeal and restored the order of the judge.
"""

WIRE = """Ministry announces new road programme

ASUNCION, 3 Mar (Agencia Sur).- The Minister of Public Works, Rodrigo Baez, informed that the programme will pave 400 kilometres of rural roads this year.

Baez assured that the works will begin in April. The official indicated that the contracts will be awarded by tender.
"""

WIRE2 = """Port strike called off

The leader of the dockers' union, Marta Quispe, indicated that the strike had been suspended for a week.

The Minister of Labour, Jorge Salas, assured reporters that the talks would continue on Monday.
"""


def test_a_judges_present_tense_acts_are_statements():
    stmts = _statements(SUPREME)
    assert _by(stmts, "argument that the lease had been surrendered") == "Fenwick"
    assert _by(stmts, "had not been argued below") == "Ashby"
    assert _by(stmts, "surrender was complete") == "Penrose"


def test_a_dissents_would_have_is_the_dissenting_judges():
    assert _by(_statements(SUPREME), "would have allowed the appeal") == "Penrose"
    assert _by(_statements(APPEAL), "would have dismissed the appeal") == "Baird"


def test_would_have_outside_a_ruling_is_no_statement():
    stmts = _statements("""Homes plan\n\nThe council would have allowed more homes if the road had been built.\n""")
    assert stmts == []


def test_in_her_view_is_the_judges_statement():
    assert _by(_statements(SUPREME), "no right to withhold rent") == "Fenwick"
    assert _by(_statements(APPEAL), "wording is plain") == "Carrow"


def test_a_judge_holds_and_a_party_submits():
    stmts = _statements(APPEAL)
    assert _by(stmts, "statute applies to private landlords") == "Carrow"
    assert "claimant" in _by(stmts, "notice was served late").lower()


def test_a_party_is_a_speaker_by_its_label():
    stmts = _statements(SUPREME)
    assert "appellant" in _by(stmts, "keys had been accepted").lower()
    assert "respondent" in _by(stmts, "acceptance of keys alone").lower()


def test_translated_wire_verbs_and_the_official_after_the_minister():
    stmts = _statements(WIRE)
    assert _by(stmts, "pave 400 kilometres") == "Rodrigo Baez"
    assert _by(stmts, "works will begin in April") == "Rodrigo Baez"
    assert _by(stmts, "awarded by tender") == "Rodrigo Baez"


def test_indicated_and_assured_with_a_listener():
    stmts = _statements(WIRE2)
    assert _by(stmts, "strike had been suspended") == "Marta Quispe"
    assert _by(stmts, "talks would continue") == "Jorge Salas"


def test_a_plain_use_of_the_verbs_is_no_statement():
    stmts = _statements("""Council notes\n\nThe council held a meeting on Monday. Ana Ruiz considered leaving the board. The mayor will consider whether to run again.\n\n"""
                         """Our correspondent, who visited the market on Wednesday, observed that many traders had not heard of the ban.\n""")
    assert stmts == []


DATED_SUMMARY = """PRESS SUMMARY

14 May 2025

Brandt (Appellant) v Harlow Estates Ltd (Respondent)

The Supreme Court dismisses the appeal by a majority of four to one. Lady Fenwick gives the lead judgment.

Lady Fenwick rejects the appellant's argument that the lease had been surrendered.

Lord Penrose, dissenting, would have allowed the appeal. In his view, the keys had been accepted and the lease had ended [40].
"""


def test_a_dissent_s_ruling_and_his_view_are_dated_at_the_summary_s_day():
    from datetime import date

    stmts = _statements(DATED_SUMMARY)
    for fragment in ("would have allowed the appeal", "the keys had been accepted"):
        st = next(s for s in stmts if fragment in s.content)
        assert (st.speaker, st.when_start) == ("Penrose", date(2025, 5, 14)), (fragment, st.when_start, st.date_basis)


OMBUDSMAN = """Decision: complaint about Tarnwick Borough Council

The Council accepts it placed the planning notice on the wrong street.

The Council accepted the Ombudsman's recommendations on 4 March.
"""


def test_a_body_that_accepts_a_clause_concedes_it():
    stmts = _statements(OMBUDSMAN)
    assert "council" in _by(stmts, "placed the planning notice").lower()


def test_accepting_a_thing_is_no_statement():
    assert not [s for s in _statements(OMBUDSMAN) if "recommendations" in s.content]
