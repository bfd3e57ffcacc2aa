"""A two-part comparison whose second half's only sentence also holds the first half's words ("asked
the region to send six more buses" holds "buses" and "Marrowdale"): the second half takes that
sentence, and the first half its own ("nine buses were running"), rather than a quote that opens
with one of its words ("Now the bus comes twice a day")."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

WIRE = """Marrowdale runs emergency buses as rail line stays shut

TESSELBY (RNS) - The Marrowdale District Council has laid on replacement transport for nine villages cut off since a rail bridge was closed in January.

Transport officer Idris Pellworth said on Monday that nine buses were running between the villages and the market town every day.

"Now the bus comes twice a day. It is enough for work but not for school," said resident Oona Drabble.

Meanwhile, Marrowdale council leader Bettina Farrow said the council had asked the regional authority to send six more buses and to repair two damaged stops.

The regional authority has a reserve of 40 buses that districts may borrow.
"""

MEMO = """Harlstead hospital wards: update for staff

Harlstead General is now using 14 mobile wards on the car park, the hospital's estates director, Collum Ashdown, told staff in a memo on Thursday.

Now the wards are full most nights, he wrote.

The hospital has asked the health board to pay for five more mobile wards before winter, Mr Ashdown added.
"""

wire = app_fixture("marrowdale_buses.txt", WIRE)
memo = app_fixture("harlstead_wards.txt", MEMO)


def test_the_first_half_gets_its_own_figure_when_the_second_half_holds_its_words(wire):
    answers(wire, "How many buses is Marrowdale running now, and how many more has it asked the region to send?",
            "nine buses were running", "six more buses")


def test_a_memo_gives_each_half_its_own_figure(memo):
    answers(memo, "How many mobile wards is Harlstead General using now, and how many more has it asked the health board to pay for?",
            "14 mobile wards", "five more")
