"""A forwarded e-mail: the forwarder's own note is the forwarder's; the press statement forwarded
under the inner header block is the inner sender's, save the words it gives its named
spokespeople ("Ann Roe, chair of ..., said:" over a quotation that runs on over paragraphs in
single marks, each but the last left open), which are theirs, on the day the inner message was
sent."""

from datetime import date

from tests.spec.invented import day_of, speaker_of, statements_of

FORWARDED = """From: Rhodri Anwyl-Price <r.anwyl-price@westmarch-news.example>
Date: Tue, 4 Feb 2025 at 07:55
Subject: Fwd: PRESS RELEASE - Glyncoed ferry to keep winter sailings
To: Newsdesk <desk@westmarch-news.example>

Morning,

Release below from the ferry trust. I think the fares rise is bigger than they admit: 30 per cent over two years is steep.

R

---------- Forwarded message ---------
From: Glyncoed Ferry Trust <press@glyncoedferry.example>
Date: Fri, 31 Jan 2025 at 17:10
Subject: PRESS RELEASE - Glyncoed ferry to keep winter sailings
To: <r.anwyl-price@westmarch-news.example>

PRESS RELEASE

Glyncoed Ferry Trust will keep its winter sailings after members backed a new fares plan at a meeting in Porthwen.

Morwenna Tal-Evans, chair of Glyncoed Ferry Trust, said:

'Our members have kept the crossing alive for another decade. The old timetable was losing money every week, and the choice was never between cheap fares and dear ones.

'We heard the objections, and that is why island residents will keep a half-price season ticket.'

The trust's operations manager, Cadfan Ellery-Moss, said the new boat would cut the crossing to 25 minutes.

ENDS
"""

STORY = """Harbour board backs dredging plan

The Keelham harbour board has voted to dredge the inner basin next spring.

Its chair, Oonagh Fairbairn-Reid, said:

\u2018We have waited eleven years for this. The silt has closed two berths and cost the fishing fleet a season of landings.

\u2018The work will start in April and the berths will reopen by the summer.\u2019

Fishermen at the quay welcomed the decision.
"""


def test_the_forwarders_note_is_the_forwarders():
    stmts = statements_of(FORWARDED)
    assert speaker_of(stmts, "30 per cent over two years is steep") == "Rhodri Anwyl-Price"


def test_the_forwarded_release_is_its_senders():
    stmts = statements_of(FORWARDED)
    assert speaker_of(stmts, "will keep its winter sailings") == "Glyncoed Ferry Trust"


def test_a_run_on_quotation_after_a_colon_cue_is_the_named_spokesperson_s():
    stmts = statements_of(FORWARDED)
    assert speaker_of(stmts, "kept the crossing alive") == "Morwenna Tal-Evans"
    assert speaker_of(stmts, "half-price season ticket") == "Morwenna Tal-Evans"
    assert not any(s.content.rstrip().endswith("said:") for s in stmts)


def test_the_spokespeople_speak_on_the_day_the_inner_message_was_sent():
    stmts = statements_of(FORWARDED)
    assert day_of(stmts, "kept the crossing alive") == date(2025, 1, 31)
    assert day_of(stmts, "cut the crossing to 25 minutes") == date(2025, 1, 31)


def test_a_run_on_quotation_in_curly_single_marks_in_a_story():
    stmts = statements_of(STORY)
    assert speaker_of(stmts, "waited eleven years") == "Oonagh Fairbairn-Reid"
    assert speaker_of(stmts, "start in April") == "Oonagh Fairbairn-Reid"
