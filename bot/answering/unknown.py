"""Does the best sentence say that what the question asks is not known?

    Which supplier made the faulty fuses?   "... fuses from a single supplier, which he declined to name."
    What was the result of the ballot?      "He said the result of the ballot would be announced on Saturday."

Then the honest answer is that the articles do not say it, citing the sentence that shows
why. Only for questions about what is done or known (not "when will ..."), and only when the
marker (index/vocabulary.yaml `unknown_markers`) stands next to the question's own words.
"""

from __future__ import annotations

import re

from bot.answering.ahead import asks_ahead
from bot.answering.anonymous import unnamed_by_request
from bot.answering.reply_asked import OPENS_ASKING_REPLY
from bot.answering.terms import stems
from bot.answering.withheld import withholds
from index.statements.dates import find_time_phrases
from index.vocabulary import vocabulary

NEAR_WORDS = 8  # the question's words must be this close to the marker
_MARKERS = re.compile(r"\b(?:" + "|".join(vocabulary().unknown_markers) + r")", re.I)
_CLAUSE = re.compile(r"[;:—–]|\s-\s")
_ASKING = re.compile(r"^\s*(?:and\s+)?(?:what|which|who|whom|whose|when|where|how|on what|in what|for what)\b", re.I)


def says_unknown(question_text: str, terms: tuple[str, ...], sentence: str, speaker: tuple[str, ...] = ()) -> bool:
    """The sentence withholds or postpones the very thing a wh-question asks about; or, for "what
    did X say", X withholds anything at all ("X declined to comment"). A withholding (the parse,
    bot/answering/withheld.py) answers a question about the future as much as the past; a
    postponement ("would be announced") does not."""
    if not _ASKING.match(question_text) or not (terms or speaker):
        return False
    if OPENS_ASKING_REPLY.search(question_text):
        return False  # "what was her answer": "she would need to check" is her answer, withholding or not
    # "When did X tell MPs ...": "Speaking last Thursday, X had said ..., but he gave no details": the
    # day is told; what he held back names nothing, and nothing of when ("did not say when" does).
    dated = bool(_WHEN_ASKED.match(question_text)) and not _ASKS_WHEN.search(sentence) \
        and bool(find_time_phrases(sentence))
    if withholds(sentence, terms, speaker, elliptical=not dated) and not _counted_anyway(question_text, sentence):
        return True
    if asks_ahead(question_text) or not terms:
        return False  # a question about what is yet to come is answered by what the articles expect
    for m in _MARKERS.finditer(sentence):
        # Within the marker's clause: "...voted for the strike; the union declined to comment" withholds no vote.
        before = re.findall(r"[\w'’\-]+", _CLAUSE.split(sentence[: m.start()])[-1])[-NEAR_WORDS:]
        after = re.findall(r"[\w'’\-]+", _CLAUSE.split(sentence[m.end():])[0])[:NEAR_WORDS]
        near = {t for w in before + after for t in stems(w)}
        if _WHEN_ASKED.match(question_text) and find_time_phrases(_TIME_CLAUSE.split(sentence[m.end():])[0]):
            continue  # "when does the paper appear" / "will be published ... on Wednesday 4 March": the day it says
        if any(t in near for t in terms):
            return True
    return False


_ASKS_WHEN = re.compile(r"\b(?:when|what (?:date|day|time)|which day|how (?:soon|long)|timetable|timing)\b", re.I)
_WHEN_ASKED = re.compile(r"^\s*(?:and\s+)?(?:when|on what (?:date|day)|what (?:date|day))\b", re.I)
_TIME_CLAUSE = re.compile(r"[;—–]|\s-\s")  # (a clock's colon, "06:30", ends no clause)


_NOT_KNOWN = re.compile(r"\b(?:" + "|".join(vocabulary().not_known_markers) + r")", re.I)
_WHETHER_UNKNOWN = re.compile(r"\b(?:" + "|".join(vocabulary().whether_unknown_markers) + r")", re.I)
_ENDS_ASKING = re.compile(r"\b(?:whether|if|what|how|why|who|where)\W*$", re.I)
_YES_NO_OR_WH = re.compile(r"^\s*(?:and\s+)?(?:what|which|who|whom|whose|why|how|(?:on|in|for|until|till|by|at) what|did|does|do|"
                           r"is|are|was|were|has|have|had|will|would|can|could)\b", re.I)
