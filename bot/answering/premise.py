"""Questions whose premise the articles contradict: the wrong day, or the wrong speaker.

    What did Bele say on Friday?            Bele wrote on Thursday  -> "The articles do not report Bele
                                                                        saying anything on Friday. ..." + Thursday's words
    Did Marsh say 1,200 jobs would go?      Reyne said it            -> "The articles do not report Marsh
                                                                        saying this; Tomas Reyne said it: ..."

The answer corrects the premise with what the articles do say, cited; it is an answer, not an
abstention. Only a speaker the ledger knows is checked, and only against what the articles
date or attribute plainly: a statement dated by its report alone contradicts no day.
"""

from __future__ import annotations

import re
from datetime import date

from bot.answering.attribution import attribute
from index.models import Answer, Citation, Statement
from index.statements.dates import WEEKDAYS, find_time_phrases, resolve
from index.textnorm import normalize
from index.vocabulary import vocabulary

_SAY = "|".join(re.escape(f) for f in sorted(vocabulary().speech_forms(), key=lambda f: (-len(f), f)) if " " not in f)
# "Did Marsh say (that) ...", "Was it Marsh who said ...", "Is it true that Marsh said ..."
_DID_X_SAY = re.compile(rf"^(?:and\s+)?(?:(?:why|when|where|how)\s+)?(?:did|has|had|does)\s+(.+?)\s+(?:{_SAY})\s+(?:that\s+)?(.+)$", re.I)
_WAS_IT_X = re.compile(rf"^(?:and\s+)?(?:was|is)\s+it\s+(.+?)\s+(?:who|that)\s+(?:{_SAY})\s+(?:that\s+)?(.+)$", re.I)
CLAIM_MATCH = 0.6  # the claim's share of words the other speaker's statement holds
CLEAR_MARGIN = 0.25  # ...this much more than the asked speaker's best statement


def premise_answer(question: str, ledger, articles) -> Answer | None:
    """A correcting Answer when the question puts a statement on the wrong day or in the wrong mouth."""
    if ledger is None:
        return None
    text = normalize(question).strip().rstrip("?.! ")
    return _wrong_speaker(question, text, ledger, articles) or _wrong_day(question, text, ledger, articles)


# -- the wrong day ---------------------------------------------------------------------------
_WHAT_ON_DAY = re.compile(rf"^(?:and\s+)?what\s+(?:did|had)\s+(.+?)\s+(?:{_SAY})\b(.*)$", re.I)


def _wrong_day(question: str, text: str, ledger, articles) -> Answer | None:
    m = _WHAT_ON_DAY.match(text)
    if not m:
        return None
    asked = _asked_day(m.group(2))
    speaker = ledger.resolve_speaker(m.group(1))
    if asked is None or speaker is None:
        return None
    topic = re.sub(r"\b(?:on|last|this)\s+\w+day\b|\bon\s+\w+\s+\d{1,2}\b", " ", m.group(2), flags=re.I)
    topic = re.sub(r"^\s*(?:about|on|regarding|of)\s+", "", topic).strip()
    dated = []
    for st in ledger.statements(speaker=speaker):
        article = articles.get(st.article_id)
        if article is None:
            continue
        days = _days_of(st, article.text[st.start:st.end])
        if not days:
            continue
        if any(_same_day(asked, d) for d in days):
            return None  # the articles do report them on that day
        if topic and _topic_share(topic, article.text[st.start:st.end]) < 0.5:
            continue
        dated.append(st)
    if not dated:
        return None
    lead = f"The articles do not report {speaker} saying anything on {asked[0]}; they report this:"
    return _correction(question, lead, dated[:2], articles)


def _asked_day(rest: str) -> tuple[str, str | date] | None:
    """("Friday", "friday") or ("March 3", date) for the day a question names, else None."""
    for w in WEEKDAYS:
        m = re.search(rf"\b{w}\b", rest, re.I)
        if m:
            return m.group(0).capitalize(), w
    for tp in find_time_phrases(rest):
        if tp.kind in ("mday", "dmon"):
            rng = resolve(tp.text, None)
            if rng and rng[0] == rng[1]:
                return tp.text.removeprefix("on ").strip(), rng[0]
    return None


