"""A why-question takes as done harm the article says nobody came to ("why did the blast injure
workers" / "No one was hurt when the tank burst"), or names a thing the article names only to
correct it ("why did the fitter say the pump failed" / "it's the valve, not the pump"). The
sentence is cited as the correction, an answer (not a decline: the article does tell). Where the harm or the thing is told as so, the question is
answered."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, table

DEPOT = """Title: Tank bursts at Quorlby fuel depot
Date: 2025-11-03

Firefighters spent four hours at the Quorlby fuel depot on Sunday after a storage tank burst and caught fire.
Neighbours in Sallow Row said they heard a bang shortly after 6am. No one was hurt when the tank burst.
The depot's owner, Vexley Fuels, said an inquiry had begun.
"""

MILL = """Brindle Mill fire — residents' meeting notes, 9 May 2026

Chair: thanks all for coming. As you know the old drying loft at Brindle Mill caught fire in March.
The brigade had it out in an hour. Nobody was injured, thank goodness. The owners want to reopen the loft.
Resident: we still smell smoke on a damp day.
"""

HURT = """Title: Two hurt in Quorlby depot blast
Date: 2025-11-03

Two drivers were injured on Sunday when a storage tank burst at the Quorlby fuel depot, because a valve had been left open, the fire service said.
"""

PUMPS = """Voicemails — Ostrey Court residents' group

Hi, it's Maristel from number nine. The water's off again on the top floors. The fitter came round this morning and he said it's the valve on the roof tank, not the pump. He reckons Thursday. Bye.

Hello, Oswin here, flat two, ground floor water is fine, just letting you know.
"""

WIRING = """Title: School boiler blamed, wrongly
Date: 2026-01-21

Pupils at Harrowdene primary were sent home on Tuesday when the heating failed. It was not the boiler but the wiring, the caretaker, Ludo Trevorrow-Ozanne, said, adding that an electrician would come on Friday.
"""

PUMP_FAILED = """Title: Ostrey Court pump fails
Date: 2026-02-10

The fitter said the pump on the roof had failed because it was twenty years old, residents of Ostrey Court were told.
"""

TRADE = """Title: Bridge closure costs Yarrowby shops
Date: 2026-04-14

The closure of the Yarrowby bridge hurt trade on the high street because shoppers from the south bank stayed away, the traders' group said. No one was hurt when the bridge cracked in February.
"""

trade = app_fixture("trade.txt", TRADE)
depot = app_fixture("depot.txt", DEPOT)
mill = app_fixture("mill.txt", MILL)
hurt = app_fixture("hurt.txt", HURT)
pumps = app_fixture("pumps.txt", PUMPS)
wiring = app_fixture("wiring.txt", WIRING)
pump_failed = app_fixture("pump_failed.txt", PUMP_FAILED)

test_corrected = table(answers, [
    ask("depot", "why did the tank explosion at the depot injure neighbours", "No one was hurt",
        starting="The articles do not say so", id="nobody_hurt_in_lower_case_question"),
    ask("mill", "Why did the fire at Brindle Mill hurt residents?", "Nobody was injured",
        starting="The articles do not say so", id="nobody_injured_in_meeting_notes"),
    ask("pumps", "why did the fitter say the pump had broken down", "the valve on the roof tank, not the pump",
        starting="The articles do not say so", id="a_not_b_in_a_voicemail"),
    ask("wiring", "Why did the caretaker say the boiler had failed?", "not the boiler but the wiring",
        starting="The articles do not say so", id="not_b_but_a_in_news"),
])

test_answers = table(answers, [
    ask("hurt", "Why did the blast at the Quorlby depot injure two drivers?", "valve", lacking="do not say so",
        id="harm_told_is_answered"),
    ask("trade", "Why did the bridge closure hurt trade in Yarrowby?", "shoppers", lacking="do not say so",
        id="hurt_of_trade_is_not_injury"),
    ask("pump_failed", "Why did the fitter say the pump had failed?", "twenty years old", lacking="do not say so",
        id="thing_told_is_answered"),
])
