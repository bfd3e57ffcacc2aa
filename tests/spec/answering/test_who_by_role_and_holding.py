"""Who-questions answered through a role or a holding rather than a name.

- A report names a person once with a role ("the Harbour Commissioner for Brannock, Odile
  Ferrante") and then writes the role alone ("the Harbour Commissioner said"): that sentence is the
  person's, and answers "which official insisted ...".
- "Who owns the bakery the minister visited?" asks for the bakery's owner ("owner Tobiah Greaves",
  "the bakery's owner"); the unmarked relative clause ("the minister visited") is no part of the role.
- "Who runs the pharmacy?" is answered by "Ysolde Marrack's pharmacy", though the article gives
  her no role.
"""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

REPORT = """Fenwater Rights Watch: Report on the Quarry Lease at Brannock (chapter 4)

4.1 Between May and July, at least 90 households near the Brannock quarry lost access to their grazing land.

4.2 The quarry's operator, Calloway Stone Limited, replied in writing. Its managing director, Rupert Anselm, wrote that the quarry would create 300 jobs for local villages and that the company had followed every rule.

4.3 This account was disputed by the Harbour Commissioner for Brannock, Odile Ferrante, who oversees the district's leases.

4.4 In a meeting with our researchers, the Harbour Commissioner said that the villages had been properly consulted on the lease and that every elder had been visited twice.

4.5 Ferrante's office did not reply to a later letter asking for the minutes of those visits.
"""

LOCAL = """Minutes of the Marsh Lane Residents' Forum, 12 February

Present: twenty-two residents; Hester Quayle (County Drainage Officer); Gideon Thorne (Pellow Civils).

Residents said the new drainage scheme had flooded their gardens twice this winter.

Gideon Thorne, chief executive of the contractor Pellow Civils, said the firm had finished the drainage work for the residents on time, had consulted the county properly and had kept to budget.

The Drainage Officer said residents had been consulted properly at two public meetings last autumn, and that Quayle's team would inspect every garden by March.
"""

POOL = """POOL REPORT #2 -- Minister Aldous Greaves in Lowmarsh

From: Imelda Rusk, pool reporter

10:40 am -- Minister arrived Lowmarsh high street, visited three flooded shops, water line still visible on shopfronts.

10:55 am -- Min stopped at Crumb & Cellar Bakery, owner Tobiah Greaves (no relation, both men told pool, "we hear that a lot"). Owner said he lost two ovens and put his loss at about 40,000 pounds.

11:30 am -- Minister departed Lowmarsh for the county hall.
"""

NEWS = """Flood-hit bakery reopens in Carrow

The Millstone Bakery on Carrow Quay reopened on Saturday, three weeks after flood water filled its kitchen.

Agriculture minister Jonas Pell visited the bakery on Carrow Quay on Saturday morning and said the government would help every flooded business on the quay.

The bakery's owner, Perpetua Vane, said the reopening had cost her about 12,000 pounds.

Carrow's mayor said the quay would get new flood barriers next year.
"""

COLUMN = """Our town's last counter

Every week I walk past what used to be the bank in Tregellan. It closed in March.

The post office in Tregellan is now a counter at the back of Ysolde Marrack's pharmacy, and it is open until 5pm on weekdays.

Lowen Bank's spokeswoman, Briony Castell, sent me a statement saying customers could use the post office for deposits and that no customer would be left without access to their money.
"""

DIARY = """Village notes, Upper Selby

The lending library has moved into Corwin Ashby's hardware shop on Mill Street since the council closed the old reading room.

A council spokesman, Dermot Fane, said the council was pleased that the village still had a lending library and that the shop would receive a small grant.

Opening hours are 9am to 4pm, Monday to Saturday.
"""

report = app_fixture("brannock.txt", REPORT)
local = app_fixture("marsh_lane.txt", LOCAL)
pool = app_fixture("lowmarsh_pool.txt", POOL)
news = app_fixture("carrow.txt", NEWS)
column = app_fixture("tregellan.txt", COLUMN)
diary = app_fixture("upper_selby.txt", DIARY)


def test_a_role_written_alone_is_the_person_named_with_it_in_a_report(report):
    answers(report, "Which official maintained that the villages had been properly consulted on the lease?",
            "Odile Ferrante", lacking="Rupert Anselm")


def test_a_role_written_alone_is_the_person_named_with_it_in_a_news_story(local):
    answers(local, "Which official insisted that the residents had been consulted properly on the drainage scheme?",
            "Hester Quayle", lacking="Gideon Thorne")


def test_who_owns_the_shop_is_its_owner_in_a_pool_report(pool):
    answers(pool, "Who owns the bakery the minister visited in Lowmarsh?", "Tobiah Greaves")


def test_who_owns_the_shop_is_its_owner_in_a_news_story(news):
    answers(news, "Who owns the bakery the minister visited on Carrow Quay?", "Perpetua Vane", lacking="Jonas Pell")


def test_a_shop_named_by_its_holder_answers_who_runs_it_in_a_column(column):
    answers(column, "Who runs the pharmacy that doubles as Tregellan's post office?", "Ysolde Marrack",
            lacking="Briony Castell")


def test_a_shop_named_by_its_holder_answers_who_runs_it_in_village_notes(diary):
    answers(diary, "Who runs the hardware shop that houses the lending library?", "Corwin Ashby",
            lacking="Dermot Fane")
