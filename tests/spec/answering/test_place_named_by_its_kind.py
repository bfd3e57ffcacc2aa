""""In which department is the flooded town?": the sentence naming the place as that kind ("the
northern department of Caquetal") answers, above a quote from the town that names only its
"departmental capital"."""

import pytest

from tests.spec.answering.asks import answers

ARTICLE = """Lima, 14 feb (EFE).- At least 600 families in the municipality of San Isidro de Aldama, in the northern department of Caquetal, lost their homes to rising rivers, the mayor of the town, Ana Lucía Ribera Soto, informed this Friday.

"The flood water rose for six hours and left the houses as if a river had passed through the kitchens," Ribera declared to EFE by telephone from the municipal seat, located some 70 kilometres from Tuxpal, the departmental capital.

The mayor's office declared a public calamity on Thursday.
"""


@pytest.fixture(scope="module")
def app(app_over):
    with app_over("flood_wire.txt", ARTICLE) as whosaid:
        yield whosaid


def test_the_place_named_as_the_kind_asked_answers(app):
    answers(app, "In which Peruvian department is the flood-hit municipality?", "department of Caquetal")
