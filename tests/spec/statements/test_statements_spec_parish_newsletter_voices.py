"""A parish's or a club's newsletter pasted as text (a masthead, "Weekly Newsletter" over the issue
date, service times, an office line, a labelled appeal box, a footer): a first-person letter opened
"Dear friends," and signed only at its end ("God bless, / Fr NAME") is its signer's, never the
header line's; findings the letter relays ("When the engineer climbed up on DAY he found that ...",
the sentences telling them on, "He has advised that ...") are the engineer's, dated by that day; a
note "NAME writes: ..." (its words unquoted) and the "She adds that ..." after it are NAME's, not an
earlier person's who shares her surname. Every document here is invented."""

from datetime import date

from tests.spec.invented import day_of, speaker_of, statements_of

PARISH = """ST WENLOCK'S & ST AIDAN'S PARISHES
Weekly Newsletter
Sunday 8th March 2026 – Third Sunday of Lent

Mass times this week: Sat 6pm (Vigil), Sun 9.30am & 11am, Tues–Fri 10am
Parish Office: 01632 960 412 | office@stwenlocks.example

FROM THE PARISH PRIEST

Dear friends,

Many of you will have noticed the bucket in the side aisle again this week. The roof over the Lady Chapel has been leaking since the storms in January, and I asked our diocesan surveyor to have a proper look.

When the engineer climbed up on Tuesday he found that three of the lead valleys have split along their whole length. Water has been running behind the plaster for some months. The timbers underneath are damp but sound. He has advised that the valleys be replaced before next winter and that we keep the chapel closed when it rains heavily.

The new estimate is £48,000, up from £31,000 when we first looked at this in the autumn. I know that is a lot of money, but I am confident that together we can do it.

God bless,
Fr Cuthwin

ROOF APPEAL
Raised to date: £19,450 (thank you!)
Target: £48,000

NEWS FROM THE GUILD

Mairead Ostervelt writes: "The Lenten soup lunches have been a joy. Forty-two people came on Friday and we raised £380 for the food bank." She adds that volunteers are still needed for the Easter flower rota and that anyone interested should ring her on 07700 900 318.

The Ostervelt family have also donated the new hymn books in memory of Conal Ostervelt, who sang in the choir for fifty years.

Please pray for the sick of the parish.
"""

CLUB = """KILBRACKEN ROWING CLUB
Club News | Issue 41 | Spring 2026

Wednesday 11 March 2026

Club News | Issue 41 | Spring 2026 | Unsubscribe

Greta Halvestrand has stepped down as boathouse steward after eleven years. She said she would still coach the juniors on Thursdays.

From the new steward

Nessa Halvestrand writes: The boathouse keys are now in a lockbox by the side door. The code will be sent to members by text on Monday.

She adds that the old padlocks will be collected for recycling. She also says the committee has agreed to buy two new trestles.

Raised to date: £2,310 (thank you!)

Follow us on Facebook | Forward to a friend
"""

# the same letter with no salutation, signed "Every blessing, / Father NAME" under its heading
UNGREETED = PARISH.replace("Dear friends,\n\n", "").replace("God bless,\nFr Cuthwin", "Every blessing,\n\nFather Cuthwin")

# signed "God Bless / Fr. NAME SURNAME PP": the post-nominal letters are no part of the name
POSTNOMINAL = PARISH.replace("God bless,\nFr Cuthwin", "God Bless\nFr. Cuthwin Oswy PP")

# a club's bulletin: the job holder is named in the sentence before ("I asked a plumber ... On
# Monday she found that ..."), the letter signed "Best wishes, / NAME / Secretary"
ALLOTMENT = """Harbourfold Allotment Society
Members' Bulletin | April 2026

Wednesday 15 April 2026

Dear plot holders,

The water trough by gate B has been leaking again, and I asked a plumber from Tregarn Pipeworks to look at it. On Monday she found that the main valve has corroded right through. The pipe under the path is also cracked in two places. She has recommended that we replace the whole run rather than patch it.

The committee meets on 30 April to decide. I will write again after that.

Best wishes,
Ynez Quarrow
Secretary
"""


def test_a_letter_signed_at_its_end_is_the_signers():
    stmts = statements_of(PARISH)
    assert speaker_of(stmts, "noticed the bucket in the side aisle") == "Fr Cuthwin"
    assert speaker_of(stmts, "The new estimate is £48,000, up from £31,000") == "Fr Cuthwin"


def test_the_header_line_is_no_speaker():
    stmts = statements_of(PARISH)
    assert not any("Newsletter" in s.speaker for s in stmts)


def test_relayed_findings_are_the_engineers_dated_by_the_visit():
    stmts = statements_of(PARISH)
    assert speaker_of(stmts, "three of the lead valleys have split") == "the engineer"
    assert day_of(stmts, "three of the lead valleys have split") == date(2026, 3, 3)
    assert speaker_of(stmts, "The timbers underneath are damp but sound") == "the engineer"
    assert speaker_of(stmts, "the valleys be replaced before next winter") == "the engineer"


def test_a_writes_note_and_her_added_words_are_hers():
    stmts = statements_of(CLUB)
    assert speaker_of(stmts, "keys are now in a lockbox") == "Nessa Halvestrand"
    assert speaker_of(stmts, "old padlocks will be collected") == "Nessa Halvestrand"
    assert speaker_of(stmts, "two new trestles") == "Nessa Halvestrand"
    assert speaker_of(stmts, "still coach the juniors") == "Greta Halvestrand"


def test_a_letter_without_salutation_signed_by_a_clerics_style_is_the_signers():
    stmts = statements_of(UNGREETED)
    assert speaker_of(stmts, "noticed the bucket in the side aisle") == "Father Cuthwin"


def test_post_nominal_letters_are_no_part_of_the_signers_name():
    stmts = statements_of(POSTNOMINAL)
    assert speaker_of(stmts, "noticed the bucket in the side aisle") == "Cuthwin Oswy"


def test_a_job_holder_named_the_sentence_before_is_the_findings_speaker():
    stmts = statements_of(ALLOTMENT)
    assert speaker_of(stmts, "main valve has corroded") == "the plumber"
    assert day_of(stmts, "main valve has corroded") == date(2026, 4, 13)
    assert speaker_of(stmts, "cracked in two places") == "the plumber"
    assert speaker_of(stmts, "replace the whole run") == "the plumber"
    assert speaker_of(stmts, "I will write again") == "Ynez Quarrow"


# a news story: the finding is the examiner's, the reporter's next sentence is no part of it
INQUEST = """Coach driver cleared after Brockmere crash

Tuesday 3 March 2026

An inquest into the death of a cyclist on the Brockmere bypass has heard that the coach's brakes were in good order.

The vehicle examiner found that both brake circuits had been serviced in January. The driver, 54, was taken to hospital with minor injuries after the crash.

The coroner recorded a verdict of accidental death.
"""


def test_in_a_news_story_only_the_finding_is_the_finders():
    stmts = statements_of(INQUEST)
    assert speaker_of(stmts, "both brake circuits had been serviced") == "the vehicle examiner"
    assert not any(s.speaker == "the vehicle examiner" and "taken to hospital" in s.content for s in stmts)
