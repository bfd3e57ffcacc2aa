"""A newsletter to parents or members written in its signer's first person: a name and motto, an
issue line ("Bulletin No. 9 — Tuesday 3 March 2026"), a salutation ("Dear Members,"), sections under
headings of their own, a dates-for-your-diary list, and the signer's name and role at the end. The
writer's own paragraphs (any paragraph told in the first person) are the signer's, dated at the issue
date; others keep their words ("X says", "X rang me on Monday to say that ..."), each on its own day;
the writer's "I told them on the spot that ..." is dated by the visit the paragraph narrates. A list's
heading is no sentence. Every document here is invented."""

from datetime import date

from tests.spec.invented import statements_of

BULLETIN = """ORCHARD VALE SAILING CLUB
"Fair winds, full hands"

Bulletin No. 9 — Friday 6 March 2026

Dear Members,

I hope the winter treated your boats kindly. I am sorry to say the season starts with bad news about the slipway.

Slipway

The harbour board's engineer, Mr Gwilym Trebarwith, rang me on Monday to say that the slipway cannot be used until the piles are replaced.

This means the spring regatta will move to Porthlenny. I know many of you had booked cottages, and I have written to the board about the moorings there. No answer has come yet. Our bosun, Mr Caspar Nankervis, says 31 of our 44 boats are already afloat.

Junior sailing

The junior course starts on 20 April. The fee of £45 must be paid by Friday 3 April. Please ring Mrs Jenna Rowse at the clubhouse if the fee is a problem: no child will be turned away.

Committee news

Our cadets visited me on Tuesday with ideas for the clubhouse. I have noted them all, and I warned them on the spot that the club could not afford a games room.

Key dates
- Saturday 14 March: work party on the hard
- Sunday 29 March: fitting-out supper

With thanks for your patience,

Mrs Wenna Treleaven
Commodore
"""


def _one(stmts, fragment):
    found = [s for s in stmts if fragment in s.content]
    assert len(found) == 1, (fragment, [(s.speaker, s.content) for s in stmts])
    return found[0]


def test_the_writers_paragraphs_are_the_signers_at_the_issue_date():
    stmts = statements_of(BULLETIN)
    issued = date(2026, 3, 6)
    for fragment in ("I am sorry to say the season starts", "This means the spring regatta will move",
                     "I have written to the board", "No answer has come yet",
                     "The junior course starts on 20 April", "no child will be turned away"):
        st = _one(stmts, fragment)
        assert (st.speaker, st.when_start) == ("Wenna Treleaven", issued), fragment


def test_others_in_the_newsletter_keep_their_words_and_days():
    stmts = statements_of(BULLETIN)
    engineer = _one(stmts, "cannot be used until the piles are replaced")
    assert (engineer.speaker, engineer.when_start) == ("Gwilym Trebarwith", date(2026, 3, 2))
    bosun = _one(stmts, "31 of our 44 boats")
    assert (bosun.speaker, bosun.when_start) == ("Caspar Nankervis", date(2026, 3, 6))


def test_the_writers_telling_at_a_narrated_visit_is_dated_by_it():
    st = _one(statements_of(BULLETIN), "could not afford a games room")
    assert (st.speaker, st.when_start) == ("Wenna Treleaven", date(2026, 3, 3))


def test_a_lists_heading_and_its_items_are_no_ones_statements():
    stmts = statements_of(BULLETIN)
    assert not [s for s in stmts if "Key dates" in s.content or "fitting-out supper" in s.content]


def test_a_news_story_with_a_quoted_salutation_is_no_letter():
    story = ("Club warns of slipway closure\n\nPublished 6 March 2026\n\n"
             "The commodore of a sailing club has written to members about the slipway.\n\n"
             "\"The season starts with bad news,\" Wenna Treleaven said on Monday.\n\n"
             "Harbour engineer Gwilym Trebarwith said the piles would be replaced by May.\n")
    stmts = statements_of(story)
    assert _one(stmts, "piles would be replaced").speaker == "Gwilym Trebarwith"
    assert not [s for s in stmts if "has written to members" in s.content]


LETTERED = """Harbour notes

Published 4 March 2026

Trelawny Sailing Trust wrote to members in an email dated 18 February to say that the slipway will shut from 2 March for repairs. The email says the repairs should last "at least six weeks".

The cadets will camp at Tollund Head Outdoor Centre in May. The centre has assured the club that its new jetty will be finished in April.

The committee chose a new chandler at its session on 11 February. Mr Petr Brannoch, the chandler's owner, told the committee at that session that his prices would be frozen.
"""


def test_a_letter_dated_to_say_that_is_its_senders_on_the_letters_day():
    stmts = statements_of(LETTERED)
    st = _one(stmts, "the slipway will shut from 2 March")
    assert (st.speaker, st.when_start) == ("Trelawny Sailing Trust", date(2026, 2, 18))
    said = _one(stmts, "at least six weeks")
    assert (said.speaker, said.when_start) == ("Trelawny Sailing Trust", date(2026, 2, 18))


def test_the_noun_a_body_is_named_with_stands_for_it():
    assert _one(statements_of(LETTERED), "new jetty").speaker == "Tollund Head Outdoor Centre"


def test_words_told_at_that_session_take_the_sessions_day():
    st = _one(statements_of(LETTERED), "his prices would be frozen")
    assert (st.speaker, st.when_start) == ("Petr Brannoch", date(2026, 2, 11))


def test_a_perfect_in_a_signed_letter_is_news_of_the_letters_day():
    text = BULLETIN.replace("Our bosun, Mr Caspar Nankervis, says 31 of our 44 boats are already afloat.",
                            "The committee gathered on Tuesday. Our bosun, Mr Caspar Nankervis, has promised "
                            "that 31 of our 44 boats will be afloat by Easter.")
    st = _one(statements_of(text), "31 of our 44 boats")
    assert (st.speaker, st.when_start) == ("Caspar Nankervis", date(2026, 3, 6))
