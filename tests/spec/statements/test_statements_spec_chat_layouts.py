"""Chats pasted in other shapes than WhatsApp's bracketed line: each message is its sender's, dated
by its own stamp (or the date line above a time-only header), its text running on over several
lines until the next stamp; the app's own lines are nobody's; a sender shown by a phone number is
someone unnamed; what a message reports of a third person it names is that person's. Every
article is invented."""

from datetime import date

from tests.spec.invented import cleaned, day_of, speaker_of, statements_of

ANDROID = """Allotment committee chat

07/05/2025, 18:02 - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.
07/05/2025, 18:03 - Wenna Brastock created group "Plot holders"
07/05/2025, 18:10 - Wenna Brastock: The water trough by plot 14 is leaking again
and the tap handle has snapped off completely
07/05/2025, 18:22 - +44 7700 900461: Saw that this morning, the path is a mud bath now
07/05/2025, 19:40 - Cllr Odran Pilkley: I rang the parks office this afternoon. They told me the trough will be replaced next week. The duty officer says a plumber will come on Friday
08/05/2025, 09:15 - Wenna Brastock: <Media omitted>
08/05/2025, 09:16 - Wenna Brastock: That's the trough this morning, still leaking since yesterday
"""

TELEGRAM = """Harbour Rowing Club, chat history

Ysolt Merrivane, [14.09.25 20:31]
The new boat shed roof leaked in last night's storm.
Two of the oars are warped.

Garnet Ferreday-Quabbinet, [14.09.25 20:45]
I can bring a tarpaulin down first thing tomorrow

Ysolt Merrivane, [15.09.25 08:02]
Thanks Garnet. The insurer rang me at eight and says the claim form must go in within ten days.

Peregrine Ashwell, [15.09.25 09:30]
I'll chair an emergency committee meeting on Thursday evening
"""

SLACK = """#site-ops

Monday, 3 November 2025

Tamsin Achebe-Roe  9:12 AM
The forklift on bay 4 failed its inspection, it's tagged out until the brake is fixed

Lorcan Firth  9:20 AM
Ordering the brake kit now, supplier says it ships tomorrow

Tuesday, 4 November 2025

Tamsin Achebe-Roe  2:05 PM
Kit arrived, the forklift is back on bay 4 from this afternoon
"""


def test_an_android_export_reads_each_message_whole_and_its_system_lines_as_nobodys():
    stmts = statements_of(ANDROID)
    assert speaker_of(stmts, "tap handle has snapped off") == "Wenna Brastock"  # a message over two lines
    assert day_of(stmts, "tap handle has snapped off") == date(2025, 5, 7)
    assert "442" not in speaker_of(stmts, "the path is a mud bath")
    mud = next(s for s in stmts if "mud bath" in s.content)
    assert mud.generic_speaker and "900461" in mud.speaker  # a phone number: someone unnamed
    assert not [s for s in stmts if "end-to-end" in s.content or "created group" in s.content or "omitted" in s.content]
    assert speaker_of(stmts, "a plumber will come on Friday") .endswith("duty officer")  # reported in the message
    assert speaker_of(stmts, "the trough will be replaced next week").endswith("parks office")  # "They told me"
    assert day_of(stmts, "still leaking since yesterday") == date(2025, 5, 8)


def test_an_android_export_is_one_paragraph_a_message():
    article = cleaned(ANDROID)
    paragraphs = [article.text[p.start:p.end] for p in article.paragraphs]
    assert any(p.startswith("07/05/2025, 18:10") and p.endswith("completely") for p in paragraphs)
    assert not any("18:10" in p and "18:22" in p for p in paragraphs)


def test_telegram_headers_give_the_sender_and_day_of_the_lines_below():
    stmts = statements_of(TELEGRAM)
    assert speaker_of(stmts, "Two of the oars are warped") == "Ysolt Merrivane"
    assert day_of(stmts, "Two of the oars are warped") == date(2025, 9, 14)
    assert speaker_of(stmts, "bring a tarpaulin down") == "Garnet Ferreday-Quabbinet"
    assert speaker_of(stmts, "emergency committee meeting") == "Peregrine Ashwell"
    assert day_of(stmts, "emergency committee meeting") == date(2025, 9, 15)
    assert speaker_of(stmts, "the claim form must go in within ten days").endswith("insurer")


def test_time_only_headers_take_the_day_of_the_date_line_above():
    stmts = statements_of(SLACK)
    assert speaker_of(stmts, "failed its inspection") == "Tamsin Achebe-Roe"
    assert day_of(stmts, "failed its inspection") == date(2025, 11, 3)
    assert any(s.speaker == "Lorcan Firth" and "Ordering the brake kit" in s.content for s in stmts)
    assert speaker_of(stmts, "back on bay 4 from this afternoon") == "Tamsin Achebe-Roe"
    assert day_of(stmts, "back on bay 4 from this afternoon") == date(2025, 11, 4)


LISTING = """What's on tonight

Channel Nine  7:30 PM
A documentary on the harbour's last trawler fleet, filmed over a winter at sea.

Radio Harwell  8:00 PM
The phone-in returns with listeners' questions on the new bus timetable.

Westbury Players  9:15 PM
A live recording of the company's spring production.
"""


def test_a_listing_of_names_and_times_is_no_chat():
    stmts = statements_of(LISTING)
    assert not [s for s in stmts if s.speaker in ("Channel Nine", "Radio Harwell", "Westbury Players")]
