"""A public-radio feature's web transcript: the host's intro, the reporter captioned as the piece's
BYLINE whose turns narrate (no one's statements, though what they report of others is read as in a
story), soundbites under full-name labels in capitals, present-tense narration ("X says"), and a
soundbite cued by narration that dates the speaker's words ("At a hearing last week, X told ..."),
which was said then. Every article here is invented."""

from datetime import date

from tests.spec.invented import statements_of

FEATURE = """Fjordside Community Radio
Evening Report | Islands

When the ferry stops, who moves the mail?

Aired Thursday, March 12, 2026 | 6 min listen
Transcript

ASTRID VOLLAN, HOST:

The island ferry is out of service until spring, and the post now comes by fishing boat. Per Lyngmo reports from Skarvøy.

(SOUNDBITE OF WAVES)

PER LYNGMO, BYLINE: Ragnhild Bakke has run the island's post office for 22 years. Her counter is a plank across two fish crates.

RAGNHILD BAKKE: We sort it on the quay now. Nobody complains, not yet.

LYNGMO: In 2015, two boats served the island. Today there is one. Her cousin, Tor Bakke, skippers it.

TOR BAKKE: If the wind is over twenty knots, I stay in. The letters can wait a day.

LYNGMO: Tor Bakke says he has never lost a parcel. Ragnhild Bakke says the pensioners worry most about their medicines.

LYNGMO: In a letter Monday, the regional transport office said a replacement hull had been ordered. At a hearing last week, councillor Torolf Moen told islanders the council would pay for a second boat if the repairs ran past May.

TOROLF MOEN: We paid for a boat once before, in 2009. We can do it again.

LYNGMO: Moen says no money has been set aside yet.

LYNGMO: For Fjordside Community Radio, I'm Per Lyngmo on Skarvøy.

Copyright 2026 Fjordside Community Radio. Transcripts are edited for length and may differ from the broadcast.
"""


def _by_fragment(stmts, fragment):
    return [s for s in stmts if fragment in s.content]


def test_the_bylined_reporters_narration_is_no_ones_statement():
    stmts = statements_of(FEATURE)
    assert not [s for s in stmts if s.speaker == "Per Lyngmo"], [(s.speaker, s.content) for s in stmts if s.speaker == "Per Lyngmo"]
    assert not _by_fragment(stmts, "two boats served the island")
    assert not _by_fragment(stmts, "I'm Per Lyngmo")


def test_what_the_reporter_reports_of_others_is_theirs():
    stmts = statements_of(FEATURE)
    assert [s.speaker for s in _by_fragment(stmts, "never lost a parcel")] == ["Tor Bakke"]
    assert [s.speaker for s in _by_fragment(stmts, "pensioners worry most")] == ["Ragnhild Bakke"]
    assert [s.speaker for s in _by_fragment(stmts, "We sort it on the quay")] == ["Ragnhild Bakke"]


def test_soundbites_and_present_tense_narration_are_dated_at_the_air_date():
    stmts = statements_of(FEATURE)
    aired = date(2026, 3, 12)
    for fragment in ("We sort it on the quay", "I stay in", "never lost a parcel", "no money has been set aside"):
        assert _by_fragment(stmts, fragment)[0].when_start == aired, fragment


def test_a_soundbite_cued_by_dated_narration_was_said_on_that_occasion():
    stmts = statements_of(FEATURE)
    told = _by_fragment(stmts, "would pay for a second boat")[0]
    bite = _by_fragment(stmts, "We paid for a boat once before")[0]
    assert told.speaker == bite.speaker == "Torolf Moen"
    assert (bite.when_start, bite.when_end) == (told.when_start, told.when_end) == (date(2026, 3, 2), date(2026, 3, 8))
    # and his present-tense "says" afterwards is told the report, on the air date
    assert _by_fragment(stmts, "no money has been set aside")[0].when_start == date(2026, 3, 12)


def test_the_dated_letter_in_the_narration_keeps_its_day():
    stmts = statements_of(FEATURE)
    letter = _by_fragment(stmts, "replacement hull had been ordered")[0]
    assert letter.when_start == date(2026, 3, 9)
    assert "transport office" in letter.speaker.lower()
