"""A question names a thing in other words than the article: "how many jobs" / "fourteen posts would
go", "truck trips" / "410 HGV movements", "the AGM" / "the Annual General Meeting", "how long has he
worked there" / "who has worked on the canal since 1988". Each is answered from the sentence that
says it; a count of another thing still is not."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines, table

MUSEUM = """Title: Trust sets out museum savings
Date: 2026-02-11

Members of the Dunwarren Heritage Trust met staff representatives on Tuesday to discuss the savings plan.

Ottoline Farrington, for the staff union, said: "The trust has told us fourteen posts would go. Thirty staff work across the three sites."

The trust's director, Bram Kessell, said the museum shop would close in April.
"""

QUARRY = """Consultee comment
Highways Authority
Comment submitted date: Wed 05 Feb 2025

No objection. The transport statement estimates 410 HGV movements over an 11 month extension; this is acceptable subject to a wheel-wash condition. Officer: P Lindgarde
"""

CLUB = """Title: Corrowen Rowing Club: the year in brief
Date: 2026-03-02

It was a good year for the club's crews, who won four regattas this year on the Corrow.

The club's new boat shed, paid for by members, opened in the summer and the club now has 212 members.

The 41st Annual General Meeting of the Corrowen Rowing Club will be held at the Boathouse Inn, Quay Street, on Friday 8 May 2026 at 7.30 pm. Nominations for the committee close on 20 April.
"""

CANAL = """Title: Last boats through Pellam lock
Date: 2025-10-30

The lock-keeper, Mr. Osric Penhaligon, who has worked on the canal since 1988, said the lock gates were beyond repair. "It is a sad day for the village," he said.
"""

CLIPPING = """[Scanned from microfilm. Text recognised automatically and may contain errors.]

THE PELLAM GAZETTE, FRIDAY, MAY 3, 1968                    Page 2

LOCK TO
CLOSE

PELLAM'S canal lock, which has served the town since 1810, is to close in June, the Navigation Board decided yesterday.

The lock-keeper, Mr. Osric Penhaligon, who has worked at Mill Wharf since 1946, said simply: "It is a sad day."
"""

clipping = app_fixture("clipping.txt", CLIPPING)
museum = app_fixture("museum.txt", MUSEUM)
quarry = app_fixture("quarry.txt", QUARRY)
club = app_fixture("club.txt", CLUB)
canal = app_fixture("canal.txt", CANAL)

test_answers = table(answers, [
    ask("museum", "How many jobs could go under the Dunwarren savings plan?", "fourteen", id="jobs_are_posts"),
    ask("museum", "What job does Bram Kessell hold?", "director", id="a_job_asked_is_no_count_of_posts"),
    ask("quarry", "How many truck trips will the quarry extension involve?", "410", id="truck_trips_are_hgv_movements"),
    ask("club", "where is the AGM this year", "Boathouse Inn", id="agm_is_annual_general_meeting"),
    ask("canal", "How long has Osric Penhaligon worked on the canal?", "1988", id="how_long_so_far_is_since"),
    # the town is named in the lede, below a scan note, a running head and a headline
    ask("clipping", "How long has Osric Penhaligon worked in Pellam?", "1946", id="the_place_named_in_a_lede_below_furniture"),
])

test_declines = table(declines, [
    ask("museum", "How many volunteers could go under the Dunwarren savings plan?", id="volunteers_are_no_posts"),
    ask("canal", "How long did the lock repairs take?", id="since_answers_no_length_of_a_job_done"),
])
