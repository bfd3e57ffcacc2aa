"""Plain subjects of "said" that were missed: a company by the short form of its name, an
unnamed person described by what they are.

Every article here is invented. Wires shorten a company's name after the lede ("Creekside said it
had received a proposal ..."), and the parser may read the short name as a common noun; papers
quote unnamed people by a description ("A forecaster at the weather bureau said ...", "One
parent, a 41-year-old nurse who paid ..., said ...").
"""

import pytest

from tests.spec.invented import speaker_of, statements_of

_WIRE = (
    "Creekside profit jumps\n\n"
    "By Tamsin Reid\nFebruary 18, 2026 at 11:42 AM GMT+11\n\n"
    "Creekside Foods Ltd. said on Wednesday that first-half profit rose 31%.\n\n"
    "Creekside said it had received a non-binding proposal from a larger rival.\n"
)

_PAPER = (
    "Brewer confirms talks\n\n"
    "By Ola Venter\nJune 2, 2025\n\n"
    "Lakebend Brewing Plc said on Monday that it was in talks with two buyers.\n\n"
    "Lakebend said it expected full-year sales at the upper end of its guidance.\n"
)


@pytest.mark.parametrize("text,quote,company", [
    (_WIRE, "non-binding proposal", "Creekside Foods Ltd."),
    (_PAPER, "upper end", "Lakebend Brewing Plc"),
])
def test_a_company_by_its_short_name_says(text, quote, company):
    assert speaker_of(statements_of(text), quote) == company


_HEAD = "Storm moves off\n\nBy Ana Cruz\nJune 3, 2025\n\n"


@pytest.mark.parametrize("line,quote,described", [
    ("A forecaster at the state weather bureau said on Wednesday that the storm had weakened as it moved away.\n",
     "storm had weakened", "A forecaster at the state weather bureau"),
    ("One parent, a 41-year-old nurse who paid $3,100 for a year of lessons, said that she did not expect to see the money again.\n",
     "see the money again", "One parent"),
    ("A senior ministry figure, speaking on condition of anonymity, said a compromise was being discussed.\n",
     "compromise was being discussed", "A senior ministry figure"),
])
def test_an_unnamed_person_described_by_what_they_are_says(line, quote, described):
    st = [s for s in statements_of(_HEAD + line) if quote in s.content]
    assert len(st) == 1 and st[0].generic_speaker and st[0].speaker.startswith(described)
