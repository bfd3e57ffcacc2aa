"""Sentences that come along with a chosen one: a reply to it, the person a who-answer names,
the described speaker's next words."""

from __future__ import annotations

import re
from functools import cache

from bot.answering.body_names import body_name
from bot.answering.candidates import Candidate, candidate_at, overlaps
from bot.answering.mentions import named_people
from bot.answering.terms import stems
from index.models import ScoredChunk
from index.sentence_vectors import sentence_text
from index.vocabulary import vocabulary


# A next sentence that answers the one before: "They said…", "The ministry strongly denied that."
_REPLY = re.compile(
    r"^(?:(?:he|she|they|it|both)\s+(?:\w+\s+)?(?:said|denied|rejected|dismissed|called|insisted|added)\b|"
    r".{0,80}\b(?:denied|rejected|dismissed|refuted|echoed)\s+(?:that|it|this|the claim|the accusation)s?\b)",
    re.I,
)
MAX_REPLY_WORDS = 30


def with_replies(chosen: list[Candidate], corpus) -> list[Candidate]:
    """Each chosen sentence, followed by the article's next sentence when that one replies to it."""
    out: list[Candidate] = []
    for c in chosen:
        out.append(c)
        nxt = _next_sentence(c, corpus)
        if nxt is not None and len(out) < 5 and not overlaps(nxt, out + chosen):
            out.append(nxt)
    return out


def with_person(chosen: list[Candidate], people, candidates: list[Candidate] = ()) -> list[Candidate]:
    """A who-answer names its person: when no chosen sentence does ("a security researcher
    said ..."), a sentence of a chosen one's paragraph that does comes along (the best one's first,
    a page's title line having no other): the one scored best for the question among `candidates`
    ("Presenters: Dr X" for "who presented", not "Chair Y presides" beside it), else the nearest."""
    group = people.get(chosen[0].chunk.chunk.article_id, ())
    if any(named_people(c.text, group) for c in chosen) or any(c.statement is not None and c.statement.speaker[:1].isupper()
                                                               and len(c.statement.speaker.split()) >= 2 for c in chosen):
        return chosen
    scored = {(c.chunk.chunk.id, c.span.start): c.score for c in candidates}
    for k, best in enumerate(chosen):
        chunk = best.chunk.chunk
        if chunk.article_id != chosen[0].chunk.chunk.article_id:
            continue
        options = [(abs(span.start - best.span.start), span) for span in chunk.sentences
                   if span != best.span and named_people(sentence_text(chunk, span), group)]
        if not options:
            continue
        _, span = min(options, key=lambda o: (-scored.get((chunk.id, o[1].start), 0.0), o[0]))
        extra = candidate_at(best.chunk, best.rank, span, best.score)
        if k == 0:
            return sorted([best, extra], key=lambda c: c.span.start) + chosen[1:]
        return [*chosen[:k + 1], extra, *chosen[k + 1:]]
    return chosen


def _next_sentence(c: Candidate, corpus) -> Candidate | None:
    following = _following(c, corpus)
    if following is not None and len(following.text.split()) <= MAX_REPLY_WORDS and _REPLY.search(following.text):
        return following
    return None




@cache
def _by_pronoun() -> re.Pattern:
    """'"...," she said': compiled on first use (0.05 s; a cold `ask` rarely needs it)."""
    acts = "|".join(re.escape(f) for f in vocabulary().speech_forms() if " " not in f)  # index/vocabulary.yaml
    return re.compile(rf"[\"”’]\s*,?\s*(?:he|she|they)\s+(?:{acts})\b|\b(?:he|she|they)\s+(?:{acts})\b", re.I)


MAX_SPEAKER_WORDS = 60
MAX_FOLLOWING = 2


