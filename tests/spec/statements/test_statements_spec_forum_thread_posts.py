"""A forum or comment thread pasted as text: each post under its header line ("#2 | user | Posts: N
| date", "Reply #3 by user on date", "user wrote:") is its poster's, first person and no quotation
marks; a titled display name is that person, an official account the body its handle spells; the
lines a post quotes from an earlier one are not the poster's; a reply e-mail copied into a post is
its sender's."""

from datetime import date

from tests.spec.invented import day_of, speaker_of, statements_of

PIPED = """Brackenford Residents Board
Board index > Local news > Parking

Topic: Residents' permits doubling?

#1 | quarry_road_bev | Posts: 412 | 14/05/2025 08:10
There is a letter going round saying permits will cost £120 from July. My neighbour is a carer and visits four homes a day, so this hits her twice.

#2 | tanfield_dave | Posts: 23 | 14/05/2025 09:02
Quote from: quarry_road_bev on 14/05/2025 08:10
> permits will cost £120 from July
Honestly the old price was a bargain. I'll pay it if it means I can park on my own street after six.

#3 | BrackenfordParking_Team (Official) | Posts: 9 | 14/05/2025 12:40
Thanks for raising this. The permit fee will rise to £120 on 1 July, the first change since 2016. Carers can apply for a free visitor badge through the council website.

#4 | Cllr Imelda Strachan-Voss | Posts: 87 | 14/05/2025 15:25
As ward councillor I have asked officers for the figures behind the increase. I will raise it at the environment committee on 3 June. The parking manager has agreed to meet me and the residents' group on 10 June.

#5 | tanfield_dave | Posts: 23 | 15/05/2025 19:44
Reply from Brackenford Parking to my email, pasted in full: "The fee covers enforcement patrols, which now run until 10pm. We would encourage residents to register their vehicles before 20 June." Fair enough, but nobody has seen a patrol after eight.
"""

REPLIES = """Comments (3)

Posted by hollins_green_70 on 2 March 2024, 9:14 am
The swimming pool closing for eight months is a disgrace. My grandson learns to swim there every Saturday.

Reply #2 by Tobias Welland-Crane on 2 March 2024, 11:30 am
I run the swimming club and we have been offered lanes at the school pool in Aldermoor. It is not ideal but the lessons will carry on.

Reply #3 by hollins_green_70 on 3 March 2024, 8:02 am
Tobias Welland-Crane wrote:
the lessons will carry on
Good to hear. Aldermoor is a long bus ride for the little ones though.
"""


def test_each_post_is_its_posters():
    stmts = statements_of(PIPED)
    assert speaker_of(stmts, "visits four homes a day") == "quarry_road_bev"
    assert speaker_of(stmts, "the old price was a bargain") == "tanfield_dave"
    assert speaker_of(stmts, "nobody has seen a patrol") == "tanfield_dave"


def test_a_titled_display_name_is_the_person():
    stmts = statements_of(PIPED)
    assert speaker_of(stmts, "asked officers for the figures") == "Imelda Strachan-Voss"


def test_a_deed_done_to_the_poster_is_the_posters_claim():
    stmts = statements_of(PIPED)
    assert speaker_of(stmts, "agreed to meet me") == "Imelda Strachan-Voss"


def test_an_official_account_is_the_body_its_handle_spells():
    stmts = statements_of(PIPED)
    assert speaker_of(stmts, "free visitor badge") == "Brackenford Parking"


def test_a_reply_email_copied_into_a_post_is_its_senders():
    stmts = statements_of(PIPED)
    assert speaker_of(stmts, "register their vehicles before 20 June") == "Brackenford Parking"


def test_quoted_lines_of_an_earlier_post_are_not_the_posters():
    stmts = statements_of(PIPED)
    assert not any(s.speaker == "tanfield_dave" and "permits will cost" in s.content for s in stmts)


def test_a_numeric_post_day_read_as_the_page_writes_its_dates():
    stmts = statements_of(PIPED)
    assert day_of(stmts, "the old price was a bargain") == date(2025, 5, 14)
    assert day_of(stmts, "nobody has seen a patrol") == date(2025, 5, 15)


def test_reply_headers_name_and_date_each_comment():
    stmts = statements_of(REPLIES)
    assert speaker_of(stmts, "My grandson learns to swim") == "hollins_green_70"
    assert speaker_of(stmts, "offered lanes at the school pool") == "Tobias Welland-Crane"
    assert speaker_of(stmts, "a long bus ride for the little ones") == "hollins_green_70"
    assert day_of(stmts, "a long bus ride") == date(2024, 3, 3)
    assert not any(s.speaker == "hollins_green_70" and "lessons will carry on" in s.content for s in stmts)


WROTE = """Re: Ferry fares going up again

kelpie_skipper wrote:
Third rise in two years. I run a boat repair business on the island and my parts deliveries now cost more than the parts.

islay_gran_52 wrote:
The pensioners' pass still works on the early sailing, so check before you buy a ticket.
"""


def test_a_thread_of_username_wrote_heads():
    stmts = statements_of(WROTE)
    assert speaker_of(stmts, "deliveries now cost more than the parts") == "kelpie_skipper"
    assert speaker_of(stmts, "pensioners' pass still works") == "islay_gran_52"


BLOG = """Council approves new cycle lanes

Posted by Harriet Quenby-Marsh on 3 March 2024

The council approved three new cycle lanes on Tuesday. The scheme will cost £2 million and work starts in May.

Councillor Ben Ardagh said the lanes would make the school run safer.

Comments (2)

Posted by wheelie_gran on 3 March 2024, 10:02 am
About time. I cycle my grandson to school every morning and the main road terrifies me.

Posted by commuter_kev on 3 March 2024, 11:40 am
Two million pounds for paint. I'd rather they fixed the potholes on my street.
"""


def test_a_blog_byline_over_the_story_is_no_post_but_the_comments_are():
    stmts = statements_of(BLOG)
    assert not any("approved three new cycle lanes" in s.content for s in stmts)
    assert speaker_of(stmts, "the main road terrifies me") == "wheelie_gran"
    assert speaker_of(stmts, "fixed the potholes") == "commuter_kev"
