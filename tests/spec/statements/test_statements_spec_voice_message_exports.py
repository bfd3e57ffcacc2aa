"""An export of recorded messages (voicemails, an answering service's digest, a phone's voice notes):
blocks of field lines over a transcript. Each transcript sentence is its caller's: the sender field
when it names a person in full, else the person who names himself in the transcript (the sender an
office, an unknown number or a first name). Each block is dated by its own time field, whatever
the export's date; an aide's relayed words are the principal's; a third person's promise passed on
is that person's; the exporter's signed note is the exporter's; the field lines are nobody's.
Every article is invented."""

from datetime import date

from index import voice_messages
from tests.spec.invented import day_of, speaker_of, statements_of

UK_VOICEMAILS = """Voicemail export: Quenbury Court Residents' Group
Exported from: group phone
Export date: 22/03/2026 20:10

Note from Wyn (chair): Put together for the residents' meeting on Wednesday. The transcripts come from the phone app. — Wynona Cardew-Platt

========================================

Message 1 of 4
From: Fellgate Housing Partnership (office)
Received: Tuesday 17 March 2026, 10:31
Duration: 0:58
Transcription:
Hi Wynona it's Oriel Stannage tenancy officer at Fellgate Housing calling about the boilers at Quenbury Court. The boiler on the east side has been off since Sunday and the plumbers have ordered a new heat exchanger. We're handing out electric heaters to anyone over seventy. Can you ring me back. Thanks bye.

========================================

Message 2 of 4
From: Unknown number
Received: Wednesday 18 March 2026, 16:02
Duration: 0:44
Transcription:
Afternoon, this is Dunstan Yarwoodley from Brackenbury Heating, I'm the engineer on the Quenbury job. The heat exchanger is coming from the factory in Bremen and should be with us on Friday. Once it's in it's half a day to fit.

========================================

Message 3 of 4
From: Cllr Marisol Eddlestone's office
Received: Thursday 19 March 2026, 11:47
Duration: 1:02
Transcription:
Hello Wynona, it's Caspian Ruddock, I'm caseworker for Councillor Marisol Eddlestone. The councillor's asked me to say she has written to Fellgate's board about the heating. She's asked them for a repair date in writing by Monday. Any questions, this is my direct line.

========================================

Message 4 of 4
From: Fellgate Housing Partnership (office)
Received: Friday 20 March 2026, 17:20
Duration: 1:10
Transcription:
Hi Wynona, Oriel again from Fellgate. The exchanger is now due on Tuesday, not Friday, I'm sorry. Our director of repairs, Leontyne Sowerbutts, has also said we'll refund the heating charge for the days without hot water. I don't have the figure yet.

========================================

Wyn's note added 22/03 20:05: Heaters handed out to fourteen flats so far. Ask Oriel how the refund is worked out.
"""


def test_each_transcript_sentence_is_its_self_named_caller_on_the_blocks_day():
    stmts = statements_of(UK_VOICEMAILS)
    assert speaker_of(stmts, "plumbers have ordered a new heat exchanger") == "Oriel Stannage"  # an office's line
    assert day_of(stmts, "plumbers have ordered a new heat exchanger") == date(2026, 3, 17)
    assert speaker_of(stmts, "coming from the factory in Bremen") == "Dunstan Yarwoodley"  # an unknown number
    assert day_of(stmts, "coming from the factory in Bremen") == date(2026, 3, 18)  # not the export's day
    assert speaker_of(stmts, "now due on Tuesday, not Friday") == "Oriel Stannage"  # "Oriel again": the one named before
    assert day_of(stmts, "now due on Tuesday, not Friday") == date(2026, 3, 20)


def test_an_aides_relayed_words_are_the_principals():
    stmts = statements_of(UK_VOICEMAILS)
    assert {s.speaker for s in stmts if "written to Fellgate's board" in s.content} == {"Marisol Eddlestone"}
    assert speaker_of(stmts, "a repair date in writing by Monday") == "Marisol Eddlestone"
    assert day_of(stmts, "a repair date in writing by Monday") == date(2026, 3, 19)
    assert speaker_of(stmts, "this is my direct line") == "Caspian Ruddock"  # his own line stays his


def test_a_promise_passed_on_is_its_maker_on_the_blocks_day():
    stmts = statements_of(UK_VOICEMAILS)
    promised = [s for s in stmts if "refund the heating charge" in s.content]
    assert {s.speaker for s in promised} == {"Leontyne Sowerbutts"}
    assert {s.when_start for s in promised} == {date(2026, 3, 20)}


