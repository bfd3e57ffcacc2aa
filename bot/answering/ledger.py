"""Answers from the statement ledger: "Who said X?", "What did S say about T?", "When did A and B meet?".

Conservative by design: anything that is not one of these question kinds, names a speaker
the ledger does not know, or matches no statement well returns None, and the general
answerer takes over. Every sentence of an answer ends in a citation marker; the cited span
is the full sentence of the statement, verbatim.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from bot.answering.role_speakers import unnamed_role
from bot.answering.ledger_candidates import build_claim_tables, scored_claim_candidates
from index.models import Answer, Article, Citation, Statement
from index.statements.dates import find_time_phrases, resolve, with_date
from index.statements.dating import where_in
from index.statements.periods import period_in_question
from index.statements.segment import paragraphs, sentences
from index.statements.topics import terms, topic_score
from index.textnorm import fold, normalize
from index.vocabulary import vocabulary

# Speech acts as index/vocabulary.yaml lists them (longest first, so "called for" before "called").
_ACT_WORDS = "|".join(re.escape(f) for f in sorted(vocabulary().speech_forms() + tuple(vocabulary().opinion_acts),
                                                     key=lambda f: (-len(f), f)))
_WHO = re.compile(rf"^who\s+(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+)?({_ACT_WORDS})\b\s*(.*)$")
_WHAT = re.compile(rf"^what\s+(?:did|does|has|have|had)\s+(.+?)\s+(?:{_ACT_WORDS})\b\s*(.*)$")
_WHEN = re.compile(r"^(?:when|on what (?:date|day)|what day)\s+did\s+(.+?)\s+(speak|meet|talk|hold talks|discuss|"
                   r"have a (?:phone )?call|phone|call|say|tell|claim|deny|urge|announce|express)\b\s*(.*)$")
_EVENT_WORDS = {"call", "phone", "meet", "talk", "convers", "summit", "visit", "confer", "news", "statement",
                "telephon", "meeting"}
_LISTENERS = {"report", "journalist", "press", "media"}
_MEET_RE = re.compile(r"\b(?:met|meet|meeting|talks|talked|call|conversation|spoke|phoned|discussed|summit)\b", re.I)
_PAST = {"speak": "spoke", "meet": "met", "talk": "talked", "hold talks": "held talks", "discuss": "discussed",
         "phone": "phoned", "call": "spoke by phone"}


def answer_from_ledger(question: str, ledger, articles: Mapping[str, Article]) -> Answer | None:
    """An Answer (path="ledger") for a who/what/when question about statements, else None."""
    q = normalize(question).rstrip(" ?.!")
    since, until, q = period_in_question(q, ledger)
    for kind in (_who, _what, _when):
        picked = kind(q, ledger, since, until, articles)
        if picked is not None:
            lines, stmts = picked
            return _render(question, lines, stmts, articles)
    return None


# -- question kinds ------------------------------------------------------------------------
def _who(q, ledger, since, until, articles):
    m = _WHO.match(q)
    if not m or not m.group(2):
        return None
    act, claim = m.group(1), re.sub(r"^that\s+", "", m.group(2))
    if len(terms(claim)) < 2:  # "Who said what?" is too vague to pin on one speaker
        return None
    scored = []
    for s, st in scored_claim_candidates(claim, ledger, since, until, articles, _claim_text, min_share=0.6):
        if s >= 0.6 and not _a_document(st.speaker):
            scored.append((s + (0.2 if _same_act(act, st.act) else 0), st))
    if not scored:
        return None
    scored.sort(key=lambda x: -x[0])
    best = scored[0][1]
    if unnamed_role(best.speaker):
        return None  # "The head coach said ...": the extractive answer brings the sentence naming the coach
    same = [st for s, st in scored if st.speaker == best.speaker and s >= scored[0][0] - 0.1][:2]
    same = _one_per_sentence(same)
    return [_sentence(st, claim, articles) for st in same], same


_DOCUMENTS = vocabulary().documents | vocabulary().statement_nouns


def _a_document(speaker: str) -> bool:
    """"An official handout", "A study": a document that speaks for no named issuer answers no
    "who" (the person or body is in the passages, for the extractive answerer)."""
    words = speaker.lower().split()
    return len(words) >= 2 and words[0] in ("a", "an") and words[-1] in _DOCUMENTS


def _what(q, ledger, since, until, articles, need: float = 0.66):
    m = _WHAT.match(q)
    if not m:
        return None
    speaker = ledger.resolve_speaker(m.group(1))
    if speaker is None:
        return None
    topic = re.sub(r"^(?:about|on|regarding|concerning|of)\s+", "", m.group(2))
    topic_terms = terms(topic) - _LISTENERS
    if topic_terms & _EVENT_WORDS:  # "after the two leaders' phone call" names an occasion, not a topic
        topic_terms = topic_terms - _EVENT_WORDS - _name_terms(ledger)
    found = ledger.statements(speaker=speaker, since=since, until=until)
    if topic_terms:
        ranked = sorted(((_claim_score(" ".join(topic_terms), st, articles), st) for st in found), key=lambda x: -x[0])
        # Most of the topic must be there: "the weather in the capital" is not answered by a mention of the capital.
        need = 1.0 if len(topic_terms) == 1 else need
        found = [st for s, st in ranked if s >= need]
    found = _one_per_sentence(found)[:3]
    if not found:
        return None
    found.sort(key=lambda st: (st.when_start or date.max, st.article_id, st.start))
    return [_sentence(st, topic, articles) for st in found], found


def _when(q, ledger, since, until, articles):
    m = _WHEN.match(q)
    if not m:
        return None
    names = [n for n in re.split(r"\s*,\s*|\s+and\s+", m.group(1)) if n]
    parties = [ledger.resolve_speaker(n) for n in names]
    if not parties or any(p is None for p in parties):
        return None
    verb, rest = m.group(2), m.group(3)
    if len(parties) == 1 and verb in ("say", "tell", "claim", "deny", "urge", "announce", "express"):
        # The speaker is given, so half of the claim's words pin the statement down.
        hits = _what(f"what did {names[0]} say {rest}", ledger, since, until, articles, need=0.66)
        if not hits:
            return None
        st = hits[1][0]
        if st.when_start is None:
            return None
        if st.date_basis == "publication":  # the report's date is not the day it was said
            return [f"The article does not say when {st.speaker} {_act(st.act)} this{_where(st)}; "
                    f"it was reported {_when_words(st)}."], [st]
        return [f"{st.speaker} {_act(st.act)} this {_when_words(st)}{_where(st)}."], [st]
    place = re.search(r"\bin\s+([a-z][\w .-]+)$", rest)
    events = []
    for st in ledger.statements(since=since, until=until):
        art = articles.get(st.article_id)
        if art is None:
            continue
        sent = normalize(art.text[st.start:st.end]) + " " + normalize(st.speaker) + " " + normalize(st.speaker_as_written)
        if not all(any(re.search(rf"\b{re.escape(a)}\b", sent) for a in ledger.aliases(p)) for p in parties):
            continue
        if not _MEET_RE.search(art.text[st.start:st.end]):
            continue
        if place and not _at_place(place.group(1), st, art):
            continue
        day, phrase = _event_day(st, art)
        if day is not None:
            events.append((day, phrase, st))
    if not events:
        return None
    by_day: dict[date, tuple] = {}
    for day, phrase, st in sorted(events, key=lambda e: e[0]):
        by_day.setdefault(day, (phrase, st))
    who = " and ".join(parties)
    lines, stmts = [], []
    for day, (phrase, st) in list(by_day.items())[:3]:
        spot = where_in(fold(articles[st.article_id].text[st.start:st.end]))
        where = f" in {place.group(1).title()}" if place else (f" in {spot}" if spot and spot != "a phone call"
                                                               else _where(st))
        lines.append(f"{who} {_PAST.get(verb, verb)} {with_date(phrase, day, day)}{where}.")
        stmts.append(st)
    return lines, stmts


# -- matching --------------------------------------------------------------------------
def _claim_text(st: Statement, articles) -> str:
    text = st.content
    if len(st.content.split()) <= 8:  # "denied such an understanding": read the sentence before
        art = articles.get(st.article_id)
        if art is not None:
            text += " " + _previous_sentence(art, st.start)
    return text


def _claim_score(claim: str, st: Statement, articles) -> float:
    text = _claim_text(st, articles)
    want = terms(claim)
    if len(want) < 2 and len(want & terms(text)) < 1:
        return 0.0
    return topic_score(claim, text)


def _previous_sentence(art: Article, start: int) -> str:
    for para in paragraphs(art):
        if para.start <= start < para.end:
            prev = [s for s in sentences(art.text, para) if s.end <= start]
            return art.text[prev[-1].start:prev[-1].end] if prev else ""
    return ""


def _same_act(asked: str, act: str) -> bool:
    return asked[:4] == act[:4]


def _name_terms(ledger) -> frozenset[str]:
    """The terms of every speaker's name: read once while the ledger stays as it is (about 0.15 s
    at 10,000 articles, for each question about an occasion before)."""
    derived = getattr(ledger, "derived", None)
    if derived is None:
        return _read_name_terms(ledger)
    return derived("speaker name terms", lambda: _read_name_terms(ledger))


def build_tables(ledger, articles: Mapping[str, Article]) -> None:
    """The tables over every statement that who-questions and questions about an occasion read,
    built now instead of by the first such question (bot/answering/warm.py)."""
    build_claim_tables(ledger, articles, _claim_text)
    _name_terms(ledger)


def _read_name_terms(ledger) -> frozenset[str]:
    out: set[str] = set()
    for sp in ledger.speakers():
        out |= terms(sp)
    return frozenset(out)


def _at_place(place: str, st: Statement, art: Article) -> bool:
    if st.where and normalize(st.where) == place:
        return True
    if place in normalize(art.text[st.start:st.end]):
        return True
    # The place is named just after the statement: it is this meeting's place only if that
    # sentence brings no date of its own ("They previously met in <the place> on <another day>").
    after = art.text[st.end:min(len(art.text), st.end + 300)]
    for sentence in re.split(r"(?<=[.!?])\s+", after):
        if place in normalize(sentence):
            return not any(resolve(tp.text, art.published) for tp in find_time_phrases(fold(sentence)))
    return False


def _event_day(st: Statement, art: Article) -> tuple[date | None, str | None]:
    """The day of the meeting a statement's sentence reports: a time phrase near the meeting
    word ("met with Putin on Friday"), else the statement's own date."""
    sent = fold(art.text[st.start:st.end])
    meets = [m.start() for m in _MEET_RE.finditer(sent)]
    best = None
    for tp in find_time_phrases(sent):
        rng = resolve(tp.text, art.published)
        gap = min((abs(tp.start - m) for m in meets), default=999)
        if rng and rng[0] == rng[1] and gap < 120 and (best is None or gap < best[0]):
            best = (gap, rng[0], art.text[st.start + tp.start:st.start + tp.end])
    return (best[1], best[2]) if best else (st.when_start, st.when_text)


