"""Newsletter and blog posts written in the first person with an interview inside them (Substack,
Ghost, Medium): the writer's name line over the date line dates the post and names its writer; the
interview's answers are the interviewee's, dated by the sentence that sets the interview, and the
interview ends at a rule, a heading, or (after its last question) the first paragraph with an
attribution of its own; the writer's first-person sentences are hers; readers' comments under
"Name · 2d" lines are their commenters', with no day; the subscriber footer is nobody's. An
ordinary news interview under a "By" line is read as before. Every article here is invented."""

from datetime import date

from tests.spec.invented import cleaned, statements_of

_GHOST = (
    "# The Hive Letter\n\n"
    "## A wet spring, a weak queen and a talk with the man who buys our honey\n\n"
    "What the rain did to the colonies this year, and what the packer thinks it will do to prices.\n\n"
    "**Seraphina Tallowin**\n"
    "14 Mar 2026\n\n"
    "---\n\n"
    "Greetings from Coldbrook Ridge, where the hives are wrapped and the lane is mud to the ankle.\n\n"
    "I lost four of our eleven colonies over the winter, which is the worst count I have written down in nine "
    "seasons. My neighbour lost more.\n\n"
    "On Tuesday I drove over to see Osric Pennywhistle, who runs the packing shed that takes honey from most "
    "of the small keepers in the valley. The conversation has been trimmed for length.\n\n"
    "---\n\n"
    "**How much honey came in last year?**\n\n"
    "About forty tonnes. This year I would guess half of that.\n\n"
    "**Why so little?**\n\n"
    "The rain in May kept the bees in. A colony that cannot fly cannot forage.\n\n"
    "**Will jars cost more?**\n\n"
    "Yes. I am putting the wholesale price up by a fifth in April. Nobody likes it, me least of all.\n\n"
    "---\n\n"
    "A spokeswoman for Brackenfold Farms, which keeps several hundred hives on the plateau, said in an email "
    "that its losses were \"within the normal range\".\n\n"
    "I will send subscribers a note about the spring honey before Easter.\n\n"
    "*The Hive Letter is free to read. Paid subscribers keep it going.*\n\n"
    "---\n\n"
    "**5 Comments**\n\n"
    "**Wilhelmina Greyfriars** · 3 hours ago\n"
    "We lost two colonies out of three. The damp got into everything.\n\n"
    "**Lucan Hollowbrook-Quint** · 1d\n"
    "Pennywhistle is right about May. Our bees never left the boxes.\n"
)

_MEDIUM = (
    "# What the warehouse vote taught me\n\n"
    "An organiser's notes on six weeks of meetings, and a conversation with the steward who started it all.\n\n"
    "Thaddeus Quarrington-Vale\n\n"
    "5 min read · Jun 9, 2026\n\n"
    "I have organised in warehouses for twelve years and I have never seen a vote turn so fast. "
    "My own guess in April was that we would lose by forty.\n\n"
    "Yesterday I sat down with Perpetua Ogunleye-Frost, the night-shift steward who collected the first "
    "signatures in a lunchroom.\n\n"
    "**When did you decide to start?**\n\n"
    "The day they cut the second break. People were angry, and I had a pen.\n\n"
    "**Were you afraid?**\n\n"
    "Of course. I have two kids and a lease. But I was more afraid of ten more years of this.\n\n"
    "**What comes next?**\n\n"
    "A contract. We want the second break back before anything else.\n\n"
    "The regional manager, Peregrine Wrenfield, said in a statement that the company respected the result and "
    "would meet the union within a month.\n\n"
    "I will write again when the talks start.\n\n"
    "Jessamy Vellacott · 2 days ago\n"
    "Proud of the night shift. We are trying the same thing at our depot.\n\n"
    "Rowan Ebbesen · 5 hours ago\n"
    "Good piece. The break cut was the spark here too.\n"
)

_NEWS_QA = (
    "# \"The pier will reopen in June\": the harbour board chair on the repairs\n\n"
    "By Ottoline Brisbane-Carr\n\n"
    "Published 3 February 2026\n\n"
    "Harbour board chair Evander Quillfeather spoke to the Shorebell Gazette at the board's offices on Monday.\n\n"
    "**When will the pier reopen?**\n\n"
    "In June, if the piles arrive on time. The contractor has them on order.\n\n"
    "**What will it cost?**\n\n"
    "Around two million. The county will pay half.\n\n"
    "**Was it worth it?**\n\n"
    "Ask the fishermen. They were the first to complain when it closed.\n\n"
    "It is a lot of money for a pier. But the boats need it, and so does the town.\n"
)


