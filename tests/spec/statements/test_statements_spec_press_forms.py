"""Attribution forms common in West African, South Asian and wire copy: "disclosed this on
Tuesday", "According to him", "He stated,", "lamented", "Reacting, X described", "Also
speaking, X": each a statement of the person, dated at the briefing the first one names.
Every article here is invented."""

from datetime import date

import pytest

BRIEFING = (
    "The {office} has banned street trading on six roads in {city}.\n\n"
    "The Commissioner for Markets, Mr {name}, disclosed this on Tuesday while briefing journalists.\n\n"
    "According to him, the ban affects the busiest markets, where {n} traders were injured last year.\n\n"
    "He stated, \"We cannot fold our arms while people are hurt.\"\n\n"
    "The commissioner lamented that traders had ignored earlier warnings.\n\n"
    "Reacting, the chairman of the traders' union, {other}, described the ban as \"harsh\".\n"
)


@pytest.mark.parametrize("office, city, name, n, other, surname", [
    ("Lagos State Government", "Ikeja", "Babatunde Olaleye", "40", "Alhaji Musa Danjuma", "Olaleye"),
    ("Kaduna State Government", "Zaria", "Ifeanyi Chukwuma", "75", "Mrs Grace Eze", "Chukwuma"),
])
def test_disclosed_and_the_forms_after_it_are_the_commissioner_s_at_the_briefing(statements, one, office, city,
                                                                                  name, n, other, surname):
    stmts = statements(BRIEFING.format(office=office, city=city, name=name, n=n, other=other), date(2025, 8, 14))
    tuesday = date(2025, 8, 12)
    for fragment in ("disclosed this", "the ban affects the busiest markets", "We cannot fold our arms",
                     "traders had ignored earlier warnings"):
        st = one(stmts, fragment) if fragment != "disclosed this" else next(
            s for s in stmts if "disclosed this" in s.content or ("disclosed" == s.act))
        assert st.speaker == name, (fragment, st.speaker)
        assert st.when_start == tuesday, (fragment, st.when_start)
    assert one(stmts, "harsh").speaker.endswith(other.split()[-1])


@pytest.mark.parametrize("dateline, company", [
    ("NAIROBI, Kenya, September 9, 2025 /PRNewswire/ --", "Kestrel Pumps Ltd."),
    ("LEEDS, England, 12 May 2023 (BUSINESS WIRE) --", "Moorland Looms plc"),
])
def test_a_press_release_dateline_after_a_standfirst_is_not_the_speaker(dateline, company):
    from index.articles import clean, parse_front_matter
    from index.statements.extract import extract

    text = (f"FOR IMMEDIATE RELEASE\n\nNew funds for growth\n\n"
            f"Round led by a regional fund; partnership with farmers' cooperatives to cover four counties and more\n\n"
            f"{dateline} {company}, a maker of pumps, today announced that it has raised new funds.\n")
    stmts = extract(clean(parse_front_matter(text), "release.txt"))
    st = next(s for s in stmts if "raised new funds" in s.content)
    assert st.speaker.startswith(company.split()[0])


@pytest.mark.parametrize("name, pronoun", [("Paula Rinaldi", "she"), ("Marco Venturi", "he")])
def test_he_or_she_after_a_person_named_as_an_object_is_that_person(statements, one, name, pronoun):
    text = (f"Our reporter spoke to {name}, who runs a bakery in the old town.\n\n"
            f"\"The lights went, the fridge went. It was like one switch for the whole city,\" {pronoun} said.\n")
    assert one(statements(text), "one switch for the whole city").speaker == name


def test_according_to_her_is_the_woman_just_quoted(statements, one):
    text = ("Also speaking, a road safety consultant, Dr Ada Okonkwo-Reyes, welcomed the ban.\n\n"
            "According to her, the state should publish the crash figures road by road.\n")
    assert one(statements(text), "publish the crash figures").speaker == "Ada Okonkwo-Reyes"


@pytest.mark.parametrize("sentence, fragment", [
    ("Children on the drug needed weaker glasses, the paper says.", "needed weaker glasses"),
    ("According to the report, about 9% of pupils had headaches.", "9% of pupils had headaches"),
    ("The eye also grew less, which the authors write is \"the change that matters most\".", "the change that matters most"),
])
def test_a_document_or_its_authors_speak_for_the_study(statements, sentence, fragment):
    stmts = statements("A trial of a new eye drop was published on Monday.\n\n" + sentence)
    found = [s for s in stmts if fragment in s.content]
    assert found and all(any(w in s.speaker for w in ("paper", "report", "authors")) for s in found)
