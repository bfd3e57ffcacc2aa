"""Declines of things the articles do not give, where the article words them in a way the first rules
missed (bot/answering/other_body_vote.py, first_name_only.py, not_yet_done._SOUGHT); each beside a twin
the articles do answer.

    How did the national assembly vote?   "... rejected by the village trustees. Members voted six to two"   another body's members
    What is the ferry passenger's surname?   "who gave only her first name, Ysolde"                         first name only
    What advice did the Harbour Master's Office give?   "asked the Harbour Master's Office for advice"     only sought
    How many boats did the yard repair last year?   "The fee is £30 a year for one boat."        no count, a price
    How did members vote on replacing the pavilion roof?   another story's "commissioners voted 4-1"   another matter
    What arsenic level did Fenna Dorr's well show?   "my well was one of the 40 I got my letter"   a count, no level
"""

from tests.spec.answering.apps import app_fixture, articles_fixture
from tests.spec.answering.asks import answers, ask, declines, table

PIER = """Title: Village board sinks pier rescue plan
Date: 2026-06-18

Village board sinks pier rescue plan

Campaigners vow to take the fight to the national assembly

Plans to reopen Tollerby's derelict pleasure pier have been rejected by the village trustees, who said the scheme would cost too much.

Members voted six to two against the Friends of Tollerby Pier's business plan at a meeting on Tuesday night.

Campaigner Odile Varsk said the group would ask the national assembly to take over the pier.
"""

ASSEMBLY = """Title: Assembly backs pier rescue plan
Date: 2026-06-18

The national assembly debated the plan to reopen Tollerby's derelict pleasure pier on Tuesday.

Members voted 40 to 12 to back the Friends of Tollerby Pier's business plan.
"""

FERRY = """Title: Ferry stuck on sandbank for six hours
Date: 2026-03-04

The Quessel ferry ran aground on a sandbank off Merrow Point on Monday and was stuck for six hours.

A ferry passenger, who gave only her first name, Ysolde, said the crew had handed out blankets and tea.

The operator said the ferry would be back in service by Friday.
"""

FERRY_NAMED = """Title: Ferry stuck on sandbank for six hours
Date: 2026-03-04

The Quessel ferry ran aground on a sandbank off Merrow Point on Monday and was stuck for six hours.

A ferry passenger, Ysolde Marrin, said the crew had handed out blankets and tea.
"""

MOORING = """Title: Boat owners face mooring fee rise
Date: 2026-05-20

Boat owners at Pellisand marina face a 30 per cent rise in mooring fees from June.

The marina's manager Tavish Orle said he had asked the Harbour Master's Office for advice on the rise.

"We will pass on whatever we are told," Mr Orle said.
"""

MOORING_ADVISED = """Title: Boat owners face mooring fee rise
Date: 2026-05-20

Boat owners at Pellisand marina face a 30 per cent rise in mooring fees from June.

The Harbour Master's Office advised the marina to phase the rise in over two years, marina manager Tavish Orle said.
"""

BOATYARD = """Title: Questions about the winter boat storage service
Date: 2026-10-02

What does the winter storage service cost?

The fee is £30 a year for one boat. A second boat costs £20 a year.

What happens to boats left unpaid?

The Fennock boatyard has told us it will not be repairing boats whose fees are unpaid.
"""

BOATYARD_COUNTED = """Title: Questions about the winter boat storage service
Date: 2026-10-02

What does the winter storage service cost?

The fee is £30 a year for one boat. The Fennock boatyard repaired 212 boats last year.
"""

CLUB = """Title: Quorn Ambley Bowls Club annual meeting
Date: 2026-05-12

Members of Quorn Ambley Bowls Club met for the annual general meeting on Saturday.

Treasurer Torvik Penrose reminded members that the pavilion roof would need replacing within two years and said the committee would bring costed options to a special meeting in the autumn.
"""

COUNTY = """Title: Commissioners back turbine tax break
Date: 2026-05-13

Dunsford County commissioners voted 4-1 on Tuesday to approve a tax break for a turbine factory near Brindmoor.

Commissioner Wendeline Arro cast the only vote against.
"""