_PERSON_ASKED = re.compile(r"^\s*(?:and\s+)?(?:who|whom|whose)\b", re.I)
_WH_BEFORE = re.compile(r"\b(?:who|whom|which)\b[^,]*$", re.I)
_WH_AFTER = re.compile(r"^\W*(?:who|whom|which)\b", re.I)


def not_known(question_text: str, terms: tuple[str, ...], sentence: str) -> bool:
    """The sentence says the very thing asked is not known at all (`not_known_markers`): "The verdict
    has not yet been pronounced", "The cause could not be established", "Who will chair it is yet to be
    decided". Unlike a postponement ("would be announced on Friday"), this answers a question about what
    is to come, and a yes/no question, as much as one about the past. Not for when/where questions (the
    sentence may go on to say when). A who-question only when the marker's clause asks who ("who will
    chair it is yet to be decided"), not when a named person says something else is unclear."""
    if not terms or not _YES_NO_OR_WH.match(question_text):
        return False
    markers = [*_NOT_KNOWN.finditer(sentence)]
    if _WHETHER.match(question_text):
        markers += _WHETHER_UNKNOWN.finditer(sentence)  # "Will they pay?" / "did not say whether they would pay"
    person = bool(_PERSON_ASKED.match(question_text))
    for m in markers:
        clause_before = _CLAUSE.split(sentence[: m.start()])[-1]
        clause_after = _CLAUSE.split(sentence[m.end():])[0]
        if person and not (_WH_BEFORE.search(clause_before) or _WH_AFTER.match(clause_after)):
            continue
        # "... is blocked and we do not know whether it has collapsed": what follows the asking word is
        # what is not known, not what stands before it.
        asking = _ENDS_ASKING.search(m.group(0)) is not None
        if set(stems(m.group(0).split()[0])) & set(terms):
            continue  # "What is the council considering?" / "considering whether ...": the weighing is what is asked
        if _KNOW.search(m.group(0)) and _about_speech(question_text):
            continue  # "What did the mayor say about the budget?" / "We do not know what it will hold": what she said
        before = [] if asking else re.findall(r"[\w'’\-]+", clause_before)[-NEAR_WORDS:]
        after = re.findall(r"[\w'’\-]+", clause_after)[:NEAR_WORDS]
        near = {t for w in before + after for t in stems(w)}
        # A withheld "whether" answers no yes/no question on the matter by one word ("the state"): two.
        least = WHETHER_SHARED if m.re is _WHETHER_UNKNOWN else 1
        if sum(t in near for t in set(terms)) >= least:
            return True
    return False


WHETHER_SHARED = 2
_KNOW = re.compile(r"\bknow\b", re.I)


def _about_speech(question_text: str) -> bool:
    from bot.answering.question import asks_about_speech

    return asks_about_speech(question_text)
_WHETHER = re.compile(r"^\s*(?:and\s+)?(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could)\b", re.I)
# "What started / caused / sparked the fire?": a cause, which an article may call "not yet known" in a line of its own.
_ORIGIN = re.compile(r"^\s*(?:and\s+)?what\s+(?:(?:has|had|have)\s+)?(?:started|caused|sparked|triggered|led\s+to)\b", re.I)


def not_known_among(q, chosen: list, candidates: list):
    """The sentence that says what is asked is not known (`not_known`), or None: the best chosen one;
    for a yes/no question or one asking a cause, also one of the best few sentences of its article,
    since the sentence that tells the event cannot answer whether or why it happened ("Did the
    government approve the loans?" / "... are asking the government for loans." then "The
    government has not yet pronounced itself on the request")."""
    terms = own_terms(q)
    if not_known(q.text, terms, chosen[0].text):
        return chosen[0]
    if not (_WHETHER.match(q.text) or _ORIGIN.match(q.text)):
        return None
    article_id = chosen[0].chunk.chunk.article_id
    own = sorted((c for c in candidates if c.chunk.chunk.article_id == article_id), key=lambda c: -c.score)
    return next((c for c in own[:BEST_READ] if not_known(q.text, terms, c.text)), None)


BEST_READ = 5


def own_terms(q) -> tuple[str, ...]:
    """The question's terms for `not_known`: its named things too ("Did the tribunal rule ..." where the
    article names "the tribunal"), but not the person whose words are asked about."""
    from bot.answering.question import asks_about_speech

    if not q.speaker or not asks_about_speech(q.text):
        return tuple(q.terms)  # "Did the tribunal rule ...": the tribunal is what is not yet known of
    return tuple(t for t in q.terms if t not in q.speaker)


