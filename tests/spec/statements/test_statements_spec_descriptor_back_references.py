"""A speaker named by a descriptor is the person or company introduced before.

Every article here is invented. Wires and broadsheets name a speaker a second time by a
description: "the Perth-based miner said", "the Galway West TD said", "the director said" (of a
film "directed by X", while the studio's managing director is someone else).
"""

import pytest

from tests.spec.invented import speaker_of, statements_of

_WIRE = (
    "Ironbark Minerals profit rises\n\n"
    "By Kay Dunmore\nMarch 4, 2025\n\n"
    "Ironbark Minerals Ltd. said on Tuesday that half-year profit rose 12%.\n\n"
    "Net income rose to A$41 million in the six months ended Dec. 31, the Perth-based miner said in a statement.\n"
)

_PAPER = (
    "Brewer lifts forecast\n\n"
    "By Ola Venter\nJune 2, 2025\n\n"
    "Tamarind Ales Plc said on Monday it expected sales to rise by a tenth this year.\n\n"
    "Exports had doubled since January, the Bristol-based brewer said.\n"
)


@pytest.mark.parametrize("text,quote,company", [
    (_WIRE, "Net income rose", "Ironbark Minerals Ltd."),
    (_PAPER, "Exports had doubled", "Tamarind Ales Plc"),
])
def test_a_placed_company_noun_is_the_company_named_before(text, quote, company):
    assert speaker_of(statements_of(text), quote) == company


_DAIL = (
    "Housing bill delayed again\n\n"
    "Tue Nov 4 2025 - 06:00\n\n"
    "Independent TD Colm Rathcoole said the Government had wasted a year.\n\n"
    '"We were promised this in spring," the Galway West TD said.\n'
)

_SENATE = (
    "Water bill stalls\n\n"
    "By Lee Ames\nMay 6, 2025\n\n"
    "Senator Dolores Quintero said the bill would not pass this session.\n\n"
    '"Nobody has read the amendments," the New Mexico Senator said.\n'
)


@pytest.mark.parametrize("text,quote,person", [
    (_DAIL, "promised this in spring", "Colm Rathcoole"),
    (_SENATE, "Nobody has read", "Dolores Quintero"),
])
def test_a_placed_title_is_the_person_given_it_before(text, quote, person):
    assert speaker_of(statements_of(text), quote) == person


_FILM = (
    "Censors hold back war drama\n\n"
    "By Ada Onwuzulike\nMarch 3, 2026\n\n"
    'The film, "Dry Season", directed by Chidubem Arinze, was due to open in 30 cinemas.\n\n'
    "The studio's managing director, Mrs. Halima Okpara, said the company would appeal.\n\n"
    "Arinze said he had spent four years on the script.\n\n"
    '"Every scene is true," the director said.\n'
)

_CLUB = (
    "Under-12s reach regional final\n\n"
    "By Sam Hollis\nApril 9, 2025\n\n"
    "The side, coached by Wendeline Marsh, won 3-1 on Saturday.\n\n"
    "The club's assistant coach, Tom Aske, said the pitch had been heavy.\n\n"
    '"They never stopped running," the coach said.\n'
)


@pytest.mark.parametrize("text,quote,person", [
    (_FILM, "Every scene is true", "Chidubem Arinze"),
    (_CLUB, "never stopped running", "Wendeline Marsh"),
])
def test_the_maker_of_a_work_is_the_role_noun_not_a_holder_of_a_longer_title(text, quote, person):
    assert speaker_of(statements_of(text), quote) == person
