"""A press release's contact block puts a job and the firm on one line ("Head of Communications,
Firm Name"): the firm after the job is no person, while "The Minister of X and Y, NAME, announced"
still names one (the job that opens a capitalised title, with the name mid-sentence)."""
from index.article_people import read_people

RELEASE = """\
HALDEN BAY, Norway, March 3, 2026 /Wire/ -- Brightkeel Ferries Ltd., a maker of electric harbour ferries,
today announced an order for six vessels from Osterlund Shipping.

"Electric ferries are no longer a pilot," said Maren Tofte, Chief Executive Officer of Brightkeel Ferries.

About Brightkeel Ferries
Brightkeel Ferries Ltd. designs and builds battery ferries. For more information, visit brightkeel.example.

Media contact:
Ingvild Sorhaug
Head of Communications, Brightkeel Ferries
press@brightkeel.example
"""

ANNOUNCEMENT = """\
The Minister of Harbours and Fisheries, Keturah Maelo Tanoa, announced the levy on Tuesday after a
meeting with boat owners. She said the money would pay for new moorings.
"""


def names(text: str) -> set[str]:
    return {p.name for p in read_people(text)}


def test_the_firm_after_a_contact_job_is_no_person():
    found = names(RELEASE)
    assert "Maren Tofte" in found
    assert not any(n.startswith("Brightkeel") for n in found)


def test_a_capitalised_portfolio_before_a_name_still_names_a_person():
    assert "Keturah Maelo Tanoa" in names(ANNOUNCEMENT)
