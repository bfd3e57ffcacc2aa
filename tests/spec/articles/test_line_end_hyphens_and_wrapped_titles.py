"""A hard-wrapped column (microfilm OCR, a PDF e-edition): words split over a line end with a
hyphen are joined when the joined word is a word, compounds keep their hyphen, the text keeps its
length; a title's or an initial's point ends no sentence; a sentence wrapped over two lines stays
one paragraph."""

from index.chunking import sentence_spans
from index.line_end_hyphens import rejoined
from tests.spec.invented import cleaned

MICROFILM = """THE KELLSWORTH GAZETTE, TUESDAY, MAY 6, 1969          Page 3

MARKET HALL TO
CLOSE

The Markets Commit-
tee decided yesterday to close the hall. Coun.
Ottoline Quarnby said the union would
"resist any redun-
dancies." The chair, Coun. Quarn-
by, denied that the Tram-sheds
were to close. Mr. Quarnby, a well-
known trader, said the decision
was wrong.

The borough surveyor, Mr. T. R. Fennick, was
not available for comment last night.
"""

PDF_EDITION = """Harbour board meets

The harbour board's environ-
mental officer, Adv. Zodwa Mabuza of Mabuza Attorneys, said the dredging
would begin in the spring and that the commit-
tee had approved a long-
term plan for the slip-
way at Pier Road.
"""

ORDINARY = """Bakery opens

The well-known bakery on Mill Lane reopened on Saturday, its owner said.

"We were closed for six weeks," said Ama Kwarteng.
"""


def _text(a):
    return " ".join(" ".join(a.slice(p).split()) for p in a.paragraphs)


def test_split_words_are_joined_and_compounds_keep_their_hyphen():
    a = cleaned(MICROFILM)
    text = _text(a)
    assert "Markets Committee decided" in text
    assert "resist any redundancies" in text
    assert "Coun. Quarnby, denied" in text  # a name the article writes whole elsewhere
    assert "a well- known trader" in text  # "wellknown" is no word: the hyphen stays
    assert "Tram-sheds" in text


def test_a_second_layout_of_wrapped_text_is_joined_too():
    text = _text(cleaned(PDF_EDITION))
    assert "environmental officer" in text and "the committee had approved" in text
    assert "long- term plan" in text  # a compound across the line
    assert "slipway at Pier Road" in text


def test_the_text_keeps_its_length_and_ordinary_text_is_left_alone():
    for doc in (MICROFILM, PDF_EDITION):
        assert len(rejoined(doc)) == len(doc)
    assert rejoined(ORDINARY) == ORDINARY
    assert rejoined("a well-\nknown face") == "a well-\nknown face"


def test_a_title_or_initials_before_a_name_end_no_sentence():
    a = cleaned(MICROFILM)
    sentences = [a.text[s.start:s.end] for p in a.paragraphs for s in sentence_spans(a.slice(p), p.start)]
    assert any("Coun.\nOttoline Quarnby said" in s for s in sentences)
    assert not any(s.rstrip().endswith("Coun.") for s in sentences)
    assert any("Mr. T. R. Fennick, was" in s and "not available" in s for s in sentences)
    b = cleaned(PDF_EDITION)
    assert any("Adv. Zodwa Mabuza of Mabuza Attorneys" in b.text[s.start:s.end]
               for p in b.paragraphs for s in sentence_spans(b.slice(p), p.start))


def test_a_sentence_wrapped_over_two_lines_is_one_paragraph():
    paragraphs = [" ".join(cleaned(MICROFILM).slice(p).split()) for p in cleaned(MICROFILM).paragraphs]
    assert "The borough surveyor, Mr. T. R. Fennick, was not available for comment last night." in paragraphs
