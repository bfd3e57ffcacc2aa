"""A why-question's "Norwegian" or "Chilean" is no detail the article leaves out when it names
Norway or Chile: a demonym is the country's name, not a qualifier to correct."""

from tests.spec.answering.apps import app_fixture


ARTICLE = """Ferry operator scraps winter timetable

BERGEN, Nov 4 - Fjordlink, the biggest ferry operator in Norway, cancelled its winter sailings to three islands on Monday because it could not find enough engineers to crew its boats.

"We have advertised for six months and hired two people," chief executive Ingrid Solberg told reporters. "We cannot sail ships without engineers."

Island councils said they would ask the transport ministry to step in.
"""

BULLETIN = """Kenyan growers lose export contract

NAIROBI - A cooperative of flower growers in Kenya has lost its biggest export contract after a Dutch buyer rejected three shipments, its chairman said on Friday.

Chairman Peter Mwangi said the roses had been damaged by a cooling failure at the airport, not by the growers.
"""


ferry = app_fixture("fjordlink.txt", ARTICLE)
flowers = app_fixture("growers.txt", BULLETIN)


def test_a_demonym_of_the_country_named_is_no_false_detail(ferry):
    answer = ferry.answer("Why did the Norwegian ferry operator cancel its winter sailings?")
    assert "do not say it was a norwegian" not in answer.text.lower(), answer.text
    assert "engineers" in answer.text, answer.text


def test_a_demonym_in_another_style(flowers):
    answer = flowers.answer("Why did the Kenyan cooperative lose its export contract?")
    assert "do not say it was a kenyan" not in answer.text.lower(), answer.text
    assert "rejected" in answer.text, answer.text
