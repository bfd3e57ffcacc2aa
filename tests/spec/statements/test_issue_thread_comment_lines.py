"""A code host's issue thread pasted as text, read into the ledger: a comment's line that ends with
no stop ("... a night. +1") is the commenter's words, not a heading of the page; a bug template's
labelled fields ("Version: ...", "Steps: ...", "Expected: 41 rows. Got: 40.") are a form filled in,
no one's statement; and a thing's say-so the commenter gives as a reason ("because the totals said
we had paid ...") leaves the sentence the commenter's, not the thing's; a "She said" after the
commenter tells of a role ("Our finance lead, who ..., spotted it and messaged me") is that role's.
Every name is invented."""

from tests.spec.answering.test_issue_thread_questions import THREAD
from tests.spec.invented import cleaned, statements_of


def test_a_comment_line_ending_in_a_reaction_is_the_commenters():
    stmts = statements_of(THREAD)
    found = [s for s in stmts if "300 files a night" in s.content or "importer in Brno" in s.content]
    assert found and all(s.speaker == "dvoracek" for s in found)


def test_a_comment_line_with_no_final_stop_is_body_text():
    article = cleaned(THREAD)
    paragraphs = [article.slice(p) for p in article.paragraphs]
    assert any("300 files a night" in p for p in paragraphs)


def test_bug_template_fields_are_no_statement():
    stmts = statements_of(THREAD)
    assert not [s for s in stmts if s.content.startswith(("Version:", "Steps:", "Expected:", "Got:"))]


def test_a_things_say_so_given_as_a_reason_stays_the_commenters():
    stmts = statements_of(THREAD)
    found = [s for s in stmts if "paid one person fewer" in s.content]
    assert found and all(s.speaker == "zawadi-t" for s in found)
    assert not [s for s in stmts if s.speaker.lower().startswith("the totals")]


def test_a_relayed_she_said_is_the_role_the_comment_just_told_of():
    stmts = statements_of(THREAD)
    found = [s for s in stmts if "right up to the upgrade" in s.content]
    assert found and all(s.speaker == "the finance lead" for s in found)
