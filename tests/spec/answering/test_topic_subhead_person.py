"""Press-conference notes: "Who has the club hired as assistant manager?" is answered under the
subhead "On the new assistant manager:", where the speaker names her ("I'm delighted to have Kirsty
Dalgleish in") without repeating the job, not by a sentence elsewhere that shares the club's name
and "manager"."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

CLUB_NOTES = """HOLMBRIDGE ROVERS
Club News

PRESS CONFERENCE | Dunmore on Ashgill, the injuries and a new number two

Head coach Tobias Dunmore spoke to the media at the Feltham Lane training ground ahead of Sunday's league match away at Ashgill Athletic. Here is what he said.

On the trip to Ashgill:
It's a hard place to go. They press high and they don't stop running, and the pitch is narrow.

On the new assistant manager:
I'm delighted to have Kirsty Dalgleish in. I coached alongside her for three seasons and she knows how I want us to play. She started on Tuesday.

On Ashgill manager Piotr Szelag's comments:
Speaking to a local radio station on Monday, Szelag said Holmbridge Rovers "will not enjoy the wind" and that his manager's job was safe. Asked about that, Dunmore laughed.

Sunday's match kicks off at 2pm.
"""

BRIEFING = """Meridale Orchestra season launch: questions to the chief executive

Chief executive Annelise Okwuosa-Grant took questions from arts reporters at the Corn Exchange on Thursday. These are her answers, lightly edited.

On ticket prices:
Most seats stay at last year's prices. The cheapest will rise by one pound because our hall costs have gone up.

On the new principal conductor:
We have signed Matthias Holtzbrenner for four seasons. He conducted us twice last year and the players asked for him.

On touring:
The orchestra will play in three cities abroad next spring. The Meridale Orchestra's principal conductor for those dates will be announced in June, a spokesperson for the orchestra said.
"""

club = app_fixture("holmbridge_press_notes.txt", CLUB_NOTES)
briefing = app_fixture("meridale_season_launch.txt", BRIEFING)


def test_the_person_named_under_the_role_s_subhead_is_who_was_hired(club):
    answers(club, "Who has Holmbridge Rovers hired as assistant manager?", "Dalgleish", lacking="Szelag")


def test_the_person_signed_under_the_role_s_subhead_answers_in_another_style(briefing):
    answers(briefing, "Who has the Meridale Orchestra appointed as principal conductor?", "Holtzbrenner")
