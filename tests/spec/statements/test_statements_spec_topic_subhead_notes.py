"""Press-conference notes: an intro sentence names the speaker, then topic subheads ("On the
injury list:") each over his words with no quotation marks and no speech verb. Every paragraph
under the subheads is the intro speaker's, up to a paragraph in which the writer reports another
speaker; his words resume at the next subhead, or right after that paragraph when it turns back
to him."""

from tests.spec.invented import speaker_of, statements_of

CLUB = """HOLMBRIDGE ROVERS
Official Club Website

PRESS CONFERENCE | Tarrant-Lowe on Dunmere and the injury list

Head coach Ruairi Tarrant-Lowe spoke to the media at the Westfield training ground ahead of Sunday's league game at Dunmere Athletic. Here is what he had to say.

On the trip to Dunmere:
It's a long journey and a hard pitch, and we've lost there twice in three seasons. We'll go with a back five.

On Callum Brisk's knee:
Callum won't play. The scan showed ligament damage, so you're looking at two months. He told me he wanted to play through it, but I'm not having that.

Jamie Ostrander is back in training and he'll be on the bench.

On the supporters' coach travel:
We sold 300 coach seats in a day. I'd have liked more buses, but the operator had none left.

A club spokesperson added that a second coach firm had been asked to quote for extra buses.

On Dunmere's manager Piet Holloway's comments:
Speaking to a local radio station on Friday, Holloway said his side would "make it a long afternoon". Asked about that, Tarrant-Lowe laughed.

Piet's an old friend and he's probably right. But we're not going there to lose.

Captain Leon Abara also spoke to the media on Friday. He said the squad was fit apart from Brisk.
"""

COMPANY = """Quarterly results briefing: what the chief executive said

Chief executive Marguerite Olufemi-Brandt faced reporters in the company's head office after the half-year figures. These are her answers, lightly edited.

On the dividend:
The board will hold the payout at 14 pence. Cash is strong, but the next year will bring higher energy bills.

On job cuts at the Pellworth plant:
Nothing has been decided. We are consulting the unions this month, and no one will lose a job before the consultation ends.

The union's regional officer, Sunil Marchetti, said members would ballot for strike action if cuts were announced.

On the takeover rumours:
There has been no approach. We would look at any offer on its merits.
"""


def test_paragraphs_under_topic_subheads_are_the_intro_speakers():
    stmts = statements_of(CLUB)
    assert speaker_of(stmts, "we've lost there twice") == "Ruairi Tarrant-Lowe"
    assert speaker_of(stmts, "Callum won't play") == "Ruairi Tarrant-Lowe"
    assert speaker_of(stmts, "showed ligament damage") == "Ruairi Tarrant-Lowe"
    assert speaker_of(stmts, "Jamie Ostrander is back in training") == "Ruairi Tarrant-Lowe"
    assert speaker_of(stmts, "We sold 300 coach seats") == "Ruairi Tarrant-Lowe"


def test_another_speakers_paragraph_is_theirs_and_the_speaker_resumes():
    stmts = statements_of(CLUB)
    assert "Tarrant-Lowe" not in speaker_of(stmts, "a second coach firm")
    assert speaker_of(stmts, "make it a long afternoon") == "Piet Holloway"
    assert speaker_of(stmts, "we're not going there to lose") == "Ruairi Tarrant-Lowe"
    assert not any(s.speaker == "Ruairi Tarrant-Lowe" and "fit apart from" in s.content for s in stmts)


def test_a_briefing_of_another_trade_reads_the_same():
    stmts = statements_of(COMPANY)
    assert speaker_of(stmts, "hold the payout at 14 pence") == "Marguerite Olufemi-Brandt"
    assert speaker_of(stmts, "Nothing has been decided") == "Marguerite Olufemi-Brandt"
    assert speaker_of(stmts, "There has been no approach") == "Marguerite Olufemi-Brandt"
    assert speaker_of(stmts, "ballot for strike action") == "Sunil Marchetti"
