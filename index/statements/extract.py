"""Attributed statements of one article: who said what, how, when and where.

Rules only. For each sentence, every speech verb outside quotation marks whose subject
resolves to a known entity (see `mentions`) makes a statement. The content is the
quotation when the statement is one, else the reported clause. Undated statements borrow a
date by the rules in `dating`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from index.models import Article, Span, Statement
from index.statements import dating
from index.statements.dates import TimePhrase, find_time_phrases
from index.statements.gazetteer import UPPER
from index.statements.mentions import Discourse, persons_in, resolve_phrase, subject
from index.statements.segment import inside, paragraphs, quote_typed, quotes, sentences, whole_quote
from index.statements.speakers import Entity, EntityTable, discover
from index.statements.timing import shift, time_before_verb, time_in, time_in_object
from index.textnorm import fold

ACTS = {
    "said": "said", "told": "told", "claimed": "claimed", "denied": "denied", "urged": "urged",
    "pledged": "pledged", "complained": "complained", "emphasized": "emphasized", "emphasised": "emphasized",
    "hinted": "hinted", "confirmed": "confirmed", "noted": "noted", "added": "added", "insisted": "insisted",
    "accused": "accused", "announced": "announced", "called for": "called for", "expressed": "expressed",
    "hailed": "hailed", "stressed": "stressed", "warned": "warned", "argued": "argued", "declared": "declared",
    "stated": "stated", "underlined": "underlined", "alleged": "alleged", "dismissed": "dismissed",
    "rejected": "rejected", "echoed": "echoed", "reiterated": "reiterated", "acknowledged": "acknowledged",
    "admitted": "admitted", "explained": "explained", "suggested": "suggested", "promised": "promised",
    "vowed": "vowed", "asserted": "asserted", "replied": "replied", "responded": "responded", "wrote": "wrote",
    "tweeted": "tweeted", "proposed": "proposed", "threatened": "threatened", "condemned": "condemned",
    "criticized": "criticized", "criticised": "criticized", "praised": "praised", "blamed": "blamed",
    "described": "described", "touted": "touted", "alluded": "alluded", "stood by": "stood by", "asked": "asked",
    "demanded": "demanded", "recalled": "recalled", "ruled out": "ruled out", "voiced": "voiced",
    "objected": "objected", "countered": "countered",
}
PARTICIPLES = {
    "saying": "said", "adding": "added", "insisting": "insisted", "stressing": "stressed", "noting": "noted",
    "warning": "warned", "claiming": "claimed", "arguing": "argued", "accusing": "accused", "urging": "urged",
    "emphasizing": "emphasized", "emphasising": "emphasized", "describing": "described", "calling for": "called for", "calling": "called",
}
_VERB_RE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, ACTS | PARTICIPLES), key=len, reverse=True)) + r")\b")
_TAIL_WORDS = r"(?:reporters|journalists|the\s+press|to|in|on|at|after|as|without|during|while|when|before|following|adding|saying|from|via|late|early)"
_CLAUSE_END = re.compile(
    r",\s*(?:" + "|".join(PARTICIPLES) + r"|according\s+to)\b|\s+(?:adding|saying)\b|,\s*(?:but|while|whereas)\s+(?=[A-Z])|,?\s+(?:and|but)\s+(?:also\s+)?(?:"
    + "|".join(sorted(ACTS, key=len, reverse=True)) + r")\b")
# "echoed that statement": "that" as a demonstrative, not a complementizer.
_DEMONSTRATIVE_NOUN = (r"(?:statement|claim|view|position|idea|proposal|assessment|remark|call|account|report|"
                       r"charge|accusation|approach|plan|decision|message|sentiment|notion|suggestion)\b")
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+|also\s+)?$|\b(?:earlier|previously|repeatedly|often)\b", re.I)


@dataclass
class Raw:
    """A statement before dating: what extraction found, with offsets into the article."""

    entity: Entity
    as_written: str
    act: str
    content: Span
    quote_type: str
    span: Span
    sentence: Span
    paragraph: int
    own_time: TimePhrase | None  # absolute offsets
    perfect: bool
    nested: bool = False  # inside the content of another statement of the sentence


def statement_id(article_id: str, start: int, end: int, speaker: str, nth: int = 0) -> str:
    """Stable id of (article, span, speaker); `nth` tells apart one speaker's several
    statements in one sentence ("said ..., adding ...")."""
    key = f"{article_id}|{start}|{end}|{speaker}" + (f"|{nth}" if nth else "")
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def extract(article: Article) -> list[Statement]:
    """Every attributed statement of `article`, in text order."""
    return extract_with_aliases(article)[0]


def extract_with_aliases(article: Article) -> tuple[list[Statement], dict[str, str]]:
    """Statements and the article's alias table (normalised alias -> canonical)."""
    text, t = article.text, fold(article.text)
    table = EntityTable()
    discover(text, table)
    raws: list[Raw] = []
    disc = Discourse()
    for pi, para in enumerate(paragraphs(article)):
        prev_direct: Raw | None = None
        for sent in sentences(text, para):
            disc.next_sentence()
            found = _sentence(t, sent, pi, table, disc)
            if not found and prev_direct and whole_quote(t, sent):
                q = quotes(text, sent)[0]
                found = [Raw(prev_direct.entity, prev_direct.as_written, "said", q, "direct", sent, sent, pi,
                             None, False)]
                disc.sent_speakers.append(prev_direct.entity)
            if not disc.sent_subject:
                subj = [e for pos, e in persons_in(t[sent.start:sent.end], table)
                        if not re.search(r"\b(?:with|to|for|from|by|of|about|and)\s+(?:\w+\s+){0,3}$",
                                         t[sent.start:sent.start + pos])]
                disc.sent_subject = subj[0] if subj else None
            _coordinated_subject(t, sent, table, disc)
            raws.extend(found)
            if found:
                prev_direct = found[-1] if found[-1].quote_type == "direct" else None
    return dating.finish(article, raws, table), table.alias_map()


