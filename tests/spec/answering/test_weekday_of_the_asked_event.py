"""A bare weekday bound to the event a when-question asks about dates it: "when was the public meeting
held" / "... at a packed public meeting on Thursday" (the article's date resolves the day), and so does
"Thursday's vote" for "when was the vote"."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, table

STORY = """Villagers vow to fight quarry extension

The Drumcarrow Courier | Saturday, 12 September 2026

By Siobhra Quaile

Residents of Kilbrack packed into the parish hall for a public meeting on Thursday, called by the residents' association after the quarry owner applied to double the size of its pit.

Association secretary Orlaith Menary told the hall that blasting already cracked walls on Main Street.

"We were here first," she said.

The county council said it would decide the application in November.

Councillors had backed a noise study in Tuesday's vote at County Buildings, the council added.
"""

story = app_fixture("story.txt", STORY)

test_answers = table(answers, [
    ask("story", "when was the public meeting about the quarry held", "10 September 2026",
        id="the_weekday_after_the_asked_meeting"),
    ask("story", "when did councillors vote for the noise study", "8 September 2026",
        id="the_weekday_before_the_asked_vote"),
])
