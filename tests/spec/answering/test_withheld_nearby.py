"""A question the article takes up only to withhold the answer: "Which brewery has agreed to sponsor
the festival?" where the director names "a brewery" among the sponsors she is talking to and will
not say which; "When will the new ferry enter service?" where the operator "did not say when".
The articles do not say it, and the answer cites the sentence that withholds it. Where the article
does give it, it answers."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines

INTERVIEW = """'We will survive this': the director of the Harbour Jazz festival on losing its sponsor

The Harbour Jazz festival has filled the concert halls of Portmere every July since 2004. In March its main sponsor, the insurer Calder Mutual, said it would not renew its support.

OKAFOR: Are you talking to other sponsors?

LINDQVIST: We are talking to everybody. A bank, two breweries, a car dealer. I won't say which, because nothing is signed.

OKAFOR: Will the festival go ahead?

LINDQVIST: Yes. It will be four days instead of six.
"""

LONG_READ = """The island that waits for a boat

On Skerra the ferry slipway has been empty since October, when the old car ferry, the Puffin, failed its inspection.

In a statement, Northsound Ferries said a replacement vessel was "close to being chartered". It did not say when the boat would arrive.

"We have heard that every month since October," says Morag Innes, who runs the island shop.
"""

WIRE = """Island ferry to be replaced next spring

STORNHAVEN, Jan 8 - The Stornhaven island ferry, which broke down in October, will be replaced on April 14 by a boat chartered from a Norwegian operator, the regional council said on Wednesday.

The chartered boat, the Solbris, can carry 30 cars, council transport chief Ewan Craig said. The council would not say how much the charter cost.
"""


interview = app_fixture("harbourjazz.txt", INTERVIEW)
long_read = app_fixture("skerra.txt", LONG_READ)
wire = app_fixture("stornhaven.txt", WIRE)


def test_which_one_the_speaker_will_not_say(interview):
    declines(interview, "Which brewery has agreed to sponsor the Harbour Jazz festival?", "won't say which")


def test_when_the_operator_did_not_say(long_read):
    declines(long_read, "On what date will the replacement ferry for Skerra enter service?", "did not say when")


def test_when_the_article_gives_the_date(wire):
    answers(wire, "When will the Stornhaven island ferry be replaced?", "April 14")


def test_which_thing_the_article_names(wire):
    answer = wire.answer("Which vessel will replace the Stornhaven island ferry?")
    assert not answer.abstained and ("Solbris" in answer.text or "chartered" in answer.text), answer.text
