"""A follow-up's "they"/"he" after an answer that opens with an account handle ("zawadi-t, on Sep 9,
2026.", "Hsu_mei: ..."): the handle is who is meant, though it is no capitalised name run. A common
word opening an answer is no handle. Every name is invented."""

import pytest

from bot.answering.followup import rewrite_followup
from index.models import Turn


@pytest.mark.parametrize("answer, handle", [
    ("zawadi-t, on Sep 9, 2026.", "zawadi-t"),
    ("Zawadi-t, in a comment on 9 September 2026: Every export ... [1]", "Zawadi-t"),
    ("hsu_mei: Confirmed on Windows too. [1]", "hsu_mei"),
])
def test_a_handle_opening_the_answer_is_who_they_are(answer, handle):
    history = [Turn("who reported the lintel-csv bug", answer_text=answer)]
    rewritten = rewrite_followup("which version of the library were they using", history, None)
    assert handle in rewritten


def test_a_common_word_opening_the_answer_is_no_handle():
    history = [Turn("what went wrong with the export", answer_text="Nothing, the export ran on time.")]
    assert "Nothing" not in rewrite_followup("which version were they using", history, None)