WELLS = """Title: Public comment session on Orvale Parish wells
Date: 2026-02-11

The parish board heard public comment on Tuesday about arsenic in private wells.

Board chair Solenne Solvay said 212 wells had been sampled between June and October, and 40 of those wells came back above the state limit for arsenic.

Fenna Dorr, Orvale Parish, said her well was one of the 40 and that she got her letter the week after New Year.
"""

WELLS_LEVEL = """Title: Public comment session on Orvale Parish wells
Date: 2026-02-11

The parish board heard public comment on Tuesday about arsenic in private wells.

Fenna Dorr, Orvale Parish, said her well showed an arsenic level of 18 micrograms per litre, almost twice the state limit.
"""

pier = app_fixture("pier.txt", PIER)
assembly = app_fixture("assembly.txt", ASSEMBLY)
ferry = app_fixture("ferry.txt", FERRY)
ferry_named = app_fixture("ferry_named.txt", FERRY_NAMED)
mooring = app_fixture("mooring.txt", MOORING)
mooring_advised = app_fixture("mooring_advised.txt", MOORING_ADVISED)
wells = app_fixture("wells.txt", WELLS)
wells_level = app_fixture("wells_level.txt", WELLS_LEVEL)
two_votes = articles_fixture({"club.txt": CLUB, "county.txt": COUNTY})
boatyard = app_fixture("boatyard.txt", BOATYARD)
boatyard_counted = app_fixture("boatyard_counted.txt", BOATYARD_COUNTED)

test_declines = table(declines, [
    ask("pier", "How did the national assembly vote on the pier?", "six to two", id="bare_members_of_another_body_named_before"),
    ask("ferry", "What is the ferry passenger's surname?", "Ysolde", id="gave_only_her_first_name"),
    ask("mooring", "What advice did the Harbour Master's Office give Mr Orle?", "asked the Harbour", id="advice_sought_of_a_possessive_body"),
    ask("boatyard", "How many boats did the Fennock boatyard repair last year?", id="count_asked_only_a_price_given"),
    ask("two_votes", "how did members vote on replacing the quorn ambley pavilion roof", id="vote_on_another_matter"),
    ask("wells", "What arsenic level did Fenna Dorr's well show?", id="level_asked_only_a_count_given"),
])

test_answers = table(answers, [
    ask("pier", "How did the trustees vote on the pier plan?", "six to two", id="bare_members_of_the_body_asked"),
    ask("assembly", "How did the national assembly vote on the pier plan?", "40 to 12", id="bare_members_after_the_body_asked"),
    ask("ferry_named", "What is the ferry passenger's surname?", "Marrin", id="full_name_given"),
    ask("mooring_advised", "What advice did the Harbour Master's Office give the marina?", "phase", id="advice_given_by_a_possessive_body"),
    ask("boatyard_counted", "How many boats did the Fennock boatyard repair last year?", "212", id="count_given_beside_a_price"),
    ask("boatyard", "How much does winter storage cost for one boat?", "£30", id="price_asked_is_answered"),
    ask("two_votes", "how did the commissioners vote on the turbine factory tax break", "4-1", id="vote_on_the_matter_asked"),
    ask("wells_level", "What arsenic level did Fenna Dorr's well show?", "18 micrograms", id="level_given"),
])


def test_vote_of_a_story_without_the_matter_is_another_matters():
    """other_body_vote over the chosen sentence alone: the county story has no word of the roof asked."""
    from types import SimpleNamespace as NS

    from bot.answering.other_body_vote import other_body_vote

    def chosen(article_id, text):
        return NS(text=text, chunk=NS(chunk=NS(article_id=article_id)), span=NS(start=COUNTY.find(text)))

    vote = chosen("county.txt", "Commissioner Wendeline Arro cast the only vote against.")
    texts = {"county.txt": COUNTY, "club.txt": CLUB}.get
    asked = NS(text="how did members vote on replacing the quorn ambley pavilion roof")
    assert other_body_vote(asked, [vote], texts) is vote
    told = NS(text="how did members vote on the turbine factory tax break")
    assert other_body_vote(told, [vote], texts) is None
