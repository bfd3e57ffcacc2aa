"""A why-question that takes a motion as rejected, where the article says it was carried ("was
carried by 38 votes to 6", "carried unanimously"): the sentence giving the vote corrects it. A
motion the article does report as rejected is answered as usual."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, table

CLUB = """Wrenfield Cricket Club AGM: fees up, new pavilion fund launched

Posted on 12 May 2025

Around 60 members attended the club's annual general meeting at the pavilion last Thursday.

Treasurer Maeve Colveston said the club had made a small surplus, but that ground costs had risen sharply. She proposed raising the adult membership fee from £90 to £110.

After a long discussion, the fee rise was carried by 41 votes to 9.

Chairman Rob Dunstall thanked the outgoing groundsman for his 20 years of service.
"""

PARISH = """Maybrook parish backs speed limit change

Maybrook parish council has asked the county to lower the speed limit through the village to 20mph.

A motion from Cllr Aldwyn Tarrant calling for the change was carried unanimously at Monday's meeting.

A second motion, to close the village car park overnight, was rejected by five votes to two.
"""

club = app_fixture("club_agm.txt", CLUB)
parish = app_fixture("parish.txt", PARISH)

test_answers = table(answers, [
    ask("club", "why was the fee rise rejected at the wrenfield agm", "carried by 41 votes to 9",
        starting="The articles do not say so", id="carried_by_votes_corrects_rejected"),
    ask("parish", "Why did Maybrook parish council reject the 20mph motion?", "carried unanimously",
        starting="The articles do not say so", id="carried_unanimously_corrects_reject"),
    ask("parish", "How many votes was the car park motion rejected by?", "five votes to two",
        id="a_motion_told_as_rejected_is_answered"),
])
