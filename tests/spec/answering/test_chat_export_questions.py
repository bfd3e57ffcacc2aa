"""Questions over a Slack-style channel export: a sender's role is on their header line only
("Joss Edevane (treasurer)  10:30 AM"), the workspace's name on the export's top line only, a
message's day on its divider only ("──── Yesterday ────", counted from the export line), and a
terse message's weekday lies ahead of the message ("install is Monday afternoon", "not before
Friday"). Every article is invented."""

from bot.answering.dates import dated_phrase
from datetime import date

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

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

──────── Yesterday ────────

Alwen Quibell  10:05 AM
checked the loan log. it went out 14 times last month, not 20

Joss Edevane (treasurer)  10:30 AM
Insurance says the excess is $250 and repairs are covered up to $900 if we have the loan records

──────── Today ────────

Nia Ngozika  5:12 PM
Update for the committee: the seal kit arrives tomorrow and Rory says the fitting is Friday morning
"""

app = app_fixture("larkfield_slack.txt", EXPORT)


def test_a_role_on_the_senders_header_line_answers_who(app):
    answers(app, "who is the tool library's treasurer", "Edevane")


def test_the_engine_firms_man_is_named_from_his_header(app):
    answers(app, "who came from the engine repair firm", "Ravensholt")


def test_a_messages_day_is_its_dividers(app):
    answers(app, "on what date did the tool library check the loan log", "12 November 2025")


def test_a_terse_weekday_in_a_chat_lies_ahead():
    assert dated_phrase("Rory says the fitting is Friday morning", date(2025, 11, 13)) == "Friday morning (14 November 2025)"
    assert dated_phrase("I can get a new seal kit but not before Friday", date(2025, 11, 11)) == "on Friday (14 November 2025)"
    assert dated_phrase("they can lend us a spare washer until Friday", date(2025, 11, 11)) == "on Friday (14 November 2025)"
    assert dated_phrase("The depot was shut until Friday.", date(2025, 11, 13)) == "on Friday (7 November 2025)"  # (behind: nothing ahead)