def _coordinated_subject(t: str, sent: Span, table: EntityTable, disc: Discourse) -> None:
    """"Pashinyan and Aliyev met ...": a group "the two leaders" can point back at."""
    head = t[sent.start:sent.end]
    verb = re.search(r"\s(?!and\b|of\b)[a-z]{2,}\b", head)
    people = [e for _, e in persons_in(head[: verb.start() if verb else 0], table)]
    unique = list(dict.fromkeys(e.canonical for e in people))
    if len(unique) > 1:
        disc.last_group = [next(e for e in people if e.canonical == c) for c in unique]


def _sentence(t: str, sent: Span, pi: int, table: EntityTable, disc: Discourse) -> list[Raw]:
    qs = quotes(t, sent)
    out: list[Raw] = []
    last: list[Entity] = []
    for vm in _VERB_RE.finditer(t, sent.start, sent.end):
        if inside(vm.start(), qs):
            continue
        form = vm.group(1)
        prefix = t[sent.start:vm.start()]
        follows = True
        if form in PARTICIPLES:
            ents = last or _clause_subject(t, sent.start, vm.start(), table, disc)
            as_written = out[-1].as_written if out else ""
            mstart, act = vm.start(), PARTICIPLES[form]
        elif out and re.search(r"(?:,\s*|\s+)(?:and|but)\s+(?:also\s+)?$", prefix):
            ents, as_written, mstart, act = last, out[-1].as_written, vm.start(), ACTS[form]
        else:
            got = subject(prefix, table, disc) or _inverted(t, vm.end(), sent.end, table, disc)
            if not got:
                continue
            ents, as_written, rel = got
            mstart = sent.start + rel if rel >= 0 else vm.start()
            act, follows = ACTS[form], False
        if not ents:
            continue
        perfect = bool(_PERFECT.search(t[max(sent.start, mstart - 12):vm.start()]))
        content, qtype, own = _content(t, sent, vm, mstart, qs, follows=follows, perfect=perfect)
        nested = any(r.content.start <= mstart < r.content.end for r in out)
        for e in ents:
            out.append(Raw(e, as_written.strip(" ,"), act, content, qtype, sent, sent, pi, own, perfect, nested))
            disc.sent_speakers.append(e)
        last = list(ents)
        if len(ents) > 1:
            disc.last_group = list(ents)
    return out + _according_to(t, sent, pi, qs, table, disc, out)


