"""Letters pages: each letter's sentences are the statements of the signatory named in the line
below it, never of the writer before; a sentence the letter attributes to someone else stays
theirs. Three page styles: "Sir," with "Name, Town" lines; "Dear Editor," with a dashed
signature and a title; a page headed "Letters" with no salutation. Every article is invented."""

from datetime import date

import pytest

from index.articles import clean, parse_front_matter
from index.statements.extract import extract, extract_with_aliases


def _statements(text: str):
    return extract(clean(parse_front_matter(text), "letters.txt"))


def _by(stmts, fragment):
    found = [s for s in stmts if fragment in s.content]
    assert found, (fragment, [(s.speaker, s.content[:40]) for s in stmts])
    return {s.speaker for s in found}


SIR_PAGE = """THE HARBOUR GAZETTE | LETTERS | 14.03.2025

Write to us at the Gazette office. Letters may be shortened.

Bus cuts will strand the villages

Sir, the new timetable cuts the Glenmore bus from six journeys a day to three. The operator calls this "a sensible change". It is nothing of the kind.

I have run the village shop for twenty years. Last winter I lost nine deliveries in a month when the bus did not come.

Moira Castellan, Glenmore

The facts about our buses

Sir, several letters last week gave figures that are simply wrong. The journeys we are withdrawing carried an average of six passengers each.

We will review the timetable in June, and any parish that wants to meet us has only to ask.

Duncan Ferrabee-Holt, Operations Director, Glen Coaches

Six passengers are six people

Sir, in his letter of 7 March, Mr Alan Purvis wrote that villagers "never use the bus". I counted 17 children at the stop on one January morning.

Dr Fenella Roscoe, Kilbride
"""


def test_letter_sentences_belong_to_the_signature_below_them():
    stmts = _statements(SIR_PAGE)
    assert _by(stmts, "cuts the Glenmore bus from six journeys a day to three") == {"Moira Castellan"}
    assert _by(stmts, "I lost nine deliveries in a month") == {"Moira Castellan"}
    assert _by(stmts, "carried an average of six passengers each") == {"Duncan Ferrabee-Holt"}
    assert _by(stmts, "review the timetable in June") == {"Duncan Ferrabee-Holt"}
    assert _by(stmts, "I counted 17 children") == {"Fenella Roscoe"}


def test_a_sentence_a_letter_attributes_to_another_stays_theirs():
    stmts = _statements(SIR_PAGE)
    assert _by(stmts, "a sensible change") == {"The operator"} or "Moira Castellan" not in _by(stmts, "a sensible change")
    assert _by(stmts, "never use the bus") == {"Alan Purvis"}


def test_letters_are_dated_at_the_page_and_signatories_are_aliases():
    stmts, aliases = extract_with_aliases(clean(parse_front_matter(SIR_PAGE), "letters.txt"))
    st = next(s for s in stmts if "I lost nine deliveries" in s.content)
    assert st.when_start == date(2025, 3, 14)
    assert aliases.get("castellan") == "Moira Castellan"


DEAR_EDITOR = """Your views: the quarry extension

Dear Editor, the quarry's lorries already shake the windows of every house on Mill Row. Another twenty years of blasting is too much to ask of us.

The council should refuse the extension and say so plainly. The quarry company says the blasting is safe; nobody on Mill Row believes it.

— Harriet Ngozi-Baird, Mill Row, Castleford.

Dear Editor, as a geologist I can say the survey is sound. The extension would add 140 jobs.

— Prof. Tomas Eriksen-Vale, Ledsham
"""


def test_dear_editor_letters_with_dashed_signatures():
    stmts = _statements(DEAR_EDITOR)
    assert _by(stmts, "shake the windows of every house") == {"Harriet Ngozi-Baird"}
    assert _by(stmts, "refuse the extension and say so plainly") == {"Harriet Ngozi-Baird"}
    assert _by(stmts, "The extension would add 140 jobs") == {"Tomas Eriksen-Vale"}
    assert all(s.speaker != "Harriet Ngozi-Baird" for s in stmts if "the blasting is safe" in s.content)


LETTERS_HEADED = """Letters to the editor

Library hours

Closing the library on Saturdays shuts out every child whose parents work in the week. Our reading group has met there for eleven years.

Priya Raman-Lowe, Eastfield

Car park charges

The new charges have already emptied the market square on Tuesdays. The traders I spoke to have lost a third of their takings.

Gordon Achterberg, Westbrook
"""


def test_a_page_headed_letters_needs_no_salutation():
    stmts = _statements(LETTERS_HEADED)
    assert _by(stmts, "shuts out every child") == {"Priya Raman-Lowe"}
    assert _by(stmts, "emptied the market square on Tuesdays") == {"Gordon Achterberg"}


@pytest.mark.parametrize("heading", ["Ana Ruiz, Leeds", "Maria Lopez"])
def test_a_news_story_with_name_like_subheadings_makes_no_letters(heading):
    stmts = _statements(
        "Harbour plans divide the town\n\nThe council approved the harbour plan on Tuesday after a long debate.\n\n"
        f"{heading}\n\nThe fishing fleet will move to the north quay next spring, the harbour master said.\n"
    )
    assert all(s.speaker not in ("Ana Ruiz", "Maria Lopez") for s in stmts)
    assert not any("approved the harbour plan" in s.content for s in stmts)


def test_a_news_story_about_one_letter_is_no_letters_page():
    stmts = _statements(
        "Residents send open letter over ferry fares\n\n"
        "More than 300 islanders have signed a letter to the operator asking it to freeze fares for a year.\n\n"
        "The operator has not replied. Fares rose by a fifth in April and a further rise is planned for October.\n\n"
        "Tom Reyes, Harbour Street\n\n"
        "\"Fares have doubled since 2020,\" said Maria Santos, who organised the letter.\n"
    )
    assert all(s.speaker != "Tom Reyes" for s in stmts), [(s.speaker, s.content[:40]) for s in stmts]
    assert any(s.speaker == "Maria Santos" for s in stmts)
