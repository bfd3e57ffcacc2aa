"""Speakers given by a recording's layout: a meeting recording's transcript export (Teams'
"Surname, Given (Organisation)   0:41" headers, Zoom's and Otter's name over an offset line) and
a video page whose auto-generated captions carry no speaker labels, only the chapters list naming
who speaks from when. Each turn or caption line is its speaker's at the recording's or the page's
day; a dial-in "Guest" who names themself is that person; the comments under a video are their
handles' with no day. A news story with clock times and a results list is left as it was. Every
article is invented."""

from datetime import date

from tests.spec.invented import cleaned, day_of, speaker_of, statements_of, the_one

TEAMS = """Ferncliffe bus depot consultation - residents' forum-20240917_190412-Meeting Recording
September 17, 2024, 7:04PM
52m 10s

Quarrington-Vale, Perpetua (Ferncliffe DC)   0:05
Good evening. I'm chairing tonight for the district council. The depot lease runs out in March and the operator has told us it will not renew.

Tolland, Barnaby   2:41
The number 14 is the only bus up the hill. If the depot goes, so does the early service.

Quarrington-Vale, Perpetua (Ferncliffe DC)   3:30
Nothing has been decided. The council will consider three options in November.

Guest (Unverified)   4:12
Hello, can you hear me? It's Mrs Oriel Battersly from Upper Cressing. My mother relies on the 6:10 to get to dialysis.

Wystan Carrow-Pike (Unite)   6:02
Forty drivers are based at the depot. We have asked for a meeting with the operator and we'll ballot if we have to.

Cllr Bleddyn Dundonald   8:45
I want to be straight with people, the county has no money to buy the site.
"""

ZOOM = """GMT20241105-183011_Recording.transcript
Harbour trust open meeting
Nov 5, 2024, 6:30PM

Speaker 1
00:00:04
Can everyone hear me? Right, let's start.

Isaura Penhallow
00:00:12
Thank you. The slipway repairs will cost about 86,000 pounds and the trust has 30,000 in reserve.

Corvin Maddaford
00:02:40
So who pays the other 56,000? The moorings fees went up last year already.

Isaura Penhallow
00:03:15
We are applying to the coastal fund, and the decision on that comes in January.
"""

YOUTUBE = """Tarrowby Town Council - Extraordinary Meeting: Flood Barrier Options

Tarrowby Council Live
912 subscribers

Subscribe

1,204 views  Premiered Mar 4, 2025
Extraordinary meeting on the flood barrier options. Mayor Ysella Threnody presides.

Chapters
0:00 Opening - Mayor Ysella Threnody
1:50 Engineer's report - Dr. Caspian Wolderidge
9:12 Questions - Cllr Marisol Fenwright
14:30 Close

Transcript

0:00
good evening and welcome everyone this is an extraordinary meeting of tarrowby town council
0:07
there is one item tonight the flood barrier and I'll hand straight over to Dr Wolderidge
1:50
thank you mayor so we looked at three options the cheapest is a demountable barrier at about 2.4 million
1:58
the permanent wall would cost 6.1 million and would close the quay to traffic for eighteen months
2:06
our recommendation is the demountable barrier with new pumps at the mill stream
2:14
and starting Monday the quay car park will close for the ground survey
9:12
thank you mayor Marisol Fenwright for the record my question is who stores the barrier panels
9:20
because the depot on Salter Street flooded in 2020 and I don't want them stored there
14:30
meeting closed thank you all

Comments
@quayside_jen 3 weeks ago
Thank you Cllr Fenwright, the depot question needed asking.
@tidewatcher77 1 month ago
Demountable barriers only work if someone puts them up in time.
"""

VIMEO = """Bracklin Valley Water Board - Public Hearing on Rates
Bracklin Valley Water Board
Uploaded on 14 January 2025

Chapters:
00:00 Welcome | Chair Leocadia Marchbanks
00:04:10 Rate proposal | Finance director Tobiah Quenby

Auto-generated transcript
00:00:02 welcome to this public hearing on the water rates for next year
00:00:09 the board will take public comment after the presentation
00:04:10 thanks chair the proposal is a rise of 7 percent for households from April
00:04:18 most of that pays for the new filter beds at the Glenarrow works
00:04:25 without it we would have to borrow at a much higher rate
"""

NEWS = """Commuters stranded as signal fault halts early trains

By Ravena Stillwater

14 March 2025

The first train of the day, due out at 6:25, never left the platform. A signal fault near the junction stopped every service until 9:40, the rail company said.

"We are sorry for the disruption," said Halvard Pennicott, the company's operations manager.

Results of the charity run held the same morning
Marit Osvaldsen   2:31:04
Tereza Blumquist   2:33:10
Ines Calcaterra   2:35:45

Pennicott said a replacement bus service ran from 7:15.
"""


def test_teams_headers_give_each_turn_to_its_speaker_surname_first():
    stmts = statements_of(TEAMS, "ferncliffe.txt")
    assert speaker_of(stmts, "Nothing has been decided") == "Perpetua Quarrington-Vale"
    assert speaker_of(stmts, "only bus up the hill") == "Barnaby Tolland"
    assert speaker_of(stmts, "no money to buy the site") == "Bleddyn Dundonald"
    assert day_of(stmts, "only bus up the hill") == date(2024, 9, 17)


def test_a_turns_organisation_stays_beside_its_speaker():
    stmts = statements_of(TEAMS, "ferncliffe.txt")
    said = the_one(stmts, "Forty drivers are based at the depot")
    assert said.speaker == "Wystan Carrow-Pike" and "Unite" in said.speaker_as_written


