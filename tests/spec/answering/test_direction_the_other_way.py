"""A why-question that takes a thing as rising (falling) where the article says it fell (rose) or
stays as it is ("why have parking charges gone up" / "have fallen by a third") is answered with
that sentence as the correction. A rise only hoped for ("hoping charges would rise") is no rise
told; where the asked direction is told, the question is answered as usual."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, table

PARKING = """Title: Quaybridge car parks half empty as charges fall
Date: 2026-06-03

Parking charges in Quaybridge's three council car parks have fallen by a third since March, and some spaces now sit empty all day.
Traders on Fennick Street said fewer shoppers were coming in from the villages. One trader said he was hoping charges would rise again so the council could afford to resurface the car parks.
The council's head of transport, Elmelda Calloway, said the cut was meant to bring shoppers back.
"""

FERRY = """Holimer Island Ferry Users' Group — newsletter, spring 2026

Our fares will stay at £4 for foot passengers for the whole of next year, the ferry company's manager, Annis Trevelyan, has told us. She said the new boat would be slower but cheaper to run.
The summer timetable starts on 1 May.
"""

ROSE = """Title: Quaybridge parking charges up
Date: 2026-06-03

Parking charges in Quaybridge's car parks have gone up by a third since March because the council needs money to resurface them, its head of transport, Elmelda Calloway, said.
"""

parking = app_fixture("parking.txt", PARKING)
ferry = app_fixture("ferry.txt", FERRY)
rose = app_fixture("rose.txt", ROSE)

test_corrected = table(answers, [
    ask("parking", "why have parking charges in quaybridge gone up since march", "have fallen by a third",
        starting="The articles do not say so", id="gone_up_where_fallen"),
    ask("ferry", "Why are ferry fares for foot passengers rising next year?", "will stay at £4",
        starting="The articles do not say so", id="rising_where_staying"),
])

test_answers = table(answers, [
    ask("rose", "Why have parking charges in Quaybridge gone up since March?", "resurface", lacking="do not say so",
        id="rise_told_is_answered"),
])
