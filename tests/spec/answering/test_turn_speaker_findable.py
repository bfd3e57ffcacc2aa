"""A speaker with one turn in a meeting recording's transcript export is found by name: the turn's
text never writes the name its header gives ("Roe, Annika (Staffside)   6:02"), so the passage's
keyword text carries the turn's speaker and whom they speak for (index/turn_keywords.py), while the
passage cited and shown stays the turn's own text. Two exports (a header with the offset beside
it; a name line, then the offset on its own line) and an ordinary news story, whose passages'
keyword text is their own. The articles are invented."""

from index.turn_keywords import keyword_text
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

TEAMS = """Budget scrutiny panel-20250311_183002-Meeting Recording

March 11, 2025, 6:30PM

Ezeudu-Vale, Petra (Marlow District Council)   0:41
Good evening. We will start with the staffing item and then the budget.

Brandvik, Osric (Finance)   2:15
The staffing budget is within the limits we set in January.

Ezeudu-Vale, Petra (Marlow District Council)   3:30
Thank you. Are there questions on the staffing budget?

Lindholm, Harald (Marlow District Council)   4:05
I would like to know when the new rota starts.

Roe, Annika (Staffside)   6:02
The rota has not been agreed with us and we will not sign it until the night shifts are paid properly.

Brandvik, Osric (Finance)   7:10
The night shift allowance was reviewed last year and the budget for it has not changed.

Lindholm, Harald (Marlow District Council)   8:20
So the rota starts in April if the staff agree.

Ezeudu-Vale, Petra (Marlow District Council)   9:45
We will take the rota away and come back next month.

Brandvik, Osric (Finance)   10:30
I can bring the figures for the staffing budget to that meeting.
"""

ZOOM = """Harbour users forum - Zoom transcript

Silas Ferreira-Lund
00:00:12
Welcome everyone, this is the quarterly harbour users forum.

Dov Achterhof
00:01:40
The harbour dues will rise by three percent from May.

Silas Ferreira-Lund
00:02:05
Thank you. Questions on the harbour dues?

Maren Tollak
00:02:40
The slipway has been closed for six weeks and the fishermen are losing money every day.

Dov Achterhof
00:04:05
The repair contract for the slipway was signed on Friday.

Silas Ferreira-Lund
00:05:30
The harbour forum will meet again in July.

Dov Achterhof
00:06:10
We can start the slipway work next month, weather allowing.
"""

NEWS = """Slipway to reopen in May

The harbour board said on Friday that the slipway at Kellgate would reopen in May.

"The repair contract was signed this week," said Dov Achterhof, the board's engineer.
"""

teams = app_fixture("teams.txt", TEAMS, WHOSAID_TOP_K="2")
zoom = app_fixture("zoom.txt", ZOOM, WHOSAID_TOP_K="2")


def test_a_one_turn_speaker_of_a_teams_export_is_found(teams):
    answers(teams, "Who is Annika Roe?", "The rota has not been agreed", lacking="Staffside\n")


def test_a_one_turn_speaker_of_a_zoom_export_is_found(zoom):
    answers(zoom, "Who is Maren Tollak?", "The slipway has been closed")


def test_the_turn_passage_gets_its_speaker_and_body_as_keywords():
    start = TEAMS.index("The rota has not")
    text = TEAMS[start:TEAMS.index("\n", start)]
    assert keyword_text(text, start, TEAMS) == text + "\nAnnika Roe Staffside"


def test_an_ordinary_story_keeps_its_own_keywords():
    for paragraph in NEWS.split("\n\n"):
        start = NEWS.index(paragraph)
        assert keyword_text(paragraph, start, NEWS) == paragraph