_HOW_MANY = re.compile(r"\bhow (?:many|much|long|large|big)\b", re.I)


def _counted_anyway(question_text: str, sentence: str) -> bool:
    """"How many jobs did it cut?" / "It cut 200 jobs and would not say how many more would go": a
    sentence that gives a number answers a how-many question whatever else it withholds."""
    if not _HOW_MANY.search(question_text):
        return False
    from bot.answering.question import amounts

    return bool(amounts(sentence))


_TIME_WITHHELD = re.compile(r"\b(?:" + "|".join(vocabulary().time_unknown_markers) + r")", re.I)


def withheld_nearby(q, candidates: list, chosen: list) -> object | None:
    """A sentence of the article asked about that withholds what is asked, when the chosen ones do
    not give it: the honest answer is that the articles do not say, citing it.

        Which brewery has agreed to sponsor the festival?   "Two banks, a brewery, a university. I will
                                                            not say which ones, because nothing is signed."
        When will the replacement ferry enter service?      "... a replacement vessel was at an advanced
                                                            stage. It did not say when the boat would arrive."

    "Which N": a sentence naming N, or the one after it, withholds which (an `unknown_markers` marker),
    and no chosen sentence names N. "When": a sentence that does not say when (`time_unknown_markers`),
    it or the sentence before it on the question's subject, and the best sentence does not name the event."""
    if not candidates:
        return None
    best = max(candidates, key=lambda c: c.score)
    own = sorted((c for c in candidates if c.chunk.chunk.id == best.chunk.chunk.id
                  or c.chunk.chunk.article_id == best.chunk.chunk.article_id), key=lambda c: -c.score)
    if q.kind in ("what", "who"):
        from bot.answering.asked import name_head, which_head, which_noun

        noun = which_noun(q)
        key = stems(noun)[:1] if noun else []
        # A who-question's "which supplier" too: named only as "one supplier", it is not said which.
        head = noun or which_head(q.text) or name_head(q.text)
        if name_head(q.text) and (anonymous := kept_anonymous(head, q, own[:SCANNED])) is not None:
            return anonymous  # "What is the name of the senior editor ...?" / "One senior editor, who asked not to be named"
        if head and chosen and (not key or any(key[0] in c.terms for c in chosen)):
            # "Which investment bank is running the sale?" / "The company has hired an investment bank":
            # named only as "a bank", never which.
            head_key = stems(head)[:1]
            naming = [c for c in own[:SCANNED] if head_key and head_key[0] in c.terms]
            if (anonymous := unnamed_by_request(head, q.text, naming, (best, chosen[0]))) is not None:
                return anonymous  # "One senior editor, who asked not to be named, ..."
            found = unnamed_only(head, naming)
            if found is not None or not key or q.kind == "who":
                return found  # a who-question's "which N" is typed elsewhere: only an unnamed N is checked here
        if not key or any(key[0] in c.terms for c in chosen):
            return None
        for c in own:
            if key[0] in c.terms:
                for s in (c, _beside(c, own, +1)):
                    if s is not None and _MARKERS.search(s.text):
                        return s
        return None
    if q.kind == "how-many" and q.counted:
        return _count_withheld(q, own, chosen)
    if q.kind == "when" and q.predicate is not None:
        from bot.answering.predicate import names_event

        if names_event(best.text, q.predicate.lemma):
            return None
        content = {t for t in q.terms if t not in q.names} - {q.predicate.lemma}
        for c in own:
            if _TIME_WITHHELD.search(c.text):
                before = _beside(c, own, -1)
                if content & (c.terms | (before.terms if before is not None else frozenset())):
                    return c
    return None


_INDEFINITE = frozenset("a an another one".split())
ANONYMOUS_NEAR = 60  # characters from the noun to the marker of anonymity that follows it
LEAST_SHARED = 2  # the question's words (besides the noun) the sentence must have: it is the one asked about