def _clause_subject(t: str, sstart: int, vstart: int, table: EntityTable, disc: Discourse) -> list[Entity]:
    """The subject at the start of the participle's clause: "..., but Yerevan backed out ... saying"."""
    head = t[sstart:vstart]
    cut = max((m.end() for m in re.finditer(r",\s+(?:but|and|while)\s+|;\s+", head)), default=0)
    m = re.match(rf"\s*((?:the\s+)?[{UPPER}][\w'-]*(?:\s+[{UPPER}][\w'-]*)*)", head[cut:])
    got = resolve_phrase(m.group(1), table, disc) if m else None
    return got[0] if got else []


def _according_to(t: str, sent: Span, pi: int, qs: list[Span], table: EntityTable, disc: Discourse,
                  found: list[Raw]) -> list[Raw]:
    """"According to Peskov, ..." / "..., according to Pashinyan's press office." """
    out = []
    for m in re.finditer(r"\b[Aa]ccording\s+to\s+((?:the\s+)?[^,.;\"]+?)(?=\s*[,.;]|\s*$)", t[sent.start:sent.end]):
        a, b = sent.start + m.start(), sent.start + m.end()
        if inside(a, qs):
            continue
        got = resolve_phrase(m.group(1), table, disc)
        if not got:
            continue
        if not t[sent.start:a].strip():
            start = b + len(t[b:sent.end]) - len(t[b:sent.end].lstrip(" ,"))
            end = sent.end
        else:
            start, end = sent.start, a
        while end > start and t[end - 1] in " .,;":
            end -= 1
        if any(start <= r.content.start < end for r in found):
            continue  # "According to the ministry, Mirzoyan told her ...": Mirzoyan's statement
        span, qtype = quote_typed(t, Span(start, end), qs)
        for e in got[0]:
            out.append(Raw(e, m.group(1), "said", span, qtype, sent, sent, pi, None, False))
            disc.sent_speakers.insert(0, e)
    return out


def _inverted(t: str, vend: int, send: int, table: EntityTable, disc: Discourse):
    """'“...,” added the statement' / '“...,” said Peskov': the subject after the verb."""
    if not re.search(r",\"?\s*$|\"\s*$", t[max(0, vend - 40):vend - len(t[:vend].split()[-1])]):
        return None
    m = re.match(r"\s+((?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,3}?)\s*(?=[.,;]|\s+(?:in|on|at|after)\b|$)", t[vend:send])
    if not m:
        return None
    got = resolve_phrase(m.group(1), table, disc)
    return (got[0], m.group(1), -1) if got else None


