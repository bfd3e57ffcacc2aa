"""An interview's reply to a "How much ...?" turn gives the figure asked for, in a paragraph that
shares no word with the question ("About 310 million pesos over two years."): the turn lends it
the match, as it does to a reply to a "What ...?" or "Why ...?" turn."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

INTERVIEW = """# "A museum is a school, not a vault": the new director of the Ravelston Museum

*Interview by Anouk Marlin*

Brisa Thistlecombe became director of the Ravelston Museum in January 2025, after nine years running the county archive. Within four months she had closed three of the museum's six galleries, announced that its 40,000 drawings would be photographed, and fallen out with the city's art dealers. We spoke to Thistlecombe on 4 June.

**You closed three galleries in your first four months. Why?**

Because the roof was leaking onto the paintings. The surveyors told me it could not wait for the next budget.

**Are the dealers right that you want to sell the collection?**

No. We are photographing the drawings so that a student in the north can see them without a trip. The dealers are angry because we stopped buying from two of their members, but that has nothing to do with photographing.

**How much will the photographing cost?**

About 310 million pesos over two years. Half of that comes from a foundation in the capital, and the rest from our own budget.
"""

interview = app_fixture("interview.md", INTERVIEW)


def test_the_reply_to_a_how_much_turn_gives_the_figure(interview):
    answers(interview, "How much will the photographing cost?", "310 million pesos")

