"""A title written before a name, with the body's acronym or the person's party in brackets
("Head of the Morvane Regional Flood Control Agency (RFCA) Ilario Venth said ...", "Transport
Minister Odile Brannock (Liberals) said ..."), describes that person: "who heads the <agency>"
and "which politician is <place>'s <job>" find them, not another official whose title merely
begins with the same word. Every article is invented."""

from index.article_people import read_people
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

AGENCY_WIRE = """Morvane sends pumps to flooded valley

Tuesday, 3 February 2026 11:05 WIB

Dorsk, West Calder (NKA) - The Morvane District Government has sent pumps to six villages flooded since Sunday.

Head of the Morvane Regional Flood Control Agency (RFCA) Ilario Venth said here on Tuesday that nine pumps were draining the rice fields.

Meanwhile, District Head of Morvane Celestina Marou Abeto informed that the district had asked the province for two more pumps.

Head of the Provincial Health Office Rudo Fenwasi stated that no cases of illness had been reported so far.
"""

AGENCY_PAPER = """Flood agency chief defends slow response

Published 12 November 2025

The head of the Quillmark Coastal Protection Authority (QCPA) Bernadette Olawuyi told councillors on Wednesday that the sea wall repairs would start in spring.

Head of Quillmark Council Tamsin Greaves said residents had waited long enough. Head teacher Miles Orrick said the school had closed twice.
"""

MINISTER_WIRE = """Ferry subsidy: state hesitates

Hanover (ndn) - The Vestmark Ministry for Transport has not yet decided on a subsidy for the Eldermoor ferry.

Transport Minister Odile Brannock (Liberals) said on the sidelines of a session that she took the islanders' worries seriously. District Administrator Fenja Roloff (CDU) said the ferry was the island's only link.

Its spokesman for island affairs, Carsten Wübbe (SPD), said he would ask the state government how many ferries were still running.
"""

MINISTER_PAPER = """Brenmark budget row

Published 4 April 2025

Brenmark's finance minister, Ines Valdmaa, said the budget would be balanced by 2027. Opposition leader Rein Kassik (Centre Party) called the plan a fantasy.
"""

agency_wire = app_fixture("agency_wire.txt", AGENCY_WIRE)
agency_paper = app_fixture("agency_paper.txt", AGENCY_PAPER)
minister_wire = app_fixture("minister_wire.txt", MINISTER_WIRE)
minister_paper = app_fixture("minister_paper.txt", MINISTER_PAPER)


def _description(text: str, name: str) -> str:
    return next(p.description for p in read_people(text) if p.name == name)


def test_a_title_with_the_bodys_acronym_in_brackets_describes_the_name_after_it():
    assert "Flood Control Agency" in _description(AGENCY_WIRE, "Ilario Venth")
    assert "Coastal Protection Authority" in _description(AGENCY_PAPER, "Bernadette Olawuyi")


def test_a_party_in_brackets_after_a_name_describes_them():
    assert "Liberals" in _description(MINISTER_WIRE, "Odile Brannock")
    assert "SPD" in _description(MINISTER_WIRE, "Carsten Wübbe")


def test_who_heads_the_agency_named_with_its_acronym_in_a_wire(agency_wire):
    answers(agency_wire, "Who heads Morvane's district flood agency?", "Venth", lacking="Abeto")


def test_who_heads_the_authority_named_with_its_acronym_in_a_paper(agency_paper):
    answers(agency_paper, "Who heads the Quillmark coastal protection authority?", "Olawuyi", lacking="Greaves")


def test_which_politician_is_the_minister_by_a_title_before_the_name(minister_wire):
    answers(minister_wire, "Which politician is Vestmark's transport minister?", "Brannock", lacking="Roloff")


def test_which_politician_is_the_minister_by_an_apposition(minister_paper):
    answers(minister_paper, "Which politician is Brenmark's finance minister?", "Valdmaa", lacking="Kassik")


def test_which_politician_is_the_job_reads_the_job_after_is():
    from bot.answering.question import analyse

    assert "minister" in analyse("Which politician is Vestmark's transport minister?").role_phrase
    assert "head" in analyse("Which official was the head of the flood agency?").role_phrase


def test_the_party_in_brackets_answers_a_hop_to_the_politician(minister_wire):
    answers(minister_wire, "Which party does the politician who plans to ask how many ferries are still running belong to?", "SPD")
