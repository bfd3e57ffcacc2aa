"""A when-question about an act the lede names only inside a clause that times something else
("Anglers will have nowhere to fish from June to October after the trust voted to close the
lake"): the lede's months are the closure's, not the vote's. The next paragraph tells the act
itself with its own day ("Trustees voted six to two ... at a heated meeting on Wednesday night").
That sentence answers; the lede is no reason to decline."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines

LAKE = """Anglers left high and dry as trust shuts lake for the summer

Published 15 May 2025

KELDHOLM anglers will have nowhere to fish from June to October after the Moorside Waters Trust voted to close Brackmere lake to save an estimated 40,000 pounds in bailiff wages.

Trustees voted six to two in favour of the closure at a heated meeting on Wednesday night, with about 50 anglers in the hall.

"We cannot pay for bailiffs all summer and keep the boathouse open," the trust's chair, Miriam Oakes, said.
"""

ONLY_LEDE = """Anglers left high and dry as trust shuts lake for the summer

Published 15 May 2025

KELDHOLM anglers will have nowhere to fish from June to October after the Moorside Waters Trust voted to close Brackmere lake to save an estimated 40,000 pounds in bailiff wages.

"We cannot pay for bailiffs all summer and keep the boathouse open," the trust's chair, Miriam Oakes, said.
"""

lake = app_fixture("keldholm_lake.txt", LAKE)
only_lede = app_fixture("keldholm_lake_lede.txt", ONLY_LEDE)


def test_the_vote_is_dated_by_the_paragraph_after_the_lede(lake):
    answers(lake, "when did keldholm trustees vote on the brackmere lake bailiff wages", "Wednesday night")


def test_the_lede_alone_still_tells_no_day_of_the_vote(only_lede):
    declines(only_lede, "when did keldholm trustees vote on the brackmere lake bailiff wages")