def with_speaker_words(chosen: list[Candidate], corpus, speaker: str | None, role_word: str | None) -> list[Candidate]:
    """"What did the sheriff say": when the best sentence is the speaker's, their next sentence in
    the article comes along if it is theirs too: a statement the ledger gives them, or a quote
    attributed by surname, pronoun or the role word ("... last chance," the sheriff said)."""
    if not chosen:
        return chosen
    best = chosen[0]
    if speaker is None and best.statement is not None and best.statement.generic_speaker:
        # An unnamed source ("a source in the space industry") goes on as "the source said".
        speaker = best.statement.speaker
        role_word = next((w for w in reversed(speaker.lower().split()[:4]) if w in vocabulary().person_nouns), role_word)
    if speaker is None:
        return chosen
    surname = speaker.split()[-1]
    if surname not in best.text and not (best.statement is not None and best.statement.speaker == speaker):
        return chosen
    taken, last = [best], best
    open_quote = quote_left_open(best.text)
    for _ in range(MAX_FOLLOWING):
        nxt = _following(last, corpus)
        if nxt is None or overlaps(nxt, chosen) or len(nxt.text.split()) > MAX_SPEAKER_WORDS:
            break
        theirs = lambda c: _theirs(c, speaker, surname, role_word)  # noqa: E731
        if open_quote and nxt.chunk.chunk.id == last.chunk.chunk.id:
            taken.append(nxt)  # '"Energy costs have tripled. No order book can carry that."': one quote, one speaker
            open_quote = not _closes_quote(nxt.text)
        elif theirs(nxt):
            taken.append(nxt)
            open_quote = quote_left_open(nxt.text)
        elif nxt.text.lstrip()[:1] in _OPENING_QUOTES and (after := _following(nxt, corpus)) is not None \
                and after.chunk.chunk.id == nxt.chunk.chunk.id and theirs(after):
            taken.extend((nxt, after))  # '"The main cost is time. The window closes in June," the source said.'
        else:
            break
        last = taken[-1]
    return [*taken, *chosen[1:]]


_OPENING_QUOTES = frozenset('"“‘\'')


_NAME_FIRST = re.compile(r"^\s*(?:[A-Z][\w'’\-]+\s+){1,3}?([A-Z][\w'’\-]+)\b")


def with_named_next(chosen: list[Candidate], corpus) -> list[Candidate]:
    """"A former engineer said the testing had been cut short. Daniel E, who left in the spring, wrote
    that ...": a speaker described, not named, then named at the head of the paragraph's next
    sentence, which says what they said in full. That sentence comes along."""
    from bot.answering.attribution import statement_at

    if not chosen:
        return chosen
    best = chosen[0]
    if _NAME_FIRST.match(best.text) and not best.text.lstrip().startswith(("But ", "And ", "The ", "A ", "An ")):
        return chosen  # the best sentence names its speaker first itself
    nxt = _following(best, corpus)
    if nxt is None or nxt.chunk.chunk.id != best.chunk.chunk.id or overlaps(nxt, chosen) \
            or len(nxt.text.split()) > MAX_SPEAKER_WORDS:
        return chosen
    m = _NAME_FIRST.match(nxt.text)
    if m is None or m.group(0).split()[0] in ("The", "A", "An", "But", "And", "In", "On", "At"):
        return chosen
    ledger = corpus.ledger()
    st = statement_at(ledger.statements_for_article(nxt.chunk.chunk.article_id), nxt.span) if ledger is not None else None
    if st is None or st.speaker.split()[-1] != m.group(1):
        return chosen  # the sentence is no statement of the person it names first
    return [best, nxt, *chosen[1:]]


def with_quote_after(chosen: list[Candidate], corpus) -> list[Candidate]:
    """"Solvik denied a report that it was selling the plant. "The plant is not for sale," the chief
    executive said.": a reported statement whose paragraph goes on in a direct quote. The quote is what
    was said, in the words said, whoever voices it for the speaker: it comes along."""
    if not chosen:
        return chosen
    best = chosen[0]
    if any(q in best.text for q in _OPENING_QUOTES | {"”"}):
        return chosen
    nxt = _following(best, corpus)
    if nxt is None or nxt.chunk.chunk.id != best.chunk.chunk.id or nxt.text.lstrip()[:1] not in _OPENING_QUOTES \
            or overlaps(nxt, chosen) or len(nxt.text.split()) > MAX_SPEAKER_WORDS:
        return chosen
    taken = [best, nxt]
    if quote_left_open(nxt.text) and (after := _following(nxt, corpus)) is not None \
            and after.chunk.chunk.id == nxt.chunk.chunk.id and not overlaps(after, chosen):
        taken.append(after)  # the quote's end, with its attribution
    # "A civil servant who worked on the contracts was blunter. "It is a drawing," they told me.": a
    # sentence that only brings a speaker on says nothing itself; the quote it introduces, given to
    # them by a pronoun, is what they said.
    if best.statement is None and not any(_by_pronoun().search(c.text) for c in taken[1:]):
        return chosen
    return [*taken, *chosen[1:]]


