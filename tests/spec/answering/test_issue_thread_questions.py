"""Questions about a code host's issue thread pasted from its web page, asked in other words than its
comments write: who found the cause ("The bug is in flushTail() ..."), what stopgap the maintainer
suggested ("In the meantime, strip the files ..."), the number of the pull request the finder opened
("I've opened #NNN", not the issue's own number), which version the reporter ran (a "Version:" field
of the bug template), and on what date a release was planned ("on Monday" in a comment dated by its
header: the Monday after it). The maintainer is who labels and closes the issue in its timeline
lines. Every name is invented."""

import pytest

from index.models import Turn
from tests.spec.answering.apps import articles_fixture

THREAD = """ferrocart / lintel-csv   Public

Code   Issues 112   Pull requests 9   Actions   Security   Insights

Last row dropped when the file has no trailing newline #742

Open
zawadi-t opened this issue on Sep 9, 2026 · 5 comments

zawadi-t commented on Sep 9, 2026

Every export we read through lintel-csv since the upgrade is missing its final row when the file does not end in a newline. Our payroll check flagged it this morning because the totals said we had paid one person fewer than we had.

Our finance lead, who reconciles the exports every Friday, spotted it and messaged me. She said the totals were right up to the upgrade and short after it.

Version: lintel-csv 3.2.0, Node 20.11, macOS 14
Steps: read("march.csv") on a file without a final newline
Expected: 41 rows. Got: 40.

I suspect the tokenizer but have not checked.

hsu-mei commented on Sep 10, 2026 • edited
Member

Confirmed on Windows too. Sorry for the trouble, that one is on us.

In the meantime, pipe the files through a newline filter or add a newline yourself before reading.

hsu-mei added the bug and regression labels on Sep 10, 2026

dvoracek commented on Sep 10, 2026

Same for our importer in Brno. We batch 300 files a night. +1

pkelleher commented on Sep 11, 2026

I dug into this. The bug is in flushTail() in src/reader.ts: it returns early when the buffer has no newline, so the last line is never emitted. I've opened #745 with a fix and tests.

hsu-mei commented on Sep 11, 2026

> it returns early when the buffer has no newline

Good catch. Reviewed #745 and merged it. I'll publish 3.2.1 on Monday after the nightly builds pass.

hsu-mei closed this as completed in #745 on Sep 11, 2026

hsu-mei commented on Sep 14, 2026
Member

3.2.1 is out on npm. Thanks all, and thanks @pkelleher for the quick patch.
"""

NEWS = """Harbour board approves new slipway

The Pellwick Bay harbour board on Tuesday approved a new slipway for the sailing club, its chair Solvei Amundrud said.

"It has been a long wait," Ms Amundrud said. She said the work would start in the spring and cost about 90,000 pounds.
"""

BRIDGE = """Footbridge shut after crack found

The Millbeck footbridge was closed on Sunday after a crack was found in one of its beams.

A dog walker, Ferdinand Adebowale, first reported the crack to the council on Saturday morning, a council spokeswoman said. "He did exactly the right thing," she said.
"""

thread = articles_fixture({"lintel_issue.txt": THREAD, "slipway.txt": NEWS, "footbridge.txt": BRIDGE})


def test_who_found_the_cause_is_the_commenter_who_states_it(thread):
    answer = thread.answer("in the lintel-csv bug thread, who tracked down where in the code the last row went missing")
    assert not answer.abstained
    assert answer.text.startswith("pkelleher")
    assert "flushTail()" in answer.citations[0].text


def test_the_maintainers_stopgap_before_the_fix(thread):
    answer = thread.answer("what stopgap did the lintel-csv maintainer suggest before the fix was released")
    assert not answer.abstained
    assert "hsu-mei" in answer.text and "newline filter" in answer.text


def test_the_pull_request_the_finder_opened_not_the_issue_number(thread):
    answer = thread.answer("the person who found the cause of the lintel-csv bug opened a pull request; what number was it")
    assert not answer.abstained
    assert "#745" in answer.text and "#742" not in answer.text


def test_the_reporters_version_field(thread):
    answer = thread.answer("which version of lintel-csv was the reporter using")
    assert not answer.abstained
    assert "3.2.0" in answer.text


def test_the_reporters_version_as_a_follow_up(thread):
    history = [Turn("who reported the lintel-csv missing row bug", answer_text="zawadi-t, on Sep 9, 2026.")]
    answer = thread.answer("which version of the library were they using", history)
    assert not answer.abstained
    assert "3.2.0" in answer.text


def test_a_planned_weekday_in_a_dated_comment_is_the_one_after_it(thread):
    answer = thread.answer("on what date did the maintainer plan to publish lintel-csv 3.2.1")
    assert not answer.abstained
    assert "14 September 2026" in answer.text  # the comment is Friday 11 September's


def test_who_reported_it_is_who_opened_it(thread):
    answer = thread.answer("who reported the lintel-csv missing row bug")
    assert answer.text.startswith("zawadi-t")


def test_who_fixed_it_opened_the_change_it_was_closed_in(thread):
    answer = thread.answer("who fixed the lintel-csv missing row bug")
    assert answer.text.startswith("pkelleher") and "#745" in answer.text


def test_when_it_was_closed_is_the_closing_lines_day(thread):
    answer = thread.answer("when was the lintel-csv missing row issue closed")
    assert "11 September 2026" in answer.text


def test_when_it_was_released_is_the_comment_telling_it_is_out(thread):
    answer = thread.answer("when was lintel-csv 3.2.1 released")
    assert "14 September 2026" in answer.text and "is out on npm" in answer.text


def test_the_reporters_operating_system_is_in_the_version_field(thread):
    answer = thread.answer("which operating system was the reporter of the lintel-csv bug using")
    assert "macOS 14" in answer.text


def test_a_who_reported_question_about_a_story_is_not_the_threads(thread):
    answer = thread.answer("who first reported the crack in the Millbeck footbridge")
    assert "zawadi-t" not in answer.text.lower()


@pytest.mark.parametrize("question", ["when did the harbour board approve the slipway"])
def test_a_news_story_is_not_read_as_a_thread(thread, question):
    answer = thread.answer(question)
    assert "lintel" not in answer.text
