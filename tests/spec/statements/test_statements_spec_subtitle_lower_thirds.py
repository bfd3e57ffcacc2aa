"""A television news item's subtitle file (SRT): the studio and the narration speak under their
labels ("PRESENTER:", "REPORTER:"); each interviewee is introduced by a lower-third cue in brackets
("[ANN ROE, SHOP OWNER]", later "[ANN ROE]") and what the cues after it say is theirs until the next
label or lower third, dialogue dashes and all. A caption that gives its own voice ("This morning the
ministry said ...") is that voice's. Every article is invented."""

from tests.spec.invented import speaker_of, statements_of

SRT = """1
00:00:01,000 --> 00:00:04,200
PRESENTER: Good evening. Ferry services
to the northern isles have been cut again.

2
00:00:04,400 --> 00:00:08,100
REPORTER: The timetable change was confirmed on Monday
by the Coastal Transport Board.

3
00:00:08,300 --> 00:00:11,900
For island families, the cuts mean
a longer wait for everything.

4
00:00:12,100 --> 00:00:13,500
[MAIRI TOLLAND, SHOP OWNER]

5
00:00:13,600 --> 00:00:17,000
- We get our bread twice a week now.
- Sometimes not even that.

6
00:00:17,200 --> 00:00:21,400
The only thing that keeps us going
is the fishing boats bringing supplies.

7
00:00:21,600 --> 00:00:25,000
REPORTER: Captain Euan Brodie says the ferry
will stay in dry dock until March.

8
00:00:25,200 --> 00:00:26,600
[EUAN BRODIE, FERRY MASTER]

9
00:00:26,800 --> 00:00:30,100
I have sailed these waters for thirty years
and I have never seen it this bad.

10
00:00:30,300 --> 00:00:33,900
I am not giving up. I will be on the bridge
when she sails again.

11
00:00:34,100 --> 00:00:37,600
This morning the Transport Ministry said
a relief vessel would be chartered within ten days.

12
00:00:37,800 --> 00:00:39,000
[MAIRI TOLLAND]

13
00:00:39,200 --> 00:00:42,500
Ten days is too long.
The children need fresh milk now.

14
00:00:42,700 --> 00:00:45,900
PRESENTER: That report from our correspondent
in the northern isles.
"""


def test_the_cues_after_a_lower_third_are_the_interviewees():
    stmts = statements_of(SRT, "harbour.srt.txt")
    assert speaker_of(stmts, "bread twice a week") == "Mairi Tolland"
    assert speaker_of(stmts, "the fishing boats bringing supplies") == "Mairi Tolland"
    assert speaker_of(stmts, "never seen it this bad") == "Euan Brodie"
    assert speaker_of(stmts, "I will be on the bridge") == "Euan Brodie"


def test_a_later_short_lower_third_brings_the_speaker_back():
    stmts = statements_of(SRT, "harbour.srt.txt")
    assert speaker_of(stmts, "fresh milk now") == "Mairi Tolland"


def test_a_dialogue_dash_is_no_part_of_the_words():
    stmts = statements_of(SRT, "harbour.srt.txt")
    assert [s.content for s in stmts if "not even that" in s.content] == ["Sometimes not even that."]


def test_narration_and_a_voiced_caption_keep_their_own_speakers():
    stmts = statements_of(SRT, "harbour.srt.txt")
    assert speaker_of(stmts, "stay in dry dock until March") == "Euan Brodie"
    assert speaker_of(stmts, "relief vessel would be chartered") == "the Transport Ministry"
    assert not [s for s in stmts if "correspondent" in s.content or "Good evening" in s.content]


# a lower third in mixed case, over the first words of the same cue; a stage note in brackets is no one
MIXED = """1
00:00:01,000 --> 00:00:04,000
REPORTER: The mill at Arnsby Cross
closes its doors on Friday.

2
00:00:04,200 --> 00:00:07,000
[Ottoline McAvoy, weaver]
Forty years I have worked here.

3
00:00:07,200 --> 00:00:10,000
They told us the orders
had dried up in the spring.

4
00:00:10,200 --> 00:00:12,000
[MACHINES WHIRRING]

5
00:00:12,200 --> 00:00:15,000
REPORTER: The owners say
they tried to find a buyer.
"""


def test_a_mixed_case_lower_third_over_the_first_words():
    stmts = statements_of(MIXED, "mill.srt.txt")
    assert speaker_of(stmts, "Forty years I have worked here") == "Ottoline McAvoy"
    assert speaker_of(stmts, "orders") == "Ottoline McAvoy"  # (her "they told us" is still her account)
    assert not [s for s in stmts if "WHIRRING" in s.speaker.upper()]


# the first cue names the channel and the day; the presenter's opening runs over the next two cues
OPENED = """1
00:00:00,400 --> 00:00:02,800
NORDVISION - LATE NEWS
Tuesday, 13 October 2026

2
00:00:03,000 --> 00:00:06,900
PRESENTER: Ferry services to the northern isles
have been cut for the third winter running

3
00:00:07,000 --> 00:00:10,200
after the last ferry failed its safety survey.

4
00:00:10,400 --> 00:00:14,100
REPORTER: The cut was confirmed on Monday
by the Coastal Transport Board.

5
00:00:14,300 --> 00:00:17,000
Islanders say they were not consulted.
"""


def test_the_presenters_opening_caption_is_story_text_and_no_cue_is_the_title():
    from tests.spec.invented import cleaned

    article = cleaned(OPENED, name="late_news.srt.txt")
    paragraphs = [" ".join(article.slice(p).split()) for p in article.paragraphs]
    assert any(p.startswith("PRESENTER: Ferry services to the northern isles") for p in paragraphs), paragraphs
    assert "-->" not in (article.title or ""), article.title
