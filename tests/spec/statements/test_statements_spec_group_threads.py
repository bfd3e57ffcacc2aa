"""A social-media community group's thread pasted from the web page: the post under its author's
name line and an "Admin · 12 March at 09:14 ·" line, the comments under their name lines (badge
lines such as "Top contributor" or "Author" may follow) closed by "Like · Reply · 2h", replies
indented or under a "↳ NAME replied" preview, the page's counters and buttons between. The post,
each comment and each reply is its author's; a comment opening "Cllr here." is its author's as the
councillor; the counters, buttons and badges are nobody's words; a relative stamp ("3d",
"Yesterday at 18:02") dates nothing when the page gives no day to count from. Every article is
invented."""

from tests.spec.invented import contents_by_speaker, statements_of, the_one

NOTICEBOARD = """Wyndham Cross Community Noticeboard
Public group · 4.2K members

Hestrid Galloway-Pine
Admin · 12 March at 09:14 · 
Right, I've had a lot of messages about the footbridge so here's what I know. The council told me on Friday it will stay closed until at least June.
👍 14
23 comments
Like
Comment
Share

Most relevant

Bartholomew Akinyemi
Absolute joke. My kids now walk an extra mile round by the main road to get to school. Somebody will get hurt.
Like · Reply · 2h
 ↳ Hestrid Galloway-Pine replied
   Hestrid Galloway-Pine
   Author
   I've passed that on, Bart. The school is asking for a crossing patrol on the main road.
   Like · Reply · 1h

Feodorina Quellacourt-Hay
Top contributor
Cllr here. The repair has been ordered and the firm starts on 20 May. I've asked officers to put up a temporary crossing on Station Road in the meantime.
Like · Reply · 3d
    Margowen Oseirah
    Thank you Feodorina, that's the first proper answer we've had. Will the bridge be open for the summer fair?
    Like · Reply · 3d

View more comments

Percivane Stroud
Does anyone know if the buses are diverted too?
Like · Reply · Yesterday at 18:02
"""

# a relative post stamp, a moderator, reactions in emoji, a reply with "replied · 2 replies", a clerk's opener
ALLOTMENTS = """Kessock Lane Allotment Holders
Private group

Tobiah Renwick-Laird
Moderator
 · 3d · 
Water update. The trough taps on the east side are being replaced next week so please fill your butts now. The society has spent 640 pounds on the new taps out of the maintenance fund.
❤️👍 31
9 comments  2 shares

Write a comment…

Saoirse Mbekwe-Dunn
Great news, the east taps have leaked since last summer. Can we get a tap on plot 40 as well?
Like · Reply · 2d
↳ Tobiah Renwick-Laird replied · 2 replies

Ignatius Feathergill
Parish clerk here, we agreed at the last meeting to pay half of the cost of the taps.
Like · Reply · 2d · Edited

   Tobiah Renwick-Laird
   Moderator
   That is brilliant, thank you Ignatius. I'll put it in the newsletter.
   Like · Reply · 1d
"""


def test_the_post_comments_and_indented_replies_are_their_authors():
    by = contents_by_speaker(statements_of(NOTICEBOARD))
    assert any("messages about the footbridge" in c for c in by.get("Hestrid Galloway-Pine", ())), by
    assert any("extra mile" in c for c in by.get("Bartholomew Akinyemi", ())), by
    assert any("crossing patrol" in c for c in by.get("Hestrid Galloway-Pine", ())), by
    assert any("first proper answer" in c for c in by.get("Margowen Oseirah", ())), by


def test_a_comment_opening_with_its_role_is_its_authors_as_that_role():
    stmts = statements_of(NOTICEBOARD)
    repair = the_one(stmts, "The repair has been ordered")
    assert repair.speaker == "Feodorina Quellacourt-Hay"
    assert "Councillor" in repair.speaker_as_written
    assert the_one(stmts, "temporary crossing").speaker == "Feodorina Quellacourt-Hay"


def test_the_pages_counters_buttons_and_badges_are_nobodys_words():
    contents = " ".join(s.content for s in statements_of(NOTICEBOARD))
    for chrome in ("Like · Reply", "View more comments", "Top contributor", "Author", "23 comments", "Most relevant"):
        assert chrome not in contents, chrome


def test_a_relative_stamp_dates_nothing_without_the_pages_day():
    stmts = statements_of(NOTICEBOARD)
    assert the_one(stmts, "buses are diverted").when_start is None
    assert the_one(stmts, "extra mile").when_start is None


def test_a_moderators_post_under_a_relative_stamp_and_a_clerks_opener():
    stmts = statements_of(ALLOTMENTS)
    by = contents_by_speaker(stmts)
    assert any("640 pounds" in c for c in by.get("Tobiah Renwick-Laird", ())), by
    assert any("leaked since last summer" in c for c in by.get("Saoirse Mbekwe-Dunn", ())), by
    assert any("put it in the newsletter" in c for c in by.get("Tobiah Renwick-Laird", ())), by
    half = the_one(stmts, "pay half of the cost")
    assert half.speaker == "Ignatius Feathergill" and "Clerk" in half.speaker_as_written
    assert not any("Moderator" in c or "2 replies" in c or "Write a comment" in c for c in by.get("Tobiah Renwick-Laird", ())), by


def test_a_news_story_with_a_reply_is_no_group_thread():
    by = contents_by_speaker(statements_of(
        "Residents reply to the bus plan\n\nBy Aldwyth Quince\n\nResidents have until Friday to reply to the plan.\n\n"
        "Like many villages, Thornby has lost its Sunday service. Reply forms are at the library.\n\n"
        "\"We were never asked,\" said Winsome Achterwald, who runs the village shop."))
    assert set(by) <= {"Winsome Achterwald"}, by


