""""told the crew when they returned that he had lost sight of them": the "that" clause is what was told.

A time clause between a verb of saying and its "that" clause ("told the crew when they returned
that ...", "said as she left that ...") draws the parser: it hangs the told clause on the time
clause's verb ("returned ... that he had lost"), so the saying had no words and the sentence was no
statement. This pipeline step, after the parser, gives the "that" clause back to the verb of saying.
"""

from __future__ import annotations

from index.vocabulary import vocabulary

_TIME_WORDS = {"when", "as", "after", "before", "once", "while"}


class WhenClauses:
    """The pipeline step (with `pipe`, as callers that run the steps one by one expect)."""

    def __call__(self, doc):
        if not doc.has_annotation("DEP"):
            return doc
        v = vocabulary()
        for t in doc:
            if t.dep_ != "ccomp" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
                continue
            clause = t.head
            saying = clause.head
            if clause.dep_ != "advcl" or saying.i >= clause.i or not v.speech_lemma(saying.text) \
                    or not any(c.lower_ in _TIME_WORDS and c.dep_ in ("advmod", "mark") and c.i < clause.i for c in clause.children) \
                    or any(c.dep_ == "ccomp" for c in saying.children):
                continue
            t.head = saying
        return doc

    def pipe(self, docs, **_):
        for doc in docs:
            yield self(doc)
