""""According to the insider / the ministry source" asks for the statement of the person the article
describes and will not name ("A source at the authority, who asked not to be named, said ..."), not
the next short sentence sharing the topic's noun ("The authority did not respond to questions about
the crane"); that the source withholds their own name does not make the answer a withholding."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

PORT = """Crane failure idles Quenby container berth

QUENBY - Ships queued outside Quenby harbour for a third day on Wednesday after the only working crane on the container berth broke down.

A second crane has been out of service since October. A source at the port authority, who asked not to be named because they were not authorised to speak to the press, said the spare gearbox for the second crane had been sold to a shipyard in the south in September.

The authority did not respond to questions about the spare gearbox by deadline.

Hauliers said the delays were costing them thousands a day.
"""

MINISTRY = """Rail timetable delayed again, staff told

The new regional rail timetable will not start in May as promised, according to an internal memo seen by this newspaper.

The memo blames late delivery of the signalling software. According to a ministry insider who spoke on condition of anonymity, the software contract was reopened in January after the supplier missed two test dates.

The ministry declined to comment on the software contract.
"""

YARD = """Dredger refit runs late at Ostholm yard

The refit of the dredger Kestrel Bay at the Ostholm yard will finish six weeks late, its owner said on Monday.

A source at the shipyard told reporters the delay would cost the owner about 1.2 million euros in hire charges.

"The real cost is the lost dredging season. The yard cannot take another hull until March," the source said.
"""

reports = articles_fixture({"port.txt": PORT, "ministry.txt": MINISTRY, "yard.txt": YARD})


def test_the_unnamed_source_answers_what_the_insider_said(reports):
    answers(reports, "what happened to the spare gearbox according to the port authority insider", "sold to a shipyard",
            lacking="did not respond")


def test_an_insider_described_on_condition_of_anonymity(reports):
    answers(reports, "What happened to the software contract, according to the ministry source?", "reopened in January",
            lacking="declined to comment")


def test_the_sources_next_quote_is_theirs_too(reports):
    answers(reports, "According to the shipyard insider, what is the real cost of the delay?", "lost dredging season")