def _content(t: str, sent: Span, vm: re.Match, mstart: int, qs: list[Span], follows: bool = False,
             perfect: bool = False):
    """(content span, quote type, own time phrase) of the verb at `vm`."""
    lead = t[sent.start:mstart].rstrip()
    tail = t[vm.end():sent.end]
    inverted = mstart == vm.start()  # '"...," said Berg' / '"...," added the statement'
    quote_first = bool(re.search(r',"$', lead)) and not re.match(r"\s*(?:that\b|:)", tail)
    tail_is_attribution = inverted or quote_first or (
        re.match(rf"\s*(?:[.;!?]|$|{_TAIL_WORDS}\b|,\s*\w+(?:ing|ly)\b)", tail)
        and not re.match(r"\s*(?:that|to\s+(?!reporters|journalists)\w+)\b", tail))
    if not lead.endswith((",", '"')):  # "..., Austrian Foreign Minister Anna Berg told": a title before the name
        lead = re.sub(r"(?:\s+[A-Z][\w.'-]*)+$", "", lead)
    if not follows and lead.endswith((",", '"')) and len(lead) > 12 and tail_is_attribution \
            and not _adverbial_only(lead):
        end = sent.start + len(lead.rstrip(",").rstrip())
        own = time_in(t, mstart, _clause_end(t, vm.end(), sent.end))
        span, qtype = quote_typed(t, Span(sent.start, end), qs)
        return span, qtype, own
    # Speaker first: the content follows the verb.
    start = vm.end()
    own = None
    m = re.match(r"\s*(?:to\s+(?:reporters|journalists)\s*)?", t[start:sent.end])
    start += m.end()
    if vm.group(1) == "told":  # the listener: "told her that", "told President Charles Michel they"
        m = re.match(r"(?:(?:her|him|them|us|me|reporters|journalists)\s+|(?:(?:[A-Z][\w.'-]*|of)\s+)+(?=[a-z]))",
                     t[start:sent.end])
        start += m.end() if m else 0
    tps = [tp for tp in find_time_phrases(t[start:sent.end]) if tp.start == 0]
    if tps:
        own = shift(tps[0], start)
        start += tps[0].end
    m = re.match(r"\s*(?:at|in|on|during|after|before|following)\s+[^,.;\"]{0,60}?\s+that\s+", t[start:sent.end])
    if m:  # "noted at the start of their conversation that ..."
        start += m.end() - len("that ") - 1
    m = re.match(r"\s*(?:,\s*)?(?::\s*)?", t[start:sent.end])
    start += m.end()
    m = re.match(r"that\s+", t[start:sent.end])
    if m and not re.match(_DEMONSTRATIVE_NOUN, t[start + m.end():sent.end]) and \
            t[start + m.end():_clause_end(t, start, sent.end)].strip(" .,"):
        start += m.end()  # "that" as a complementizer, not "echoed that statement"
    else:
        start += len(t[start:sent.end]) - len(t[start:sent.end].lstrip())
    end = _clause_end(t, start, sent.end)
    while end > start and t[end - 1] in " .,;":
        end -= 1
    if end <= start:
        start, end = vm.start(), vm.end()
    if own is None:
        own = time_before_verb(t, sent.start, mstart, vm.start())
    if own is None and not perfect:
        own = time_in_object(t, vm.start(), start, end, qs)
    span, qtype = quote_typed(t, Span(start, end), qs)
    return span, qtype, own


def _adverbial_only(lead: str) -> bool:
    """A lead that is an introductory phrase, not reported content ("Earlier on Thursday,")."""
    tps = find_time_phrases(lead)
    if tps and not lead[:tps[0].start].strip() and not lead[tps[0].end:].strip(" ,"):
        return True
    return bool(re.match(r"\s*(?:earlier|later|on|in|at|after|before|during|commenting|speaking|calling|"
                         r"meanwhile|asked|for its part|within)\b[^\"]*,$", lead, re.I)) and '"' not in lead \
        and len(lead.split()) < 8


def _clause_end(t: str, start: int, end: int) -> int:
    qs = quotes(t, Span(start, end))
    for m in _CLAUSE_END.finditer(t, start, end):
        if not inside(m.start(), qs):
            return m.start()
    return end


def extract_statements(article: Article) -> list[Statement]:
    """`extract`, the name ingest calls; it also keeps the article's alias table for
    `store.replace_statements`, which ingest calls without one (see `recent_aliases`)."""
    stmts, aliases = extract_with_aliases(article)
    _RECENT[article.id] = (frozenset(s.id for s in stmts), aliases)
    while len(_RECENT) > 256:
        _RECENT.pop(next(iter(_RECENT)))
    return stmts


_RECENT: dict[str, tuple[frozenset[str], dict[str, str]]] = {}


def recent_aliases(article_id: str, statement_ids: Iterable[str]) -> dict[str, str] | None:
    """The alias table `extract_statements` built for exactly these statements, if any."""
    got = _RECENT.get(article_id)
    return got[1] if got and got[0] == frozenset(statement_ids) else None
