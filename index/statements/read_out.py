"""Messages read out: words a host, a reporter or a judge quotes from an e-mail, a letter or a
text whose sender the sentence names, with no speech verb of the sender's own.

"We've had an email from Declan on plot 9, and I'll read it out. "The slugs ..."" and "A message
came in from Farida: "Our seed swap ..."" make the quotation the sender's, not the turn
speaker's: the quotation must open in the sentence naming the message (a written-media noun
with "from NAME") or in the next one of the same paragraph.

A letter printed whole after the sentence that names it ("The following letter from Ann Roe was
sent to the club on May 3 and is posted with her agreement.", then "Dear members, ...", its
paragraphs each opened by a quotation mark and the last one closed) is its sender's, sentence by
sentence, dated by the day that sentence gives it (`following`).
"""

from __future__ import annotations

import re

from index.models import Span
from index.statements.attribution import Raw, quote_spans
from index.statements.colon_credits import _credit_time
from index.statements.speakers_np import speaker_of
from index.vocabulary import vocabulary


def read(docs, bases: list[int], ctx) -> list[Raw]:
    """The senders' statements of every paragraph that reads a message out."""
    out: list[Raw] = []
    for pi, (span, doc) in enumerate(docs):
        if '"' not in doc.text:
            continue
        sents = list(doc.sents)
        quotes = quote_spans(doc.text)[0]
        for k, sent in enumerate(sents):
            sender = _sender(sent)
            if sender is None:
                continue
            end = sents[k + 1].end_char if k + 1 < len(sents) else sent.end_char
            quote = next(((a, b) for a, b in quotes if sender.idx < a <= end and b - a >= 12), None)
            if quote is None:
                continue
            who = speaker_of(ctx, sender, span.start + sender.idx, bases[pi] + k)
            if who is None or who.generic:
                continue
            a, b = quote
            nth = next(j for j, s in enumerate(sents) if s.start_char <= a < s.end_char)
            out.append(Raw(speaker=who, act="wrote", content=Span(span.start + a, span.start + b), quote_type="direct",
                           span=Span(span.start + sents[nth].start_char, span.start + b),
                           sentence=bases[pi] + nth, paragraph=pi))
    return out


def _sender(sent):
    """The name after "from" that a written-media noun of the sentence governs ("an email from
    Declan", "a message came in from Farida"), or None."""
    media = vocabulary().written_media | {"text", "voicemail", "voice note", "reply"}
    for t in sent:
        if t.lower_ != "from" or t.dep_ not in ("prep", "agent"):
            continue
        name = next((c for c in t.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
        if name is None:
            continue
        # "an email from X": the noun; "an email about this, from X": the noun a step up;
        # "a message came in from X": the verb, whose subject is the noun
        for owner in list(t.ancestors)[:4]:
            nouns = [owner, *(c for c in owner.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))]
            if any(n.lemma_.lower() in media or n.lower_ in media for n in nouns):
                return name
            if owner.pos_ in ("VERB", "AUX"):
                break
    return None


_OPENS_QUOTE = ('"', "“")


def following(docs, bases: list[int], ctx) -> list[Raw]:
    """The senders' statements of letters printed whole after the paragraph that names them."""
    from index.statements.letters import _sentences  # (letters reads this module's neighbours: imported on use)

    out: list[Raw] = []
    for pi, (span, doc) in enumerate(docs[:-1]):
        sents = list(doc.sents)
        if not sents or '"' in doc.text or "“" in doc.text or not docs[pi + 1][1].text.lstrip().startswith(_OPENS_QUOTE):
            continue
        # the paragraph's last sentence names the letter and points at it ("The following letter from
        # X ...", "... in full:"), no quotation of its own; "denied that any letter from X arrived" does not
        ends_in_colon = doc.text.rstrip().endswith(":")
        sender, k = (_sender(sents[-1]) if ends_in_colon or _POINTS.search(sents[-1].text) else None), len(sents) - 1
        if sender is None and ends_in_colon:  # "Ann Roe has written to us (letter dated 3 May). This is the key part:"
            sender, k = _writer(sents)
        if sender is None:
            continue
        who = speaker_of(ctx, sender, span.start + sender.idx, bases[pi] + k)
        if who is None or who.generic:
            continue
        times = _credit_time(doc, span, sents[k].start_char, sents[k].end_char)  # "sent ... on May 3"
        for k in range(pi + 1, len(docs)):
            text = docs[k][1].text.strip()
            if not text.startswith(_OPENS_QUOTE) or _cued(text):
                break  # (a quotation with its own cue, '"...," she told AFP': no letter's)
            for raw in _sentences(who, docs[k], bases[k], k, False):
                raw.times = list(times)
                raw.content = _unquoted(docs[k][1].text, docs[k][0].start, raw.content)
                out.append(raw)
            if text.endswith(('"', "”")) and len(quote_spans(text)[0]) >= 1:
                break  # the letter's last paragraph closes the quotation
    return out


# (forms, not lemmas: the pipeline lemmatises few verbs)
_POINTS = re.compile(r"\b(?:following|below|in full|reads|as follows)\b", re.I)


def _cued(text: str) -> bool:
    """Words after the paragraph's quotation closes ('"...," she said.'): a quotation credited in
    the story's own voice, not a letter's paragraph."""
    quotes = quote_spans(text)[0]
    if not quotes:
        return False
    after = text[quotes[-1][1]:]
    return any(ch.isalpha() for ch in after)


_WRITING = {"write", "writes", "wrote", "written", "reply", "replies", "replied", "respond", "responds", "responded", "sent"}


def _writer(sents):
    """(the named subject of a sentence's writing verb, the sentence's index): "Ann Roe has written
    to us", "Ann Roe replied on Friday"; else (None, 0)."""
    for k, sent in enumerate(sents):
        for t in sent:
            if t.pos_ == "VERB" and t.lower_ in _WRITING:
                subj = next((c for c in t.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
                if subj is not None:
                    return subj, k
    return None, 0


def _unquoted(text: str, base: int, content: Span) -> Span:
    """The sentence without the quotation marks that open or close the letter's paragraph."""
    a, b = content.start - base, content.end - base
    while a < b and text[a] in '"“ ':
        a += 1
    while b > a and text[b - 1] in '"” ':
        b -= 1
    return Span(base + a, base + b)


def prevail(raws: list[Raw], printed: list[Raw]) -> list[Raw]:
    """The article's statements with the printed letters': a letter pasted into an e-mail or a post
    is its writer's, not the message's sender's, so a letter's sentence drops what another reader
    made of it (a sentence the letter gives someone else was never the letter's: it stays)."""
    if not printed:
        return raws
    taken = [(r.span.start, r.span.end) for r in printed]
    kept = [r for r in raws if not any(a < r.span.end and r.span.start < b for a, b in taken)]
    return sorted([*kept, *printed], key=lambda r: (r.span.start, r.span.end))