# -- rendering -------------------------------------------------------------------------
def _one_per_sentence(stmts: list[Statement]) -> list[Statement]:
    """One statement per speaker and sentence: "said ..., a claim he said would be ..." once."""
    seen, out = set(), []
    for st in stmts:
        if (st.speaker, st.article_id, st.start) not in seen:
            seen.add((st.speaker, st.article_id, st.start))
            out.append(st)
    return out


def _sentence(st: Statement, topic: str = "", articles=None) -> str:
    if st.date_basis == "publication" and st.when_start:  # the report's date, not the day it was said
        return _reported(_sentence(replace(st, when_start=None, when_end=None), topic, articles), st)
    head = f"{st.speaker} {_act(st.act)}"
    when = f" {_when_words(st)}" if st.when_start else ""
    where = _where(st)
    # "called the budget \"painful\"": the quote is part of what was said, not all of it
    if st.quote_type == "direct" and not re.search("[\"\u201c\u201d]", st.content):
        quote = _best_quote_sentence(st.content, topic)
        return f"{_cap(head)}{when}{where}: \u201c{quote}\u201d" + ("" if quote.endswith((".", "!", "?")) else ".")
    content = " ".join(st.content.split()).rstrip(" ,;.")
    if st.when_text and content.endswith(st.when_text):  # "denied such an understanding earlier on Friday"
        content = content[: -len(st.when_text)].rstrip(" ,")
    if _AUX.match(content) and articles is not None and st.article_id in articles:
        content = _with_antecedent(st, articles[st.article_id].text, content)
    if st.act not in _THAT_ACTS:  # an object, not a clause: "called for a swift unblocking ..., on ..."
        tail = f",{when}{where}" if when or where else ""
        return _end(f"{_cap(head)} {content}{tail}")
    first = content.split()[0] if content.split() else ""
    joiner = "" if first.lower() == "that" else (":" if first in _SENTENCE_STARTS else " that")
    return _end(_closed(f"{_cap(head)}{when}{where}{joiner} {content}"))


