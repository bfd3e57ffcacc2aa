"""The question parse's lemmas, kept per form, part of speech and morphology, are spaCy's."""

from __future__ import annotations

import pytest

from bot.answering.parsing import _run
from index.statements import nlp

# Invented sentences: the same forms as different parts of speech and inflections ("leaves",
# "saw", "left"), base forms, contractions, a lemma the attribute ruler sets ("ain't").
SENTENCES = [
    "Councillor Brisa Ondvall leaves the leaves where they fell, she said.",
    "We saw the saw that was left on the left bank; it ain't ours.",
    "Were the ferries running? They're saying the runs were cancelled by the harbour masters.",
    "Ondvall's deputies told reporters the deputy had told them nothing.",
    "The glimbers were frobbing their zanquils, and the quorvish councils reopened the shuttered abattoirs.",
]


@pytest.fixture(scope="module")
def pipeline():
    return nlp.pipeline()


def _spacys(pipeline, text: str) -> list[tuple]:
    return [(t.text, t.pos_, str(t.morph), t.lemma_) for t in pipeline(text, disable=["ner"])]


@pytest.mark.parametrize("text", SENTENCES, ids=lambda t: t[:24])
def test_kept_lemmas_are_spacys(pipeline, text):
    for _ in range(2):  # the second run reads the kept lemmas
        (doc,) = _run([text], False)
        assert [(t.text, t.pos_, str(t.morph), t.lemma_) for t in doc] == _spacys(pipeline, text)


def test_a_batch_gets_the_lemmas_of_each_sentence_alone(pipeline):
    docs = _run(SENTENCES, False)
    assert [[(t.text, t.lemma_) for t in d] for d in docs] == [[(t[0], t[3]) for t in _spacys(pipeline, s)] for s in SENTENCES]
