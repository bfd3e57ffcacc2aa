"""A body introduced with its kind after the name ("Castell Ocular, a company based in Malmo")
is "the company" of later sentences, even when NER takes the name for a person's; an unresolved
"the company" is no name that a later "the company" can mean. The article is invented."""

from tests.spec.invented import statements_of

TRIAL = """Eye drop slows short sight in trial

A daily eye drop slowed the worsening of short sight in children, a two-year trial has found.

The drop, called vistaline, is made by Castell Ocular, a company based in Malmo, which paid for the study.

Castell Ocular said in an emailed statement that it would seek approval in Europe next year. The company denied that its funding had swayed the results.

The company said the drop would cost less than a pair of glasses a year. It did not say what the drop would cost in Asia.
"""


def test_the_company_is_the_body_introduced_as_a_company():
    stmts = statements_of(TRIAL)
    for fragment in ("funding had swayed the results", "less than a pair of glasses"):
        s = next(s for s in stmts if fragment in s.content)
        assert s.speaker == "Castell Ocular", (fragment, s.speaker)
    # (a negated "did not say what ..." says nothing: no statement; tests/spec/statements/test_statements_spec_nothing_said.py)
    assert not [s for s in stmts if "cost in Asia" in s.content]
