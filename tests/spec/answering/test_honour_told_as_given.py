"""An honour is told as given, not as received: "what honour did the president receive" is answered
by "President X was made a Life Vice-President in recognition of ..." in a round-up's list paragraph
(or "was made an honorary life member of the brigade"), not by a tribute sentence sharing the occasion's words."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

BOWLS = """Annual dinner and prizegiving

Posted on 3rd March 2026 by the Secretary

Over 80 members and guests came to the annual dinner at the pavilion on Saturday night.

Chairman Bertram Ollerenshaw thanked the green-keepers and paid tribute to the catering team, who served the dinner for the tenth year running.

Prizes and honours. Singles champion Elowyn Tregidgo received the Silver Jack. Club President Jory Polglaze, 81, was made a Life Vice-President in recognition of 50 years with the club as player, umpire and fixture secretary. The raffle raised £412.
"""

BRIGADE = """Volunteers honoured at brigade's open night

The Harrowdene volunteer fire brigade held its open night on Friday, with families touring the station and the new pumper.

Brigade captain Ysolde Marchbank thanked the crew for a busy summer of grass fires and paid tribute to the families who support them.

Long-service medals went to four crew members. Retired station officer Aurelio Quennell, 79, who joined at 17, was made an honorary life member of the brigade, and the crew presented him with a framed photograph of his first engine.
"""

clubs = articles_fixture({"bowls.txt": BOWLS, "brigade.txt": BRIGADE})


def test_an_honour_in_a_list_paragraph_answers_what_the_president_received(clubs):
    answers(clubs, "what honour did the club president receive at the annual dinner", "Life Vice-President", lacking="tribute")


def test_an_honorary_membership_answers_what_the_officer_received(clubs):
    answers(clubs, "What honour did the retired station officer receive at the open night?", "honorary life member", lacking="tribute")
