"""A signed report section or a planning comment quotes someone else after a colon, mid-paragraph:
"I am proud of the team. Our floor manager, Ottilie Brandvold, put it well to the staff in August:
"..."". The quotation is the person credited, not the section's signer or the comment's author;
the signer's and author's own sentences stay theirs. A name the words were said to ("He told Ann
Roe: ...") is no credit. The credit's own time ("in August") dates the quotation, not the
signature's or the comment's day."""

from datetime import date

from tests.spec.invented import day_of, speaker_of, statements_of

REPORT = """ANNUAL REPORT 2024

CHAIR'S STATEMENT

It was a hard year for our members. Our bakery at Stenby failed an inspection in July and I take responsibility for that.

I am proud of the team. Our floor manager at Stenby, Ottilie Brandvold, put it well to the staff in August: "We don't get a second inspection like that. Every tray is cleaned as if the inspector is in the room." I thank her and her team.

Rasmus Eikeland
Chair
12 March 2025
"""

COMMENTS = """Tressford Borough Council - Planning Portal
Comments

Application Reference: 24/01122/OUT
Proposal: Erection of 48 dwellings with access from Weir Road

---

Mr Anders Fellowes
12 Weir Road Tressford
Commenter Type: Neighbour
Comment submitted date: Mon 10 Feb 2025
Comment: I object to this application. Our ward councillor, Priya Ostervelt, put it well at the residents' meeting in January: "Weir Road cannot take another car at school time." Nothing in the transport statement answers that.

---

Mrs Edwina Carrowmore
4 Mill Close Tressford
Commenter Type: Neighbour
Comment submitted date: Wed 12 Feb 2025
Comment: I support the homes but not the access. The drainage is already poor at the bottom of the hill.
"""

NEWS = """Title: Ferry crew stand by skipper
Date: 2025-04-02

The ferry's owner, Halvard Moen, met the crew on Tuesday. He told Ingrid Solvang: "The boat sails on Friday whatever the weather says." The crew later agreed.
"""


def test_a_signed_sections_inner_quote_is_the_credited_persons():
    stmts = statements_of(REPORT)
    assert speaker_of(stmts, "second inspection like that") == "Ottilie Brandvold"
    assert speaker_of(stmts, "proud of the team") == "Rasmus Eikeland"
    assert speaker_of(stmts, "I thank her") == "Rasmus Eikeland"
    assert day_of(stmts, "second inspection like that") == date(2024, 8, 1)


def test_a_comments_inner_quote_is_the_credited_persons():
    stmts = statements_of(COMMENTS)
    assert speaker_of(stmts, "another car at school time") == "Priya Ostervelt"
    assert speaker_of(stmts, "I object to this application") == "Anders Fellowes"
    assert day_of(stmts, "another car at school time") == date(2025, 1, 1)


def test_the_one_told_is_no_credit():
    stmts = statements_of(NEWS)
    assert not any(s.speaker == "Ingrid Solvang" for s in stmts), [(s.speaker, s.content) for s in stmts]
