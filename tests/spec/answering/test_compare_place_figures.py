"""A comparison of figures between two places, one named in two words ("New Zealand"): each place
is one side, and each side's sentence gives its figure, not a line that merely opens with the place
("Consumer Australia reminds ..."); a two-word name is no third side."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import replies


ARTICLE = """Kettles recalled over scalding risk

Brisk Kitchen electric kettles, model BK-17, are being recalled because the lid can open while the kettle is pouring.

As of June 3, the importer has received 27 reports of lids opening in Australia, including 5 reports of minor scalds. In New Zealand there have been 9 reports, including 1 scald that needed hospital treatment.

Consumer Australia reminds Australians that selling recalled products is an offence.

About 48,000 kettles were sold in Australia and 11,000 in New Zealand.
"""


app = app_fixture("kettles.txt", ARTICLE)


def test_each_place_gives_its_own_figure(app):
    replies(app, "How many reports of lids opening were there in New Zealand compared with Australia?", "27 reports",
            "9 reports", lacking=("reminds", "were sold"))
