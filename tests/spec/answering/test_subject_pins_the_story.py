"""A question's subject pins its story: "how much funding are the researchers seeking?" is answered by
the story about researchers, not by another story's sentence that shares "fund" and "asked for"."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers, ask, table

STUDY = """Heat study finds kidney strain in warehouse staff

Researchers at the Delmar Institute tested 900 warehouse workers over two summers.

On the hottest days, 18% of workers showed signs of kidney strain after a shift.

The researchers are now seeking $1.7 million from state agencies to follow 300 of the workers for four years.
"""

FLOOD = """Town runs out of flood money

Mayor Ilse Varga said the town had used up its 3-million-crown emergency fund and was seeking another 2 million crowns of funding for the follow-up repairs.

She said the region would seek national funding to move 400 families from the riverbank.
"""

HARBOUR = """Harbour board seeks cash for dredging

The harbour board is seeking £900,000 from the port authority to dredge the channel, its chair said.

Dredging was last done in 2011.
"""

PANTO = """Panto returns to the Corn Hall

The Corn Hall's Christmas pantomime will run for 24 nights, the trust said.

The trust said it was seeking £12,000 of funding from the town council for the dredging of the mill pond.
"""

two = articles_fixture({"heat_study.txt": STUDY, "flood_money.txt": FLOOD})
other_two = articles_fixture({"harbour.txt": HARBOUR, "panto.txt": PANTO})

test_subject_pins = table(answers, [
    ask("two", "how much funding are the researchers seeking for the follow-up", "1.7 million", lacking="crown",
        id="the_researchers_story"),
    ask("other_two", "How much money is the harbour board seeking for dredging?", "900,000", lacking="12,000",
        id="the_boards_story"),
])
