"""A news release names the company that will do the work in its body and its chief only in the
credit line under a quotation ("– NAME, President and CEO, COMPANY"). "Who heads the company
that will build and run X?" finds the company by the whole clause (both verbs, not the first
one and its "and") and then its head by the credit line."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

RELEASE = """Government of Vestmora > Ministry of Inland Waters > News

Vestmora funds a ferry terminal at Greyholm

News release

June 12, 2024 – Port Calloway, Vestmora

Today, the Honourable Tobiah Feldkirsch-Amanou, Minister of Inland Waters, announced $38 million for a ferry terminal at Greyholm.

The ferry terminal will be built and run by Hallowmere Ports Ltd., which is owned by the two island councils.

Quotes

"Islanders have waited twenty years for a terminal that does not flood."
– The Honourable Tobiah Feldkirsch-Amanou, Minister of Inland Waters

"We will hire our terminal staff on the islands."
– Perpetua Oduya-Lindgart, President and CEO, Hallowmere Ports Ltd.
"""

release = app_fixture("release.txt", RELEASE)


def test_who_heads_the_company_described_by_two_joined_verbs(release):
    answers(release, "Who heads the company that will build and run the ferry terminal?", "Oduya-Lindgart")
