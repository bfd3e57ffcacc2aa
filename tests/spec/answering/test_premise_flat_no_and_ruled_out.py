"""Why-questions whose premise the article contradicts in words other than the question's.

- "the grounded ferry" where the article writes "ran aground": the "a-" form of a state (aground,
  afloat, adrift) is the same word, so the premise is not corrected for lacking it.
- a reply that opens with a flat "No." to the interviewer's question on the thing asked ("Is there
  oil in the water?" / "No. Divers checked every compartment.") corrects the premise, the turn cited
  before the reply.
- "why is X starting on Saturday" where the person in authority says "X won't travel": the named
  person as the subject of a negated act to come corrects it, not X's own hope of playing.
Where the article tells the act asked about, it is answered, not corrected."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers


BROADCAST = """EVENING REPORT - TRANSCRIPT

THIS TRANSCRIPT MAY NOT BE IN ITS FINAL FORM.

ODILE FENWARTH, HOST: A passenger ferry lost steering on Sunday night and ran aground off Quillan Point. All 140 people on board were taken off by lifeboat. Our reporter Tamsin Yarrowby is at the harbour.

TAMSIN YARROWBY, REPORTER: Odile, I spoke a short time ago with the salvage officer in charge, Captain Hugo Brannagh-Leir.

CAPTAIN HUGO BRANNAGH-LEIR, SALVAGE OFFICER: We'll try to pull her off on the high tide on Wednesday. The weather has to hold.

YARROWBY: Is there oil in the water?

BRANNAGH-LEIR: No. Divers checked every compartment this morning. The tanks are sound.

YARROWBY: And the passengers?

BRANNAGH-LEIR: All ashore and all accounted for.

The ferry company said it had no comment on the cause while the investigation continued.
"""

RADIO = """Morning Programme, Radio Kestwick - interview transcript, 12 May 2025

PRESENTER: A fire broke out overnight at the Drummet paper mill. With me is the station officer who led the crews, Nessa Tolcharn-Reyes. Nessa, what happened?

TOLCHARN-REYES: We were called at about two in the morning to a fire in the drying shed. Four crews had it under control by five.

PRESENTER: Were any workers hurt?

TOLCHARN-REYES: No, and that's down to the night shift, who walked out the minute the alarm went. Everybody was out in three minutes.

PRESENTER: Do you know what started it?

TOLCHARN-REYES: Not yet. The investigators go in this afternoon.
"""

CLUB_NOTES = """ORMSFIELD ROVERS FC - Official Site

MANAGER'S PRESS CONFERENCE

Manager Petra Vannoy-Ilkes spoke to the media on Thursday ahead of Saturday's league match at home to Crane Town.

On Teodor Blaskett's knee:
Teodor won't play. He twisted it in training on Tuesday and we're waiting for the scan. He told me this morning he'd be ready, which is typical of him, but I'm not taking the chance.

On the new signing:
Jorah Penwick is available and he'll be on the bench.
"""

WIRE = """Trade mission to leave without the deputy minister

By Lucan Ferraby

BRELLSTON, 3 June 2025 - The government's trade mission to the Gulf leaves on Monday, the ministry said on Tuesday.

Deputy minister Mira Oakenshaw-Plett will not travel with the delegation, a ministry spokesperson said, because of a vote in parliament the same week. Her place will be taken by the head of the export agency, Dov Harrowgate.

Oakenshaw-Plett said she hoped to join the mission for its final two days.
"""

broadcast = app_fixture("quillan_ferry_transcript.txt", BROADCAST)
radio = app_fixture("drummet_mill_radio.txt", RADIO)
club = app_fixture("ormsfield_press_conference.txt", CLUB_NOTES)
wire = app_fixture("trade_mission_wire.txt", WIRE)


def test_a_flat_no_to_the_interviewers_question_corrects_a_premise_in_other_words(broadcast):
    answers(broadcast, "Why did the salvage officer say oil had leaked from the grounded ferry?",
            "do not say so", "Divers checked every compartment", lacking="do not say it was")


def test_a_flat_no_in_a_radio_interview_corrects_the_premise(radio):
    answers(radio, "Why did the station officer say workers were hurt in the mill fire?",
            "do not say so", "walked out the minute the alarm went")


def test_a_player_ruled_out_by_the_manager_is_not_said_to_start(club):
    answers(club, "Why is Teodor Blaskett starting the match on Saturday?",
            "do not say so", "Teodor won't play", starting="The articles do not say so")


def test_a_minister_who_will_not_travel_is_not_said_to_lead_the_mission(wire):
    answers(wire, "Why will Mira Oakenshaw-Plett lead the trade mission on Monday?",
            "do not say so", "will not travel with the delegation")


def test_an_act_the_article_tells_is_answered_not_corrected(wire):
    answers(wire, "Why will Dov Harrowgate join the trade mission?", "export agency", lacking="do not say so")
