"""Words tied to an occasion the story dated before its own day are that occasion's, not the
publication's: "told reporters at the protest site" after the protest was dated; "Speaking after
him, X said" within a dated council sitting; the parties' evidence in a written decision whose
header says "Hearing held on 3 February 2025" (a phrase, no colon), with the decision's own day
under "Date of decision:". The decider's findings stay the decision's day. Every article is invented."""

from datetime import date

from tests.spec.invented import statements_of, the_one

PROTEST = """Farmers block ring road over water quotas

By Briallen Okoro-Vale

Published 14 March 2025

About 300 farmers blocked the Varnholt ring road with tractors on Tuesday, 11 March, in protest at new water quotas.

"We cannot grow anything on these allowances," Gunnvor Baalsrud, who farms barley near Kvernhol, told reporters at the protest site.

The regional water board said in a statement on Thursday that the quotas would be reviewed in the autumn.
"""

SITTING = """Council rejects harbour car park plan

Published 14 March 2025

At a full council meeting on Monday, 10 March, councillors voted 23 to 9 against the plan.

Councillor Aurelio Benvenuti-Stark said the car park would "bury the old fish market under tarmac".

Speaking after him, Councillor Maelis Ondarra said the town could not afford to turn away the 1.2 million pounds the developer had offered.

The council's chief executive will write to the developer next week.
"""

TRIBUNAL = """RESIDENTIAL TENANCY TRIBUNAL — DECISION

Date of decision: 12 March 2025
Case reference: RT/2025/0412

Tenant: Ms Corisande Mbulu
Landlord: Fenwray Lettings Ltd

Hearing held on 3 February 2025 by video link.

Evidence

1. Ms Mbulu said that the boiler had not worked since November and that she had reported it four times.

2. Mr Jorvik Quennell-Adabra, the landlord's property manager, said the company had sent an engineer twice and could not get access.

Decision

3. The tribunal finds that the landlord failed to carry out repairs within a reasonable time.
"""


def test_words_told_reporters_at_the_dated_protest():
    stmts = statements_of(PROTEST)
    assert the_one(stmts, "grow anything").when_start == date(2025, 3, 11)
    assert the_one(stmts, "reviewed in the autumn").when_start == date(2025, 3, 13)


def test_speaking_after_another_at_the_dated_sitting():
    assert the_one(statements_of(SITTING), "could not afford").when_start == date(2025, 3, 10)


def test_the_parties_evidence_at_the_hearing_a_phrase_dates():
    stmts = statements_of(TRIBUNAL)
    boiler = the_one(stmts, "boiler had not worked")
    assert boiler.speaker == "Corisande Mbulu" and boiler.when_start == date(2025, 2, 3)
    assert the_one(stmts, "engineer twice").when_start == date(2025, 2, 3)
