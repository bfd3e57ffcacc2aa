"""A chair's letter to shareholders or an open letter: "Dear Shareholders," on a line of its own,
the letter, "Yours sincerely," and the signature below. Every sentence is the signatory's.
Invented letters."""

import pytest

from index.articles import clean, parse_front_matter
from index.statements.extract import extract


def _statements(text: str):
    """The ledger of the article as ingest reads it: cleaned, so that lines of their own are headings."""
    return extract(clean(parse_front_matter(text), "letter.txt"))

_LETTER = """Letter to shareholders

Kestrel Bakeries plc Annual Report 2024

{greeting}

2024 was the hardest year in our company's history. Flour prices rose by 28 per cent.

We closed the Marlow bakery in August. I thank the 60 colleagues who worked there.

We will invest £9 million in new ovens at our Hexley site next year.

{closing}

Ruth Amadi
Chair
14 March 2025
"""


@pytest.mark.parametrize("greeting, closing", [
    ("Dear Shareholders,", "Yours sincerely,"),
    ("Dear Members,", "With best wishes,"),
    ("Dear Shareholders,", "Kind regards,"),
])
def test_each_sentence_of_a_signed_letter_is_the_signatory_s(one, greeting, closing):
    stmts = _statements(_LETTER.format(greeting=greeting, closing=closing))
    for fragment in ("hardest year", "£9 million", "closed the Marlow bakery"):
        assert one(stmts, fragment).speaker == "Ruth Amadi"
    assert not any(s.content.rstrip(",").lower() in ("yours sincerely", "with best wishes", "kind regards") for s in stmts)


def test_a_report_without_a_salutation_is_not_read_as_a_letter():
    stmts = _statements(_LETTER.format(greeting="Chair's review", closing="Outlook"))
    assert not any(s.speaker == "Ruth Amadi" and "Flour prices" in s.content for s in stmts)
