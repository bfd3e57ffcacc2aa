"""A speech act that points back at the words before it: "This was stated by the head of the
regional administration, X, during a briefing", "This was announced by Minister Y on Facebook",
"Z said this on Telegram" (the agency style of Ukrainian, Russian, Kazakh and other post-Soviet
newsrooms in English, where the lede gives what was said and the next sentence who said it).

The statement is the speaker's, and its content the sentence before (or, when the pointing
sentence opens its paragraph, the paragraph before); it replaces what was read from the pointing
sentence alone (its reporter, "a correspondent reports", or the bare "this"). Words that already
have a speaker of their own keep it.
"""

from __future__ import annotations

from index.models import Span
from index.statements.attribution import Raw, _times
from index.statements.speakers_np import speaker_of
from index.vocabulary import vocabulary

_POINTERS = ("this", "that", "it")


def read(docs, bases: list[int], ctx, raws: list[Raw]) -> list[Raw]:
    """`raws` with each pointing sentence's statement made the speaker's, over the words before it."""
    v = vocabulary()
    found: list[tuple[Raw, Span]] = []
    for pi, (span, doc) in enumerate(docs):
        sents = list(doc.sents)
        for k, sent in enumerate(sents):
            got = _pointing(sent, v)
            if got is None:
                continue
            verb, agent = got
            if k:
                before = sents[k - 1]
                content = Span(span.start + before.start_char, span.start + before.end_char)
            elif pi:
                prev_span, prev_doc = docs[pi - 1]
                if len(list(prev_doc.sents)) > 2:
                    continue  # a long paragraph before: which of its words were stated is unclear
                content = Span(prev_span.start, prev_span.end)
            else:
                continue
            who = speaker_of(ctx, agent, span.start + agent.idx, bases[pi] + k)
            if who is None or who.generic:
                continue
            where = Span(content.start, span.start + sent.end_char)
            raw = Raw(speaker=who, act=v.past(v.speech_lemma(verb.text)), content=content,
                      quote_type="indirect", span=where, sentence=bases[pi] + k, paragraph=pi)
            # "disclosed this on Tuesday": the act's own time dates the words before
            raw.times = _times(verb, agent, set(), set(), span)
            found.append((raw, Span(span.start + sent.start_char, span.start + sent.end_char)))
    if not found:
        return raws
    out = list(raws)
    for raw, pointing in found:
        if any(r.span.start < raw.content.end and raw.content.start < r.span.end and r.span.end <= pointing.start
               for r in out):
            continue  # the words before have their own speaker
        out = [r for r in out if not (pointing.start <= r.span.start and r.span.end <= pointing.end)]
        out.append(raw)
    return sorted(out, key=lambda r: (r.span.start, r.span.end))


def _pointing(sent, v):
    """(speech verb, its speaker's token) when `sent` says who said the words before it, or None."""
    for t in sent:
        if v.speech_lemma(t.text) is None or t.tag_ not in ("VBN", "VBD", "VBZ"):
            continue
        subj = next((c for c in t.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        if subj is None:
            continue
        if subj.dep_ == "nsubjpass" and subj.lower_ in _POINTERS and any(c.dep_ == "auxpass" for c in t.children):
            agent = next((c for c in t.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if pobj is not None:
                return t, _named(pobj)
        elif subj.dep_ == "nsubj" and subj.lower_ not in _POINTERS and any(
                c.dep_ == "dobj" and c.lower_ in ("this", "that") and not list(c.children) for c in t.children) \
                and not any(c.dep_ in ("ccomp", "xcomp") for c in t.children):
            return t, subj
    return None


def _named(head):
    """The name in an agent's phrase ("the head of the administration, X": X), else its head."""
    return next((c for c in head.subtree if c.dep_ == "appos" and c.pos_ == "PROPN"), head)