def test_the_date_line_under_the_writers_name_dates_the_post():
    assert cleaned(_GHOST, name="hive.md").published == date(2026, 3, 14)
    assert cleaned(_MEDIUM, name="warehouse.md").published == date(2026, 6, 9)


def test_answers_are_the_interviewees_dated_by_the_sentence_that_sets_the_interview():
    stmts = statements_of(_GHOST, "hive.md")
    by = {s.content: s for s in stmts}
    answer = by["The rain in May kept the bees in."]
    assert answer.speaker == "Osric Pennywhistle"
    assert answer.when_start == date(2026, 3, 10)  # "On Tuesday" before a Saturday's post
    medium = {s.content: s for s in statements_of(_MEDIUM, "warehouse.md")}
    assert medium["Of course."].speaker == "Perpetua Ogunleye-Frost"
    assert medium["Of course."].when_start == date(2026, 6, 8)  # "Yesterday"


def test_the_interview_ends_at_a_rule_and_the_others_keep_their_words():
    stmts = statements_of(_GHOST, "hive.md")
    for s in stmts:
        if "normal range" in s.content or "spring honey" in s.content or "free to read" in s.content \
                or "damp" in s.content:
            assert s.speaker != "Osric Pennywhistle", (s.speaker, s.content)
    assert any("Brackenfold" in s.speaker and "normal range" in s.content for s in stmts)
    assert not any("free to read" in s.content or "Paid subscribers" in s.content for s in stmts)


def test_without_a_rule_the_interview_ends_at_a_paragraph_with_its_own_attribution():
    stmts = statements_of(_MEDIUM, "warehouse.md")
    company = [s for s in stmts if "respected the result" in s.content]
    assert company and all(s.speaker == "Peregrine Wrenfield" for s in company), [(s.speaker, s.content) for s in company]
    assert not any(s.speaker == "Perpetua Ogunleye-Frost" and "talks start" in s.content for s in stmts)


def test_the_writers_first_person_sentences_are_hers_at_publication():
    stmts = statements_of(_GHOST, "hive.md")
    lost = next(s for s in stmts if "four of our eleven colonies" in s.content)
    assert lost.speaker == "Seraphina Tallowin" and lost.when_start == date(2026, 3, 14)
    note = next(s for s in stmts if "spring honey" in s.content)
    assert note.speaker == "Seraphina Tallowin"
    medium = statements_of(_MEDIUM, "warehouse.md")
    guess = next(s for s in medium if "lose by forty" in s.content)
    assert guess.speaker == "Thaddeus Quarrington-Vale" and guess.when_start == date(2026, 6, 9)


def test_readers_comments_are_their_commenters_and_undated():
    stmts = statements_of(_GHOST, "hive.md")
    damp = next(s for s in stmts if "damp got into everything" in s.content)
    assert damp.speaker == "Wilhelmina Greyfriars" and damp.when_start is None
    boxes = next(s for s in stmts if "never left the boxes" in s.content)
    assert boxes.speaker == "Lucan Hollowbrook-Quint" and boxes.when_start is None
    medium = statements_of(_MEDIUM, "warehouse.md")
    spark = next(s for s in medium if "spark here too" in s.content)
    assert spark.speaker == "Rowan Ebbesen" and spark.when_start is None


def test_an_ordinary_news_interview_keeps_every_answer_to_the_end():
    stmts = statements_of(_NEWS_QA, "pier.md")
    by = {s.content: s.speaker for s in stmts}
    assert by.get("Around two million.") == "Evander Quillfeather", by
    assert by.get("It is a lot of money for a pier.") == "Evander Quillfeather", by
    assert not any("Brisbane-Carr" in who for who in by.values())


def test_the_writers_greeting_is_hers_and_she_is_described_as_the_writer():
    from index.article_people import read_people

    stmts = statements_of(_GHOST, "hive.md")
    hello = next(s for s in stmts if "Greetings from Coldbrook Ridge" in s.content)
    assert hello.speaker == "Seraphina Tallowin"
    writer = next(p for p in read_people(_GHOST) if p.name == "Seraphina Tallowin")
    assert "writer" in writer.terms
    assert not any("writer" in p.terms for p in read_people(_NEWS_QA))  # a reporter's byline, no first person
