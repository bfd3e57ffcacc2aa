"""A thing announced, confirmed or proposed by someone, told as a participle on its noun: "New
licensing rules announced by the Government on Monday will require every dog to be chipped", "The
cuts, confirmed by the board on Monday, take effect in May". The sentence is the agent's statement
(what they announced, and what it does), dated by the participle's own time phrase. Only the
announcing verbs: "the plan, criticised by residents" is a report of a reaction, no announcement.
"""

from __future__ import annotations

from index.models import Span
from index.statements import letters
from index.statements.attribution import Raw, _times
from index.statements.speakers_np import speaker_of

# (participles as written: the pipeline's lemmas are not read here)
_ANNOUNCING = {"announced", "confirmed", "proposed", "revealed", "disclosed", "unveiled", "outlined"}


def read(docs, bases: list[int], ctx) -> list[Raw]:
    """The statements of sentences whose subject carries such a participle."""
    out: list[Raw] = []
    for pi, (span, doc) in enumerate(docs):
        for k, sent in enumerate(doc.sents):
            for verb in sent:
                if verb.tag_ != "VBN" or verb.dep_ != "acl" or verb.lower_ not in _ANNOUNCING:
                    continue
                if verb.head.dep_ not in ("nsubj", "nsubjpass") or verb.head.head.pos_ not in ("VERB", "AUX"):
                    continue  # the thing announced is what the sentence is about
                agent = next((o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)
                if agent is None:
                    continue
                who = speaker_of(ctx, agent, span.start + agent.idx, bases[pi] + k)
                if who is None or who.generic:
                    continue
                end = sent.end_char
                while end > sent.start_char and doc.text[end - 1] in " .!?\n":
                    end -= 1
                raw = Raw(speaker=who, act=verb.lower_,
                          content=Span(span.start + sent.start_char, span.start + end), quote_type="indirect",
                          span=Span(span.start + sent.start_char, span.start + sent.end_char),
                          sentence=bases[pi] + k, paragraph=pi)
                raw.times = _times(verb, agent, set(), set(), span)
                out.append(raw)
                break
    return out


def merge(raws: list[Raw], found: list[Raw]) -> list[Raw]:
    """The statements with these, where no statement of its own covers the sentence."""
    return letters.merge(raws, found)
