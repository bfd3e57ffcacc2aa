"""Wire copy dated only by its machine header line ("Transmitted: 2025-06-12 19:52 ET"): a when-question
about the night's event is answered with the sentence that gives its clock time, labelled with the day
the lede gave the event ("late Wednesday"), not the day of the telling ("the county said Thursday").
Every article here is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

WIRE = (
    "XWA-NV--Barge Strike, 1st Ld-Writethru, 0412\nTransmitted: 2025-06-12 19:52 ET\n"
    "Eds: UPDATES with engineer comment.\n\n"
    "Barge hits bridge pier; crossing shut\n\nBy LENA QUORVIK\nNorthwest Wire Agency\n\n"
    "HARLOW FALLS, Nev. (XWA) — A loaded gravel barge ran into the main pier of the Dunmore Street bridge late "
    "Wednesday, closing the only crossing into the town's east side, the county said Thursday.\n\n"
    "The barge Ossery Belle struck the pier about 10:15 p.m. in heavy rain, said county engineer Pelle Ostrand.\n\n"
    "Council chair Mirela Vantongeren said a shuttle ferry would run across the river from Saturday.\n"
)

wire = app_fixture("wire.txt", WIRE)


def test_the_nights_event_is_dated_by_the_ledes_day(wire):
    answers(wire, "On what date did the Ossery Belle strike the pier?", "11 June 2025", lacking="12 June")


def test_a_day_still_to_come_is_counted_from_the_header_lines_date(wire):
    answers(wire, "When will the shuttle ferry start running?", "14 June 2025")
