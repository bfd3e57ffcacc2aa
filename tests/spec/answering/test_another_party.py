"""A question about one party of a kind, where the best sentence tells of another only: "how many
jobs is the Danish rival cutting" / "Norwegian pump maker Fjellvik said it would cut 400 jobs", "when
was the women's final" / "Men's Regional Cup Final, Saturday 9 August", "how many visits did the
Brookfield branch get" / "Millbeck had 30,000 visits" where the article names "Millbeck and
Brookfield" together (or "Ridley and wicketkeeper Oduya", a role between). Declined; asked of the party the sentence names, answered."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines, table

PUMPS = """Title: Fjellvik to cut 400 jobs as demand slows
Date: 2025-10-22

OSLO, Oct 22 - Norwegian pump maker Fjellvik ASA said on Wednesday it would cut about 400 jobs after
quarterly sales fell 14%. Its Danish rival Vandberg has also struggled this year, analysts said.
"""

FIXTURES = """Title: Weekend fixtures
Date: 2025-08-04

Men's Regional Cup Final, Harlow Road, Saturday 9 August 2025. Tickets from the club shop.

The women's side will play a friendly against Castlemoor in September.
"""

BRANCHES = """Millbeck Council libraries meeting - transcript

Chair: The consultation proposes to close Millbeck and Brookfield, two of the borough's six branches.

Tobias Wren, Friends of Millbeck Library: I just want to say, Millbeck had 30,000 visits last year. It is not a failing branch.
"""

CHAMBER = """Title: Motion ruled out of order
Date: 2025-05-14

Councillor Bede Quennell tried to force a vote on the harbour lease at Tuesday's meeting. The Deputy Mayor, Dame Orla Pennick, presided.

Dame Orla ruled that the motion was out of order because notice had not been given.
"""

MATCH = """Title: Harbourside edge home in the semi-final
Date: 2026-02-09

The chase stalled at 61 for three before Tomasz Ridley and wicketkeeper Emeka Oduya added 88 in ten overs.

Ridley, who hit seven fours and three sixes, said afterwards that his back had held up "better than I feared".
"""

match = app_fixture("match.txt", MATCH)
chamber = app_fixture("chamber.txt", CHAMBER)
pumps = app_fixture("pumps.txt", PUMPS)
fixtures = app_fixture("fixtures.txt", FIXTURES)
branches = app_fixture("branches.txt", BRANCHES)

test_declines = table(declines, [
    ask("pumps", "How many jobs is the Danish rival cutting?", id="another_country_s_firm"),
    ask("fixtures", "On what date is the women's regional cup final?", id="the_other_side_s_final"),
    ask("branches", "How many visits did the Brookfield library get last year?", id="the_branch_named_beside"),
    ask("match", "How many sixes did Emeka Oduya hit in the chase?", id="the_partner_named_beside_with_his_role"),
])

test_answers = table(answers, [
    ask("pumps", "How many jobs is the Norwegian pump maker cutting?", "400", id="the_country_s_own_firm"),
    ask("fixtures", "On what date is the men's regional cup final?", "9 August", id="the_side_s_own_final"),
    ask("branches", "How many visits did the Millbeck library get last year?", "30,000", id="the_branch_s_own_count"),
    ask("match", "How many sixes did Tomasz Ridley hit in the chase?", "three sixes", id="the_batsman_s_own_count"),
    ask("chamber", "How did the Deputy Mayor rule on Quennell's motion?", "out of order", id="a_name_in_apposition_is_the_same_party"),
])