def _quote_opened_before(c: Candidate) -> Candidate | None:
    """The sentence before `c` in its passage, when `c` closes a quote that one opened."""
    text = c.text.lstrip()
    curly = text.count("”") - text.count("“")
    closes_only = curly > 0 or (curly == 0 and "”" not in text and text.count('"') % 2 == 1 and text[:1] != '"')
    if not closes_only:
        return None
    chunk = c.chunk.chunk
    before = [span for span in chunk.sentences if span.end <= c.span.start]
    if not before:
        return None
    prev = candidate_at(c.chunk, c.rank, before[-1], c.score)
    return prev if quote_left_open(prev.text) else None


def _closes_quote(text: str) -> bool:
    return "”" in text or '"' in text


def quote_left_open(text: str) -> bool:
    """The sentence opens a quotation it does not close: the next sentence is the same quote."""
    curly = text.count("“") - text.count("”")
    return curly > 0 or (curly == 0 and "“" not in text and text.count('"') % 2 == 1)


def _theirs(c: Candidate, speaker: str, surname: str, role_word: str | None) -> bool:
    """The sentence is the speaker's: the ledger says so, or it is attributed by surname, pronoun or role."""
    text = c.text
    return bool(
        (c.statement is not None and c.statement.speaker == speaker)
        or (re.search(rf"\b{re.escape(surname)}\b", text, re.I) and re.search(r"\b(said|says|added|told|wrote)\b", text))
        or _by_pronoun().search(text)
        or (role_word and re.search(rf"\b(?:the|a|an)\s+{re.escape(role_word)}\w*\s+(?:said|added|told)\b", text, re.I))
        or (body_name(speaker) and re.match(r"\s*It\s+(?:said|says|added|told|argued|maintained|insisted)\b", text) is not None)
    )


def _following(c: Candidate, corpus) -> Candidate | None:
    """The article's sentence right after `c`, in the same paragraph or the next."""
    for chunk in corpus.chunks_of(c.chunk.chunk.article_id):
        for span in chunk.sentences:
            if span.start >= c.span.end:
                return candidate_at(ScoredChunk(chunk, c.chunk.score), c.rank, span, c.score)
    return None


def next_sentence(c: Candidate, corpus) -> Candidate | None:
    """The article's sentence right after `c` (for other modules)."""
    return _following(c, corpus)


def _by_or_naming(c: Candidate) -> frozenset[str]:
    """The terms of a sentence and of its speaker ("she told a news conference" is Lidia Marsh's)."""
    return c.terms | (frozenset(stems(c.statement.speaker)) if c.statement is not None else frozenset())


def with_place(chosen: list[Candidate], candidates: list[Candidate], speaker_terms: tuple[str, ...],
               terms: tuple[str, ...] = ()) -> list[Candidate]:
    """A where-answer names its place: when no chosen sentence names one, the best sentence of the
    same article that does comes along: by the question's speaker when it has one, else on some other
    word of the question (a place in a sentence on something else says nothing of this). A venue
    ("a news conference") serves when no sentence names a place."""
    from bot.answering.venues import names_place, says_where

    if not chosen or any(names_place(c.text) for c in chosen):
        return chosen
    article_id = chosen[0].chunk.chunk.article_id
    content = set(terms) - set(speaker_terms)
    related = [c for c in candidates if c.chunk.chunk.article_id == article_id and not overlaps(c, chosen)
               and (set(speaker_terms) & _by_or_naming(c) if speaker_terms else not content or content & c.terms)]
    options = [c for c in related if names_place(c.text)]
    if not options and not any(says_where(c.text) for c in chosen):
        options = [c for c in related if says_where(c.text)]
    if not options:
        return chosen
    return [*chosen[:1], max(options, key=lambda c: c.score), *chosen[1:]]


MAX_COMPARE = 6


