"""A news item's subtitle file (SRT, WebVTT): who speaks in which caption.

A broadcast's subtitles mark their voices two ways. The studio and the narration carry a label,
"PRESENTER: Good evening ...", "REPORTER: The route was closed on Monday ..."; what those say is
the item's own narration, read as any article's sentences are ("REPORTER: Dr X says ..."). An
interviewee is introduced by the lower third, a caption cue of its own in brackets, "[ANN ROE,
SHOP OWNER]" (later "[ANN ROE]"), and what follows is theirs, cue after cue, until the next
label or lower third. Their cues hold no speech verb at all: without this reader none of their
words would be anyone's. The result is an `index.statements.transcript.Transcript`, merged and
dated as an interview's turns are (at the broadcast's day).
"""

from __future__ import annotations

import re
from datetime import date

from index.models import Article
from index.subtitles import is_subtitle_file
from index.statements.speakers_np import Speaker
from index.statements.transcript import Transcript, _continues, _speaker, add_turn
from index.textnorm import fold
from index.vocabulary import vocabulary

# the lower third: "[ANN ROE, SHOP OWNER]", "[Ann Roe, shop owner]", "[ANN ROE]", alone or over the
# first words
_LOWER_THIRD = re.compile(r"^\s*\[(?P<name>[A-Z][\w'’.\-]+(?: (?:[A-Z][\w'’.\-]+|de|da|van|von|bin|al|el|le)){1,4})"
                          r"(?:\s*,\s*(?P<role>[^\]\n]{2,80}))?\]\s*")
# a voice's label opening a caption: "PRESENTER:", "REPORTER:", "NEWSREADER:", "ANN ROE:"
_LABEL = re.compile(r"^\s*(?:-\s*)?[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3}\s*:\s")
# a dialogue dash opening a caption's line: "- Sometimes not even that."
_DASH = re.compile(r"^\s*[-–]\s+")


def is_subtitled(article: Article) -> bool:
    """Whether the article is a subtitle file: three cue headers at least among its left-out lines."""
    return is_subtitle_file(article.text, [*article.dropped, *article.subheadings])


def read(article: Article, docs, bases: list[int], ctx, published: date | None = None) -> Transcript | None:
    """The interviewees' words under their lower thirds, or None when the article is no subtitle file
    or names no one in a lower third."""
    if "[" not in article.text or not is_subtitled(article):
        return None
    out = Transcript()
    current = None
    introduced: set[str] = set()
    roles: dict[str, str] = {}  # each interviewee as their first lower third writes them, role and all
    for pi, ((span, doc), base) in enumerate(zip(docs, bases)):
        line = fold(article.text[span.start:span.end])
        if (m := _LOWER_THIRD.match(line)) and (third := _introduced(m, introduced)):
            current = _speaker(third.upper(), ctx, [], None)
            if current.person is None and not third.isupper():  # "[Ann McRoe, ...]" keeps its own case
                current = Speaker(name=third, as_written=third)
            if m.group("role"):  # "[ANN ROE, SHOP OWNER]": the role beside the name, as a caption gives it
                current = Speaker(name=current.name, as_written=f"{current.name}, {m.group('role').strip()}", person=current.person)
            roles[current.name] = current.as_written if m.group("role") else roles.get(current.name, current.as_written)
            current = Speaker(name=current.name, as_written=roles[current.name], person=current.person)
            if not line[m.end():].strip():
                out.asked.add(pi)  # (the caption alone says nothing)
                continue
            out.answered.add(pi)
            add_turn(out, current, span, doc, base, pi, m.end())
            continue
        if _LABEL.match(line) or current is None:
            current = None  # the presenter's or the reporter's narration: read as an article's
            continue
        if not _continues(doc.text, ctx) or _voiced(doc):
            current = None  # a caption with its own voice ("The ministry said ...") ends the turn
            continue
        start = m.end() if (m := _DASH.match(doc.text)) else 0
        out.answered.add(pi)
        add_turn(out, current, span, doc, base, pi, start)
    return out if out.raws else None


def _introduced(m: re.Match, introduced: set[str]) -> str | None:
    """The name a lower third gives, when it is one: with a role ("[ANN ROE, SHOP OWNER]"), opening
    with a first name the lexicon knows, or introduced so before ("[ANN ROE]"); a stage note in
    brackets ("[CROWD CHANTING]") is none."""
    from index.statements.people import first_name_gender

    name = " ".join(m.group("name").split())
    if m.group("role") or name.upper() in introduced or first_name_gender(name.split()[0].title()):
        introduced.add(name.upper())
        return name
    return None


def _voiced(doc) -> bool:
    """Whether a caption attributes words to someone other than its speaker ("This morning the
    ministry said ..."): a speech verb whose subject is a name or a noun, no pronoun (an interviewee's "they told us" is
    still their own account)."""
    v = vocabulary()
    return any(v.speech_lemma(t.text.lower()) and t.pos_ in ("VERB", "AUX")
               and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("PROPN", "NOUN") for c in t.children)
               for t in doc)
