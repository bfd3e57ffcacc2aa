"""A why-question takes as done an act the article says was not done, in a sentence sharing hardly a
word with it: "why has the trust decided to shut the pool" / "No decision has been taken.", "why did
the bakery recall its rolls" / "no batch was recalled", "why did the board approve the mast" / "The
mast has not yet been approved.", "why did the bridge stay shut until the autumn" / "the council
reopened the bridge on 3 March". The denial is cited as the correction. Where the act is told as done,
the question is answered."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, replies, table

POOL = """Thornvale Leisure Trust - public meeting, 12 March 2026

Chair: Good evening. So, the proposal. The trust must save £230,000 next year. The option in the
review paper is to shut the Marlow Street pool and to run swimming lessons at the Ashwell school pool
instead. No decision has been taken. The board will meet on 30 April.

Resident: I have swum at Marlow Street for forty years and I do not want to swim anywhere else.
"""

BAKERY = """Title: Hollin Bakery chief on a hard year
Date: 2025-09-04

Hollin Bakery's chief executive, Marit Solberg, said the firm had a difficult summer. In June a
supermarket inspection found faults at the Redbank plant's cooling line. There was no risk to
shoppers and no batch was recalled, but the firm lost a contract worth about £2 million. "We rebuilt
the line in six weeks," she said.
"""

MAST = """Title: Phone mast plan draws objections
Date: 2025-06-18

More than 200 residents of Kilbrook have objected to a 25-metre phone mast beside the primary school.
The mast has not yet been approved, and the planning board will consider it in July, a board
spokesman said.
"""

CLOSED = """Title: Trust shuts Marlow Street pool
Date: 2026-05-02

The Thornvale Leisure Trust has decided to close the Marlow Street pool in June. The board decided
on Thursday that the pool's roof could not be repaired for less than £1 million, its chair, Lysander
Oakes, said.
"""

FOOTBRIDGE = """Kelder footbridge

From Wikipedia, the free encyclopedia

The Kelder footbridge is a timber footbridge over the river Aske. It was closed to all users on 9 January 2025 after a storm damaged a pier.[1]

On 3 March, after the pier had been propped, the council reopened the bridge to walkers, with cyclists asked to dismount.[2]
"""

LIBRARY = """Title: Ashmoor library back in business
Date: 2025-09-12

Ashmoor library stayed closed until September because asbestos was found in the roof void, the council said. It reopened on 2 September with longer hours.
"""

footbridge = app_fixture("footbridge.txt", FOOTBRIDGE)
library = app_fixture("library.txt", LIBRARY)
pool = app_fixture("pool.txt", POOL)
bakery = app_fixture("bakery.txt", BAKERY)
mast = app_fixture("mast.txt", MAST)
closed = app_fixture("closed.txt", CLOSED)

test_corrected = table(replies, [
    ask("pool", "Why has the leisure trust decided to shut the Marlow Street pool?", "No decision has been taken",
        starting="The articles do not say so", id="no_decision_taken"),
    ask("bakery", "Why did Hollin Bakery have to recall its rolls after the inspection?", "no batch was recalled",
        starting="The articles do not say so", id="nothing_recalled"),
    ask("footbridge", "Why did the Kelder footbridge stay shut to all users until the autumn?", "reopened the bridge",
        starting="The articles do not say so", id="reopened_after_all"),
    ask("mast", "Why did the planning board approve the Kilbrook mast?", "has not yet been approved",
        starting="The articles do not say so", id="not_yet_approved"),
])

test_answers = table(answers, [
    ask("library", "Why did Ashmoor library stay closed until September?", "asbestos", id="kept_shut_as_told_is_answered"),
    ask("closed", "Why has the leisure trust decided to close the Marlow Street pool?", "roof", id="decision_told_is_answered"),
])