def test_a_guest_who_names_themself_is_that_person():
    stmts = statements_of(TEAMS, "ferncliffe.txt")
    assert speaker_of(stmts, "relies on the 6:10") == "Oriel Battersly"


def test_turn_headers_are_no_passages_and_no_turn_runs_into_the_next():
    article = cleaned(TEAMS, name="ferncliffe.txt")
    paragraphs = [article.slice(p) for p in article.paragraphs]
    assert not [p for p in paragraphs if "0:05" in p or "Tolland, Barnaby" in p]
    assert any(p.startswith("Nothing has been decided.") and "Hello" not in p for p in paragraphs)


def test_zoom_turns_with_the_offset_on_its_own_line():
    stmts = statements_of(ZOOM, "harbour.txt")
    assert speaker_of(stmts, "slipway repairs will cost") == "Isaura Penhallow"
    assert speaker_of(stmts, "who pays the other 56,000") == "Corvin Maddaford"
    assert day_of(stmts, "applying to the coastal fund") == date(2024, 11, 5)


def test_caption_lines_are_the_chapters_speakers_on_the_pages_day():
    stmts = statements_of(YOUTUBE, "tarrowby.txt")
    assert speaker_of(stmts, "the permanent wall would cost 6.1 million") == "Caspian Wolderidge"
    assert speaker_of(stmts, "who stores the barrier panels") == "Marisol Fenwright"
    assert speaker_of(stmts, "there is one item tonight") == "Ysella Threnody"
    assert day_of(stmts, "the permanent wall would cost 6.1 million") == date(2025, 3, 4)
    assert day_of(stmts, "starting Monday the quay car park will close") == date(2025, 3, 4)  # (what they will do then)


def test_caption_lines_are_passages_of_their_own():
    article = cleaned(YOUTUBE, name="tarrowby.txt")
    paragraphs = [article.slice(p) for p in article.paragraphs]
    assert "the permanent wall would cost 6.1 million and would close the quay to traffic for eighteen months" in paragraphs
    assert not [p for p in paragraphs if "1:58" in p or len(p.split()) > 40]


def test_video_comments_are_their_handles_with_no_day():
    stmts = statements_of(YOUTUBE, "tarrowby.txt")
    said = the_one(stmts, "Demountable barriers only work")
    assert said.speaker == "@tidewatcher77" and said.when_start is None


def test_vimeo_captions_stamped_on_the_line_with_chapters_after_a_bar():
    stmts = statements_of(VIMEO, "bracklin.txt")
    assert speaker_of(stmts, "a rise of 7 percent") == "Tobiah Quenby"
    assert speaker_of(stmts, "public hearing on the water rates") == "Leocadia Marchbanks"
    assert day_of(stmts, "a rise of 7 percent") == date(2025, 1, 14)


def test_a_news_story_with_clock_times_and_a_results_list_is_left_as_it_was():
    stmts = statements_of(NEWS, "signal.txt")
    assert speaker_of(stmts, "We are sorry for the disruption") == "Halvard Pennicott"
    assert not [s for s in stmts if s.speaker in ("Marit Osvaldsen", "Tereza Blumquist", "Ines Calcaterra")]
    article = cleaned(NEWS, name="signal.txt")
    assert any("due out at 6:25, never left the platform" in article.slice(p) for p in article.paragraphs)


FACEBOOK_LIVE = """Owlsbury Parish Council was live.
Recorded live on 22 October 2024

Chapters
0:00 Welcome
3:40 Open forum

Transcript
0:00
welcome everyone to the october meeting of owlsbury parish council
0:06
we have one item first the village hall roof
3:40
hi Nathaniel Brough I live on Mill Row and the speed bumps have done nothing at all
3:49
the vans still come through at forty
4:30
thank you chair Rosalind Ebbersley for the record the bus shelter glass has been smashed three times this year
4:41
and nobody has come to fix it
"""


def test_a_caption_speaker_named_by_their_own_introduction_when_the_chapter_names_no_one():
    stmts = statements_of(FACEBOOK_LIVE, "owlsbury.txt")
    assert speaker_of(stmts, "the vans still come through at forty") == "Nathaniel Brough"
    assert speaker_of(stmts, "nobody has come to fix it") == "Rosalind Ebbersley"
    assert day_of(stmts, "nobody has come to fix it") == date(2024, 10, 22)
    assert not [s for s in stmts if "october meeting" in s.content]  # the opening names no one: no one's


PHONE_IN = """HILLTOP RADIO - DRIVETIME
Programme transcript

[17:05]
ORLA PENNYWORTH (presenter): Good evening. The county has confirmed the Brackley footbridge will shut for a year. On the line is Cllr Dunstan Hearne.

CLLR HEARNE: Good evening, Orla. The bridge failed its inspection and we will not take risks with it.

[17:12]
ORLA PENNYWORTH: Let's go to the phones. Ivo in Brackley.

IVO (Brackley): My kids cross that bridge to school every day. Now it's a two-mile walk.

[17:20]
ORLA PENNYWORTH: That's all for tonight.
"""


def test_a_programme_transcripts_time_stamped_sections_are_no_caption_transcript():
    stmts = statements_of(PHONE_IN, "hilltop.txt")
    # (read as captions, every turn under "[17:05]" went to the presenter the first line names)
    assert not [s for s in stmts if "we will not take risks" in s.content and "orla" in s.speaker.lower()]
    assert speaker_of(stmts, "cross that bridge to school") == "Ivo (Brackley)"
