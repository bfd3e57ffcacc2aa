"""Press-conference notes: one intro sentence names the speaker ("Manager Ann Roe spoke to the media
ahead of Saturday's game. Here is what she had to say."), then topic subheads ("On the injury
list:", "On Saturday's opponents:") each over the speaker's words, with no quotation marks and no
speech verb.

Every sentence under a topic subhead is the intro speaker's, up to a paragraph in which the
writer reports another speaker ("A club spokesperson added that ...", "Captain X also spoke to the
media"); the speaker's words resume at the next topic subhead, or straight after that paragraph
when its last sentence turns back to the speaker ("Asked about that, Roe smiled."). Two topic
subheads at least make the layout: one "On the budget:" line is a label.
"""

from __future__ import annotations

from index.models import Article, Span
from index.statements.attribution import Raw, quote_spans
from index.statements.letters import _reports_another
from index.statements.nlp import worded_sentences
from index.statements.speakers_np import Speaker
from index.statements.topic_heads import MIN_TOPICS, TOPIC_LINE
from index.textnorm import fold
from index.vocabulary import vocabulary

_INTRO_PARAGRAPHS = 3  # how far above the first subhead the intro naming the speaker may be
# speakers whose words are no other speaker's report: "People will tell you ...", "you", "they"
_FIRST_PERSON = {"i", "me", "my", "mine", "we", "us", "our", "ours"}
_NOBODY_ELSE = {"i", "we", "you", "they", "people", "everyone", "everybody", "nobody", "anyone", "anybody", "some"}


def read(article: Article, docs, bases: list[int], ctx, raws: list[Raw]) -> list[Raw]:
    """The intro speaker's statements, one per sentence under the topic subheads."""
    topics = [pi for pi, (_, doc) in enumerate(docs) if TOPIC_LINE.fullmatch(fold(doc.text).strip())]
    if len(topics) < MIN_TOPICS:
        return []
    who = _intro_speaker(docs, topics[0], ctx)
    if who is None:
        return []
    others = _other_speakers(raws, who)
    out: list[Raw] = []
    speaking = False
    for pi in range(topics[0], len(docs)):
        span, doc = docs[pi]
        if pi in topics:
            speaking = True
            continue
        if not speaking:
            continue
        if pi in others and not _first_person(doc):
            speaking = _turns_back(span, doc, who, ctx)
            continue
        sents = list(doc.sents)
        for n, a, b in worded_sentences(doc, floor=8):
            if _reports_another(sents[n]):
                continue
            out.append(Raw(speaker=who, act="said", content=Span(span.start + a, span.start + b), quote_type="direct",
                           span=Span(span.start + a, span.start + b), sentence=bases[pi] + n, paragraph=pi))
    return out


def _intro_speaker(docs, first: int, ctx) -> Speaker | None:
    """The person an intro sentence above the first subhead makes the speaker: the subject of a
    speech verb ("spoke to the media", "had to say")."""
    v = vocabulary()
    for pi in range(first - 1, max(-1, first - 1 - _INTRO_PARAGRAPHS), -1):
        span, doc = docs[pi]
        for sent in doc.sents:
            if not any(v.speech_lemma(t.text) or t.lower_ in v.briefing_verbs for t in sent):
                continue
            found = [m for m in ctx.cast.mentions
                     if m.subject and span.start + sent.start_char <= m.pos < span.start + sent.end_char]
            if len({m.person.name for m in found}) == 1:
                p = found[0].person
                return Speaker(name=p.name, as_written=p.name, person=p)
    return None


def _other_speakers(raws: list[Raw], who: Speaker) -> set[int]:
    """Paragraphs in which the writer reports someone else's words."""
    out = set()
    for r in raws:
        written = r.speaker.as_written.lower().split()
        if r.speaker.name == who.name or not written or written[-1] in _NOBODY_ELSE or r.speaker.name.lower() in _NOBODY_ELSE:
            continue
        out.add(r.paragraph)
    return out


def _first_person(doc) -> bool:
    """Does the paragraph speak in the first person outside quotation marks? Then it is the
    speaker's own, though it reports someone ("He told me on Monday he'd be fine")."""
    quoted = quote_spans(doc.text)[0]
    return any(t.lower_ in _FIRST_PERSON and not any(a <= t.idx < b for a, b in quoted) for t in doc)


def _turns_back(span, doc, who: Speaker, ctx) -> bool:
    """Does the paragraph's last sentence have the speaker as its subject ("Asked about it, Roe smiled.")?"""
    sents = list(doc.sents)
    if not sents:
        return False
    a, b = span.start + sents[-1].start_char, span.start + sents[-1].end_char
    return any(m.subject and m.person.name == who.name and a <= m.pos < b for m in ctx.cast.mentions)

