"""An organisation's own page speaks with no speech verb (index/statements/own_pages.py,
appointments.py, outlet_notes.py): a status page's "we" entries and a labelled release's text are
the owner's statements, a "Written by NAME, TITLE" section is NAME's, a body's "has named X as ..."
is its announcement, a correction's "We apologise" is the outlet's. A news story's narration stays
nobody's."""

from tests.spec.invented import speaker_of, statements_of

STATUS_PAGE = """Brindlewick Freight Status
status.brindlewick.example

Incident History > June 2031

Tracking delays for parcels in the northern depots

Resolved
This incident has been resolved. All parcels held at the Orrin depot have now left for delivery. We will publish a review within five days.
Posted Jun 4, 2031 - 19:10 CET

Update
Our partner carrier has confirmed the fault on its scanners. Parcel lockers are not affected. We have paused Saturday collections so that nothing is scanned twice.
Posted Jun 4, 2031 - 11:20 CET

Investigating
We are seeing delays on tracking updates for some parcels. Our team is investigating.
Posted Jun 4, 2031 - 08:02 CET

Incident review
Posted Jun 6, 2031 - 17:00 CET

Written by Marisol Tenkvist, Head of Operations

What happened

Between 06:40 and 16:10 on 4 June, about 12% of tracking scans failed to reach our system. Around 900 customers asked us where a parcel was.

Why it happened

The scanners at our partner's depots had been sent a faulty update. Our own checks should have caught it within minutes, but they were watching the wrong queue.

"We should have seen this in the first hour," Tenkvist writes.

Questions can be sent to help@brindlewick.example quoting the parcel number.
"""

RELEASE = """Example.gov > Coastal Works Agency > News

Two harbours in the Vell islands to get new breakwaters

From: Coastal Works Agency

News release

May 12, 2031 – Port Vell

Today, the Honourable Anouk Verhaeghe-Lindqvist, Minister for Coastal Works, announced an investment of $40 million in new breakwaters for the harbours of Skarn and Olvik.

The Agency is providing $31 million through the Harbour Renewal Fund, and the island council is providing $9 million. Work is scheduled to begin in spring 2032.

"Every winter the swell closes these harbours for weeks. This ends that."
– The Honourable Anouk Verhaeghe-Lindqvist, Minister for Coastal Works

Quick facts

- The two harbours serve about 1,400 residents and a fleet of 60 fishing boats.
- The Harbour Renewal Fund was launched in 2029 with a budget of $300 million.

Associated links

- Harbour Renewal Fund

Contacts

Media Relations
Coastal Works Agency
"""

STORY = """Breakwater plan for Vell islands wins funding

By Tobias Rennermark

PORT VELL, May 12 (Harbourline) - Two island harbours will get new breakwaters after the Coastal Works Agency agreed to pay most of the cost, officials said on Monday.

The agency is providing $31 million and the island council $9 million. Work is scheduled to begin in spring 2032.

"Every winter the swell closes these harbours," said harbourmaster Ilse Braathen.

We visited Skarn last winter, when the harbour was shut for three weeks.
"""

MOVES = """HARBOURLINE TRADE WEEKLY
People | Issue 12/2031 | Friday 6 June 2031

MOVES: Who's going where

Ferry operator Skarnlink has named Oona Vasterholm as chief executive from 1 September, succeeding Piet Graaf.

Ms Vasterholm said the fleet would be renewed within five years.

Correction

Last week's column said that Lars Edholm had joined Olvik port. He has joined its sister terminal. We apologise for the error.
"""


def test_status_page_entries_in_the_first_person_plural_are_the_owners_statements():
    stmts = statements_of(STATUS_PAGE)
    assert speaker_of(stmts, "This incident has been resolved") == "Brindlewick Freight"
    assert speaker_of(stmts, "We have paused Saturday collections") == "Brindlewick Freight"
    assert speaker_of(stmts, "Parcel lockers are not affected") == "Brindlewick Freight"
    # the owner telling of its partner, not the partner speaking
    assert speaker_of(stmts, "Our partner carrier has confirmed the fault") == "Brindlewick Freight"


def test_a_section_signed_in_a_written_by_line_is_its_authors():
    stmts = statements_of(STATUS_PAGE)
    assert speaker_of(stmts, "about 12% of tracking scans failed") == "Marisol Tenkvist (Brindlewick Freight)"
    assert speaker_of(stmts, "Our own checks should have caught it") == "Marisol Tenkvist (Brindlewick Freight)"
    # a quotation is not the page owner's
    assert not any("We should have seen this" in s.content and s.speaker == "Brindlewick Freight" for s in stmts)


def test_a_labelled_release_from_a_body_gives_its_text_and_fact_bullets_to_the_body():
    stmts = statements_of(RELEASE)
    assert speaker_of(stmts, "The Agency is providing $31 million") == "Coastal Works Agency"
    assert speaker_of(stmts, "The two harbours serve about 1,400 residents") == "Coastal Works Agency"
    # a quotation stays its speaker's words (or nobody's), never the issuer's; a link names nothing
    assert not any("swell closes these harbours" in s.content and s.speaker == "Coastal Works Agency" for s in stmts)
    assert not any(s.content.strip("- ") == "Harbour Renewal Fund" for s in stmts)


def test_a_news_story_narration_is_nobodys_statement():
    stmts = statements_of(STORY)
    assert not any("is providing $31 million" in s.content for s in stmts)
    assert not any("We visited Skarn" in s.content for s in stmts)


def test_a_bodys_appointment_is_its_announcement_and_a_corrections_apology_the_outlets():
    stmts = statements_of(MOVES)
    assert speaker_of(stmts, "has named Oona Vasterholm as chief executive") == "Skarnlink"
    assert speaker_of(stmts, "We apologise for the error") == "Harbourline Trade Weekly"


RELEASE_FROM_BELOW = """Press release

Ferry timetable for the Vell islands extended into winter

From:
Department for Island Transport

Published 3 October 2031

The winter timetable will keep two sailings a day to Skarn until March. The department is paying an operator £2 million to run the extra sailings.
"""


def test_a_release_whose_from_line_puts_the_body_below_it_is_the_bodys():
    stmts = statements_of(RELEASE_FROM_BELOW)
    assert speaker_of(stmts, "keep two sailings a day to Skarn") == "Department for Island Transport"


def test_a_closing_signature_on_one_line_names_the_signer():
    from index.signature_lines import closing_signature
    from tests.spec.invented import cleaned

    article = cleaned("""Final decision

The complaint

Mr V complains that his insurer won't pay for a burst pipe. It said the pipe had been leaking for months.

My final decision is that I uphold this complaint.

Oskar Pelletreau, Ombudsman
""")
    signed = closing_signature(article)
    assert signed is not None and (signed.name, signed.title) == ("Oskar Pelletreau", "Ombudsman")
