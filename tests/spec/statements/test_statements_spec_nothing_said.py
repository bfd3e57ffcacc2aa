"""Reports of speech that give nothing are no statements: a disclosure verb negated over the
matter withheld ("did not say whether ...", "would not say how much ...") and an act whose content
is only a word for opinions ("Residents expressed mixed views"). A refusal with its own verb
("declined to say") stays the speaker's act.

Every article here is invented.
"""

from tests.spec.invented import statements_of

PIER = """Pier repairs to start in spring

Published 4 March 2026

Harbour master Ingrid Tollefsrud said on Tuesday that repairs to the north pier would begin in April.

She did not say whether the south pier would close during the works. A council spokesperson would not say how much the repairs would cost, and the contractor didn't say when the tender had closed.

Residents expressed mixed views. Fisherman Caddoc Pellow said the delay had already cost him a season.
"""

BRIEFING = """Clinic hours cut at two sites

Published 12 November 2025

Health board spokesman Aurelio Banfield-Oyelaran said on Monday that the Eastgate and Moorside clinics would close at 4pm from December.

He would not say how many nurses had left this year. Asked about agency staff, he did not tell reporters whether the contracts would be renewed.

Patients voiced their opinions outside the Eastgate clinic. He declined to say how much the change would save.
"""


def test_a_negated_say_over_a_withheld_matter_is_no_statement():
    stmts = statements_of(PIER)
    assert not [s for s in stmts if "south pier would close" in s.content or "repairs would cost" in s.content]
    assert [s.speaker for s in stmts if "north pier would begin" in s.content] == ["Ingrid Tollefsrud"]


def test_mixed_views_are_no_statement():
    stmts = statements_of(PIER)
    assert not [s for s in stmts if s.content.strip(" .") == "mixed views"]
    assert [s for s in stmts if "cost him a season" in s.content]


def test_would_not_say_and_did_not_tell_give_nothing_but_a_refusal_stays():
    stmts = statements_of(BRIEFING)
    assert not [s for s in stmts if "nurses had left" in s.content or "contracts would be renewed" in s.content]
    assert not [s for s in stmts if "their opinions" in s.content]
    assert [s for s in stmts if "how much the change would save" in s.content]
