"""Statements without a clause of their own: a refusal to comment ("declined to comment on the
talks", "refused to comment") is what a company or a spokesperson said; "advised that ..." and
"advised residents to ..." report advice; a charity speaks as a body. Every article is invented."""

from datetime import date

import pytest

WIRE = """Utility weighs sale of grid arm

{company} is exploring a sale of its grid business, two people familiar with the matter said.

{company} {refused} to comment on the talks. In a statement, the company said it "keeps its portfolio under review".

A spokesperson for {bidder}, one of the possible bidders, {refused} to comment.
"""


@pytest.mark.parametrize("company, bidder, refused", [
    ("Veltra Power", "Osk Capital", "declined"),
    ("Harnfield Energy", "Lumen Infrastructure Partners", "refused"),
])
def test_a_refusal_to_comment_is_a_statement_of_the_one_who_refused(statements, one, company, bidder, refused):
    stmts = statements(WIRE.format(company=company, bidder=bidder, refused=refused))
    st = one(stmts, f"{refused} to comment on the talks")
    assert st.speaker == company
    assert st.act == f"{refused} to comment"
    spokes = [s for s in stmts if s.content.startswith(f"{refused} to comment") and "talks" not in s.content]
    assert spokes and bidder in spokes[0].speaker_as_written


def test_refusing_to_say_keeps_what_was_not_said_as_content(statements, one):
    stmts = statements("Launch slips\n\nThe chief executive, Mira Sohn, refused to say how many units would ship.\n")
    assert one(stmts, "how many units would ship").speaker == "Mira Sohn"



@pytest.mark.parametrize("sentence, act", [
    ("The operator, Brask Ferries, failed to respond to requests for comment.", "failed to respond"),
    ("Brask Ferries avoided commenting on the new fares.", "avoided commenting"),
])
def test_a_refusal_in_another_word_of_the_vocabulary_is_one_too(statements, one, sentence, act):
    # the vocabulary's refusal_verbs, as the answerers read them: not "declined" and "refused" alone
    stmts = statements(f"Ferry fares rise\n\n{sentence}\n")
    st = one(stmts, act)
    assert st.speaker == "Brask Ferries" and st.act == act

MINUTES = """Minutes of the parish council

PCSO Dara Whitlow said crime had fallen. She advised residents to "lock your sheds and mark your tools".

The Clerk advised that the verge is registered common land and cannot be fenced.

The charity Greenway Trust was thanked. The charity said it would plant 300 trees in the spring.
"""


def test_advice_is_a_statement_of_the_adviser(statements, one):
    stmts = statements(MINUTES)
    assert one(stmts, "lock your sheds").speaker == "Dara Whitlow"
    assert one(stmts, "registered common land").speaker_as_written == "The Clerk"


def test_a_charity_speaks_as_a_body(statements, one):
    stmts = statements(MINUTES)
    assert one(stmts, "plant 300 trees").act == "said"


def test_advised_by_someone_is_no_statement_of_the_one_advised(statements):
    stmts = statements("Deal talks\n\nThe council was advised by Harbour Partners on the sale of its depot.\n")
    assert not stmts


REPORT = """Charity report finds cold homes

The report, {title}, is based on a survey of 1,200 tenants. It says that 21% of renters "heated only the kitchen".

The logger data, the authors write, shows the median bedroom temperature was 13.9C at 7am.

The deal, {person} said, would be signed within weeks.
"""


@pytest.mark.parametrize("title, person", [("Warm Rooms", "Ada Kerrigan"), ("Cold Comfort at Home", "Tomas Vell")])
def test_a_report_speaks_through_it_says_and_the_authors_write(statements, one, title, person):
    stmts = statements(REPORT.format(title=title, person=person))
    assert one(stmts, "heated only the kitchen").speaker.lower() == "the report"
    assert one(stmts, "median bedroom temperature was 13.9C").speaker == "the authors"
    assert one(stmts, "would be signed within weeks").speaker == person  # a cue inside the clause it reports


KINDS = """Cold homes and a hydro sale

Nearly one in four renters kept homes cold, according to a report published today by the housing charity {charity}.

The charity said it would repeat the study next winter.

Separately, the Swedish utility {utility} is exploring a sale of its hydro unit. The company said it "keeps its portfolio under review".
"""


@pytest.mark.parametrize("charity, utility", [("Warmway", "Osterdal Kraft"), ("Hearth Trust", "Velden Energi")])
def test_the_charity_and_the_company_are_the_bodies_named_with_that_kind(statements, one, charity, utility):
    stmts = statements(KINDS.format(charity=charity, utility=utility))
    assert one(stmts, "repeat the study").speaker == charity
    assert one(stmts, "keeps its portfolio under review").speaker == utility


def test_a_company_is_never_the_charity_that_spoke_before_it(statements, one):
    stmts = statements(KINDS.format(charity="Warmway", utility="Osterdal Kraft").replace("the Swedish utility ", ""))
    assert one(stmts, "keeps its portfolio under review").speaker != "Warmway"


PRESS_REVIEW = """Press review

Further downstream, the agency {agency} quotes the harbour master of Port Vell, {master}, as saying that ships were waiting "in a queue of 40 vessels" near the delta.

{mp}, who chairs the farm committee, accused the government of ignoring warnings. "The office wrote to ministers in May. Nobody answered," she was quoted as saying by the news agency {agency} on Sunday.
"""


@pytest.mark.parametrize("agency, master, mp", [
    ("Delta Press", "Andrei Moldovan-Rus", "Ilona Varga"),
    ("Rivernews", "Petra Slavik-Doyle", "Marta Kiss"),
])
def test_quoted_as_saying_is_the_words_of_the_one_quoted(statements, one, agency, master, mp):
    stmts = statements(PRESS_REVIEW.format(agency=agency, master=master, mp=mp), date(2025, 6, 12))
    assert one(stmts, "in a queue of 40 vessels").speaker == master
    st = one(stmts, "Nobody answered")
    assert st.speaker == mp and st.when_start == date(2025, 6, 8)