def _days_of(st: Statement, sentence: str) -> list[str | date]:
    """The days the articles give a statement: weekday names in its sentence, and its own date unless
    that is only the report's."""
    days: list[str | date] = [w for w in WEEKDAYS if re.search(rf"\b{w}\b", sentence, re.I)]
    if st.when_text:
        days += [w for w in WEEKDAYS if w in st.when_text.lower()]
    if st.when_start is not None and st.when_end in (None, st.when_start) and st.date_basis in ("explicit", "context"):
        days.append(st.when_start)
    return days


def _same_day(asked: tuple[str, str | date], day: str | date) -> bool:
    want = asked[1]
    if isinstance(want, str):
        return day == want or (isinstance(day, date) and WEEKDAYS[day.weekday()] == want)
    if isinstance(day, date):
        return (day.month, day.day) == (want.month, want.day)
    return WEEKDAYS[want.weekday()] == day


def _topic_share(topic: str, sentence: str) -> float:
    from index.statements.topics import topic_score

    return topic_score(topic, sentence)


# -- the wrong speaker -----------------------------------------------------------------------
def _wrong_speaker(question: str, text: str, ledger, articles) -> Answer | None:
    m = _DID_X_SAY.match(text) or _WAS_IT_X.match(text)
    if not m:
        return None
    claim = m.group(2)
    if re.match(r"(?:and\s+)?(?:where|how)\b", text, re.I):
        return None  # "Where does X say the pump is?": the claim leaves out the place asked; a sentence sharing its words is no other's claim
    if re.match(r"to\s", claim, re.I) and not re.search(r"\bthat\b", claim, re.I):
        return None  # "How did X respond to the accusation ...": what X answered is asked, not put in X's mouth
    asked = ledger.resolve_speaker(m.group(1))
    # Someone the articles name but never quote ("Did the chairman, Berg, say ...?"): checked against
    # the article of the statement the claim matches, which must name them.
    written = re.search(re.escape(m.group(1).strip()), question, re.I)  # the text is lower-cased: the name as asked
    unquoted = asked is None and written is not None and _a_name(written.group(0))
    if unquoted:
        asked = written.group(0)
    if asked is None or len(claim.split()) < 3:
        return None
    from bot.answering.ledger import _claim_text
    from bot.answering.ledger_candidates import scored_claim_candidates

    scored = sorted(scored_claim_candidates(claim, ledger, None, None, articles, _claim_text, min_share=0.5),
                    key=lambda x: -x[0])
    if not scored or scored[0][0] < CLAIM_MATCH:
        return None
    best, said_by = scored[0]
    own = max((s for s, st in scored if st.speaker == asked), default=0.0)
    if said_by.speaker == asked or said_by.generic_speaker or own >= best - CLEAR_MARGIN:
        return None
    surname = asked.split()[-1]
    if unquoted and (surname in said_by.speaker or not _names(articles.get(said_by.article_id), surname)):
        return None
    lead = f"The articles do not report {surname} saying this; {said_by.speaker} said it:"
    return _correction(question, lead, [said_by], articles)


def _a_name(phrase: str) -> bool:
    """A person's name as a question writes it: capitalised words, no more than four ("Henrik Berg")."""
    words = phrase.strip().split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words)


def _names(article, surname: str) -> bool:
    return article is not None and re.search(rf"\b{re.escape(surname)}\b", article.text) is not None


def _correction(question: str, lead: str, stmts: list[Statement], articles) -> Answer:
    lines, citations = [lead], []
    for st in stmts:
        article = articles.get(st.article_id)
        sentence = article.text[st.start:st.end]
        n = len(citations) + 1
        citations.append(Citation(n, st.article_id, st.start, st.end, sentence))
        label = attribute(sentence, st, article, "when", st.start)
        if st.speaker in lead:  # the lead names them: "Tomas Reyne said it: He said ..."
            label = re.sub(rf"^{re.escape(st.speaker)}(?:, |: )", "", label)
            label = label[:1].upper() + label[1:]
        lines.append(f"{label}{' '.join(sentence.split())} [{n}]")
    return Answer(question=question, text=" ".join(lines), citations=citations, path="ledger")


__all__ = ["premise_answer"]
