"""An interview's intro dates the talk ("Its director spoke to us on Tuesday"), not what the
interviewee tells of; "when did they hear, according to the director" is dated in her own answer,
which need not name her ("Nobody used the word 'cancelled' until 9 April")."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

QA = """'We are not a hobby': the head of the Brackwater puppet festival on losing its sponsor

The Brackwater International Puppet Festival has filled the town's halls every spring since 1998. Last month it learned that its biggest sponsor, the brewery Halloran & Pike, would not renew its support. Its director, Ottilie Vasquez-Renn, spoke to us on Tuesday from the festival's office on Quay Street. The conversation has been edited for length.

GRANTHAM: When did you find out?

VASQUEZ-RENN: We had one meeting in February, and it was about banners. Nobody used the word "cancelled" until 9 April. If they had told us in February, we could have looked for a new partner.

GRANTHAM: What happens now?

VASQUEZ-RENN: We cut the outdoor shows and keep the schools programme.
"""

FEATURE = """Village school loses its music grant

By a staff reporter

Pupils at Ellery Cross primary school will lose their weekly violin lessons from September after a county grant was withdrawn.

Talking to the Ellery Gazette on Friday, the head teacher, Morwenna Ashdown-Kite, said the decision had come without warning. "We were told on 3 March that the grant had gone, with no reason given," she said. "Thirty children play in the school band."

The county council said the grant scheme was being reviewed.
"""

interview = app_fixture("brackwater_director_interview.txt", QA)
feature = app_fixture("ellery_music_grant.txt", FEATURE)


def test_the_interviewee_s_own_answer_dates_what_she_heard_not_the_interview_s_day(interview):
    answers(interview, "When did the festival first hear that the sponsorship was ending, according to its director?",
            "9 April", lacking="spoke to us")


def test_a_telling_s_quote_dates_the_event_not_the_day_she_talked_to_the_paper(feature):
    answers(feature, "When was the school told that the grant had gone, according to the head teacher?",
            "3 March", lacking="Talking to")
