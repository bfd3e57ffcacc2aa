"""A question asking how badly someone was harmed ("how badly was the steward hurt", "what injuries
did the driver suffer") takes the harm as done; where the article says nobody was hurt, that sentence
is cited as the correction (an answer, not a decline). Where the harm is told, it is answered."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, table

MARQUEE = """Title: Marquee collapses at Ellerbeck show
Date: 2026-07-12

A marquee at the Ellerbeck agricultural show came down in high winds on Saturday afternoon, scattering the cake and preserve entries across the showground.
A steward, Wynn Aldercott, said the ropes had been checked that morning. Nobody was hurt, the show's secretary said, because the tent had been cleared ten minutes earlier.
The show will go on on Sunday with the entries judged in the cattle shed.
"""

VAN = """Gorsey Lane residents' group — minutes, 3 March 2026

Item 2. The delivery van that went into the wall at number 14 on Tuesday. The driver was unhurt, says Mrs Holimer, and walked over to the shop to phone his depot.
Item 3. The wall will be rebuilt by the van company's insurer.
"""

HURT = """Title: Steward hurt as tent falls at Ellerbeck
Date: 2026-07-12

A steward was taken to hospital with a broken wrist on Saturday after a marquee at the Ellerbeck show came down in high winds, the show's secretary said.
"""

marquee = app_fixture("marquee.txt", MARQUEE)
van = app_fixture("van.txt", VAN)
hurt = app_fixture("hurt.txt", HURT)

test_corrected = table(answers, [
    ask("marquee", "how badly was the steward hurt when the marquee came down", "Nobody was hurt",
        starting="The articles do not say so", id="how_badly_hurt_nobody_was"),
    ask("van", "What injuries did the van driver suffer?", "The driver was unhurt",
        starting="The articles do not say so", id="what_injuries_driver_unhurt"),
])

test_answers = table(answers, [
    ask("hurt", "How badly was the steward hurt when the marquee fell?", "broken wrist", lacking="do not say so",
        id="harm_told_is_answered"),
])
