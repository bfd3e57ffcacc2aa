"""A court's own press summary gives its decision in the present tense ("The Tribunal Court
dismisses the appeal") and follows a judge's act with sentences of reasoning that cite the
judgment's paragraphs ("The purpose of the rule is ... [31]."): the ruling is the court's, the
reasoning the judge's; news telling a ruling in the past is an event, no one's statement; a court
report's "Defending, X" is the defendant's lawyer of later sentences. Every
article is invented."""

from tests.spec.invented import speaker_of, statements_of

SUMMARY = """PRESS SUMMARY

14 May 2025

Kestrel Moorings Ltd (Appellant) v Oyelaran (Respondent)

JUDGMENT
The Supreme Court allows the appeal by a majority of three to two. Lord Tavistock gives the lead judgment.

REASONS FOR THE JUDGMENT
Kestrel argued that the notice had been served in time [18].

Lord Tavistock rejects the respondent's argument. The purpose of the rule is to give the tenant a fair chance to object [31]. A notice posted to the right address is served when it is posted, whether or not it is read [33]. The tenant's absence abroad made no difference to that [35].

Lady Quennell, dissenting, would have dismissed the appeal.
"""

NEWS = """Tenant loses fight over mooring fees

The Court of Appeal dismissed the appeal on Tuesday. The tenant said she would not give up.
"""


def test_a_summarys_present_tense_ruling_is_the_courts():
    assert "Supreme Court" in speaker_of(statements_of(SUMMARY), "allows the appeal")


def test_the_sentences_citing_paragraphs_after_a_judges_act_are_the_judges():
    stmts = statements_of(SUMMARY)
    assert speaker_of(stmts, "fair chance to object") == "Tavistock"
    assert speaker_of(stmts, "served when it is posted") == "Tavistock"
    assert speaker_of(stmts, "absence abroad made no difference") == "Tavistock"
    assert "[3" not in next(s.content for s in stmts if "fair chance" in s.content)


def test_a_ruling_told_in_the_past_is_no_statement():
    stmts = statements_of(NEWS)
    assert not [s for s in stmts if "dismissed the appeal" in s.content]


HEARING = """Rogue builder jailed for fleecing pensioners

A builder who took £90,000 from elderly homeowners for work he never finished was jailed for four years at Exeter Crown Court on Monday.

Prosecuting, Helen Marwood said the victims had been targeted because they lived alone.

Defending, Rupert Ashby argued that his client had started out as an honest tradesman. The defendant's lawyer said Dunstan had written to each of his victims to apologise.
"""


def test_the_defendants_lawyer_is_the_one_named_as_defending():
    assert speaker_of(statements_of(HEARING), "written to each of his victims") == "Rupert Ashby"