def kept_anonymous(noun: str, q, own: list):
    """The first of `own` that names the noun asked the name of and says that one is kept anonymous
    ("One senior editor, who asked not to be named, told me ...", index/vocabulary.yaml
    `anonymity_markers`), with the question's other words; else None."""
    key = stems(noun)[:1]
    if not key:
        return None
    content = set(q.terms) - set(q.names) - set(key)
    for c in own:
        if key[0] not in c.terms or len(c.terms & content) < LEAST_SHARED:
            continue
        low = c.text.lower()
        for m in vocabulary().anonymity_markers:
            at = low.find(m)
            before = low.rfind(noun, 0, at) if at > 0 else -1
            if before >= 0 and at - before <= ANONYMOUS_NEAR:
                return c
    return None


def unnamed_only(noun: str, naming: list):
    """The first of `naming` (sentences with the noun), when each names the thing only as "a bank",
    "an adviser", with no name in its phrase or beside it; else None."""
    from bot.answering.predicate import _parse

    first = None
    for c in naming:
        mentions = [t for t in _parse(c.text) if t.lemma_.lower() == noun]
        if not mentions:
            return None  # the noun only inside another word: nothing to go by
        for t in mentions:
            named = t.pos_ != "NOUN" or any(w.pos_ == "PROPN" for w in t.subtree if not _placed(w, t) and not _qualifies(w, t)) \
                or t.head.pos_ == "PROPN" \
                or t.dep_ in ("appos", "compound", "attr") or any(w.dep_ == "appos" for w in t.children)
            # ("one user, @lakeside_ann": a handle in apposition names them, though no proper noun)
            if _others(t) and not named:
                continue  # "into other chains", "rival banks": the many others, not the one asked which
            # "a batch from one supplier": "one" is a number, not a determiner, to the parser
            det = next((d.lower_ for d in t.children if d.dep_ == "det" or (d.dep_ == "nummod" and d.lower_ == "one")), None)
            if det not in _INDEFINITE or named:
                return None  # "the bank", "a bank, Nordbank,", "the Green Party": the thing may be named
            first = first or c
    return first


_PLACING = frozenset("from in near at of".split())


def _placed(w, t) -> bool:
    """A proper noun that only places the thing ("a man from Exeter", "a bank in Oslo"), not its name."""
    while w.i != t.i and w.head.i != w.i:  # (a token is made anew on each read: compared by index)
        if w.dep_ == "pobj" and w.head.lower_ in _PLACING and w.head.head.i == t.i:
            return True
        w = w.head
    return False


def _qualifies(w, t) -> bool:
    """A proper noun before an indefinite thing only says where or whose it is ("a Crickmoor haulier",
    "an Acme engineer"): a thing named by its name is not "a" one."""
    return w.dep_ == "compound" and w.head.i == t.i and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in t.children)


_OTHER = frozenset("other rival several various".split())


def _others(t) -> bool:
    """A plural mention of others ("other chains", "several rival banks"): it names none of them, and
    says nothing of whether the one asked about is named ("Side effects were mild" may go on to name them)."""
    if t.tag_ not in ("NNS", "NNPS"):
        return False
    return any(d.dep_ in ("det", "amod") and d.lower_ in _OTHER for d in t.children)


def _count_withheld(q, own: list, chosen: list):
    """"How many people were injured?" / "Officials did not say how many people were injured": a
    sentence of the article that withholds the count of the thing (and the act) asked about, when no
    chosen sentence gives a number beside that thing and act."""
    from bot.answering.question import amounts
    from bot.answering.parsing import parse_batch
    from bot.answering.withheld import may_withhold, withholdings

    counted = set(q.counted)
    act = set(stems(q.predicate.lemma)) if q.predicate is not None else set()
    key = counted | act
    if any(amounts(c.text) and key <= c.terms for c in chosen):
        return None
    scanned = own[:SCANNED]
    # Read one by one until one withholds the count; few do, so they are parsed together first.
    parse_batch(c.text for c in scanned if not withholdings.known(c.text) and may_withhold(c.text))
    for c in scanned:
        for w in withholdings(c.text):
            if not w.elliptical and counted & w.about and act <= w.about | counted:
                return c
    return None


SCANNED = 12


def _beside(c, own: list, step: int):
    """The sentence just after (+1) or before (-1) `c` in its paragraph, if it is a candidate."""
    same = sorted((o for o in own if o.chunk.chunk.id == c.chunk.chunk.id), key=lambda o: o.span.start)
    at = next((i for i, o in enumerate(same) if o is c), None)
    if at is None or not 0 <= at + step < len(same):
        return None
    return same[at + step]

