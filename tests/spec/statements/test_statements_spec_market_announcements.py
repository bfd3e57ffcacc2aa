"""A listed company's regulatory announcement and a press release's closing matter.

Every article here is invented. An exchange's announcement opens with a service's header ("Regulatory
Story", "COMPANY plc - TICKER", the title, a "Released hh:mm:ss dd-Mon-yyyy" line, an "RNS Number"),
then the company speaks in its own name ("X plc (AIM: TKR) announces ..."), in highlight bullets and
in its own forecasts ("is now expected", "The Company does not expect", "are now estimated"), with
quote blocks under "Name, Title, commented:". The closing matter is nobody's statement: a meeting
notice under its heading, the market-abuse paragraph, the "Enquiries:" block of advisers and brokers,
"ENDS" and the "Notes to editors" of a press release.
"""

from datetime import date

from tests.spec.invented import statements_of, the_one

RNS = """Regulatory Story
Kestrelwood Minerals plc - KWM
Drilling results and revised timetable
Released 07:00:04 03-Mar-2025

RNS Number : 8812Q
Kestrelwood Minerals plc
("Kestrelwood" or the "Company")

Drilling results and revised timetable

Kestrelwood Minerals plc (AIM: KWM), the developer of the Brenlow copper project, announces results from its latest drilling programme and a revised construction timetable.

Highlights

- First copper concentrate is now expected in the first half of 2027, rather than the second half of 2026.
- The revision follows a redesign of the tailings storage facility requested by the regulator.
- Drilling extended the Brenlow resource by 18 per cent.

Anja Holmqvist, Chief Executive Officer, commented:

"Brenlow keeps getting bigger. The redesign costs us six months, but it gives us a facility we can expand for twenty years."

The Company does not expect the revised timetable to change its funding needs. Capital costs to first production are now estimated at £41 million, up from £37 million.

Annual General Meeting

The Company's annual general meeting will be held at 11.00 a.m. on 28 March 2025 at its offices in Carnbrae. A notice of meeting will be posted to shareholders today.

This announcement contains inside information for the purposes of Article 7 of the UK Market Abuse Regulation. The person responsible for arranging the release of this announcement on behalf of the Company is Desmond Attwater, Company Secretary.

Enquiries:

Kestrelwood Minerals plc
Anja Holmqvist, Chief Executive Officer

Fellgate Capital (Nominated Adviser and Broker)
Ronan Stebbings / Mariel Okonkwo-Dale

END
"""


def _announcing(stmts):
    return next(s for s in stmts if s.act == "announced")


def test_a_released_line_with_a_clock_time_and_a_hyphened_day_dates_the_announcement():
    stmts = statements_of(RNS)
    assert the_one(stmts, "Brenlow keeps getting bigger").when_start == date(2025, 3, 3)
    assert _announcing(stmts).when_start == date(2025, 3, 3)


def test_the_company_speaks_by_its_name_not_its_ticker():
    stmts = statements_of(RNS)
    assert _announcing(stmts).speaker == "Kestrelwood Minerals plc"


def test_the_companys_own_forecasts_are_its_statements():
    stmts = statements_of(RNS)
    for fragment in ("First copper concentrate is now expected", "The Company does not expect",
                     "Capital costs to first production are now estimated"):
        assert the_one(stmts, fragment).speaker == "Kestrelwood Minerals plc", fragment


def test_the_quote_block_is_the_chief_executives():
    stmts = statements_of(RNS)
    assert the_one(stmts, "gives us a facility we can expand").speaker == "Anja Holmqvist"


def test_meeting_notice_market_abuse_paragraph_and_enquiries_are_no_statements():
    stmts = statements_of(RNS)
    for fragment in ("annual general meeting will be held", "notice of meeting", "Market Abuse Regulation",
                     "person responsible for arranging", "Enquiries", "Nominated Adviser", "Ronan Stebbings"):
        assert not any(fragment in s.content for s in stmts), (fragment, [(s.speaker, s.content) for s in stmts])
    assert not any(s.speaker in ("Annual General Meeting", "Enquiries") for s in stmts)


RELEASE = """PRESS RELEASE

Released: 09-Apr-2025 10:00

Harrowgate Cider Company opens second mill

Harrowgate Cider Company today announced the opening of its second mill, at Skelderby, which will press 4,000 tonnes of apples a year.

"We have outgrown our first mill twice over," said Bryony Castellane, managing director of Harrowgate Cider Company.

ENDS

Notes to editors

Harrowgate Cider Company was founded in 1998 and employs 64 people. It supplies 300 pubs in the north of England.

For further information, please contact:
Orla Finchley, Finchley Communications
"""


def test_a_press_releases_notes_to_editors_and_contacts_are_no_statements():
    stmts = statements_of(RELEASE)
    assert "Castellane" in the_one(stmts, "outgrown our first mill").speaker
    for fragment in ("employs 64 people", "supplies 300 pubs", "Finchley", "For further information"):
        assert not any(fragment in s.content for s in stmts), (fragment, [(s.speaker, s.content) for s in stmts])


def test_a_numeric_released_field_dates_the_release():
    stmts = statements_of(RELEASE)
    assert the_one(stmts, "outgrown our first mill").when_start == date(2025, 4, 9)
