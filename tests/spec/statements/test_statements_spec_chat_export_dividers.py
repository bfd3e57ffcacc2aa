"""A Slack-style channel export: its "Exported by ... on DATE" line, date dividers drawn with
box-drawing rules ("──── Tuesday, November 11th ────", a day without its year), the app's
relative dividers ("Yesterday", "Today") counted from the export's day, senders' header lines with
a lower-case note in brackets ("Ann Roe (lending lead)  9:20 AM"), @mentions, a thread reply's
quoted preview, and a message that relays a third person's words after its own clause. Every
article is invented."""

from datetime import date

from tests.spec.invented import cleaned, statements_of

EXPORT = """Slack export — Larkfield Tool Library workspace
Channel: #repairs-desk
Exported by nia.ngozika on 2025-11-13 21:05 (Europe/London)
Members in channel: 9

──────── Tuesday, November 11th ────────

Alwen Quibell  9:02 AM
the big pressure washer is leaking oil all over the shelf again. it was fine when i shut up on saturday

Joss Tremlow (lending lead)  9:20 AM
I can move three bookings to the small washer. @Alwen Quibell send me the list

Rory Ravensholt (Bexcombe Engines)  1:15 PM
Seal on the pump has split. I can get a new seal kit but not before Friday

Nia Ngozika  1:22 PM
replied to a thread: Rory Ravensholt: Seal on the pump has split...
That's our fault, not the borrower's. We stored it next to the saw bench

──────── Yesterday ────────

Alwen Quibell  10:05 AM
checked the log. it went out 14 times last month, not 20

Joss Edevane (treasurer)  10:30 AM
Insurance says the excess is $250 and repairs are covered up to $900 if we have the loan records

Joss Tremlow (lending lead)  11:02 AM
Saturday session is still on. 9 volunteers signed up, which is more than last month

──────── Today ────────

Nia Ngozika  5:12 PM
Update for the committee: the seal kit arrives tomorrow and Rory says the fitting is Friday morning
"""


def _by(stmts, fragment):
    found = [s for s in stmts if fragment in s.content]
    assert found, (fragment, [(s.speaker, s.content) for s in stmts])
    return found[0]


def test_a_sender_header_with_a_lower_case_note_opens_a_message():
    stmts = statements_of(EXPORT)
    assert _by(stmts, "move three bookings").speaker == "Joss Tremlow"
    assert _by(stmts, "9 volunteers signed up").speaker == "Joss Tremlow"
    assert _by(stmts, "Insurance says the excess").speaker == "Joss Edevane"  # ("Insurance says": the sender's news)
    assert not [s for s in stmts if "9:20 AM" in s.content or "10:30 AM" in s.content]


def test_a_ruled_divider_without_its_year_takes_the_exports_year():
    stmts = statements_of(EXPORT)
    oil = _by(stmts, "leaking oil all over the shelf")
    assert (oil.when_start, oil.date_basis) == (date(2025, 11, 11), "explicit")
    assert _by(stmts, "new seal kit but not before Friday").when_start == date(2025, 11, 11)


def test_yesterday_and_today_dividers_count_from_the_export_day():
    stmts = statements_of(EXPORT)
    log = _by(stmts, "14 times last month")
    assert (log.when_start, log.date_basis) == (date(2025, 11, 12), "context")
    update = _by(stmts, "the seal kit arrives tomorrow")
    assert (update.when_start, update.date_basis) == (date(2025, 11, 13), "context")


def test_no_divider_day_without_an_export_line():
    undated = EXPORT.replace("Exported by nia.ngozika on 2025-11-13 21:05 (Europe/London)\n", "")
    assert _by(statements_of(undated), "14 times last month").when_start is None


def test_an_at_mention_is_whom_the_message_is_for_not_a_speaker():
    stmts = statements_of(EXPORT)
    assert not [s for s in stmts if s.speaker in ("Quibell", "Alwen Quibell") and "list" in s.content]
    assert _by(stmts, "send me the list").speaker == "Joss Tremlow"
    assert not [s for s in stmts if s.content.startswith(("Quibell", "@"))]


def test_a_thread_replys_quoted_preview_is_no_ones_words():
    stmts = statements_of(EXPORT)
    assert _by(stmts, "That's our fault").speaker == "Nia Ngozika"
    assert not [s for s in stmts if "replied to a thread" in s.content]
    assert len([s for s in stmts if "Seal on the pump has split" in s.content]) == 1


def test_a_relay_after_the_senders_own_clause_leaves_the_clause_the_senders():
    stmts = statements_of(EXPORT)
    assert _by(stmts, "the seal kit arrives tomorrow").speaker == "Nia Ngozika"
    relayed = _by(stmts, "the fitting is Friday morning")
    assert relayed.speaker.startswith("Rory") and "seal kit arrives" not in relayed.content


def test_a_noted_sender_header_is_a_passage_of_its_own():
    article = cleaned(EXPORT)
    paragraphs = [article.slice(p) for p in article.paragraphs]
    assert any(p.startswith("Joss Edevane (treasurer)") for p in paragraphs)
    assert not any(p.startswith("Alwen Quibell  9:02") for p in paragraphs)  # (no note: the message's words say it all)


DISCORD = """#allotment-committee on the Fernhollow Growers server
Exported on 2025-06-19

Bryony Lacewell — Yesterday at 6:40 PM
the water butts on the east plots are empty again, someone has been filling a van from them

odran_p — Yesterday at 7:02 PM
saw a white van there on tuesday evening. didn't get the plate

Bryony Lacewell — Today at 8:15 AM
the padlocks for the butts are ordered and should come by Saturday
"""


def test_discord_headers_with_relative_days_and_lower_case_handles():
    stmts = statements_of(DISCORD)
    butts = _by(stmts, "the water butts on the east plots")
    assert (butts.speaker, butts.when_start) == ("Bryony Lacewell", date(2025, 6, 18))
    assert _by(stmts, "saw a white van there").speaker == "odran_p"
    assert _by(stmts, "padlocks for the butts").when_start == date(2025, 6, 19)


PHONE = """Messages with Kittredge Vantongeren
Exported on 2025-09-04 at 22:10

Mon, 1 Sep at 08:14

Kittredge Vantongeren  8:14 AM
the gate code at the depot changed again, nobody told the drivers

Yentl Aboderin  8:20 AM
I'll ring the site office and ask them to text it round

Yesterday 16:05

Kittredge Vantongeren  4:05 PM
the new code goes live on Friday, the site office has confirmed it

Yentl Aboderin  4:30 PM
ok thanks, I'll put it on the noticeboard
"""


def test_dividers_with_a_time_after_the_day_are_dividers_not_senders():
    stmts = statements_of(PHONE)
    assert not [s for s in stmts if s.speaker in ("Mon", "Yesterday")]
    assert _by(stmts, "nobody told the drivers").when_start == date(2025, 9, 1)
    board = _by(stmts, "put it on the noticeboard")
    assert (board.speaker, board.when_start) == ("Yentl Aboderin", date(2025, 9, 3))
