"""First-person pieces "as told to" a reporter, without quotation marks: a note above or below
the account names the narrator, whose "I"/"we" sentences are the narrator's statements; words the
narrator quotes from someone else stay that person's. A news story that only says its source
"spoke to" the paper, and a column's first person, are left as they were. Every article is invented."""

from index.articles import clean, parse_front_matter
from index.statements.extract import extract

from tests.spec.invented import speaker_of as _by


def _statements(text: str):
    return extract(clean(parse_front_matter(text), "told.txt"))


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


PLAIN = """Working week

Ilse Marrow, 47, has run the night desk at a mountain weather station for twelve years. As told to Colm Reidy.

I came up the mountain in 2013, after ten years teaching physics. The station sits at 2,100 metres and the road closes from November.

A weather balloon goes up at midnight and at six. Each launch takes about twenty minutes if the wind is kind.

The worst part of the job is the silence. Nobody tells you how loud your own kettle becomes. I did not expect that.

My first director, Mr Anselm Kraus, told me on my first night: "The mountain keeps its own time." I still believe him.
"""


def test_an_as_told_to_account_is_the_narrators_even_where_a_sentence_has_no_first_person():
    stmts = _statements(PLAIN)
    assert _by(stmts, "road closes from November") == "Ilse Marrow"
    assert _by(stmts, "takes about twenty minutes") == "Ilse Marrow"
    assert _by(stmts, "The worst part of the job is the silence") == "Ilse Marrow"
    assert _by(stmts, "keeps its own time") == "Anselm Kraus"
    assert not any("Colm Reidy" in s.content for s in stmts)  # the note is the reporter's
