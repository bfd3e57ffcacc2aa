"""Per-entry posting labels: a status page's updates, each followed by its own "Posted <date> -
<time> <zone>" line, and an appended review under its heading and its own "Posted" line. Each entry's
statements take their own label's day (the page as a whole may carry none), and an answer shows the
label's day and time. Every article here is invented."""

from datetime import date

from tests.spec.invented import cleaned, statements_of, the_one

_STATUS = """Brindlemoor Cloud Status
status.brindlemoor.example

Incident History > June 2025

Object storage errors in the eu-north region

Resolved
Error rates have returned to normal. Site reliability lead Odalys Kervane said every delayed upload had been written.
Posted Jun 4, 2025 - 10:15 UTC

Identified
Storage lead Perrin Achterberg said a failed firmware update on two switches was the cause.
Posted Jun 3, 2025 - 22:40 UTC

Investigating
Support manager Tamsin Quillfeather said engineers were looking into failed uploads.
Posted Jun 3, 2025 - 21:05 UTC

This incident affected: Object Storage (eu-north).

Incident review
Posted Jun 6, 2025 - 16:00 UTC

What happened

"We rolled the update to both switches at once, and that was our mistake," Achterberg writes.

Chief executive Wendeline Osterhout said in a letter to customers that credits would be issued automatically.
"""


def test_each_update_takes_its_own_posted_line():
    stmts = statements_of(_STATUS)
    assert the_one(stmts, "every delayed upload had been written").when_start == date(2025, 6, 4)
    assert the_one(stmts, "failed firmware update on two switches").when_start == date(2025, 6, 3)
    assert the_one(stmts, "engineers were looking into failed uploads").when_start == date(2025, 6, 3)


def test_an_appended_review_takes_the_posted_line_under_its_heading():
    stmts = statements_of(_STATUS)
    assert the_one(stmts, "that was our mistake").when_start == date(2025, 6, 6)
    assert the_one(stmts, "credits would be issued automatically").when_start == date(2025, 6, 6)


def test_an_answer_shows_the_entrys_posting_day_and_time():
    from bot.answering.attribution import attribute

    article = cleaned(_STATUS)
    st = the_one(statements_of(_STATUS), "engineers were looking into failed uploads")
    label = attribute(_STATUS[st.start:st.end], st, article, "when", st.start)
    assert "3 June 2025" in label and "21:05 UTC" in label


def test_a_sentence_of_an_entry_with_no_statement_is_labelled_by_its_posting_line_for_when():
    from bot.answering.attribution import attribute

    article = cleaned(_STATUS)
    start = _STATUS.index("Error rates have returned")
    label = attribute("Error rates have returned to normal.", None, article, "when", start)
    assert "4 June 2025" in label and "10:15 UTC" in label


def test_a_single_posted_line_is_no_page_of_entries():
    text = ("Harbour notes\n\nPosted Jun 4, 2025 - 10:15 UTC\n\n"
            "Harbourmaster Ilsabet Grunow said the east berth would reopen after repairs.\n")
    a = cleaned(text)
    from index.statements import entry_labels

    assert entry_labels.entries(a) == []
