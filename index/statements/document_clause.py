"""A that-clause the parser read as a relative clause on the document a cue names.

    X wrote in the letter that the school would not appeal.

The parser hangs "that the school would not appeal" on "letter" as a relative clause whose object is
"that" (as in "the letter that the school sent"), so the cue seems to report nothing. When the
document is one a statement is made in (`statement_nouns`, `written_media`) and the clause has a
subject of its own and a verb nobody does to a document (not "sent", "issued", "received"), the
clause is what was written.
"""

from __future__ import annotations

from index.vocabulary import vocabulary

# what one does to a document: "the letter that the school sent" is a relative clause on it
_DONE_TO = {"send", "sent", "issue", "issued", "release", "released", "publish", "published", "write", "wrote",
            "written", "sign", "signed", "post", "posted", "file", "filed", "receive", "received", "deliver",
            "delivered", "draft", "drafted", "submit", "submitted", "read", "share", "shared", "give", "gave",
            "circulate", "circulated", "obtain", "obtained", "see", "seen", "saw", "leak", "leaked", "email",
            "emailed", "mail", "mailed", "get", "got", "forward", "forwarded", "attach", "attached"}


def reported_clause(verb, others: set[int], subj_toks: set[int]) -> list | None:
    """The tokens of the clause `verb` ("wrote", "said") reports in "in the letter that ...", or None."""
    v = vocabulary()
    nouns = v.statement_nouns | v.written_media
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "on"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lower_ not in nouns:
                continue
            for rel in noun.children:
                that = rel.doc[noun.i + 1] if noun.i + 1 < len(rel.doc) else None
                if rel.dep_ != "relcl" or that is None or that.lower_ != "that" or that.head.i != rel.i \
                        or that.dep_ not in ("dobj", "pobj"):
                    continue
                if rel.lower_ in _DONE_TO or rel.lemma_.lower() in _DONE_TO \
                        or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != that.i for c in rel.children):
                    continue
                return [t for t in rel.subtree if t.i != that.i and t.i not in others and t.i not in subj_toks]
    return None
