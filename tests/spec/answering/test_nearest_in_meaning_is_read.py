"""The passage nearest the question in meaning is read even when its words are not the question's.

"How many workers lost their jobs?" against "... 900 labourers had been rendered jobless": the
passage shares almost no term with the question, so BM25 ranks it below the paragraphs that repeat
"workers" and "jobs", and the fused ranking leaves it out of the k read. The embedder ranks it first.
"""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines

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

# A trade newsletter's item: the other paragraphs repeat the writer's name with "workers" and "jobs"; the count is in
# a quote that has neither word.
NEWSLETTER = """Harbour Trades Bulletin | Issue 88

Dock closure: what members need to know

Branch secretary Oriel Matchett said the jobs board at the dry dock canteen still lists workers' rotas, and that workers' jobs for the week are posted there every Monday.

Matchett said the workers' social club will hold its quiz night on Friday, and that jobs for volunteers are on the club's website.

Matchett said workers' parking moves to the north gate next month while jobs on the resurfacing are done.

"Some 340 of our people have been laid off since the gates failed, and most of them have nowhere else to go," Matchett wrote in a letter to members.

The bulletin will report on the quiz in its next issue.
"""

city_page = app_fixture("city_page.txt", CITY_PAGE, WHOSAID_TOP_K="2")
newsletter = app_fixture("newsletter.txt", NEWSLETTER, WHOSAID_TOP_K="1")


def test_a_count_told_in_other_words_is_found_in_a_city_page_quote(city_page):
    answers(city_page, "How many workers did Tobiah Quennell say had lost their jobs?", "900")


def test_a_count_told_in_other_words_is_found_in_a_newsletter_item(newsletter):
    answers(newsletter, "How many workers did Oriel Matchett say had lost their jobs?", "340")


def test_a_count_the_page_never_gives_is_still_declined(city_page):
    declines(city_page, "How many quarry owners were fined by the mining board?")


def test_the_meaning_search_best_is_read_after_the_fused_k_and_marked_so():
    """Fusion's k first; the embedder's best, when fusion left it out, after them, marked as read for its meaning alone."""
    from index.models import Chunk
    from index.retrieval import hybrid_retrieve

    class Sparse:
        def search(self, question, depth):
            return [(f"s{i}", 1.0 / (i + 1)) for i in range(depth)]

    class Stub:
        sparse = Sparse()

        def nearest(self, question, depth):  # the embedder's best is one BM25 never ranks
            return [("meaning", 0.9)] + [(f"s{i}", 0.5 - i / 100) for i in range(depth - 1)]

        def chunks_by_ids(self, ids):
            return [Chunk(i, "a", 0, 0, 1, "x", ()) for i in ids]

    read = hybrid_retrieve(Stub(), "q", 2)
    assert [r.chunk.id for r in read] == ["s0", "s1", "meaning"]
    assert [r.by_meaning_only for r in read] == [False, False, True]