def test_the_exporters_signed_note_is_hers_and_field_lines_are_nobodys():
    stmts = statements_of(UK_VOICEMAILS)
    assert speaker_of(stmts, "The transcripts come from the phone app") == "Wynona Cardew-Platt"
    assert speaker_of(stmts, "Heaters handed out to fourteen flats") == "Wynona Cardew-Platt"  # her short name
    assert day_of(stmts, "Heaters handed out to fourteen flats") == date(2026, 3, 22)  # the export's day
    assert not [s for s in stmts if s.content.startswith("—")]  # her signature says nothing
    assert not [s for s in stmts if "Duration" in s.content or "Received:" in s.content or "Unknown number" in s.content]


US_DIGEST = """Subject: After-hours messages - Pinecrest Family Clinic
Answering service digest for the clinic office

Message #1
Caller: Tamsin Ibekwe-Ruiz
Callback: (555) 014-2231
Time: 03/09/2026 7:42 PM
Message: Hi this is Tamsin Ibekwe-Ruiz, my son has had a fever since Saturday and the pharmacy says his refill is not authorized. Please call me back before noon tomorrow.

Message #2
Caller: Unknown
Callback: (555) 019-8840
Time: 03/10/2026 6:15 AM
Message: Good morning, my name is Bartholomew Kisamore, I'm a patient of Dr Ostrowska-Finn. I have to cancel my appointment on Thursday because my truck broke down.

Message #3
Caller: Ruthanne
Callback: (555) 017-3302
Time: 03/14/2026 9:05 PM
Message: It's Ruthanne Beaumaris-Pike from the county health department. We are seeing more flu cases this week and ask all clinics to report numbers by Monday.
"""


def test_an_answering_service_digest_with_inline_messages_and_month_first_times():
    stmts = statements_of(US_DIGEST)
    assert speaker_of(stmts, "fever since Saturday") == "Tamsin Ibekwe-Ruiz"
    assert day_of(stmts, "fever since Saturday") == date(2026, 3, 9)  # "03/14" elsewhere: month first
    assert speaker_of(stmts, "cancel my appointment on Thursday") == "Bartholomew Kisamore"
    assert day_of(stmts, "cancel my appointment on Thursday") == date(2026, 3, 10)
    assert speaker_of(stmts, "report numbers by Monday") == "Ruthanne Beaumaris-Pike"  # a first name alone in the field
    assert not [s for s in stmts if "(555)" in s.content]


PHONE_NOTES = """Voice messages
Exported by Voxly on 2026-05-03

Contact: Perpetua Langstroth
Date: 2026-04-28 08:12
Length: 00:41
Text:
Morning love, the landlord rang me and the roof men are coming Friday, so move the car off the drive on Thursday night.

Contact: Ignatius Vellacott
Date: 2026-04-30 19:55
Length: 00:23
Text:
Hiya, the scaffolding went up today and it blocks the side gate, I've told the agent it has to come down by Sunday.
"""


def test_a_phones_voice_notes_export_with_other_field_names():
    stmts = statements_of(PHONE_NOTES)
    assert speaker_of(stmts, "roof men are coming Friday") == "Perpetua Langstroth"
    assert day_of(stmts, "roof men are coming Friday") == date(2026, 4, 28)
    assert speaker_of(stmts, "scaffolding went up today") == "Ignatius Vellacott"
    assert day_of(stmts, "scaffolding went up today") == date(2026, 4, 30)


NEWS = """Heating fails at Quenbury Court for a week

By Perrin Gillander
Published: 21 March 2026

Residents of Quenbury Court have been without hot water since Sunday, their chair said on Friday.
"People over seventy are sitting in coats," said Wynona Cardew-Platt, who chairs the residents' group.
Fellgate Housing said in a statement that a new part would arrive next week.
Note: this story was updated to correct the name of the heating firm.
"""


def test_an_ordinary_news_article_is_no_export_of_messages():
    assert voice_messages.messages(NEWS) == ()
    stmts = statements_of(NEWS)
    assert speaker_of(stmts, "sitting in coats") == "Wynona Cardew-Platt"
    assert not [s for s in stmts if "this story was updated" in s.content and s.speaker != "Perrin Gillander"]
