"""A passive when-question ("When was the reply about closed branches corrected?") names its event in
a participle the parser may hang on the subject; the answer is the sentence dating that event, not
the topical one dating another ("were closed in 2023"). The article is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

ARTICLE = """Written answers: rural bank branches

Question tabled on 2 March 2025 by Lord Tavenholme

To ask the Treasury how many rural bank branches in Wessland were closed in 2023.

Answered on 6 March 2025 by Baroness Quillfeather

Nineteen rural bank branches in Wessland were closed in 2023, and four mobile banking vans were added to rural routes. Closures are decisions for the banks, and the Treasury does not approve or block them, because branch networks are a commercial matter.

The Treasury does not hold figures on the number of customers affected by the closed branches.

The answer was corrected on 11 March 2025: the original answer gave the number of mobile banking vans as six.
"""

app = app_fixture("wessland_branches.txt", ARTICLE)


def test_the_correction_is_dated_not_the_closures(app):
    answers(app, "When was the answer about closed rural branches corrected?", "11 March", lacking="2023")
