"""An embedded post pasted as text, its credit line BELOW it ("— Display Name (@handle) Month D,
YYYY", or the embed's bare "Name (@handle) Month D, YYYY" after a blank line), no speech verb.

Every article here is invented. The post is the credited account's (the display name, its title
left out), dated by the credit's own date; the story's lead-in line over the post ("Others
wondered ...") is nobody's post.
"""

from datetime import date

from tests.spec.invented import statements_of, the_one

ROUNDUP = """VIRAL | The Scroll

People are furious about the ferry timetable and they are not holding back

By Linnea Sauvageot
Published 9 hours ago | Thursday 16 October 2025

The Kestrel Bay ferry operator said on Wednesday that the last evening sailing will be cut from November.

Commuters were quick to respond.

I take the 7.40 home every night after my shift at the hospital. Without it I sleep in my car or I quit.
— Odile Marchbanks (@odilemarch) October 15, 2025

Others wondered who had been asked.

Was there any consultation at all? Genuinely asking, because nobody on our street heard a word.
— Teodor Vasquez-Lind (@teo_vl) October 15, 2025

A harbour board member chimed in, too.

The board was told this was a winter trial. A trial with no end date is not a trial.
— Cr Halvard Ekwueme (@CrEkwueme) October 16, 2025

The operator did not say whether the change could be reversed.
"""

SPLIT_LINES = """What the internet made of the stadium roof vote

Posted 2 February 2026

Reaction to the council's vote on the stadium roof came fast on social media.

Season ticket holders had their say.

Forty years I have sat in the rain at that ground.
Forty years. And now they want to spend it on a car park.

Priyanka Oduya-Strand (@priya_os) February 1, 2026

One fan group went further.

We will be holding a protest march before the next home game. Bring a flag.

— Southend Terrace Collective (@terracecollective) · Feb 1, 2026

Citizens expressed mixed views.
"""


def test_the_lines_over_a_dash_credit_are_the_credited_accounts():
    stmts = statements_of(ROUNDUP)
    assert the_one(stmts, "Without it I sleep in my car").speaker == "Odile Marchbanks"
    assert the_one(stmts, "Was there any consultation at all").speaker == "Teodor Vasquez-Lind"
    assert the_one(stmts, "A trial with no end date").speaker == "Halvard Ekwueme"


def test_a_post_is_dated_by_its_credit_not_by_the_story():
    stmts = statements_of(ROUNDUP)
    assert the_one(stmts, "Without it I sleep in my car").when_start == date(2025, 10, 15)
    assert the_one(stmts, "A trial with no end date").when_start == date(2025, 10, 16)


def test_the_lead_in_over_a_post_is_nobodys_post():
    stmts = statements_of(ROUNDUP)
    assert not [s for s in stmts if "wondered who had been asked" in s.content or "chimed in" in s.content]


def test_a_post_over_several_lines_and_a_blank_line_is_one_accounts():
    stmts = statements_of(SPLIT_LINES)
    assert the_one(stmts, "sat in the rain").speaker == "Priyanka Oduya-Strand"
    assert the_one(stmts, "spend it on a car park").speaker == "Priyanka Oduya-Strand"
    assert the_one(stmts, "spend it on a car park").when_start == date(2026, 2, 1)
    assert the_one(stmts, "Bring a flag").speaker == "Southend Terrace Collective"
    assert not [s for s in stmts if "went further" in s.content or "had their say" in s.content]


JOKE_ACCOUNT = """Bin day chaos: the best reactions

Published 3 September 2025

The council moved bin collections to Saturdays this week, and the jokes wrote themselves.

Then there was the parody account with 12,000 followers.

Harbridge Council: we put residents first
Also Harbridge Council: residents must put the bins out at 5am
— Bin Day Oracle (@bindayoracle) September 2, 2025

The council said on Tuesday that the change would save money.
"""


def test_unpunctuated_post_lines_joined_with_their_credit_are_the_accounts():
    stmts = statements_of(JOKE_ACCOUNT)
    post = the_one(stmts, "put the bins out at 5am")
    assert post.speaker == "Bin Day Oracle"
    assert post.when_start == date(2025, 9, 2)
    assert "Oracle" not in post.content
    assert not [s for s in stmts if "parody account" in s.content]
