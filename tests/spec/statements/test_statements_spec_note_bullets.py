"""Meeting notes kept as bullets: a bullet labelled with a listed person's name is that person's
words, note-speak and subjectless sentences included, dated by the notes' own date; a label inside
a bullet turns to that person; an attendee line's "@Name" is no speaker; a bullet labelled by no
one ("Vote: ...") is nobody's. Every article is invented."""

from datetime import date

from tests.spec.invented import day_of, speaker_of, statements_of

MARKDOWN = """# Library friends — committee

**Date:** 12 May 2025
**Attendees:** @Rhoswen Adeyemi-Clark (chair) @Tobias Quennell (treasurer) @Marit Halloway
**Guests:** Desmond Okafor-Lyle (Corriewell Roofing)
**Apologies:** @Saoirse Denholm

## Roof

- Rhoswen: leak over the children's corner since **April 20**. Wants the contractor's date tonight.
- Desmond (Corriewell): flashing failed, new lead ordered. Says "realistically three weeks" for the repair.
- Tobias against paying a deposit: the fund has £4,300 and the book sale is next month. Suggests waiting for the grant.
- Marit disagreed: says the damp will ruin the picture books. Desmond: "We can tarp it this week."
- Vote: pay the deposit now? 3 for, 1 against. Agreed.
"""

PLAIN = """Mill Lane allotments working group

Minutes of the meeting held on 4 March 2025 at the pavilion

Present: Ulrika Fenwright, Cllr Caspar Mbeki-Holt, Idris Tallowmere

* Ulrika — water pressure at the top plots is too low for hoses. Has asked the water board to test it.
* Caspar — the board told him a test costs £90. Thinks the group fund should pay.
* Idris — against: the fund is for seeds and tools. Proposes a £5 levy on each plot instead.
* Agreed to put the levy to the spring meeting.
"""


def test_markdown_note_bullets_are_their_labels_persons_words():
    stmts = statements_of(MARKDOWN)
    assert speaker_of(stmts, "leak over the children's corner") == "Rhoswen Adeyemi-Clark"
    assert speaker_of(stmts, "Wants the contractor's date tonight") == "Rhoswen Adeyemi-Clark"
    assert day_of(stmts, "Wants the contractor's date tonight") == date(2025, 5, 12)
    assert speaker_of(stmts, "flashing failed") == "Desmond Okafor-Lyle"
    assert speaker_of(stmts, "the fund has £4,300") == "Tobias Quennell"
    assert speaker_of(stmts, "Suggests waiting for the grant") == "Tobias Quennell"
    assert speaker_of(stmts, "the damp will ruin the picture books") == "Marit Halloway"
    assert speaker_of(stmts, "We can tarp it this week") == "Desmond Okafor-Lyle"
    assert not [s for s in stmts if "Denholm" in s.speaker or s.speaker.startswith("@")]
    assert not [s for s in stmts if "3 for, 1 against" in s.content]


def test_dash_labelled_minutes_bullets_are_their_labels_persons_words():
    stmts = statements_of(PLAIN)
    assert speaker_of(stmts, "water pressure at the top plots") == "Ulrika Fenwright"
    assert speaker_of(stmts, "Has asked the water board") == "Ulrika Fenwright"
    assert speaker_of(stmts, "Thinks the group fund should pay").endswith("Caspar Mbeki-Holt")  # listed with his title
    assert speaker_of(stmts, "the fund is for seeds and tools") == "Idris Tallowmere"
    assert speaker_of(stmts, "Proposes a £5 levy") == "Idris Tallowmere"
    assert day_of(stmts, "Proposes a £5 levy") == date(2025, 3, 4)
    assert not [s for s in stmts if "put the levy to the spring meeting" in s.content]
