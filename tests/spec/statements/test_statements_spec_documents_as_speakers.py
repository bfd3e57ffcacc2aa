"""A document with no named issuer speaks for itself: "..., an official handout said" and "A
study published in <journal> reports that ..." are statements of the handout and the study, as
written; a document with its issuer named ("a statement from the ministry said") stays the
issuer's. Every article is invented."""

from tests.spec.invented import statements_of, the_one

CITY_PAGE = """Bus fleet to grow as smog lingers

Published 12 November 2025

Separately, the provincial government on Tuesday approved Rs900 million for 40 electric buses and the repair of 12 depots, an official handout said.

A statement from the transport ministry said the buses would arrive in March.
"""

WIRE = """Rail freight rose 8% last year

Published 2 April 2025

OSTRAVEC, April 2 (CNA) - The rail operator moved 41 million tonnes of freight last year, a press release said on Wednesday.
"""

SCIENCE = """Amber lamps help bats, study finds

Published 3 March 2026

A study published in the Annals of Urban Ecology reports that bat activity rose by a fifth on streets where white lamps were replaced with amber ones.

The lead author, Dr Orla Penhaligon, said the effect was strongest near rivers.
"""

REPORT = """Council audit finds missing invoices

Published 9 June 2025

An audit commissioned by the county found that 212 invoices had no matching order, the auditors' summary says.

A review by Kessling University concludes that the council's payment system is out of date.
"""


def test_an_official_handout_is_the_speaker_of_the_news_it_gives():
    s = the_one(statements_of(CITY_PAGE), "40 electric buses")
    assert "handout" in s.speaker


def test_a_document_with_its_issuer_named_stays_the_issuers():
    assert "ministry" in the_one(statements_of(CITY_PAGE), "arrive in March").speaker.lower()


def test_a_press_release_with_no_issuer_speaks_in_a_wire():
    assert "release" in the_one(statements_of(WIRE), "41 million tonnes").speaker


def test_a_study_reports_its_finding():
    s = the_one(statements_of(SCIENCE), "bat activity rose by a fifth")
    assert "study" in s.speaker.lower()


def test_an_audit_found_is_the_audits():
    s = the_one(statements_of(REPORT), "payment system is out of date")
    assert "review" in s.speaker.lower() or "Kessling" in s.speaker
