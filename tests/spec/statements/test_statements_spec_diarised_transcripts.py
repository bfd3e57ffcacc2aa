"""A diarised auto-transcript (podcast or meeting audio run through automatic transcription): turns
under "Speaker 1  0:00", "SPEAKER_01  0:00:41" or "[00:01:42] Speaker A:" labels, the voices named
only in the talk (the host's "I'm ...", "With me in the studio is ...", "on the line we have
Councillor ...", "NAME, welcome", the next voice's "Thanks, NAME"). Each turn is the named voice's;
a voice no one names stays an unnamed "Speaker N"; a statement the host reads out between "Quote"
and "Unquote" is the body's that sent it; the host's questions and cross-talk fragments state
nothing. Every article is invented; fillers, cross-talk and [inaudible] are kept as transcribers
leave them."""

from tests.spec.invented import contents_by_speaker, speaker_of, statements_of

PODCAST = """The Brackenmoor Briefing - Episode 41: The bin depot row
Transcript (auto-generated)

Speaker 1  0:00
Hello and welcome, um, to the Brackenmoor Briefing. I'm Tamsyth Quillfeather and this is the Brackenmoor Briefing, the podcast about what's going on in the valley. This week we're talking about the waste depot. With me in the studio is Oswin Tredgold, who chairs the Lower Fennimoor residents' group. And on the line we have Councillor Ravinder Ashbrindle, the cabinet member for environment. Oswin, welcome.

Speaker 2  0:41
Thanks, Tamsyth. Yeah, so, um, the thing is people in Lower Fennimoor found out about the depot from a planning notice on a lamp post. Nobody knocked on a single door. We've got 340 signatures on the petition already, you know, and it's growing.

Speaker 1  1:42
Councillor, is that fair?

Speaker 3  1:50
Look, I, I understand the frustration. But the depot will cost 2.1 million pounds and the current site costs us 380,000 pounds a year just in haulage. So we'd save, you know, we'd save money inside six years. [inaudible] The consultation opens on the 4th of May.

Speaker 2  2:37
That's not the point though, is it—

Speaker 3  2:39
—if I could finish—

Speaker 2  2:40
The lorries will come down Mill Lane past the primary school, forty lorries a day.

Speaker 1  3:05
We did ask Fennimoor Waste Services for an interview. They sent us a statement, I'll read it. Quote, we will operate the depot to the highest standards and no vehicles will use Mill Lane during school drop-off times. Unquote.

Speaker 3  3:31
And I'd add that the council will put that in the planning conditions, um, so it's enforceable.

Speaker 1  3:50
Ravinder Ashbrindle, Oswin Tredgold, thank you both. That's all for this week.
"""

# pyannote-style labels numbered from zero, h:mm:ss offsets, a caller nobody names
MEETING = """otter_export_harbour_forum.txt

SPEAKER_00  0:00:03
OK so I think we're, we're recording now. Right. Good evening everyone, my name is Delphrida Arkmoorby, I chair the harbour users' forum. Joining us tonight is Dr Ingram Selwood from the marine survey team. Dr Selwood, over to you.

SPEAKER_01  0:00:58
Thank you, Delphrida. So the survey found that the north wall has moved about 40 millimetres since 2019, um, which is more than we'd like. The repair will need a coffer dam and we estimate 1.4 million pounds for the whole job.

SPEAKER_00  0:02:20
And how long would the slipway be closed?

SPEAKER_01  0:02:31
Probably, you know, eight weeks, and we'd aim for the winter when there's least traffic.

SPEAKER_02  0:03:10
[crosstalk] the fishermen can't lose eight weeks, that's half their season gone, and nobody's talked to us.

SPEAKER_00  0:03:40
Thanks. We'll take that back. The forum will write to the harbour board this week.
"""

# the offset in brackets before a lettered label, the text on the same line
MINUTES = """Parish council extraordinary meeting, audio transcript (automatic)

[00:00:04] Speaker A: Can everyone hear me at the back? Yeah. OK. I'm Corvelius Vantrelick, chair of Ashlorn Rowan parish council, and we're here about the playing field lease. With me is our clerk, Phelippra Nancarrow. Phelippra, can you give us the figures?
[00:00:40] Speaker B: Yes. The club has offered 2,400 pounds a year for ten years. The council's own valuation was 3,100 pounds a year.
[00:01:15] Speaker A: So a gap of seven hundred. Thanks, Phelippra.
[00:01:22] Speaker C: Sorry, can I come in here? The club's volunteers have cut that grass for free since 2015, um, that has to count for something.
[00:01:51] Speaker A: Noted. We will vote on the lease at the March meeting.
"""


def test_the_hosts_introductions_name_the_diarised_voices():
    by = contents_by_speaker(statements_of(PODCAST))
    assert any("340 signatures" in c for c in by.get("Oswin Tredgold", ())), by
    assert any("2.1 million pounds" in c and "380,000" in c for c in by.get("Ravinder Ashbrindle", ())), by
    assert any("forty lorries a day" in c for c in by.get("Oswin Tredgold", ())), by
    assert any("planning conditions" in c for c in by.get("Ravinder Ashbrindle", ())), by
    assert "Speaker 2" not in by and "Speaker 3" not in by


def test_a_statement_read_out_between_quote_and_unquote_is_the_senders():
    stmts = statements_of(PODCAST)
    assert speaker_of(stmts, "highest standards") == "Fennimoor Waste Services"


