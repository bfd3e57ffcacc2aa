"""A code host's issue page pasted as text (a repository line, a tab bar "Code / Issues 87 / Pull
requests 12", "USER opened this issue on DATE · N comments", comments under "USER commented on Mon D,
YYYY" with "• edited" and "Member"/"Author" badges, or GitLab's "Name @handle · DATE · Maintainer";
timeline event lines, reaction counts, a bot's comment, a sidebar): each comment's text is its
author's, dated by its header; header, timeline, badge and chrome lines are nobody's words; a "> "
quote of an earlier comment is not the commenter's; a sentence relaying someone else stays theirs."""

from datetime import date

from index.statements import local_days
from tests.spec.invented import cleaned, day_of, speaker_of, statements_of

GITHUB = """Skip to content
Navigation Menu
Sign in
Sign up

quillmark / tidepool-sync
Public

Notifications
Fork 214
Star 3.1k

Code
Issues 87
Pull requests 12
Actions
Projects
Wiki
Security
Insights

Sync stalls after laptop wakes from sleep #1482
Closed
brannock-dev opened this issue on Mar 3, 2026 · 6 comments
Closed
Sync stalls after laptop wakes from sleep
#1482
brannock-dev opened this issue on Mar 3, 2026 · 6 comments
Comments
@brannock-dev
brannock-dev commented on Mar 3, 2026
Describe the bug
After my laptop wakes from sleep, the sync daemon stops uploading. The tray icon still says "up to date" but nothing moves until I restart it.

Version

tidepool-sync 4.7.2 (build 9931)
OS: Ubuntu 24.04

Steps to reproduce

Start a large upload
Close the lid for ten minutes
Open it again

👍 7
@dervla-okoro
dervla-okoro commented on Mar 4, 2026
Same here on 4.7.1. The board of our small charity uses this for shared minutes and it has bitten us twice this week.

@tidepool-bot
tidepool-bot commented on Mar 4, 2026
This issue has been automatically labelled as needs-triage. A maintainer will look at it soon.

@corvath-ash corvath-ash added the bug label on Mar 5, 2026
@corvath-ash
corvath-ash commented on Mar 4, 2026 •
edited
Member
I found the cause: the watcher keeps a socket open across sleep and never notices that it has gone stale. The retry timer is also reset on wake, so it waits forever.

As a workaround, set reconnect_on_resume = true in the config file and restart the daemon once.

I will have a fix ready for review on Friday.

👍 12 🎉 3
@brannock-dev
brannock-dev commented on Mar 7, 2026
Author

> As a workaround, set reconnect_on_resume = true in the config file and restart the daemon once.

That works for me, thanks. Uploads resume within a few seconds now.

I also rang the laptop maker's support line on Thursday. Their engineer, Padraic Olusanya, said the firmware update due in April changes how sleep works. He said they would send me a beta build to try.

@corvath-ash corvath-ash mentioned this issue on Mar 9, 2026
Reconnect stale watcher sockets on resume #1490
Merged
@corvath-ash corvath-ash closed this as completed in #1490 on Mar 11, 2026
@marit-oswy-dale
marit-oswy-dale commented 3 days ago
Contributor
Corvath said the fix would ship in 4.8.0. Is there a date for that release yet?

Assignees
corvath-ash
Labels
bug
Projects
None yet
Milestone
4.8.0
Development
Successfully merging a pull request may close this issue.

Footer
© 2026 GitHub, Inc.
Terms
Privacy
"""

GITLAB = """Menu
Projects
Groups
Snippets

Harrowmere Tools / meshlint
Issues
Merge requests
Wiki

Open
Issue created 2 weeks ago by Odile Vantrell
Crash when a config file holds a tab character

Odile Vantrell @ovarga · Apr 14, 2026 · Author
The linter crashes with an IndexError as soon as the config holds a tab. I am on meshlint 2.3.0 with Python 3.12.
Edited Apr 14, 2026 by Odile Vantrell

Teodric Brenn @tbrenn · Apr 15, 2026 · Maintainer
> The linter crashes with an IndexError as soon as the config holds a tab.

Thanks for the report. The tokenizer assumes spaces and reads past the end of the line. We will release 2.3.1 with a fix on Monday.

Teodric Brenn @tbrenn mentioned in merge request !311 Apr 15, 2026
Teodric Brenn @tbrenn closed via merge request !311 Apr 17, 2026

Odile Vantrell @ovarga · Apr 18, 2026 · Author
Confirmed fixed in 2.3.1, thank you. Our build pipeline is green again.

Please register or sign in to reply
"""