def test_a_relative_stamp_counts_back_from_the_pages_own_day():
    from datetime import date

    stmts = statements_of("---\ndate: 2025-03-14\n---\n" + NOTICEBOARD)
    assert the_one(stmts, "temporary crossing").when_start == date(2025, 3, 11)  # "3d"
    assert the_one(stmts, "buses are diverted").when_start == date(2025, 3, 13)  # "Yesterday at 18:02"
    assert the_one(stmts, "messages about the footbridge").when_start == date(2025, 3, 12)  # "12 March at 09:14"


# the phone layout: the stamp before "Like · Reply", a "View all 4 replies" link, a name with a particle
PHONE = """Marlow Heath Residents
Oonavel de Waal
· 5h ·
Has anyone else had a letter about the parking permits? Mine says the price goes up to 85 pounds from April.
👍😮 22
17 comments

Radomir Kellerman-Yeo
Same here. Last year it was 60 pounds, that is a huge jump.
3h · Like · Reply
View all 4 replies

Phelippra Oyebranti-Twist
Top contributor
Ward councillor here - I've asked for the decision to be called in at the next scrutiny meeting.
2h · Like · Reply
"""


def test_the_phone_layouts_stamp_before_its_actions():
    stmts = statements_of(PHONE)
    assert the_one(stmts, "85 pounds").speaker == "Oonavel de Waal"
    assert the_one(stmts, "huge jump").speaker == "Radomir Kellerman-Yeo"
    called = the_one(stmts, "called in")
    assert called.speaker == "Phelippra Oyebranti-Twist" and "Councillor" in called.speaker_as_written
    assert not any("View all" in s.content or "Like · Reply" in s.content for s in stmts)


def test_a_comments_own_reaction_count_and_edited_mark_above_its_action_line():
    stmts = statements_of(
        "Brindlecombe Village Chat\n\nTevodric Vaskervin-Allbright\nAdmin · 2 June at 19:40 ·\n"
        "The play park is closing for resurfacing from Monday for two weeks.\n👍 8\n4 comments\n\n"
        "Winifred Castelvane-Odumbre\nAbout time, the bark chippings have been rotten since the winter.\n👍 3\nEdited\n"
        "Like · Reply · 5h\n\nGedric Harkaway\nWill the little slide stay open?\nLike · Reply · 4h · 👍 1\n")
    assert the_one(stmts, "bark chippings").speaker == "Winifred Castelvane-Odumbre"
    assert the_one(stmts, "resurfacing").speaker == "Tevodric Vaskervin-Allbright"


def test_a_posts_reaction_count_ends_it_before_the_first_comment():
    stmts = statements_of(
        "Oakthwaite Lane Neighbours\n\nCaradoc Finchley-Aubry\n14 April at 08:02 ·\n"
        "The recycling collection is moving to Thursdays from next month.\n👍 6\n\n"
        "Elspeth Moranville\nThursday is market day, the lorry will never get down the high street.\nLike · Reply · 6h\n\n"
        "Caradoc Finchley-Aubry\nAuthor\nI'll ask the depot about an early start.\nLike · Reply · 5h\n")
    assert the_one(stmts, "market day").speaker == "Elspeth Moranville"
    assert the_one(stmts, "recycling collection").speaker == "Caradoc Finchley-Aubry"
    assert the_one(stmts, "early start").speaker == "Caradoc Finchley-Aubry"


# copied with spaces for the page's dots: "2d  Like  Reply  14" (the stamp first, the comment's
# reaction count after), counters in one spaced row, buttons in another, a badge beside a
# reply's name ("NAME · Admin"), a reply with no final stop, a Welsh patronymic ("ap")
SPACED = """Thistlebrook & Upper Vell Village Group
Public group · 2.9K members

Ysolde Merriweather-Kane
Admin · 3 February at 20:11 ·

*** PLEASE SHARE *** Save the mobile library 📚

The county has told us the van will stop coming to the village at the end of March. We think we could run a book swap in the old phone box instead, like a few other villages have done.

We need about 400 pounds for shelves and a lock. The plan is a raffle at the spring fete.

👍❤️ 212        54 comments   19 shares

Like   Comment   Share

Most relevant ▼

Caspian Thorowgood
Count me in for the raffle. I can donate a hamper from the farm shop.
2d  Like  Reply  11

    Ysolde Merriweather-Kane · Admin
    Thank you Caspian! We'll put the hamper on the poster as the first prize 🙌
    2d  Like  Reply  4

Rhodri ap Gwilym
Cllr here. I've asked the county to keep the van coming once a month until the summer.
19h  Like  Reply  37 · Edited
"""


def test_a_thread_copied_with_spaces_for_its_dots():
    stmts = statements_of(SPACED)
    assert the_one(stmts, "run a book swap").speaker == "Ysolde Merriweather-Kane"
    assert the_one(stmts, "400 pounds").speaker == "Ysolde Merriweather-Kane"
    assert the_one(stmts, "donate a hamper").speaker == "Caspian Thorowgood"
    assert the_one(stmts, "hamper on the poster").speaker == "Ysolde Merriweather-Kane"
    once = the_one(stmts, "once a month")
    assert once.speaker == "Rhodri ap Gwilym" and "Councillor" in once.speaker_as_written
    contents = " ".join(s.content for s in stmts)
    for chrome in ("Like  Reply", "54 comments", "Comment   Share", "· Admin", "PLEASE SHARE"):
        assert chrome not in contents, chrome
