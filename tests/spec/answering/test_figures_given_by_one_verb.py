"""A comparison of figures answered by one sentence that gives each side its figure with the same
verb ("Ottawa is providing $30.5 million ..., and the province is providing $9.2 million"), though
neither side is written as the question writes it ("the federal government", "the province")."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

RELEASE = """Governments announce funding for the Tamarack Ridge water line

TAMARACK RIDGE, Manitoba - Today, the Honourable Lise Fontbonne, federal Minister of Rural Water, together with the Honourable Garrick Oyelaran, Manitoba's Minister of Municipal Services, announced a combined investment of more than $39 million for a new water line to the community of Tamarack Ridge.

"This is what it looks like when the federal government listens to small towns," said Minister Fontbonne.

"We are proud to put Manitoba dollars into a line the town will own," said Minister Oyelaran.

The Government of Canada is providing $30.5 million through the Rural Water Fund, and the Government of Manitoba is providing $9.2 million.
"""

REPORT = """Club accounts: where the money went

Halvard Rovers spent heavily on the teams last season, the club's annual report shows, and the chair says the men's team and the women's team will be treated alike. The men's side spent about £4.1 million on transfer fees last season, and the women's side spent about £600,000, most of it on two forwards.

The club's chair, Ottilie Brandsen, said the gap would narrow.
"""

release = app_fixture("tamarack_water.txt", RELEASE)
report = app_fixture("halvard_accounts.txt", REPORT)


def test_one_verb_gives_each_government_its_figure(release):
    answers(release, "How much is the federal government contributing compared with the province?", "$30.5 million", "$9.2 million")


def test_one_verb_gives_each_side_its_spending(report):
    answers(report, "How much did the men's team pay in transfer fees compared with the women's team?", "£4.1 million", "£600,000")
