""""Another trader said ...", "Another resident, who has lived there for 40 years, said ...": one more
unnamed person of those the story quotes speaks, as "A trader said" does; a name the description
gives ("who gave his name only as NAME") stays in what the ledger shows. Every article is invented."""

from tests.spec.invented import statements_of, the_one

MARKET = """Traders refuse to move to new market

By Ena Fallon

A trader, Mary Roe, said the new site was too far from the bus station.

Another trader said he had paid dues to the council for eleven years.

Another resident, who has lived on the street for 40 years, said the road was dangerous. "We have waited years for a crossing," she said.

Another trader, who gave his name only as Pa Conteh, lamented that the council "wants to throw us away".
"""


def test_another_unnamed_person_speaks():
    stmts = statements_of(MARKET)
    assert the_one(stmts, "eleven years").speaker.lower() == "another trader"
    assert the_one(stmts, "road was dangerous").speaker.lower().startswith("another resident")
    assert the_one(stmts, "waited years").speaker.lower().startswith("another resident")
    assert "Pa Conteh" in the_one(stmts, "throw us away").speaker
    assert the_one(stmts, "too far").speaker == "Mary Roe"
