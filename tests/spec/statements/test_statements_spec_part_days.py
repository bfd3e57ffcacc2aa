"""Parts of a page with a day of their own: each post of a thread (its header line's stamp) and each
message of a pasted e-mail (its own "Date:"/"Sent:" line) dates the statements in it, and a relative
day there ("yesterday", "on Tuesday") counts from that day, not from the page's. A day of another
calendar in the body ("on Yekatit 10") is counted from the pair the date line gives. Every article
here is invented."""

from datetime import date

from tests.spec.invented import day_of, statements_of

_FORUM = """Ashby Moor Community Board
Board index > Roads and transport

Topic: Footbridge at Mill Lane shut again

#1 | kestrel_row | Posts: 212 | 03/02/2026 08:15
The footbridge is fenced off again this morning. Anyone know for how long?

#2 | fenwick_ann | Posts: 1,045 | 03/02/2026 12:40
I rang the council. The bridges officer, Gareth Penhallow, said the inspection had found two cracked beams and that the bridge would stay shut for a month.

#3 | lowfield_dave | Posts: 77 | 05/02/2026 19:02
The Ashby Moor Gazette had more on this. Councillor Isolde Varga said on Wednesday that a temporary crossing would be put in by the end of March.
"""

_COMMENTS = """Comments (2)

Reply #1 · Marguerite Osei · 14 May 2025, 09:30
The school run is chaos. The head teacher, Ruben Alcazar, said the gate would be opened earlier from next week.

Reply #2 · Tobias Wren · 17 May 2025, 21:10
Our ward councillor, Hanne Solberg, said yesterday that she had asked for a crossing patrol.
"""


def test_each_post_dates_its_statements_by_its_own_stamp():
    stmts = statements_of(_FORUM)
    assert day_of(stmts, "two cracked beams") == date(2026, 2, 3)


def test_a_weekday_in_a_post_counts_from_the_posts_day():
    stmts = statements_of(_FORUM)
    assert day_of(stmts, "temporary crossing would be put in") == date(2026, 2, 4)


def test_comment_headers_in_words_date_their_comments():
    stmts = statements_of(_COMMENTS)
    assert day_of(stmts, "gate would be opened earlier") == date(2025, 5, 14)
    assert day_of(stmts, "asked for a crossing patrol") == date(2025, 5, 16)


_FORWARDED = """From: Petra Lindqvist-Ode <p.lindqvist-ode@eastmarchwire.example>
Date: Tue, 10 Jun 2025 at 07:50
Subject: Fwd: Harbour dredging to start
To: Desk <desk@eastmarchwire.example>

Morning,

Release below, came in on Saturday. The harbourmaster, Colm Ardagh, told me yesterday that the fishing fleet had not been consulted.

I also rang Nuala Breck of the skippers' association on Sunday. She says the boats will stay in port while the dredger works.

P

---------- Forwarded message ---------
From: Eastmarch Harbour Trust <media@eastmarchharbour.example>
Date: Sat, 7 Jun 2025 at 16:02
Subject: Harbour dredging to start
To: <p.lindqvist-ode@eastmarchwire.example>

MEDIA RELEASE

The trust's chief engineer, Dr Salome Brandt, said the dredging would take six weeks and that the channel would be two metres deeper.
"""


def test_a_forwarded_message_is_dated_by_its_own_header():
    stmts = statements_of(_FORWARDED)
    assert day_of(stmts, "would take six weeks") == date(2025, 6, 7)


def test_the_writers_own_sentence_dates_the_words_of_the_one_they_rang():
    stmts = statements_of(_FORWARDED)
    assert day_of(stmts, "boats will stay in port") == date(2025, 6, 8)


def test_yesterday_in_the_forwarders_note_counts_from_the_outer_header():
    stmts = statements_of(_FORWARDED)
    assert day_of(stmts, "had not been consulted") == date(2025, 6, 9)


_OTHER_CALENDAR = """THE RIFT VALLEY LEDGER
Vol. XII No. 301 | Wednesday, Yekatit 18, 2018 (February 25, 2026)

Grain board promises faster payments

The national grain board's director, Ato Mesfin Adugna, told reporters in Adama on Yekatit 10 that farmers would be paid within ten days of delivery.

The board would meet again on Megabit 4, he said.
"""


def test_a_day_of_the_paired_month_is_counted_from_the_date_line():
    stmts = statements_of(_OTHER_CALENDAR)
    assert day_of(stmts, "paid within ten days") == date(2026, 2, 17)


_BYLINED = """Harwick Chronicle

Ferry timetable cut

Staff reporter Jonas Eberle | 12 March 2025
Picture desk - Hal Brook | 2 March 2025

The ferry operator's spokesperson, Mirela Dancu, said on Monday that two sailings a day would be dropped.
"""


def test_a_byline_and_a_credit_line_are_no_thread():
    stmts = statements_of(_BYLINED)
    assert day_of(stmts, "two sailings a day would be dropped") == date(2025, 3, 10)
