"""A when-question about a thing the article says is due on a named day ("The paper will be published
... on Wednesday 4 March 2026, which is also when the embargo lifts"; "The report goes on sale on
Friday 9 May") is answered with that day, not "the articles do not say". Every article here is
invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

roundup = app_fixture("roundup.txt", (
    "Science Reaction Desk\n\nExpert reaction to study of hedgerow cutting and dormice\n\n"
    "Published: 9 June 2026\n\n"
    "A study in the Journal of Woodland Mammals reports that dormice numbers fell where hedgerows were cut "
    "every year.\n\n"
    "The paper will be published in the Journal of Woodland Mammals at 00:01 UK time on Wednesday 10 June "
    "2026, which is also when the embargo lifts.\n\n"
    "Prof Oriel Banerjee-Stott, Halden University, said: \"This is a careful study.\"\n"))

books = app_fixture("books.txt", (
    "THE PAGE TURNER | Books\n\nTuesday 5 May 2026\n\nMemoir of a lighthouse keeper to hit shelves\n\n"
    "Grey Heron Press said on Monday that the memoir of retired keeper Tomas Vellacott had sold out its first "
    "print run in advance orders.\n\n"
    "The book goes on sale in shops on Friday 8 May 2026, the publisher said.\n"))


def test_a_journal_paper_s_embargo_day_answers_when_it_appears(roundup):
    answers(roundup, "When does the dormice paper actually appear in the journal?", "10 June")


def test_a_book_s_sale_day_answers_when_it_goes_on_sale(books):
    answers(books, "When does the lighthouse keeper's memoir go on sale?", "8 May")