def with_sides_words(chosen: list[Candidate], corpus) -> list[Candidate]:
    """A comparison: a side's sentence that sums up a named speaker's view ("X said she was not
    against buses but ...") brings their next words ("Build the alternative first," she said),
    when the answer has no second sentence of theirs yet."""
    out = list(chosen)
    for c in chosen:
        st = c.statement
        if st is None and len(out) < MAX_COMPARE and (said := _said_next(c, corpus)) is not None and not overlaps(said, out):
            out.insert(out.index(c) + 1, said)  # "In a later interview, he took it back. "I was wrong," he said."
            continue
        if st is None or st.generic_speaker or len(st.speaker.split()) < 2 or len(out) >= MAX_COMPARE:
            continue
        if sum(1 for x in out if x.statement is not None and x.statement.speaker == st.speaker) > 1 and not _sums_up(c.text):
            continue
        more = with_speaker_words([c], corpus, st.speaker, None)[1:2]
        if more and not overlaps(more[0], out):
            out.insert(out.index(c) + 1, more[0])
    return _whole_quotes(out, corpus)


MAX_QUOTE_PARTS = 2  # a comparison's quotes made whole: at most this many sentences more


def _whole_quotes(chosen: list[Candidate], corpus) -> list[Candidate]:
    """Each side's quote whole, once every side has its sentences: the opening of a quote whose
    attribution was chosen ('"This is not charity. This is how ...," X said') and the end of one
    left open ('she said: "I have heard that before. I would like ...')."""
    out = list(chosen)
    for c in chosen:
        if len(out) >= len(chosen) + MAX_QUOTE_PARTS:
            break
        if (opening := _quote_opened_before(c)) is not None and not overlaps(opening, out):
            out.insert(out.index(c), opening)
        elif quote_left_open(c.text) and (rest := _following(c, corpus)) is not None \
                and rest.chunk.chunk.id == c.chunk.chunk.id and not overlaps(rest, out):
            out.insert(out.index(c) + 1, rest)
    return out



SUM_UP_WORDS = 12


def _sums_up(text: str) -> bool:
    """"In a later interview, she conceded the point.": a short line without the words said, which
    the next sentence gives, even when the speaker has another sentence in the answer."""
    return len(text.split()) <= SUM_UP_WORDS and not any(q in text for q in ('"', "“", "”"))


MAX_FIGURES_AFTER = 2


def with_figures_after(chosen: list[Candidate], corpus) -> list[Candidate]:
    """'"That's what it cost me," she says. "Four hundred pounds. Before, it was ninety."': a best
    sentence that points at a figure without giving it brings the paragraph's next sentences that do."""
    if not chosen or gives_figure(chosen[0].text):
        return chosen
    best = chosen[0]
    taken, last = [best], best
    for _ in range(MAX_FIGURES_AFTER):
        nxt = _following(last, corpus)
        if nxt is None or nxt.chunk.chunk.id != best.chunk.chunk.id or not gives_figure(nxt.text) or overlaps(nxt, chosen):
            break
        taken.append(nxt)
        last = nxt
    return [*taken, *chosen[1:]]


def _said_next(c: Candidate, corpus) -> Candidate | None:
    """The paragraph's next sentence, when `c` sums up what someone it names did without their words
    and that sentence is their statement."""
    from bot.answering.attribution import statement_at

    if not _sums_up(c.text):
        return None
    nxt = _following(c, corpus)
    if nxt is None or len(nxt.text.split()) > MAX_SPEAKER_WORDS:
        return None  # the same paragraph's next sentence, or the next paragraph's first
    ledger = corpus.ledger()
    st = statement_at(ledger.statements_for_article(nxt.chunk.chunk.article_id), nxt.span) if ledger is not None else None
    if st is None or st.generic_speaker or not re.search(rf"\b{re.escape(st.speaker.split()[-1])}\b", c.text):
        return None
    nxt.statement = st
    return nxt


# Tens and teens as words ("Before, it was ninety."): a figure said aloud, quoted. Not among the
# numbers every answerer reads (question.amounts): "thirty businesses" would count for any figure.
_SPOKEN = re.compile(r"\b(?:thir|four|fif|six|seven|eigh|nine)teen\b|\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b", re.I)


def gives_figure(text: str) -> bool:
    from bot.answering.question import amounts

    return bool(amounts(text) or _SPOKEN.search(text))
