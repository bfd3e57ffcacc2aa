"""A question asking two things, the first what one side said ("What did the growers say each new
pump cost them, and how much in penalties has the agency charged?"): the best sentence, another
speaker's "charged penalties against growers", answers the second ask and only names the first's
speaker, so the first ask gets its own sentence too (the growers' "We paid 40,000 crowns a pump")."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

WIRE = """Water agency shuts 90 wells in Ostrava basin

OSTRAVA: The regional water agency has shut 90 irrigation wells in the Ostrava basin over the past two weeks for running without approved meters.

Speaking to reporters at the agency offices on Monday, agency director Vlasta Kornhuber said the agency had also opened 12 cases against growers and charged penalties of more than 2.4 million crowns.

"We paid 40,000 crowns a pump for the new meters at the agency's own request. Now the same agency is shutting us down," Teodor Blaha said.

Mr Blaha chairs the Growers' Union.
"""

MINUTES = """Minutes: Fenwick Harbour Board, 4 March

Item 3. Mooring charges. The harbour master, Ines Dalgliesh, reported that the board had issued 17 notices to skippers over new mooring chains and collected late fees of £8,300 from skippers since January.

Item 4. Skippers' association. "We paid £1,150 a chain when you made us change them last spring," Rory Cathcart of the Skippers' Association told the board.
"""

wire = app_fixture("ostrava_wells.txt", WIRE)
minutes = app_fixture("fenwick_minutes.txt", MINUTES)


def test_the_first_ask_gets_the_sentence_of_its_speaker(wire):
    answers(wire, "What did growers say each new pump meter cost them, and how much in penalties has the agency charged the growers?",
            "40,000 crowns", "2.4 million crowns")


def test_minutes_give_each_ask_its_item(minutes):
    answers(minutes, "What did the skippers say each new chain cost them, and how much in late fees has the board collected?",
            "£1,150", "£8,300")
