"""Legal reports open a change of counsel with a participle: "Opposing the petition, Senior
Advocate X, for the company, denied that ...", "Appearing for the State, Advocate Y submitted
...". The parser often hangs the name off the participle and leaves the speech verb with no
subject, so the statement is lost and a later "He submitted" goes back to the previous
paragraph's lawyer. Here the person named between the opening clause and the speech verb is the
verb's subject: a mention the pronouns after it find, and the speaker of the words it brings.
"""

from __future__ import annotations

from index.models import Span
from index.statements.attribution import Raw
from index.statements.speakers_np import Speaker
from index.vocabulary import vocabulary


def read(docs, bases: list[int], ctx) -> list[Raw]:
    """The statements of sentences shaped so; each speaker's mention is added to the cast as it goes."""
    v = vocabulary()
    out: list[Raw] = []
    for pi, (span, doc) in enumerate(docs):
        for k, sent in enumerate(doc.sents):
            root = sent.root
            first = sent[0]
            if root.tag_ != "VBD" or not v.speech_lemma(root.text) or first.tag_ != "VBG" or first.dep_ not in ("advcl", "csubj"):
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
                continue
            a, b = span.start + first.idx, span.start + root.idx
            named = [m for m in ctx.cast.mentions if a <= m.pos < b]
            if not named:
                continue
            person = named[0].person
            sno = bases[pi] + k
            ctx.add_mention(named[0].pos, person, True, sno, speaker=True)
            said = next((c for c in root.children if c.dep_ in ("ccomp", "dobj")), None)
            if said is None:
                continue
            toks = list(said.subtree)
            start = toks[0].idx if toks[0].dep_ != "mark" else toks[min(1, len(toks) - 1)].idx
            end = toks[-1].idx + len(toks[-1].text)
            out.append(Raw(speaker=Speaker(name=person.name, as_written=person.name, person=person), act=root.text.lower(),
                           content=Span(span.start + start, span.start + end), quote_type="indirect",
                           span=Span(span.start + sent.start_char, span.start + sent.end_char), sentence=sno, paragraph=pi,
                           cue=(root.i, {t.i for t in toks}, set())))
    return out
