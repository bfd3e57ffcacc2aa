"""News transcripts whose speakers are captioned in full on their first turn ("NAME, ROLE, BODY:")
and labelled by surname afterwards ("SURNAME:"), with stage notes in brackets, and press
briefings whose questions are labelled by the asker's outlet ("QUESTION (Outlet):").

Every article here is invented. A caption label opens its speaker's turn like a bare one, and a
later surname label is the same speaker; a stage note ("(BEGIN VIDEOTAPE)", "(CROSSTALK)",
"(COMMERCIAL BREAK)") ends the turn before it and is nobody's words; a turn's questions state
nothing. What a correspondent reports of a body ("The harbour board, says ...") is the body's, and
what a question reports ("Chief X said yesterday that ...", "a haulier told us ...") is the
reported source's, not the asker's.
"""

from tests.spec.invented import statements_of, the_one

TV = """SHOW: NIGHTLY WIRE WITH OSWIN FALLAHAY
Aired May 6, 2025 - 21:00 ET

THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM.

OSWIN FALLAHAY, HOST: Good evening. A freight train left the rails outside a river town this morning. Our correspondent Delphine Marrow-Quist is there. Delphine, what do we know?

DELPHINE MARROW-QUIST, CORRESPONDENT: Oswin, nine wagons are still lying beside the track behind me. I spoke earlier with the engineer leading the clean-up.

(BEGIN VIDEOTAPE)

MARROW-QUIST: How long will the line stay shut?

ENGINEER TOMASZ BRELLING-OKE, SITE LEAD, NORTHLINE RAIL: We have to lift all nine wagons by crane first. That takes two days if the ground holds.

MARROW-QUIST: Did anything leak?

BRELLING-OKE: Nothing leaked. Every tank was checked at noon.

(END VIDEOTAPE)

MARROW-QUIST: The line's owner, the Tarnbridge Rail Authority, says 30 trains have been cancelled so far.

UNIDENTIFIED MALE: I missed my shift. Nobody told us anything.

FALLAHAY: And the union?

MARROW-QUIST: The union's branch secretary, Ingrid Salcombe-Ray, told me this afternoon that she wants the authority to pay the crews who were sent home. She says about 240 drivers are affected.

FALLAHAY: Joining me now is a former signaller. Is two days realistic?

WENDELL PARRISH-ODOM, FORMER SIGNALLER: Two days is hopeful, Oswin. I would plan for a week.

FALLAHAY: Why did the wagons come off?

PARRISH-ODOM: We do not know yet. A cracked rail is the usual cause on that stretch.

(CROSSTALK)

FALLAHAY: -- but the authority says --

PARRISH-ODOM: It does. A rail inspection costs less than this.

(COMMERCIAL BREAK)
"""

RADIO = """MORNING DESK - TRANSCRIPT
Broadcast 12 September 2024

[00:00:05] CALLUM VERITY-HASK, PRESENTER: Good morning. The ferry strike enters its third day. With me is the union's regional organiser.

[00:00:20] MAIRENN OSTROVA-LYLE, REGIONAL ORGANISER, FERRY WORKERS UNION: Thank you. Our members voted by a large margin. We will not sail until the rota is withdrawn.

[00:01:02] VERITY-HASK: What would end it?

[00:01:10] OSTROVA-LYLE: A written promise on rest days. That is all we have asked for.

(LAUGHTER)

[00:01:40] VERITY-HASK: The operator, Kestrel Ferries, says 60 sailings have been lost. Is that fair?

[00:01:52] OSTROVA-LYLE: It is about right. We regret every one of them.
"""


def test_a_caption_label_opens_a_turn_and_the_surname_label_is_the_same_speaker():
    stmts = statements_of(TV)
    assert the_one(stmts, "nine wagons are still lying").speaker == "Delphine Marrow-Quist"
    assert the_one(stmts, "lift all nine wagons by crane").speaker == "Tomasz Brelling-Oke"
    assert the_one(stmts, "Every tank was checked at noon").speaker == "Tomasz Brelling-Oke"
    assert the_one(stmts, "I would plan for a week").speaker == "Wendell Parrish-Odom"
    assert the_one(stmts, "A cracked rail is the usual cause").speaker == "Wendell Parrish-Odom"
    stmts = statements_of(RADIO)
    assert the_one(stmts, "will not sail until the rota is withdrawn").speaker == "Mairenn Ostrova-Lyle"
    assert the_one(stmts, "A written promise on rest days").speaker == "Mairenn Ostrova-Lyle"