def _closed(body: str) -> str:
    """A quote the statement's span cut short ('were "broadly supportive.'), closed."""
    if body.count('"') % 2 or body.count("\u201c") > body.count("\u201d"):
        body = body.rstrip(" .") + ("\u201d" if "\u201c" in body else '"')
    return body


_SENTENCE_STARTS = {"In", "Within", "The", "This", "That", "These", "It", "We", "There", "If", "According", "When",
                    "While", "As", "For", "On", "At", "Our", "Its", "They", "He", "She", "I", "A", "An"}


def _reported(sentence: str, st: Statement) -> str:
    """'... most (reported on 6 March 2025).': the date goes last, so it never reads as the day it was said."""
    body = sentence[:-1] if sentence.endswith(".") else sentence
    if body.count('"') % 2 or body.count("\u201c") > body.count("\u201d"):  # a quote the span cut short
        body += "\u201d" if "\u201c" in body else '"'
    return f"{body} (reported {with_date(None, st.when_start, st.when_end)})."


def _end(sentence: str) -> str:
    """One final full stop, kept inside a closing quotation mark when one is there."""
    return sentence if re.search(r"[.!?][\u201d\"']?$", sentence) else sentence + "."


_AUX = re.compile(r"(?:would|will|could|should|might|may|must|can|was|were|is|are|had|has|have)\b")


