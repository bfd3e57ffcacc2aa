"""A link-sharing forum's "ask me anything" thread pasted from the web page: "Posted by u/HANDLE ·
7h" over a title and an opening post in which the poster names themselves ("I'm NAME and I run
..."), comments under "u/HANDLE · 6h" heads, the poster's replies under "u/HANDLE OP · 5h", a
moderator's "u/HANDLE MOD" head. The poster's answers are the named poster's, a commenter's words
their handle's, the counters nobody's; words an answer relays ("they told us last month ...",
"she told me, '...'", "The vet told me afterwards ...") are their source's; the page is dated by
the opening post's "today, Weekday D Month YYYY"."""

from datetime import date

from tests.spec.invented import cleaned, day_of, speaker_of, statements_of

THREAD = '''
r/AskNorfolk
Posted by u/kestrel_mossop · 7h
I run the overnight intake desk at a city dog shelter. AMA!
Hi r/AskNorfolk! I'm Imogen Thwaite and I run the overnight intake desk at the Harrowgate Lane Dog Shelter in Norwich. I have done the job for nine years. I'll be answering from 7pm to 10pm today, Tuesday 10 November 2026, so ask away.
EDIT: Thanks for all the questions, I will come back to the rest tomorrow.
EDIT 2: Please stop asking about the greyhound, he has been rehomed and he is fine.
1.4k votes · 312 comments

u/parsnip_harbour · 6h
What is the strangest thing anyone has dropped off at night?

    u/kestrel_mossop OP · 6h
    A tortoise in a shoebox with a note saying it bites. It did not bite. We kept him for 14 days, then a primary school took him in.

u/wetdog_hector · 6h
How many dogs come in on a typical night?

    u/kestrel_mossop OP · 5h
    Between four and six on a weeknight, and more after Bonfire Night. My boss, Gareth Pellow, said at the team meeting that "we will need a second van by the spring".

u/lantern_ivy · 5h
I volunteered at a shelter near Cromer for two years and the night shifts were always the hardest part.

    u/kestrel_mossop OP · 5h
    They really are. The city council funds half of our night staff, and they told us last month the grant will be cut by a third next April.

u/moth_and_marrow · 4h
Do owners ever come back for a dog they left?

    u/kestrel_mossop OP · 4h
    Sometimes. One woman left a spaniel with us in the rain. When she came to get it she told me, "I never stopped thinking about him."

u/AskNorfolk_mods MOD · 4h
Reminder: this AMA was verified by the moderators before it went live. Please keep questions civil.

u/quayside_owl · 3h
Have you ever had to call the police?

    u/kestrel_mossop OP · 3h
    Twice. A boy brought in a lurcher with a cut paw. The vet told me afterwards the dog had "been kept in a shed for weeks".
'''


def test_the_thread_is_dated_by_the_opening_posts_today():
    assert cleaned(THREAD).published == date(2026, 11, 10)


def test_the_posters_answers_are_the_name_the_opening_post_gives():
    stmts = statements_of(THREAD)
    assert speaker_of(stmts, "I have done the job for nine years") == "Imogen Thwaite"
    assert speaker_of(stmts, "A tortoise in a shoebox") == "Imogen Thwaite"
    assert speaker_of(stmts, "Between four and six on a weeknight") == "Imogen Thwaite"


def test_a_commenters_words_are_their_handles():
    stmts = statements_of(THREAD)
    assert speaker_of(stmts, "the night shifts were always the hardest part") == "u/lantern_ivy"
    assert speaker_of(stmts, "keep questions civil") == "u/AskNorfolk_mods"


def test_the_page_counters_are_nobodys():
    assert not [s for s in statements_of(THREAD) if "312 comments" in s.content]


def test_words_an_answer_relays_are_their_sources():
    stmts = statements_of(THREAD)
    assert speaker_of(stmts, "second van by the spring") == "Gareth Pellow"
    assert "council" in speaker_of(stmts, "grant will be cut by a third")
    assert day_of(stmts, "grant will be cut by a third") == date(2026, 10, 1)
    assert speaker_of(stmts, "I never stopped thinking about him") == "the woman"
    assert speaker_of(stmts, "been kept in a shed for weeks") == "The vet"


def test_the_thread_is_titled_by_the_line_under_its_posted_by_head():
    assert cleaned(THREAD).title == "I run the overnight intake desk at a city dog shelter. AMA!"
