""""Which brewery has agreed to sponsor the festival?" is not answered by sentences that name no
brewery: the articles do not say which. A word for the same thing ("boat" for "vessel") names it."""

import pytest

INTERVIEW = """'We will survive this': the director of the Harbour Jazz festival on losing its sponsor

The Harbour Jazz festival has filled the concert halls of Portmere every July since 2004. In March its main sponsor, the insurer Calder Mutual, said it would not renew its support.

OKAFOR: Are you talking to other sponsors?

LINDQVIST: We are talking to a lot of people. Nothing is signed yet.

OKAFOR: Will the festival go ahead?

LINDQVIST: Yes. It will be four days instead of six.
"""

WIRE = """Island ferry to be replaced next spring

STORNHAVEN, Jan 8 - The Stornhaven island ferry, which broke down in October, will be replaced in April by a boat chartered from a Norwegian operator, the regional council said on Wednesday.

The chartered boat, the Solbris, can carry 30 cars, council transport chief Ewan Craig said.
"""


@pytest.fixture(scope="module")
def interview(app_over):
    with app_over("harbourjazz.txt", INTERVIEW) as whosaid:
        yield whosaid


@pytest.fixture(scope="module")
def wire(app_over):
    with app_over("stornhaven.txt", WIRE) as whosaid:
        yield whosaid


def test_which_sponsor_kind_the_article_never_names(interview):
    answer = interview.answer("Which brewery has agreed to sponsor the Harbour Jazz festival?")
    assert answer.abstained, answer.text


def test_which_thing_named_by_another_word(wire):
    answer = wire.answer("Which vessel will replace the Stornhaven island ferry?")
    assert not answer.abstained and ("Solbris" in answer.text or "chartered" in answer.text), answer.text
