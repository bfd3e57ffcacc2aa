"""The attribute ruler applied by lookup gives what spaCy's own ruler gives, token by token, and
the statement parse uses it."""

from __future__ import annotations

import pytest

from index.statements import nlp
from index.statements.attributes import Attributes

# Invented paragraphs touching every kind of rule: the tag map, forms with their own morphology
# ("I", "you", "it" as subjects), lemmas of contractions and slang ("ain't", "gonna", "nothin'"),
# auxiliaries, "but" as an adverb, quotes, dashes, numbers, and runs of spaces.
PARAGRAPHS = [
    "Harbour Master Ilse Varnholt said on Monday that the ferry would sail twice a day.",
    "“We heard the islanders,” Varnholt told reporters. “It ain't over, and we're gonna fix it.”",
    "I think you know it was nothin' but a rumour, she said -- all but three of them agreed.",
    "The board has been asked whether fares, which rose 12% in 2024, would fall; it didn't say.",
    "Asked about the  timetable,   the director replied:  \"Not this year.\"   ",
    "They'd have gone if they could've. Who's to say? Y'all can't know.",
    "KELLSTADT — The council's 3-2 vote (taken late on Tuesday) ends a decade-long row.",
    "There are two ferries and there's a third. Let's go, c'mon -- we gotta leave before there is none.",
]


@pytest.fixture(scope="module")
def pipeline():
    return nlp.pipeline()


def _annotations(doc) -> list[tuple]:
    return [(t.text, t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_, t.ent_type_) for t in doc]


@pytest.mark.parametrize("text", PARAGRAPHS, ids=lambda t: t[:24])
def test_lookup_gives_what_spacys_attribute_ruler_gives(pipeline, text):
    expected = _annotations(pipeline(text, disable=["lemmatizer"]))
    fast = Attributes(pipeline.get_pipe("attribute_ruler"))
    got = _annotations(fast(pipeline(text, disable=["lemmatizer", "attribute_ruler"])))
    assert got == expected


def test_one_ruler_applied_again_and_again_gives_the_same(pipeline):
    # what it learns of a token (its rules, kept per tag, form and dependency) holds for the next Doc
    fast = Attributes(pipeline.get_pipe("attribute_ruler"))
    for _ in range(2):
        for text in PARAGRAPHS:
            expected = _annotations(pipeline(text, disable=["lemmatizer"]))
            assert _annotations(fast(pipeline(text, disable=["lemmatizer", "attribute_ruler"]))) == expected


def test_without_either_ruler_the_coarse_tags_are_missing(pipeline):
    # the comparison above can fail: the ruler is what sets the coarse part of speech here
    doc = pipeline(PARAGRAPHS[0], disable=["lemmatizer", "attribute_ruler"])
    assert {t.pos_ for t in doc} == {""}


def test_the_statement_parse_applies_the_rules(pipeline, tmp_path):
    from index.articles import load_article

    path = tmp_path / "ferry.txt"
    path.write_text("Ferry fares will fall\n\n" + PARAGRAPHS[1] + "\n\n" + PARAGRAPHS[2] + "\n", encoding="utf-8")
    article = load_article(path, path.name, None)
    (parsed,) = nlp.parse([article])
    assert parsed
    for span, doc in parsed:
        assert _annotations(doc) == _annotations(pipeline(doc.text, disable=["lemmatizer"]))