def test_each_comment_is_its_authors():
    stmts = statements_of(GITHUB)
    assert speaker_of(stmts, "the sync daemon stops uploading") == "brannock-dev"
    assert speaker_of(stmts, "bitten us twice this week") == "dervla-okoro"
    assert speaker_of(stmts, "I found the cause") == "corvath-ash"
    assert speaker_of(stmts, "set reconnect_on_resume = true in the config file and restart") == "corvath-ash"
    assert speaker_of(stmts, "Uploads resume within a few seconds") == "brannock-dev"


def test_the_reporters_version_block_is_theirs():
    stmts = statements_of(GITHUB)
    assert speaker_of(stmts, "4.7.2 (build 9931)") == "brannock-dev"


def test_a_bots_comment_is_the_bots():
    stmts = statements_of(GITHUB)
    assert speaker_of(stmts, "A maintainer will look at it soon") == "tidepool-bot"


def test_each_comment_is_dated_by_its_header():
    stmts = statements_of(GITHUB)
    assert day_of(stmts, "I found the cause") == date(2026, 3, 4)
    assert day_of(stmts, "Uploads resume within a few seconds") == date(2026, 3, 7)


def test_a_forward_weekday_counts_from_the_comments_day():
    article = cleaned(GITHUB)
    at = article.text.index("ready for review on Friday")
    assert local_days.day_at(local_days.parts(article.text), at) == date(2026, 3, 4)


def test_the_page_is_dated_by_its_first_comment():
    assert cleaned(GITHUB).published == date(2026, 3, 3)


def test_header_and_timeline_lines_are_nobodys_words():
    stmts = statements_of(GITHUB)
    assert not any("bug label" in s.content or "commented on" in s.content or "closed this" in s.content
                   or "@corvath-ash" in s.speaker for s in stmts)


def test_a_quoted_earlier_comment_is_not_the_repliers():
    stmts = statements_of(GITHUB)
    assert not any(s.speaker == "brannock-dev" and "reconnect_on_resume" in s.content for s in stmts)


def test_a_relayed_sentence_in_a_comment_stays_with_the_one_it_relays():
    stmts = statements_of(GITHUB)
    assert not any(s.speaker == "marit-oswy-dale" and "ship in 4.8.0" in s.content for s in stmts)
    assert speaker_of(stmts, "Is there a date for that release") == "marit-oswy-dale"


def test_a_gitlab_comment_is_its_display_names():
    stmts = statements_of(GITLAB)
    assert speaker_of(stmts, "reads past the end of the line") == "Teodric Brenn"
    assert day_of(stmts, "reads past the end of the line") == date(2026, 4, 15)
    assert speaker_of(stmts, "build pipeline is green again") == "Odile Vantrell"
    assert not any("merge request" in s.content or s.content.strip().startswith("Apr") for s in stmts)
    assert not any(s.speaker == "Teodric Brenn" and "IndexError" in s.content for s in stmts)


def test_a_person_a_comment_relays_keeps_their_words_dated_from_the_comment():
    stmts = statements_of(GITHUB)
    assert speaker_of(stmts, "send me a beta build") == "Padraic Olusanya"
    assert day_of(stmts, "send me a beta build") == date(2026, 3, 5)


def test_a_commenter_named_by_their_handles_name_is_that_commenter():
    stmts = statements_of(GITHUB)
    assert speaker_of(stmts, "ship in 4.8.0") == "corvath-ash"


def test_the_page_title_is_the_issues_not_the_hosts_chrome():
    assert cleaned(GITHUB).title == "Sync stalls after laptop wakes from sleep"
    assert cleaned(GITLAB).title == "Crash when a config file holds a tab character"


# the host leaves this year out of its dates ("commented on Mar 4"); the footer's "© 2026" gives it
YEARLESS = GITHUB.replace(", 2026 ·", " ·").replace(", 2026\n", "\n").replace(", 2026 •", " •")


def test_a_yearless_header_takes_the_pages_year():
    stmts = statements_of(YEARLESS)
    assert day_of(stmts, "I found the cause") == date(2026, 3, 4)
    assert speaker_of(stmts, "I found the cause") == "corvath-ash"


def test_a_sentence_saying_commented_on_is_no_header():
    page = GITHUB.replace("Same here on 4.7.1.", "Same here on 4.7.1.\ndervla-okoro commented on the draft yesterday.")
    stmts = statements_of(page)
    assert speaker_of(stmts, "bitten us twice this week") == "dervla-okoro"
