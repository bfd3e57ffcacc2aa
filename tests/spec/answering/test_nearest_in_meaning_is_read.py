"""The passage nearest the question in meaning is read even when its words are not the question's.

"How many workers lost their jobs?" against "... 900 labourers had been rendered jobless": the
passage shares almost no term with the question, so BM25 ranks it below the paragraphs that repeat
"workers" and "jobs", and the fused ranking leaves it out of the k read. The embedder ranks it first.
"""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

# A city-page report: the association's figure is in its president's quote paragraph.
CITY_PAGE = """Quarry closures hit Velmora valley

VELMORA: The district's stone quarries have been closed for a month after the regional mining board suspended their permits over dust complaints.

Workers at the quarries said the closure had come without warning. Workers gathered outside the board's offices on Monday, and workers' families joined them.

The board said jobs at the quarries were not its concern and that the workers' contractors should pay them.

Jobs in the valley have depended on the quarries for decades, and the workers say there are no other jobs.

Talking to this reporter, quarry owners' association president Tobiah Quennell said the permits had been suspended without a hearing.

"We met every condition the board set. Now the board is shutting us down," he said, adding that some 900 labourers had been rendered jobless.

The board's chairman said workers could apply for jobs on a new road project.
"""

# A trade newsletter's item: the count is in a letter's quote, the paragraph after the one naming its writer.
NEWSLETTER = """Harbour Trades Bulletin | Issue 88

Dock closure: what members need to know

The jobs board at the dry dock canteen lists workers' rotas, and workers' jobs for the week are posted there every Monday.

The dry dock's workers' social club will hold its quiz night on Friday; jobs for volunteers are on the club's website, and lost property can be collected there.

Workers' parking at the dry dock moves to the north gate next month while jobs on the resurfacing are done.

Branch secretary Oriel Matchett wrote to members on Tuesday about the gates.

"Some 340 of our people have been laid off since the gates failed, and most of them have nowhere else to go," the letter says.

The bulletin will report on the quiz in its next issue.
"""

city_page = app_fixture("city_page.txt", CITY_PAGE, WHOSAID_TOP_K="2")
newsletter = app_fixture("newsletter.txt", NEWSLETTER, WHOSAID_TOP_K="2")


def test_a_count_told_in_other_words_is_found_in_a_city_page_quote(city_page):
    answers(city_page, "How many workers did Tobiah Quennell say had lost their jobs?", "900")


def test_a_count_told_in_other_words_is_found_in_a_newsletter_item(newsletter):
    answers(newsletter, "How many workers lost their jobs?", "340", "Oriel Matchett")
