"""First-person pieces "as told to" a reporter, without quotation marks: a note above or below
the account names the narrator, whose "I"/"we" sentences are the narrator's statements; words the
narrator quotes from someone else stay that person's. A news story that only says its source
"spoke to" the paper, and a column's first person, are left as they were. Every article is invented."""

from index.articles import clean, parse_front_matter
from index.statements.extract import extract


def _statements(text: str):
    return extract(clean(parse_front_matter(text), "told.txt"))


def _by(stmts, fragment):
    found = [s for s in stmts if fragment in s.content]
    assert len(found) == 1, (fragment, [(s.speaker, s.content[:40]) for s in stmts])
    return found[0].speaker


STANDFIRST = """My working life: the lock keeper

Maureen Tapply, 58, has kept the lock at Hembury for 30 years. She spoke to Owen Strand.

I start at six, before the first boats come through. In winter I clear the ice from the gates myself.

When I took the job there were four of us. Now I work alone, and the paddles are heavier than they were.

My manager said, "We can't keep the cottage open past March." I told him that was a mistake.

We have had three floods since 2019. I think the towpath will not survive another one.
"""

FOOTER = """'I never planned to run a bakery'

Desmond Achterberg, 41, on the shop he took over from his aunt

My aunt left me the bakery in her will, and I had never baked a loaf in my life.

The first winter nearly finished us. We sold bread at cost just to keep the regulars.

The bank manager told me: "The loan goes up in April, whatever happens." I found a cheaper unit two streets away.

Now we open at five and I still love the smell of the ovens.

As told to Priya Kettering
"""

NEWS = """Ferry service to end in March

Ferry skipper Hal Brodie, 62, spoke to the Courier on Tuesday.

The operator will withdraw the island service in March, the company said in a statement.

"I have sailed this route for 20 years," Mr Brodie said. "We were told nothing."

Passengers said they would petition the council.
"""


def test_a_standfirst_that_says_the_narrator_spoke_to_a_reporter():
    stmts = _statements(STANDFIRST)
    assert _by(stmts, "I start at six") == "Maureen Tapply"
    assert _by(stmts, "four of us") == "Maureen Tapply"
    assert _by(stmts, "I told him that was a mistake") == "Maureen Tapply"
    assert _by(stmts, "three floods") == "Maureen Tapply"
    assert _by(stmts, "keep the cottage open") != "Maureen Tapply"  # the manager's words
    assert not any("spoke to" in s.content for s in stmts)  # the note is the reporter's


def test_a_closing_as_told_to_line_with_the_narrator_named_above():
    stmts = _statements(FOOTER)
    assert _by(stmts, "left me the bakery") == "Desmond Achterberg"
    assert _by(stmts, "sold bread at cost") == "Desmond Achterberg"
    assert _by(stmts, "cheaper unit") == "Desmond Achterberg"
    assert _by(stmts, "The loan goes up") != "Desmond Achterberg"  # the bank manager's words
    assert not any(s.speaker == "Priya Kettering" for s in stmts)


def test_a_news_story_whose_source_spoke_to_the_paper_is_unchanged():
    stmts = _statements(NEWS)
    assert _by(stmts, "sailed this route") == "Hal Brodie"
    assert not any("petition" in s.content and s.speaker == "Hal Brodie" for s in stmts)
    assert not any("withdraw the island" in s.content and s.speaker == "Hal Brodie" for s in stmts)


def test_the_narrator_speaks_on_the_day_of_the_telling_whatever_years_the_account_names():
    from dataclasses import replace
    from datetime import date

    article = replace(clean(parse_front_matter(STANDFIRST), "told.txt"), published=date(2024, 5, 9), date_confidence="stated")
    stmts = extract(article)
    floods = next(s for s in stmts if "three floods" in s.content)
    assert floods.speaker == "Maureen Tapply"
    assert (floods.when_start, floods.date_basis) == (date(2024, 5, 9), "publication")