def _with_antecedent(st: Statement, text: str, content: str) -> str:
    """"a claim the Russia's top diplomat said would be investigated": the claim would be ..."""
    sent = fold(text[st.start:st.end])
    at = sent.rfind(fold(st.speaker_as_written), 0, st.end - st.start)
    if at <= 0:
        return content
    head = sent[:at].rstrip()
    head = head[head.rfind(",") + 1:].strip()
    if not head or len(head.split()) > 6:
        return content
    return f"{text[st.start + at - len(head) - 1:st.start + at].strip()} {content}"


_THAT_ACTS = {"said", "told", "claimed", "noted", "added", "insisted", "announced", "confirmed", "emphasized",
              "stressed", "warned", "argued", "hinted", "pledged", "declared", "stated", "alleged", "alluded"}


def _act(act: str) -> str:
    return "said" if act == "told" else act


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _best_quote_sentence(quote: str, topic: str) -> str:
    parts = [p for p in re.split(r"(?<=[.!?])\s+(?=[A-Z\u201c\"])", quote.strip()) if p]
    if len(parts) <= 1:
        return quote.strip()
    return max(parts, key=lambda p: (topic_score(topic, p), -parts.index(p))) if topic else parts[0]


def _when_words(st: Statement) -> str:
    phrase = st.when_text
    return with_date(None if phrase and _names_an_occasion(phrase) else phrase, st.when_start, st.when_end)


def _names_an_occasion(phrase: str) -> bool:
    """"told the meeting", "outside the court": a phrase opened by a verb of saying or an occasion
    word names the occasion that dated the words, no time phrase to put after "said"."""
    v = vocabulary()
    words = re.findall(r"[a-z]+", phrase.lower())
    return bool(words) and (v.speech_lemma(words[0]) is not None
                            or any(words[:len(o.split())] == o.split() for o in v.occasion_openers))


def _where(st: Statement) -> str:
    if not st.where:
        return ""
    return " in a phone call" if st.where == "a phone call" else f" in {st.where}"


def _render(question: str, lines: list[str], stmts: list[Statement], articles) -> Answer | None:
    text_parts, citations = [], []
    for line, st in zip(lines, stmts):
        art = articles.get(st.article_id)
        if art is None:
            continue
        n = len(citations) + 1
        citations.append(Citation(n, st.article_id, st.start, st.end, art.text[st.start:st.end]))
        text_parts.append(f"{line} [{n}]")
    if not citations:
        return None
    return Answer(question=question, text=" ".join(text_parts), citations=citations, path="ledger")
