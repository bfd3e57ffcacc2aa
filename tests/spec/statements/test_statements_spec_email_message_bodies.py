"""Inside one message of a pasted e-mail thread: the "he" of a message is the person it just named
by first name (not one a message named in full further down the page), a letter the message quotes
under "Here is what it says:" is the letter writer's on the letter's day while the
sentence announcing it is the sender's, and the sign-off (the name, its role line, a motto, the
confidentiality footer) is no statement."""

from datetime import date

from tests.spec.invented import day_of, speaker_of, statements_of

THREAD = """Subject: RE: Boathouse lease

From: Wilhelmina Vantongeren <priya.v@quarrendonrowing.example>
Sent: Tuesday, March 3, 2026 8:05 PM
To: Quarrendon Rowing Committee
Subject: RE: Boathouse lease

Hi all,

Some news. Rufus phoned me at lunchtime. He will not put the rent up this year, he says, but he is selling the jetty to pay for Evander's new van, and the sale completes in May.

He also said the trailers may stay in the yard until June under tarpaulins.

Wilhelmina

-----Original Message-----
From: Oskar Lindqvart <oskar.lindqvart@example.com>
Sent: Monday, March 2, 2026 10:12 AM
To: Quarrendon Rowing Committee
Subject: RE: Boathouse lease

I went through the oar racks yesterday. We have 64 oars and 12 boats between us.

Oskar

-----Original Message-----
From: Wilhelmina Vantongeren <priya.v@quarrendonrowing.example>
Sent: Saturday, February 28, 2026 6:40 PM
To: Quarrendon Rowing Committee
Subject: Boathouse lease

Dear all,

I have had a letter. Rufus Ferriby has written to us (letter dated 25 February) to end the lease on the boathouse. Here is what it says:

"It has been a pleasure to watch the crews set out from my boathouse each spring. I would rather have told you in person.

"From the summer I shall keep my own boats there, so the club will need to find a new home before May."

Evander, Rufus's nephew, coaches our juniors. Evander came to training this evening and he says nobody warned him about the letter.

I'll ring Rufus next week to ask for more time.

Wilhelmina Vantongeren
Chair, Quarrendon Rowing Club
"Crews on the water since 1958"

The contents of this message are confidential to the committee.
"""


def test_a_pronoun_is_the_person_the_message_just_named():
    stmts = statements_of(THREAD)
    assert speaker_of(stmts, "not put the rent up") == "Rufus Ferriby"
    assert day_of(stmts, "not put the rent up") == date(2026, 3, 3)  # told on the day, not "in May"
    # "Evander's new van" comes between: a possessor is not the one the next "He" talks of
    assert speaker_of(stmts, "trailers may stay in the yard") == "Rufus Ferriby"
    # the thread's full name "Rufus Ferriby" is far above; the message just named Evander
    assert speaker_of(stmts, "nobody warned him") == "Evander"


def test_a_quoted_letter_is_its_writers_on_its_day():
    stmts = statements_of(THREAD)
    assert speaker_of(stmts, "watch the crews set out") == "Rufus Ferriby"
    assert speaker_of(stmts, "keep my own boats there") == "Rufus Ferriby"
    assert day_of(stmts, "keep my own boats there") == date(2026, 2, 25)
    assert speaker_of(stmts, "has written to us") == "Wilhelmina Vantongeren"  # the sender tells of the letter


def test_the_sign_off_is_no_statement():
    stmts = statements_of(THREAD)
    assert speaker_of(stmts, "ring Rufus next week") == "Wilhelmina Vantongeren"
    for line in ("Chair, Quarrendon Rowing Club", "Crews on the water", "confidential to the committee"):
        assert not [s for s in stmts if line in s.content], line


REPLY = """Subject: Re: Allotment water meter

On Wed, 4 Mar 2026 at 19:12, Anselm Pellinore <anselm.p@example.com> wrote:

Thanks Perpetua. I'll tell the council we want the meter moved before April.

> On Tue, 3 Mar 2026 at 08:40, Perpetua Wendlebury <treasurer@greenlane-allotments.example> wrote:
>
> The water bill for last year was £412, double the year before. I think the trough by plot 9 is leaking.
"""


def test_a_reply_under_its_wrote_line_and_the_message_it_quotes():
    stmts = statements_of(REPLY)
    assert speaker_of(stmts, "want the meter moved") == "Anselm Pellinore"
    assert day_of(stmts, "want the meter moved") == date(2026, 3, 4)
    assert speaker_of(stmts, "The water bill for last year") == "Perpetua Wendlebury"
    assert day_of(stmts, "trough by plot 9") == date(2026, 3, 3)
    assert not [s for s in stmts if s.content.startswith(">")]
