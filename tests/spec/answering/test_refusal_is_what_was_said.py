""""What did the press secretary say about the reports?" / "MS. HALE: I could not confirm those
reports.": the asked speaker's own refusal is what they said, answered, not "the articles do not say".
A briefing's "Q:" turn is the context of the reply after it, never itself the answer."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines, table

BRIEFING = """Press Briefing by Press Secretary Talia Brennock

1:14 P.M. EDT

MS. BRENNOCK: Good afternoon, everyone. The administration will release the new harbor dredging grants on Thursday.

Q: Thanks, Talia. Will the ports in the southern states get a share of the money?

MS. BRENNOCK: Every coastal state is eligible, and the first awards will go to the ports with the oldest channels.

Q: The governor of one state said yesterday that the program is underfunded. Does the administration agree with him?

MS. BRENNOCK: We think the program is funded at the right level, and we will ask Congress for more if demand is high.

Q: What about the reports that the secretary is stepping down?

MS. BRENNOCK: I could not confirm those reports. The secretary has the full confidence of the president.

Q: And on the rail strike?

MS. BRENNOCK: I'm not going to comment on the negotiations while they are under way.

1:42 P.M. EDT
"""

SUMMARY = """Daily Press Briefing by the Office of the Spokesperson

The following is a near-verbatim summary of today's noon briefing by Oskar Venholm, Spokesperson for the Secretary-General.

Flooding in the delta region

The Spokesperson said that humanitarian teams had reached three districts cut off by the floods, and that more than 40,000 people had received food parcels.

Peacekeeping

Asked about reports of an attack on a convoy near the border, the Spokesperson said that the mission could not confirm the reports and was seeking more information.

Questions and answers

Asked whether the Secretary-General would meet the opposition leader, the Spokesperson declined to comment on the Secretary-General's schedule.
"""

WIRE = """Brackley mill sale talks reported

Shares in Brackley Textiles rose 4% on Monday after reports that a rival was in talks to buy its spinning mill.

A spokesman for the rival, Ostmark Fibres, said the firm never comments on market rumours.

Brackley Textiles declined to say how much the mill was worth.
"""

briefing = app_fixture("press_briefing.txt", BRIEFING)
summary = app_fixture("noon_briefing.txt", SUMMARY)
wire = app_fixture("mill_wire.txt", WIRE)


test_answers = table(answers, [
    ask("briefing", "What did the press secretary say about the reports that the secretary is stepping down?",
        "could not confirm those reports", lacking="do not say", id="a_briefing_turn_refusing_to_confirm_is_the_answer"),
    ask("summary", "What did the Spokesperson say about the reports of an attack on a convoy?",
        "could not confirm the reports", lacking="do not say", id="a_summary_s_spokesperson_refusing_to_confirm_is_the_answer"),
    ask("summary", "What did the Spokesperson say about a meeting with the opposition leader?",
        "declined to comment", lacking="do not say", id="a_summary_s_spokesperson_declining_to_comment_is_the_answer"),
])


def test_a_worth_withheld_by_the_firm_is_still_not_said(wire):
    declines(wire, "How much is the Brackley mill worth?")


def test_a_question_turn_s_premise_is_context_for_the_reply(briefing):
    # "Q: The governor ... said ... underfunded. Does the administration agree?": the reply turn answers
    answers(briefing, "What did Talia Brennock say about the governor who said the program is underfunded?",
            "funded at the right level")


def test_a_question_turn_s_premise_is_not_cited_after_the_reply(briefing):
    answers(briefing, "Did the administration agree that the program is underfunded?", "funded at the right level",
            lacking="said yesterday that the program is underfunded")