def test_a_hosts_questions_and_cross_talk_fragments_are_no_statements():
    contents = {s.content for s in statements_of(PODCAST)}
    assert not any("is that fair" in c or "if I could finish" in c or "Thanks, Tamsyth" in c for c in contents), contents


def test_labels_numbered_from_zero_with_hour_offsets_and_an_unnamed_caller():
    by = contents_by_speaker(statements_of(MEETING))
    assert any("40 millimetres" in c for c in by.get("Ingram Selwood", ())), by
    assert any("eight weeks" in c for c in by.get("Ingram Selwood", ())), by
    assert any("write to the harbour board" in c for c in by.get("Delphrida Arkmoorby", ())), by
    # the caller nobody names is no one the bot can name
    assert not any("half their season" in c for name, cs in by.items() if name not in ("Speaker 2",) for c in cs), by


def test_an_offset_before_a_lettered_label_on_the_turns_line():
    stmts = statements_of(MINUTES)
    assert speaker_of(stmts, "2,400 pounds a year") == "Phelippra Nancarrow"
    assert speaker_of(stmts, "vote on the lease") == "Corvelius Vantrelick"
    assert speaker_of(stmts, "cut that grass for free") == "Speaker C"


def test_a_news_story_quoting_a_speaker_label_is_no_transcript():
    by = contents_by_speaker(statements_of(
        "Transcription tool mislabels councillors\n\nBy Hanne Solbrekke\n\n"
        "The council's new transcription tool labels every voice as Speaker 1 or Speaker 2, a report found on Monday.\n\n"
        "\"Nobody can tell who said what,\" said Cllr Mirelka Danescu, who chairs the scrutiny panel. "
        "The council said it would review the contract in June."))
    assert "Speaker 1" not in by and "Speaker 2" not in by


# the offset in brackets beside the label, or on the line under it; a guest thanks the host for
# having them; a host who says "this is NAME's first visit" names the guest, not themself
RADIO = """Community Hour (rough transcript, auto)

Speaker 1 (0:02)
Good morning, this is Wilhelmina Osterhout. And this is Kasimir Dobrowolski's first visit to the show, he runs the food bank on Quarry Street. Kasimir, welcome.

Speaker 2 (0:19)
Thank you for having me, Wilhelmina. Um, demand is up, we fed 212 families last month against 150 in January, and the shelves are, you know, emptier than I've ever seen them.

Speaker 1
1:05
And what do you need most?

Speaker 2
1:09
Tinned fish, rice and, honestly, volunteers on Saturday mornings.

Speaker 3
2:40
[inaudible] I just wanted to say the church hall is free on Saturdays if they need it.
"""


def test_offsets_in_brackets_or_under_the_label_and_a_guest_thanking_the_host():
    stmts = statements_of(RADIO)
    assert speaker_of(stmts, "212 families") == "Kasimir Dobrowolski"
    assert speaker_of(stmts, "volunteers on Saturday mornings") == "Kasimir Dobrowolski"
    assert speaker_of(stmts, "church hall is free") == "Speaker 3"
    by = contents_by_speaker(stmts)
    assert not any("first visit" in c for c in by.get("Kasimir Dobrowolski", ())), by


def test_a_read_out_closed_in_its_last_sentence_and_a_guest_named_before_it():
    text = PODCAST.replace("during school drop-off times. Unquote.", "during school drop-off times, unquote.").replace(
        "We did ask Fennimoor Waste Services for an interview.",
        "Ravinder Ashbrindle mentioned the operator. We did ask Fennimoor Waste Services for an interview.")
    assert speaker_of(statements_of(text), "highest standards") == "Fennimoor Waste Services"


def test_a_host_named_only_in_the_show_notes_and_thanked_by_first_name():
    stmts = statements_of(
        "Wharfmoor Voices, episode 7. Presented by Ottoline Brackwinter.\n\n"
        "Speaker 1  0:00\nWelcome back. Today it's the ferry timetable. On the line is Leofric Amberton, who skippers the evening boat.\n\n"
        "Speaker 2  0:22\nThanks, Ottoline. The last sailing moves to 9pm from June, which is an hour earlier than now.\n\n"
        "Speaker 1  0:51\nWhy the change, Leofric?\n\n"
        "Speaker 2  0:55\nWe've lost two crew and nobody has applied for the posts since March.\n")
    assert speaker_of(stmts, "lost two crew") == "Leofric Amberton"
    assert speaker_of(stmts, "ferry timetable") == "Ottoline Brackwinter"


def test_a_turns_text_on_its_label_line():
    stmts = statements_of(
        "Quayside Talk ep. 12 (auto transcript)\n\n"
        "Speaker 1  0:00  Welcome in. I'm Rosmerta Treherne and with me is Anselm Kittredge, harbourmaster. Anselm, welcome.\n"
        "Speaker 2  0:14  Thanks, Rosmerta. We dredged 9,000 tonnes of silt this winter, twice what we planned.\n"
        "Speaker 1  0:40  And the cost?\n"
        "Speaker 2  0:43  Around 310,000 pounds, which the port authority has agreed to cover.\n")
    assert speaker_of(stmts, "9,000 tonnes") == "Anselm Kittredge"
    assert speaker_of(stmts, "310,000 pounds") == "Anselm Kittredge"


def test_a_diarised_turn_is_said_not_written():
    assert the_one_act(statements_of(PODCAST), "forty lorries a day") == "said"


def the_one_act(stmts, fragment: str) -> str:
    from tests.spec.invented import the_one

    return the_one(stmts, fragment).act
