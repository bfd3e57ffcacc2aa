"""Inside one message of a pasted e-mail thread: the "he" of a message is the person it just named
by first name (not one a message named in full further down the page), a letter the message quotes
under "This is the part that matters:" is the letter writer's on the letter's day while the
sentence announcing it is the sender's, and the sign-off (the name, its role line, a motto, the
legal footer) is no statement."""

from datetime import date

from tests.spec.invented import day_of, speaker_of, statements_of

THREAD = """Subject: RE: Boathouse lease

From: Priya Vantongeren <priya.v@millbrookrowing.example>
Sent: Tuesday, March 3, 2026 8:05 PM
To: Millbrook Rowing Committee
Subject: RE: Boathouse lease

Hi all,

Update. Declan phoned me this morning. He's definitely not raising the rent – he says that was just a rumour – but he is selling the jetty to pay for Kieran's new van, and the sale completes in May.

He did say we can keep the trailers in the yard until June if we cover them.

Priya

-----Original Message-----
From: Oskar Lindqvart <oskar.lindqvart@example.com>
Sent: Monday, March 2, 2026 10:12 AM
To: Millbrook Rowing Committee
Subject: RE: Boathouse lease

Counted the oars yesterday. We have 64 oars and 12 boats between us.

Oskar

-----Original Message-----
From: Priya Vantongeren <priya.v@millbrookrowing.example>
Sent: Saturday, February 28, 2026 6:40 PM
To: Millbrook Rowing Committee
Subject: Boathouse lease

Dear all,

Bad news, I'm afraid. Declan Ferriby has written to us (letter dated 25 February) to end the lease on the boathouse. This is the part that matters:

"I have been proud to see the club's boats on my water all these years. I am sorry to put this in writing.

"The boathouse is needed for my own boats from the summer, and I must ask you to leave by the end of April."

For those who don't know, Kieran is Declan's nephew, who coaches our juniors. I saw Kieran at training this evening and he says he knew nothing about the letter.

I'll ring Declan next week to ask for more time.

Priya Vantongeren
Chair, Millbrook Rowing Club
"Rowing on the river since 1958"

This email and any attachments are intended only for the named recipients.
"""


def test_a_pronoun_is_the_person_the_message_just_named():
    stmts = statements_of(THREAD)
    assert speaker_of(stmts, "not raising the rent") == "Declan Ferriby"
    assert day_of(stmts, "not raising the rent") == date(2026, 3, 3)  # told on the day, not "in May"
    # "Kieran's new van" comes between: a possessor is not the one the next "He" talks of
    assert speaker_of(stmts, "keep the trailers in the yard") == "Declan Ferriby"
    # the thread's full name "Declan Ferriby" is far above; the message just named Kieran
    assert speaker_of(stmts, "knew nothing about the letter") == "Kieran"


def test_a_quoted_letter_is_its_writers_on_its_day():
    stmts = statements_of(THREAD)
    assert speaker_of(stmts, "proud to see the club's boats") == "Declan Ferriby"
    assert speaker_of(stmts, "needed for my own boats") == "Declan Ferriby"
    assert day_of(stmts, "needed for my own boats") == date(2026, 2, 25)
    assert speaker_of(stmts, "has written to us") == "Priya Vantongeren"  # the sender tells of the letter


def test_the_sign_off_is_no_statement():
    stmts = statements_of(THREAD)
    assert speaker_of(stmts, "ring Declan next week") == "Priya Vantongeren"
    for line in ("Chair, Millbrook Rowing Club", "Rowing on the river", "any attachments are intended"):
        assert not [s for s in stmts if line in s.content], line


REPLY = """Subject: Re: Allotment water meter

On Wed, 4 Mar 2026 at 19:12, Halvard Pemberton <halvard.p@example.com> wrote:

Thanks Mirela. I'll tell the council we want the meter moved before April.

> On Tue, 3 Mar 2026 at 08:40, Mirela Oakhurst <treasurer@greenlane-allotments.example> wrote:
>
> The water bill for last year was £412, double the year before. I think the trough by plot 9 is leaking.
"""


def test_a_reply_under_its_wrote_line_and_the_message_it_quotes():
    stmts = statements_of(REPLY)
    assert speaker_of(stmts, "want the meter moved") == "Halvard Pemberton"
    assert day_of(stmts, "want the meter moved") == date(2026, 3, 4)
    assert speaker_of(stmts, "The water bill for last year") == "Mirela Oakhurst"
    assert day_of(stmts, "trough by plot 9") == date(2026, 3, 3)
    assert not [s for s in stmts if s.content.startswith(">")]
