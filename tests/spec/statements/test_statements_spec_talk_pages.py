"""A wiki-style talk page: each comment, closed by its signature ("Ann Roe (talk) 14:02, 3 March
2026 (UTC)", "— Preceding unsigned comment added by 198.51.100.4 (talk) ..."), is its signer's,
dated by the signature; words a comment relays ("the Courier reported on 2 March that ...", "the
trust replied yesterday that ...") are their own speakers', counted from the comment's day; the
page is dated by its "last edited" footer or its latest signature."""

from datetime import date

from tests.spec.invented import cleaned, day_of, speaker_of, statements_of

TALK = """Talk:Wexbury Lighthouse

== Opening date ==

The infobox gives 1871 for the opening, but the plaque at the door says 1873. I think the date is wrong. Orlaith Bryith (talk) 14:02, 3 March 2026 (UTC)

:The Harbour Courier reported on 2 March that the restoration trust had found the original ledger. Perhaps we should wait for it before changing anything. Brielle Yarimer (talk · contribs) 16:40, 3 March 2026 (UTC)

::The trust replied yesterday that the ledger shows 1873. I have changed the infobox and cited the ledger. Orlaith Bryith (talk) 10:11, 5 March 2026 (UTC)

I removed the paragraph about the keeper's cottage because it had no source at all. — Preceding unsigned comment added by 198.51.100.4 (talk) 09:15, 4 March 2026 (UTC)

== Photograph ==

The lead photograph shows the wrong tower and should be replaced. wexbury_walker (talk) 18:30, 6 March 2026 (UTC)

This page was last edited on 7 March 2026, at 08:05 (UTC).
"""


def test_each_comment_is_its_signers_dated_by_its_signature():
    stmts = statements_of(TALK)
    assert speaker_of(stmts, "I think the date is wrong") == "Orlaith Bryith"
    assert day_of(stmts, "I think the date is wrong") == date(2026, 3, 3)
    assert speaker_of(stmts, "I have changed the infobox") == "Orlaith Bryith"
    assert day_of(stmts, "I have changed the infobox") == date(2026, 3, 5)
    assert speaker_of(stmts, "wait for it before changing") == "Brielle Yarimer"


def test_an_unsigned_comment_is_the_address_it_was_added_by():
    stmts = statements_of(TALK)
    assert speaker_of(stmts, "keeper's cottage") == "198.51.100.4"
    assert day_of(stmts, "keeper's cottage") == date(2026, 3, 4)


def test_a_username_signs_its_comment_and_the_signature_is_no_ones_words():
    stmts = statements_of(TALK)
    assert speaker_of(stmts, "wrong tower") == "wexbury_walker"
    assert not [s for s in stmts if "(talk)" in s.content or "UTC" in s.content]


def test_relayed_words_are_their_speakers_counted_from_the_comment():
    stmts = statements_of(TALK)
    assert speaker_of(stmts, "ledger shows 1873") == "The trust"
    assert day_of(stmts, "ledger shows 1873") == date(2026, 3, 4)
    assert speaker_of(stmts, "had found the original ledger") == "The Harbour Courier"
    assert day_of(stmts, "had found the original ledger") == date(2026, 3, 2)


def test_the_page_is_dated_by_its_last_edit_else_its_latest_signature():
    assert cleaned(TALK).published == date(2026, 3, 7)
    unfooted = TALK.split("This page was")[0]
    assert cleaned(unfooted).published == date(2026, 3, 6)


SPREAD = """Talk:Brambleford Town Hall

== Clock tower ==

The clock tower was added in 1902, not 1898 as the article says.

The council minutes for that year record the contract. —Hedda Rosorne (talk · contribs) 21:17, March 9, 2026 (UTC)

:Agreed. Archivist Mara Quell told me on Friday that the minutes are online. I will add the citation tonight. Corvin_88 (talk) 08:02, March 10, 2026 (UTC)
"""


def test_a_comment_of_two_paragraphs_signed_once_is_all_its_signers():
    stmts = statements_of(SPREAD)
    assert speaker_of(stmts, "added in 1902") == "Hedda Rosorne"
    assert day_of(stmts, "added in 1902") == date(2026, 3, 9)
    assert speaker_of(stmts, "add the citation") == "Corvin_88"


def test_words_told_the_signer_are_the_tellers_on_the_day_counted_from_the_signature():
    stmts = statements_of(SPREAD)
    assert speaker_of(stmts, "minutes are online") == "Mara Quell"
    assert day_of(stmts, "minutes are online") == date(2026, 3, 6)  # the Friday before Tuesday 10 March


def test_a_signature_without_its_zone_and_with_a_reply_link_still_signs():
    page = """Talk:Mossgiel Ferry

== Timetable ==

The winter timetable starts on 1 November, not in October. Winifred Marrow (talk) 09:40, 2 October 2026 [reply]

:The operator's notice agrees with you on the start date. Pim Yarister-Lindh (talk) 11:05, 2 October 2026 (UTC) [reply]
"""
    stmts = statements_of(page)
    assert speaker_of(stmts, "winter timetable") == "Winifred Marrow"
    assert day_of(stmts, "winter timetable") == date(2026, 10, 2)
    assert speaker_of(stmts, "notice agrees") == "Pim Yarister-Lindh"
