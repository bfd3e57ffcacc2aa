"""The token encoders run without thinc's layer plumbing give thinc's vectors bit for bit, so the
parses are the same; training and models of another shape are left to thinc. Invented texts."""

from __future__ import annotations

import numpy as np
import pytest

from index import spacy_import, token_encoder
from index.statements.nlp import MODEL

TEXTS = [
    "What did Orla Vennick say about the Quarrystone bypass?",
    "“We will not sign,” the Brellmoor harbour chief, Tamsin Oduya-Klee, told reporters on Friday.",
    "The co-op's board, which met in Velmora on 3 March, said it had no plans to cut 40 jobs (a tenth).",
    "Who?",
    "",
    "   ",
    "Ferry fares will rise by a tenth in April, the company said. " * 12,
]


def _plain():
    """The pipeline as thinc runs it: loaded, then the fused forwards taken off again."""
    nlp = spacy_import.load(MODEL)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        for node in model.walk() if hasattr(model, "walk") else ():
            if getattr(node._func, "fused", False):
                node._func = node._func.thinc_forward
    return nlp


@pytest.fixture(scope="module")
def pipelines():
    return spacy_import.load(MODEL), _plain()


def _encoders(nlp):
    return [node for _, c in nlp.pipeline if hasattr(getattr(c, "model", None), "walk")
            for node in c.model.walk() if getattr(node._func, "fused", False)]


def test_both_encoders_of_the_small_pipeline_are_fitted(pipelines):
    fused, plain = pipelines
    assert len(_encoders(fused)) == 2  # the shared one and the named-entity recogniser's own
    assert _encoders(plain) == []


def test_the_vectors_are_thincs_bit_for_bit_alone_and_batched(pipelines):
    fused, plain = pipelines
    docs = [fused.make_doc(t) for t in TEXTS]
    for ours, theirs in zip(_encoders(fused), _encoders_of(plain)):
        for batch in ([d] for d in docs if len(d)):
            assert all(np.array_equal(a, b) for a, b in zip(ours.predict(batch), theirs.predict(batch)))
        mixed = [d for d in docs if len(d)]
        assert all(np.array_equal(a, b) for a, b in zip(ours.predict(mixed), theirs.predict(mixed)))


def _encoders_of(nlp):
    """The same nodes in a pipeline whose encoders run through thinc (found by shape)."""
    return [node for _, c in nlp.pipeline if hasattr(getattr(c, "model", None), "walk")
            for node in c.model.walk() if token_encoder._shape(node) is not None]


def test_the_parses_are_the_same(pipelines):
    fused, plain = pipelines

    def parse(doc):
        return [(t.text, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_, t.ent_iob_, t.is_sent_start) for t in doc]

    assert [parse(fused(t)) for t in TEXTS] == [parse(plain(t)) for t in TEXTS]
    assert [parse(d) for d in fused.pipe(TEXTS, batch_size=3)] == [parse(d) for d in plain.pipe(TEXTS, batch_size=3)]


def test_training_goes_through_thinc(pipelines):
    fused, _ = pipelines
    encoder = _encoders(fused)[0]
    vectors, backprop = encoder.begin_update([fused.make_doc(TEXTS[0])])
    assert backprop is not token_encoder._no_backprop and len(vectors[0]) == len(fused.make_doc(TEXTS[0]))


def test_a_model_of_another_shape_is_left_alone():
    from thinc.api import Linear, chain, Relu

    model = chain(Relu(4, 3), Linear(2, 4))
    forwards = [node._func for node in model.walk()]

    class Component:
        pass

    component = Component()
    component.model = model
    nlp = type("Pipeline", (), {"pipeline": [("other", component)]})()
    assert token_encoder.install(nlp) == 0
    assert [node._func for node in model.walk()] == forwards
