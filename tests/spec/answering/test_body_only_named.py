""""What did the Harbour Claims Tribunal decide about the berth fees?" where the article names the
tribunal only as where complaints should go, and "What did the Dunnock Press report about the levy?"
where a councillor only wrote to the paper: the body asked about is named as someone else's addressee,
never acting, so what it did is not told. Where it acts, the question is answered."""

import pytest

from tests.spec.answering.asks import answers, declines

BERTHS = """Title: Fishermen dispute berth fees at Pelletier Quay harbour
Date: 2025-09-14

The harbour master, Delphine Arkwright, said complaints about the new berth fees should go to the Harbour Claims Tribunal, not to the press.

Skippers say the fees have tripled since April.
"""

BERTHS_RULED = """Title: Fishermen dispute berth fees at Pelletier Quay harbour
Date: 2025-09-14

The Harbour Claims Tribunal decided on Friday that the new berth fees at Pelletier Quay were lawful, the harbour master, Delphine Arkwright, said.
"""

LEVY = """# Tourist levy row in Penmarrow

*By staff reporter, 2 October 2025*

Councillor Aurelio Brandt said he had written to the Dunnock Press about the tourist levy and had asked for a meeting with its editor. He said the levy would raise £400,000 a year.
"""

CRATES = """Title: Forged permits found at Dunmerrow docks
Date: 2025-11-20

Harbour Board inspector Odalys Brennock said the crates contained forged export permits addressed to a firm in Kilcarrow.
"""


@pytest.fixture(scope="module")
def crates(app_over):
    with app_over("crates.txt", CRATES) as app:
        yield app


@pytest.fixture(scope="module")
def berths(app_over):
    with app_over("berths.txt", BERTHS) as app:
        yield app


@pytest.fixture(scope="module")
def berths_ruled(app_over):
    with app_over("berths.txt", BERTHS_RULED) as app:
        yield app


@pytest.fixture(scope="module")
def levy(app_over):
    with app_over("levy.md", LEVY) as app:
        yield app


def test_a_body_named_as_a_destination_is_no_answer(berths):
    declines(berths, "What did the Harbour Claims Tribunal decide about the berth fees at Pelletier Quay?")


def test_the_body_acting_is_answered(berths_ruled):
    answers(berths_ruled, "What did the Harbour Claims Tribunal decide about the berth fees at Pelletier Quay?", "lawful")


def test_a_paper_written_to_is_no_answer(levy):
    declines(levy, "What did the Dunnock Press report about the tourist levy?")


def test_what_the_writer_said_is_answered(levy):
    answers(levy, "What did Councillor Brandt say the tourist levy would raise?", "400,000")


def test_a_speaker_the_parser_misreads_as_an_object_is_answered(crates):
    answers(crates, "What did Odalys Brennock find inside the crates?", "forged export permits")