def test_stage_notes_are_nobodys_words_and_questions_state_nothing():
    for text in (TV, RADIO):
        stmts = statements_of(text)
        assert not [s for s in stmts if "VIDEOTAPE" in s.content or "CROSSTALK" in s.content
                    or "BREAK" in s.content or "LAUGHTER" in s.content]
        assert not [s for s in stmts if s.content.rstrip().endswith("?")]


def test_what_a_correspondent_reports_of_a_body_or_person_is_theirs():
    stmts = statements_of(TV)
    assert "Tarnbridge Rail Authority" in the_one(stmts, "30 trains have been cancelled").speaker
    assert the_one(stmts, "about 240 drivers are affected").speaker == "Ingrid Salcombe-Ray"
    stmts = statements_of(RADIO)
    assert "Kestrel Ferries" in the_one(stmts, "60 sailings have been lost").speaker


BRIEFING = """TRANSCRIPT
Media availability - Minister of Water
Press room, Civic Hall
Tuesday, March 3, 2026 - 11:00 a.m.

MINISTER HALVARD KESTEVEN-ROOS: Good morning. Four towns are still under a boil-water notice.

So today I am announcing that we will send bottled water to every household in those towns. Deputy Minister Oyelaran is with me and can take the technical questions.

QUESTION (Valley Courier): Mayor Petronella Faircloth of Dunmere said yesterday that the town had been "left with nothing but leaflets." What do you say to her?

MINISTER: I spoke with the mayor on Sunday. We are not leaving anyone.

QUESTION (Radio North): Minister, a haulage firm told us its lorries have been turned away at the treatment works. Is that right?

MINISTER: I am aware of that report. The works are closed to deliveries until Friday.

QUESTION (off mic): How many tankers are on the road?

DEPUTY MINISTER ADAEZE OYELARAN: Eleven tankers as of this morning.

QUESTION (Valley Courier): When will the notice lift?

DEPUTY MINISTER OYELARAN: Not before the weekend. We need two clean samples in a row.
"""

PRESSER = """Police briefing on the harbour fire - full transcript
Thursday 8 May 2025

CHIEF CONSTABLE MORWEN ELLACOTT-DYE: Good afternoon. The fire at the harbour warehouse is out. Two people were treated for smoke.

We expect the road by the quay to reopen tonight. My officers will stay on the scene.

REPORTER (Harbour Times): Councillor Ambrose Penhallow said this morning that the alarms had been switched off for a month. Is that true?

CHIEF CONSTABLE ELLACOTT-DYE: I cannot comment on that while the investigation runs.

REPORTER (Coast FM): Chief Constable, a neighbour told us she heard an explosion before the fire. Can you confirm that?

CHIEF CONSTABLE ELLACOTT-DYE: We have heard the same account. It is one line of inquiry.
"""


def test_a_briefings_question_reports_its_source_and_asks_the_rest():
    stmts = statements_of(BRIEFING)
    assert the_one(stmts, "left with nothing but leaflets").speaker == "Petronella Faircloth"
    assert the_one(stmts, "lorries have been turned away").speaker == "a haulage firm"
    assert not [s for s in stmts if s.speaker in ("Valley Courier", "Radio North", "Minister")]
    stmts = statements_of(PRESSER)
    assert the_one(stmts, "alarms had been switched off").speaker == "Ambrose Penhallow"
    assert the_one(stmts, "heard an explosion").speaker == "a neighbour"
    assert not [s for s in stmts if s.content.rstrip().endswith("?")]


def test_an_officials_turn_runs_on_over_its_first_person_paragraphs():
    stmts = statements_of(BRIEFING)
    assert the_one(stmts, "send bottled water to every household").speaker == "Halvard Kesteven-Roos"
    assert the_one(stmts, "Eleven tankers as of this morning").speaker == "Adaeze Oyelaran"
    assert the_one(stmts, "two clean samples in a row").speaker == "Adaeze Oyelaran"
    stmts = statements_of(PRESSER)
    assert the_one(stmts, "road by the quay to reopen tonight").speaker == "Morwen Ellacott-Dye"


def test_an_unidentified_voice_is_nobody_the_reader_can_name():
    stmts = statements_of(TV)
    said = the_one(stmts, "I missed my shift")
    assert said.generic_speaker and "Unidentified" in said.speaker


def test_an_addressed_title_is_not_the_speaker_but_a_name_before_a_job_is():
    stmts = statements_of("""Harbour news

Published: Tuesday 4 March 2025

Tom Hale, a farmer said the road had flooded twice.

Mayor, the harbour board told us on Monday that the pier is unsafe.
""")
    assert the_one(stmts, "the road had flooded twice").speaker == "Tom Hale"
    assert "harbour board" in the_one(stmts, "the pier is unsafe").speaker
