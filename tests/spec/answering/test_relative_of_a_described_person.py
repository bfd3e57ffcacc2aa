""""What did the cousin of the councillor who opposed the levy complain about?": the councillor and
her cousin share a surname. The cousin's sentence tells the tie ("Orrin Hollow — a cousin of the
councillor — told the forum ..."), so the tie's words keep scoring it, and the councillor's own
lines, which the surname alone would give to either, are not the cousin's."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

# A regional weekly's farm page: a long lede, a council debate, then the public forum.
FARM = """RURAL | Kelvale Flats

Ratepayers to pay more at the weighbridge

Farmers paying to use the Kelvale Flats weighbridge face a rise of more than 40 per cent in fees from August, after council voted to put its upgrade plan on exhibition.

Cr Brigid Hollow, one of the two councillors who voted against exhibiting the plan, argued during debate that the rise would drive growers to private scales. "You put the fee up and the trucks go elsewhere," she said.

About 50 people turned out for a forum at the Kelso hall last Friday, where dairy farmer Orrin Hollow — a cousin of the councillor — told the crowd he had used the weighbridge for 30 years and would keep doing so "while the gate opens". But he accused council of "gold-plating" the project. "Nobody asked for a new office," he told the forum.

Submissions close on 30 June.
"""

OTHER = """Harbour levy debate

A second councillor said the harbour levy plan would be put to a vote in July. Residents complained
about the levy at a meeting on Tuesday.
"""

two = articles_fixture({"weighbridge_fees.txt": FARM, "harbour_levy.txt": OTHER})


def test_the_relatives_own_sentence_answers(two):
    answers(two, "what did the cousin of the councillor who opposed the weighbridge plan complain about",
            "Orrin Hollow", lacking=("trucks go elsewhere", "private scales"))
