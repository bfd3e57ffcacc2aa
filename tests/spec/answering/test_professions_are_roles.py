""""What did Kelliwick's architect say ...?": a profession a question names a person by (an architect,
a surveyor, a pharmacist) is a role, found beside the name in the article
("Kelliwick's representative, architect NAME"), as a lawyer or an engineer is."""

import pytest

from tests.spec.answering.asks import answers

HALL = """# Bid to save old drill hall stalls

By Nerys Pembridge
March 3, 2027

Plans to knock down the old drill hall in Tregarra for a supermarket car park were put off by the county planning committee on Wednesday.

Kelliwick Estates director Bryok Pentreath said last week that the hall was beyond saving.

At Wednesday's meeting, councillors questioned Kelliwick's representative, architect Zsofi Halmay, about alternatives. Halmay said the company would consider keeping the hall's front wall if the parish could pay for the work.

The committee will look at the application again on March 24.
"""


@pytest.fixture(scope="module")
def hall(app_over):
    with app_over("hall.md", HALL) as app:
        yield app


def test_an_architect_is_a_role(hall):
    answers(hall, "what did kelliwick's architect say the company might be willing to do", "front wall", lacking="beyond saving")
