"""One parse of a question into one typed `Question`, read by every answerer.

    Which Elk Meadow resident blamed the power line?   kind who, asks person, role "Elk Meadow resident"
    What did the transport secretary say about fares?  kind what, speaker "the transport secretary" (a role)
    How long had she been waiting?                     kind how-many, asks duration
    Which company did the regulator fine?              kind who, asks organisation
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from bot.answering.paraphrase import Paraphrase, paraphrases_in, places_in
from bot.answering.passive_question import acted_on, passive_predicate
from bot.answering.predicate import Predicate, predicate_of
from bot.answering.terms import stems
from index.statements.dates import MONTH_WORDS
from index.textnorm import fold
from index.vocabulary import noun_asks, vocabulary

_V = vocabulary()  # index/vocabulary.yaml: the words the extractor reads too
WH, AUX, SPEECH, NOT_NAMES = _V.wh, _V.auxiliaries, _V.speech_words, _V.not_names
PERSON_ROLES = _V.person_nouns
AMOUNT_NOUNS, DURATION_UNITS, IRREGULAR_PLURALS = _V.amount_nouns, _V.duration_units, _V.irregular_plurals
FIGURE_NOUNS = tuple(sorted(_V.figure_nouns, key=lambda w: (-len(w), w)))
# Stemmed question words that say what is asked, not what to look for.
ASKING_STEMS = frozenset(t for w in _V.question_fillers for t in stems(w)) | _V.question_fillers

KINDS = ("who", "when", "where", "how-many", "why", "compare", "what")
ASKS = ("person", "organisation", "amount", "duration", "date", "place", "reason")


@dataclass(frozen=True)
class Question:
    text: str
    kind: str
    terms: tuple[str, ...]  # stemmed BM25 terms, in order, no repeats
    names: tuple[str, ...]  # stemmed terms of capitalised names ("macron", "erdogan")
    counted: tuple[str, ...]  # for how-many: stemmed terms of the thing counted
    speaker: tuple[str, ...] = ()  # "what did <speaker> say": stemmed terms of the speaker
    topic: tuple[str, ...] = ()  # "... say about <topic>": stemmed terms of the topic
    speaker_phrase: str | None = None  # the speaker as the question writes it
    asks: str | None = None  # the type of thing the answer must contain (ASKS), when the question says
    role: tuple[str, ...] = ()  # a person described, not named: stemmed terms of "the transport secretary"
    role_phrase: str | None = None
    role_head: str | None = None  # stem of the role's head noun: "governor" in "the regional governor"
    since: date | None = None  # time bounds the question names
    until: date | None = None
    predicate: Predicate | None = None  # what the question says happened ("die" in "how many died")
    sides: tuple[tuple[str, ...], ...] = ()  # compare: stemmed terms of each side ("the union's demand")
    counted_word: str | None = None  # for how-many: the thing counted as written ("lorries")
    halves: tuple[tuple[str, ...], ...] = ()  # compare: stemmed terms of what is said of each side, in order
    paraphrases: tuple[Paraphrase, ...] = ()  # the question's words for an act or stance, and other ways to say them

    @property
    def speaker_is_role(self) -> bool:
        """The speaker is described ("the sheriff"), not named ("Ortega")."""
        return bool(self.speaker_phrase) and not _has_name(self.speaker_phrase)


# The comparing words in other forms ("differed from", "was X different from Y's", "described
# differently by A and by B", "X against that of Y"): each names two sides as the base forms do.
_INFLECTED_COMPARING = re.compile(r"\b(?:differ(?:s|ed)|different(?:ly)?\s+(?:from|to|than|by)|differently\b.*\band\b|"
                                  r"compares|contrasted|against\s+(?:that|those)\s+of)\b")


_SHARE_OF = re.compile(r"^(?:and\s+)?(?:what|which)\s+(?:share|percentage|proportion|fraction|portion|part)\s+of\b")


# a scope the question opens with before its question word: "in the 2019 interview, who was ...",
# "at the hearing, who spoke for ..." (a "how"/"what" after it keeps its own kind below)
_SCOPE_THEN_WHO = re.compile(r"^(?:in|at|during|on)\s+[^,?]{2,60},\s+(?:who|whom|whose)\b")


def kind_of(text: str) -> str:
    t = fold(text).lower().strip()
    if re.match(r"^(and\s+)?(who|whom|whose)\b", t) or _SCOPE_THEN_WHO.match(t):
        return "who"
    # "What share of the group's turnover went ...": a figure, not the person or body the phrase names
    head = None if _SHARE_OF.match(t) else _which_noun(t)
    if head is not None and _asks_of_noun(head) in ("person", "organisation"):
        return "who"
    if len(re.findall(r"\bhow (?:many|much)\b", t)) > 1 or re.search(r"\bcompared (?:with|to)\b", t):
        return "compare"
    if (stand := _STAND.match(t)) is not None:
        # "Where does the mayor stand on the levy?" asks for a position, not a place; of two people, both.
        return "compare" if re.search(r"\band\b", stand.group(1)) or re.search(r"\b(?:each|both)\s+stand", t) else "what"
    if re.match(r"^(?:how|what|why) (?:do|did|does) (?:the )?[\w'’ -]+ and (?:the )?[\w'’ -]+ (?:say|explain|describe|see|view|"
                r"think|account for|justify)\b", t):
        return "compare"
    if _AGREE.match(t):
        return "compare"  # "Did the mayor and the union agree on the plan?"
    if _YES_NO_MORE.match(t):
        return "compare"  # "Is the compensation rate more or less than what a tractor costs to hire?"
    if re.match(r"^(?:and\s+)?when\s+(?:did|does|do|was|were|is|are|will|would|has|had|have)\b", t):
        return "when"  # "When did the minister answer the question on how long ... take?": the "how" is the question's topic
    if _WHICH_MORE.match(t) or re.search(r"\bhow (many|much|long|large|big)\b", t) and re.search(r"\b(?:versus|vs\.?)\s", t):
        return "compare"  # "how long was this outage vs the last one", "which is the larger sum: X or Y"
    if re.search(r"\bhow (many|much|long|large|big)\b", t):
        return "how-many"
    if re.search(r"\b(differ|difference|compare|compared|contrast|versus|vs\.?|both|whereas|far apart|conflict|disagree|disagreement)\b", t):
        return "compare"
    if _INFLECTED_COMPARING.search(t):
        return "compare"
    if re.match(r"^(and\s+)?(when|on what (date|day)|what (date|day)|in what (month|year)|since when)\b", t) or re.search(
        r"\b(what date|which date|which day|what day|on what date|earliest date|latest date)\b", t
    ):
        return "when"
    if _EXPLAINS.match(t):
        return "what"  # "How did the firm explain where the parts came from?": its explanation, not a place
    if _asks_venue(t):
        return "where"  # "At what ground will Rovers host Ashcombe?", "In which hospital was he treated?"
    # ("why did they agree to leave the limit where it is": a why-question's later "where" asks no place)
    if re.match(r"^(and\s+)?(where|in (which|what) (city|country|place|town|capital))\b", t) or (re.search(
        r"\b(in which city|in what city|which city|where)\b", t
    ) and not re.match(r"^(and\s+)?why\b", t)):
        return "where"
    if _TWO_TIMES.search(t) or _THE_TWO.search(t):
        return "compare"  # "before and after the ferry broke down", "between 1991 and 2009", "the two parties' shares"
    if re.match(r"^(and\s+)?why\b", t):
        return "why"
    if re.match(r"^(and\s+)?what (was|is|were|are) the (\w+ )?(" + "|".join(AMOUNT_NOUNS) + r")\b", t):
        return "how-many"
    if _figure_asked(t):
        return "how-many"
    return "what"


# "How did the firm explain where ...", "how does she account for why ...": the question word after the
# explaining verb is the topic of the explanation asked for
_EXPLAINS = re.compile(r"^(?:and\s+)?how\s+(?:did|does|do|has|have|had|would|will)\s+[\w'’ -]{1,60}?\s+"
                       r"(?:explain|justify|account\s+for)\s+(?:where|why|how|what|when|who)\b")


# "At what ground", "in which hospital", "from which port": a preposition asking for a venue or a place.
_AT_WHICH = re.compile(r"^(?:and\s+)?(?:at|in|into|from|to|inside|outside|near)\s+(?:which|what)\s+([a-z\-]+)(?:\s+([a-z\-]+))?")


# "Which ground will the tie be played at?": the preposition left at the end.
_WHICH_AT = re.compile(r"^(?:and\s+)?(?:which|what)\s+([a-z\-]+)(?:\s+([a-z\-]+))?\b.*\s(?:at|in|from|inside)\s*\?*$")


# "Which ground hosted the semi-final?": the venue is the doer of hosting.
_WHICH_HOSTED = re.compile(r"^(?:and\s+)?(?:which|what)\s+([a-z\-]+)(?:\s+([a-z\-]+))?\s+(?:hosted|hosts|staged|stages|"
                           r"(?:will|is to|is due to|was due to|is set to)\s+(?:host|stage))\b")


def _asks_venue(t: str) -> bool:
    """The noun after "at what" (or the one after it: "in which coastal town") is a venue or a place."""
    m = _AT_WHICH.match(t) or _WHICH_AT.match(t) or _WHICH_HOSTED.match(t)
    if m is None:
        return False
    return any(w in _V.venue_nouns or w in _V.place_nouns
               for noun in m.groups() if noun for w in (noun, noun[:-1] if noun.endswith("s") else noun))


# "Where do X and Y each stand on ...", "where does the council now stand over ...": a position.
_STAND = re.compile(r"^(?:and\s+)?where\s+(?:do|did|does|would|will)\s+(.+?)\s+(?:(?:each|both|now|currently|still)\s+)?"
                    r"stand\s+(?:on|over|in|with|regarding|about)\b")
# Two times set against each other: "before and after X", "change between 2019 and 2023", "this year and last".
_TWO_TIMES = re.compile(r"\bbefore and after\b|\b(?:chang|mov|shift|grow|grew|fell|fall|rise|rose|differ)\w*\b.*\b(?:between|from)\s+"
                        r"(?:\d{4}|the \w+|last \w+|this \w+)\s+(?:and|to)\s+(?:\d{4}|the \w+|last \w+|this \w+)\b")
# "the two coaches' views", "the two main parties' vote shares": both of a pair, each with its own.
# "Which is the larger sum: X or Y?", "which was longer, X or Y": one figure of each side, weighed.
_WHICH_MORE = re.compile(r"^(?:and\s+)?(?:which|what)\s+(?:is|was|are|were)\s+(?:the\s+)?(?:larger|bigger|higher|greater|smaller|"
                         r"lower|longer|shorter|older|newer|cheaper|dearer|costlier|more|less|fewer)\b[^?]*?\bor\b")
_THE_TWO = re.compile(r"\b(?:the|their)\s+two\s+(?:[a-z\-]+\s+){0,2}[a-z\-]+s['’]")


def _figure_asked(t: str) -> re.Match | None:
    """"What was the company's revenue last year?": a figure (index/vocabulary.yaml `figure_nouns`)
    asked for as such, its noun ending the phrase (not "what was the profit warning about")."""
    return re.match(r"^(?:and\s+)?what (?:was|is|were|are) (?:the |[\w.\- ]+?['’]s? )(?:[\w\-]+ )?(" + "|".join(FIGURE_NOUNS)
                    + r")(?=\s*(?:\?|$|\b(?:for|in|last|this|at|during|over|before|after|since|until|according)\b))", t)


# "Did A and B agree on ...", "Do the union and the company disagree about ...".
_AGREE = re.compile(r"^(?:and\s+)?(?:(?:how|where|why|what|on what)\s+)?(?:did|do|does|have|has|had)\s+(.+?)\s+and\s+(.+?)\s+(?:(?:ever|still|not|fully|really|ever)\s+)?(?:agree|disagree|differ|"
                    r"see eye to eye|share|part\s+(?:ways|company)|diverge)\b", re.I)


def _which_noun(t: str) -> str | None:
    """The head noun of "which / what <words> NOUN ..." when it names a role, a body or a place."""
    m = re.match(r"^(?:and\s+)?(?:which|what)\s+(.*)$", t)
    if not m or not m.group(1) or m.group(1).split()[0] in AUX:
        return None
    return _head(m.group(1).split())[0]


def _head(words: list[str]) -> tuple[str | None, int]:
    """The head of a noun phrase (its role, body or place noun) and the index of its last word:
    "city official defended" -> official, 1; "head of the launch centre" -> head, 4.

    The phrase ends at a verb, a preposition other than "of", or a new determiner; a possessive
    ("the mining company's boss") is a modifier, not the head."""
    head, end, after_of = None, -1, False
    for k, w in enumerate(words[:8]):
        word = w.strip("?,.")
        base = re.sub(r"['’]s$|['’]$", "", word.lower())
        if k and base == "of" and head is not None:
            after_of = True  # "the head of the launch centre": the rest says whose
            continue
        if k and base == "to" and head is not None and k == end + 1 and vocabulary().role_group(head.lower()) \
                and k + 1 < len(words) and words[k + 1].lower() in _DETERMINERS:
            after_of = True  # "an aide to the governor": whose aide, as "of" says it
            continue
        noun_next = k + 1 < len(words) and _asks_of_noun(words[k + 1].strip("?,.")) == "person"
        # A capitalised "State" or "Report" is part of a name ("the Oyo State governor"), no verb;
        # nor is a lowercase one before a job noun ("the party's state president").
        if k and (base in AUX or (base in SPEECH and word[:1].islower() and not noun_next) or base in WH or base in _PHRASE_ENDS):
            if base in _DETERMINERS and (words[k - 1].lower() == "of" or (words[k - 1].lower() == "to" and after_of)):
                continue
            break
        if (base.endswith("ed") or base in _PAST_FORMS) and (head is not None or (k and not noun_next and word[:1].islower())):
            break  # "which side effect showed up among volunteers", "what injury kept the keeper out": the verb ends the phrase
        if head is not None and not after_of and base != "of" and word[:1].islower() and _asks_of_noun(word) is None \
                and not (_asks_of_noun(head) != "person" and _person_noun_next(words[k + 1:k + 2])):
            break  # "the Fjord Capital analyst make of the job cuts": a verb ends the phrase
        if after_of:
            end = k
        elif _asks_of_noun(word) is not None and base == word.lower():
            head, end = word, k
        if w.endswith(("?", ",", ".")):
            break
    return head, end


def _person_noun_next(words: list[str]) -> bool:
    """A job noun follows: "the opposition health spokesman", "the union pay negotiator" (a body's
    word, then what the job covers, then the job) are one person's description, not a body's. Only a
    job's word: "the grid company blame hackers" has a verb before people, no job."""
    return bool(words) and words[0][:1].islower() and words[0].strip("?,.").lower() in _job_words()


@lru_cache(maxsize=1)
def _job_words() -> frozenset[str]:
    v = vocabulary()
    return frozenset({*v.roles, *v.leaders, *(w for g in v.role_groups for w in g), *v.job_kinds,
                      *(w for kinds in v.job_kinds.values() for w in kinds)})


_DETERMINERS = frozenset("the a an its his her their our this that these those".split())
# Past forms without "-ed" ("kept", "led", "took"): a verb after "what <noun>", as "-ed" is
_PAST_FORMS = frozenset(f for forms in vocabulary().irregular_past.values() for f in forms)
_PHRASE_ENDS = _DETERMINERS | frozenset("to in on at for with from by about over into after before since than as "
                                         "if because while".split())


_MORE = frozenset("more less fewer extra additional further".split())


def _asks_of_noun(word: str) -> str | None:
    asks = noun_asks(word)  # index/vocabulary.py: the article's people are read at ingest with it too
    base = re.sub(r"['’]s?$", "", word.lower()).rstrip("s")
    if asks == "person" and base.endswith(_V.thing_endings) and base not in PERSON_ROLES:
        return None  # "What payment will each household receive?" asks for a thing, not who
    return asks




def asks_of(text: str, kind: str) -> str | None:
    t = fold(text).lower()
    if re.search(r"\bhow long\b", t) or re.search(r"\bfor how many (" + "|".join(DURATION_UNITS) + r")\b", t):
        return "duration"
    if kind == "how-many":
        return "amount"
    if kind == "when":
        return "date"
    if kind == "where":
        return "place"
    if kind == "why":
        return "reason"
    if kind == "who":
        head = _which_noun(t)
        if head is None and _WHOM_FOR.match(t):
            return "organisation"  # "who does she represent?": a body, not a person
        return _asks_of_noun(head) if head else "person"
    return None


_WHOM_FOR = re.compile(r"^\s*who(?:m)?\s+(?:does|did|do)\s+.{2,80}?\s+(?:represent|speak\s+for|work\s+for)\s*\??\s*$")


def _names(text: str) -> list[str]:
    out = []
    for i, m in enumerate(re.finditer(r"[^\W\d_][\w'’\-]*", text)):
        word = m.group(0)
        base = re.sub(r"['’]s$", "", word)
        if not base[:1].isupper() or base.lower() in NOT_NAMES:
            continue
        if base.isupper() and len(base) <= 4:
            continue  # "US", "UN", "EU": articles write them "U.S.", "U.N.", "European Union"
        if i == 0:
            continue  # a question's first word is capitalised whatever it is
        out.extend(stems(base))
    return out


def _has_name(phrase: str) -> bool:
    return any(w[:1].isupper() and w.lower() not in NOT_NAMES for w in re.findall(r"[^\W\d_][\w'’\-]*", phrase))


def analyse(text: str, ledger=None) -> Question:
    """The one parse of `text`; with a ledger, time bounds ("in February 2023") are read too."""
    kind = kind_of(text)
    terms = [t for t in dict.fromkeys(stems(text)) if t not in ASKING_STEMS]
    counted: list[str] = []
    counted_word = None
    if kind == "how-many":
        # "How large a penalty has ...": the penalty is what is measured, as "how many fines" counts them;
        # not "how large a share": a share or a fine is the number itself ("a 40% share", "a fine of $2m").
        m = re.search(r"\bhow (?:many|much|(?:large|big|high|heavy) an?)\s+((?:[\w\-]+\s+){0,3})", fold(text).lower())
        if m and re.match(r"\w+ an?\s", m.group(0)[4:]) and m.group(1).split()[0] in AMOUNT_NOUNS:
            m = None
        if m:
            # The thing counted is the phrase's plural noun: "mail-in ballots were" -> ballots.
            words = []
            for w in m.group(1).split():
                if w in AUX or w in _PHRASE_ENDS or w in ("of", "full") or w.endswith("ed"):
                    break
                if w in _MORE:
                    continue  # "how much more money": the money is counted, "more" says it is on top
                words.append(w)
            plural = [w for w in words if w in IRREGULAR_PLURALS or (w.endswith("s") and not w.endswith("ss"))]
            if len(plural) > 1:
                # "how many north downs households": a lower-case place before the noun is no count; the
                # head is the English plural right after it ("how many goals jones scored": not the
                # name; "how many families paid deposits": not the verb's object)
                from bot.answering.english_words import is_english

                at = words.index(plural[0])
                while at + 1 < len(words) and words[at + 1] in plural and is_english(words[at + 1]):
                    at += 1
                plural = [words[at]]
            # "How much net income": the figure's noun, whatever qualifies it ("net" is a kind of income).
            figure = [w for w in words if w in FIGURE_NOUNS]
            words = figure[:1] or plural[:1] or words[:1]
            counted = stems(words[0]) if words else []
            counted_word = words[0] if words else None
        elif (figure := _figure_asked(fold(text).lower())) is not None:
            counted, counted_word = stems(figure.group(1)), figure.group(1)  # the revenue is what is "counted"
    if kind == "compare":
        terms = [t for t in terms if t not in _COMPARING]
    predicate = _predicate(text, kind)
    speaker_phrase = _speaker_phrase(text, predicate.lemma if predicate else None) if kind != "compare" else None
    if kind == "who" and _which_subject(text):
        # "Which analyst suggested management may have lost control of demand?": the person asked
        # for is the question's subject; a "have lost control" further on names no speaker.
        speaker_phrase = None
    speaker = tuple(t for t in stems(speaker_phrase) if t not in ASKING_STEMS) if speaker_phrase else ()
    t = _TOPIC_Q.search(fold(text))
    # "about the EU mission" names a topic; "about what was carried" is a clause to answer.
    clause = t is not None and re.match(r"(what|how|who|whom|whether|why|when|where|which)\b", t.group(1), re.I)
    # A comparison's "about X differ from Y" is no topic: its sides say what to look for.
    topic = tuple(x for x in stems(_topic_phrase(t.group(1))) if x not in ASKING_STEMS) if t and not clause and kind != "compare" else ()
    role_phrase = _role_phrase(text, kind, speaker_phrase)
    role = tuple(x for x in stems(role_phrase) if x not in ASKING_STEMS) if role_phrase else ()
    role_head = None
    if role_phrase:
        head, _ = _head(role_phrase.split()[1:] if role_phrase.split()[0].lower() in _DETERMINERS else role_phrase.split())
        role_head = (stems(head) or [None])[0] if head and _asks_of_noun(head) == "person" else None
    since = until = None
    if ledger is not None:
        since, until = _period(text, ledger)
    return Question(
        text, kind, tuple(terms), tuple(dict.fromkeys(_names(text))), tuple(counted), speaker, topic,
        speaker_phrase if speaker else None, asks_of(text, kind), role, role_phrase, role_head, since, until,
        predicate, _sides(text) if kind == "compare" else (), counted_word,
        _halves(text) if kind == "compare" else (), paraphrases_in(text) + places_in(text),
    )


def _topic_phrase(text: str) -> str:
    """The noun phrase a topic names, without what qualifies it: "the line on the day the fire
    began" -> "the line" (the article may write the day and the fire otherwise)."""
    words = text.split()
    while words and all(t in ASKING_STEMS for t in stems(words[0])):
        words = words[1:]  # "about anything for the weekend": the weekend is the topic
    while words and words[0].lower() in _PHRASE_ENDS - _DETERMINERS:
        words = words[1:]
    for k, w in enumerate(words):
        before = words[k - 1].lower() if k else ""
        if k and w.lower() in _CLAUSE_STARTS and any(t not in ASKING_STEMS for t in stems(" ".join(words[:k]))):
            return " ".join(words[:k])  # "reports that it wanted to sell X": the reports; the claim is paraphrased
        if k and w.lower() in _QUALIFIERS and before not in _PHRASE_ENDS and not before.endswith("ing") \
                and any(t not in ASKING_STEMS for t in stems(" ".join(words[:k]))):
            return " ".join(words[:k])  # "going to court", "talks in Geneva": a verb's object is kept
    return " ".join(words)


# Words that start a qualifier of the topic's noun: where (at, in), when (on, during, after ...).
_QUALIFIERS = frozenset("on in at during after before since while when".split())
# Words that start a clause saying what the topic's noun holds or claims.
_CLAUSE_STARTS = frozenset("that which who whether".split())


def _predicate(text: str, kind: str) -> Predicate | None:
    """The event the question asks about, parsed only when one can matter: not for who-questions or
    comparisons, nor for a question about what was said ("What did the minister say ...?"), so
    most questions never load the parser."""
    if not _asks_an_event(text, kind):
        return None
    found = predicate_of(text)
    if found is None and kind == "when":
        found = passive_predicate(text)  # "When was the answer corrected?" misread as "was" + "answer corrected"
    if found is not None and found.past and _MODAL_ASKED.match(fold(text)):
        # "Where would the firm put the container?": a modal asks of what is to be ("put" read as its past)
        found = replace(found, past=False)
    return found


_MODAL_ASKED = re.compile(r"^\W*(?:and\s+)?(?:what|where|when|how|which|why)(?:\s+[\w'’\-]+){0,2}?\s+"
                          r"(?:would|will|could|can|should|shall|may|might)\s", re.I)


def _asks_an_event(text: str, kind: str) -> bool:
    return kind not in ("who", "compare") and not asks_about_speech(text)


def asks_about_speech(text: str) -> bool:
    """Does the question use a speech verb ("who said", "what did she tell")?"""
    return any(w in SPEECH for w in re.findall(r"[a-z]+", fold(text).lower()))


def needs_parser(text: str) -> bool:
    """Whether analysing `text` parses it (spaCy): a one-shot `ask` then loads the parser early."""
    return _asks_an_event(text, kind_of(text))


def _sides(text: str) -> tuple[tuple[str, ...], ...]:
    """The two sides a comparison names: possessors ("the union's demand and the government's
    offer", "the mine's chief executive") or a subject "X and Y" ("the candidate and the officer")."""
    folded = fold(text)
    phrases: list[str] = []
    m = re.match(r"^(?:how|what|why|where)\s+(?:do|did|does)\s+(.+?)\s+and\s+(.+?)\s+(?:(?:each|both)\s+)?(?:say|explain|describe|"
                 r"see|view|think|account|justify|differ|stand)\b", folded, re.I) or _AGREE.match(folded)
    if m:
        phrases = [m.group(1), m.group(2)]
    else:
        # "How did the secretary's view of the bill's money differ from the minister's?": one side in
        # each half of the question, the first possessor of each (the bill is what the first side is on).
        split = _SPLIT.search(folded)
        first_half: list[str] = []
        for p in re.finditer(r"((?:[\w\-]+\s+){0,3}?[\w\-]+)['’]s?(?=[\s?,.]|$)((?:\s+[\w\-]+){0,3})", folded):
            words = p.group(1).split()
            while words and (words[0].lower() in _DETERMINERS or words[0].lower() in WH or words[0].lower() in AUX
                             or words[0].lower() in ("how", "from", "with", "what", "and")):
                words = words[1:]
            after = p.group(2).split()
            head, end = _head(after)
            if head is not None and _asks_of_noun(head) == "person":
                words = words + ["'s"] + after[: end + 1]
            if words:
                phrases.append(" ".join(words))
                if split is not None and p.start() < split.start():
                    first_half.append(phrases[-1])
        second_half = phrases[len(first_half):]
        if split is not None and first_half and second_half and not re.fullmatch(r"\s+and\s+", split.group(0)):
            phrases = [first_half[0], second_half[0]]
    out = []
    for phrase in phrases:
        terms = tuple(t for t in stems(phrase) if t not in ASKING_STEMS and t not in _COMPARING)
        if terms and terms not in out:
            out.append(terms)
    return tuple(out[:2]) if len(out) >= 2 else ()


_SPLIT = re.compile(r"\s+(?:differ(?:s|ed)?\s+from|different\s+(?:from|to|than)|against(?=\s+(?:that|those)\s+of\b)|compare[sd]?\s+(?:with|to)|compared\s+(?:with|to)|"
                    r"conflict(?:s|ed)?\s+with|contrast(?:s|ed)?\s+with|versus|vs\.?|and)\s+", re.I)


# "Is the rate more or less than the hire?", "Was the fine higher than last year's?": a yes-no question
# setting one thing against another, split at its "than"
_MORE_OR_LESS = (r"\b(?:more|less|fewer|higher|lower|bigger|smaller|greater|larger|cheaper|dearer|longer|shorter)"
                 r"(?:\s+or\s+(?:more|less|fewer|higher|lower|bigger|smaller|greater|larger|cheaper|dearer|longer|shorter))?\s+than\b"
                 r"(?!\s*(?:about\s+|around\s+)?[\d$€£¥])")  # (not "more than 50 people": a quantity)
_YES_NO_MORE = re.compile(r"^(?:and\s+|so\s+)?(?:is|was|are|were|will|would)\b.*?" + _MORE_OR_LESS, re.I)
_THAN_SPLIT = re.compile(r"\s+" + _MORE_OR_LESS + r"\s+", re.I)
_COMPARE_IMPERATIVE = re.compile(r"^\s*(?:please\s+)?(?:compare|contrast)\s+", re.I)
_IMPERATIVE_SPLIT = re.compile(r"\s+(?:with|to|and|against|versus|vs\.?)\s+", re.I)


def _halves(text: str) -> tuple[tuple[str, ...], ...]:
    """A comparison's two sides with what the question says of each: "Uzbekistan's duty on flour" |
    "the tariff Kazakhstan is threatening on cement". Split at "differ from", "compare with", "and"."""
    folded = fold(text)
    if _WHICH_MORE.match(folded.lower()):
        # "which is the larger sum: A or B": the sides are after the colon (or comma), split at "or"
        folded = re.split(r"[:,]\s*", folded, maxsplit=1)[-1]
        parts = re.split(r"\s+or\s+", folded, maxsplit=1)
    elif _YES_NO_MORE.match(folded):
        parts = _THAN_SPLIT.split(folded, maxsplit=1)
    elif (imperative := _COMPARE_IMPERATIVE.match(folded)):
        # "Compare what the union asked for with what the firm offered": the verb opens the question,
        # so the sides are split at the first "with"/"to"/"and"/"against" after it.
        parts = _IMPERATIVE_SPLIT.split(folded[imperative.end():], maxsplit=1)
    else:
        parts = _SPLIT.split(folded, maxsplit=1)
    if len(parts) != 2:
        return ()
    out = tuple(tuple(t for t in stems(p) if t not in ASKING_STEMS and t not in _COMPARING) for p in parts)
    return out if all(out) else ()


def _speaker_phrase(text: str, verb: str | None = None) -> str | None:
    """"did <X> say", "according to <X>", "<X>'s account": who the question is about. `verb`: the
    lemma of the event asked about, which is no role noun however it ends ("did the wing suffer")."""
    folded = fold(text)
    m = re.search(r"\baccording to\s+((?:[\w'’\-]+\s+){0,7}?[\w'’\-]+?)\s*(?:,|\?|$)", folded, re.I)
    if m:
        return m.group(1).strip()
    m = _AS_TOLD.search(folded)
    if m:
        return next(g for g in m.groups() if g).strip()
    m = _SPEAKER_Q.search(folded)
    masked = folded
    # "did the winning party's state president promise": "state" is a noun here, not the verb.
    while m and _asks_of_noun((masked[m.end():].split() or [""])[0].strip("?,.")) == "person":
        verb_at = m.end() - len(re.search(r"\S+$", masked[: m.end()]).group(0))
        masked = masked[:verb_at] + "_" * (m.end() - verb_at) + masked[m.end():]
        m = _SPEAKER_Q.search(masked)
    if m:
        words = folded[m.start(1) : m.end(1)].split()
        if len(words) >= 3 and words[-1].endswith("ly") and words[-1].islower():
            words = words[:-1]  # "did the governor personally say": the adverb is not who
        if len(words) >= 3 and words[-1].lower() == "to" and words[-2].islower():
            words = words[:-2]  # "do the Quay Traders want to propose": the wish is not who
        return " ".join(_up_to_verb(words))
    # "What did the law professor think", "What message did the sheriff have": the noun phrase
    # after the auxiliary, up to the role noun that ends it.
    m = re.search(r"\b(?:did|does|do|has|have|had|was|is|were|are)\s+((?:the|a|an)\s+.*)$", folded, re.I)
    if m and acted_on(text):
        return None  # "When were the intruders spotted?": the one done to is no speaker
    if m:
        words = m.group(1).split()
        head, end = _head(words[1:])
        if head is not None and head.lower().strip("?,.") != verb \
                and not _EVENT_PASSIVE.match(" ".join(words[end + 2:])):
            return " ".join(words[: end + 2]).strip("?,.")
    return None


# "Where is the charity fundraiser being held?": what is held, staged or hosted is an occasion,
# not a person, whatever its noun could also name ("fundraiser", "host").
_EVENT_PASSIVE = re.compile(r"(?:(?:going\s+)?to\s+be\s+|being\s+|be\s+|been\s+)?(?:held|staged|hosted)\b", re.I)


def _up_to_verb(words: list[str]) -> list[str]:
    """"did the fact-checkers reach on the mayor's crash claim": the noun "claim" is no speech verb;
    the phrase ends at the verb after the role noun ("reach") when a preposition or determiner follows it."""
    skip = 1 if words and words[0].lower() in _DETERMINERS else 0
    head, end = _head(words[skip:])
    rest = [w.lower().strip("?,.") for w in words[skip + end + 1:]]
    if head is None or not rest or not words[skip + end + 1][:1].islower() or rest[0] in _PHRASE_ENDS \
            or rest[0] in AUX or not any(w in _PHRASE_ENDS for w in rest[1:]):
        return words
    return words[: skip + end + 1]


def _which_subject(text: str) -> str | None:
    """"Which Cork councillor complained ...": the role phrase of a "which <role> <verb>" question,
    whose subject is the person asked for (not "which official did the minister blame")."""
    m = re.match(r"^\s*(?:and\s+)?(?:which|what)\s+(.*)$", fold(text), re.I)
    if not m:
        return None
    words = m.group(1).split()
    head, end = _head(words)
    if head is None or not words or words[0].lower() in AUX or _asks_of_noun(head) != "person":
        return None
    nxt = words[end + 1].lower().strip("?,.") if end + 1 < len(words) else ""
    if not nxt or nxt in AUX:
        return None
    return " ".join(words[: end + 1]).strip("?,.")


def _role_phrase(text: str, kind: str, speaker_phrase: str | None) -> str | None:
    """A person or body described, not named: the speaker phrase, or "which <role>" / "who heads <body>"."""
    if speaker_phrase and speaker_phrase.lower() not in _PRONOUNS:
        words = speaker_phrase.split()
        if not _has_name(speaker_phrase) or _head(words[1:] if words[0].lower() in _DETERMINERS else words)[0]:
            return speaker_phrase
    if kind != "who":
        return None
    folded = fold(text)
    if asks_counsel(folded):
        return COUNSEL  # "Who acted for the farmer?": the party's solicitor or counsel, however the report calls them
    m = re.match(r"^\s*(?:and\s+)?(?:which|what)\s+(.*)$", folded, re.I)
    if m:
        words = m.group(1).split()
        head, end = _head(words)
        if head is not None and words[0].lower() not in AUX and _asks_of_noun(head) in ("person", "organisation"):
            nxt = words[end + 1].lower() if end + 1 < len(words) else ""
            if nxt in ("is", "was", "are", "were") and _asks_of_noun(head) == "person":
                # "Which politician is X's environment minister?": the job after "is" describes the
                # person; "politician" only says what kind of answer is wanted
                job = _role_phrase("Who " + " ".join(words[end + 1:]), kind, None)
                if job:
                    return job
            return " ".join(words[: end + 1]).strip("?,.")
    m = re.match(r"^\s*(?:and\s+)?who\s+((?:(?:is|was|are|were)\s+(?:now\s+|currently\s+)?(?:leading|heading|chairing|running|"
                 r"directing|managing|representing|in charge of)\s+|is|was|are|heads|leads|chairs|runs|directs|manages|"
                 r"represents|owns|owned)\s*"
                 # "the chief executive of X", or a body's possessive: "X's chief executive"
                 r"(?:(?:the|a|an)\s+|(?=(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*){0,4}['’]s\s))"
                 r"(?:[\w'’\-]+\s+){0,8}?[\w'’\-]+?)\s*(?:\bthat\b|\bwho\b|\bwhich\b|\bwhose\b|,|\?|$)", folded, re.I)
    if m and not re.search(r"\b(?:the|a|an)\s", m.group(1), re.I) and not _LEADS.match(m.group(1)):
        # "X's chief executive": a body's role, asked only when its last word names a role
        v = vocabulary()
        last = m.group(1).split()[-1].lower()
        return m.group(1) if last in v.roles or last in v.leaders else None
    if m:
        return _led(_unrelative(m.group(1)))
    if named := _LEADS_NAMED.match(folded):
        # "Who runs Tarvik Dairy?": a body by its bare name is led as "the Tarvik Dairy" is
        return _led(named.group(1))
    return None


def _unrelative(phrase: str) -> str:
    """"owns the hardware store the governor visited": the noun phrase, without the relative clause
    that follows it unmarked (a second determiner right after a noun, not after a preposition)."""
    stop = vocabulary().stop_words
    words = phrase.split()
    for i in range(2, len(words) - 1):
        # "the group behind the pool campaign": "behind" (no stop word) is a preposition too
        if words[i].lower() in ("the", "a", "an") and words[i - 1].lower() not in stop | {"behind"} and any(
                w.lower() in ("the", "a", "an") for w in words[1:i - 1]):
            return " ".join(words[:i])
    return phrase


# "Who acted for the farmer", "who appeared for the council": a lawyer's part at a hearing
# (vocabulary counsel_acts), named there as "Defending solicitor X", "X's barrister", "for the defence"
COUNSEL = "the lawyer"
_COUNSEL_ACT = re.compile(r"^\s*(?:and\s+)?who\s+(?:(?:was|were|is)\s+)?(?:"
                          + "|".join(re.escape(a) for a in sorted(vocabulary().counsel_acts, key=lambda w: (-len(w), w)))
                          + r")\b", re.I)


def asks_counsel(question: str) -> bool:
    """"Who acted for X?": a lawyer asked for by their part (the act itself may be written too:
    "Y, acting for X, said")."""
    return bool(_COUNSEL_ACT.match(fold(question)))


# "who runs / leads / is in charge of the school": the school's head, whatever its job is called;
# "who owns the shop": its owner, whom a report names "owner NAME" or calls "the owner"
_LED_BY = {"chai": "the chair of ", "owns": "the owner of ", "owne": "the owner of "}
_LEADS = re.compile(r"^(?:(?:is|was|are|were)\s+(?:now\s+|currently\s+)?)?(?:heads|leads|runs|directs|manages|chairs|owns|owned|"
                    r"leading|heading|running|directing|managing|chairing|in charge of)\s+", re.I)


def _led(phrase: str) -> str:
    """"runs the Quay Traders" -> "the head of the Quay Traders" (`_LED_BY` for "owns", "chairs" ...)."""
    return _LEADS.sub(lambda v: _LED_BY.get(v.group(0).split()[-1].lower()[:4], "the head of "), phrase, count=1)


# "Who runs Tarvik Dairy?", "who heads Norvale Transit": the lead verb and a body named by its capitalised
# name alone, the whole rest of the question (no "the" for the pattern above to start the body with)
_LEADS_NAMED = re.compile(r"^\s*(?:and\s+)?who\s+((?:(?:is|was|are|were)\s+(?:now\s+|currently\s+)?)?(?:heads|leads|runs|directs|"
                          r"manages|chairs|owns|owned|leading|heading|running|directing|managing|chairing|in charge of)\s+"
                          r"(?-i:[A-Z])[\w'’&.\-]*(?:\s+(?:of|and|for|&|(?-i:[A-Z])[\w'’&.\-]*)){0,5}?)\s*[?.]?\s*$", re.I)


def _period(text: str, ledger) -> tuple[date | None, date | None]:
    from index.statements.periods import period_in_question
    from index.textnorm import normalize

    since, until, _ = period_in_question(normalize(text).rstrip(" ?.!"), ledger)
    return since, until


_PRONOUNS = frozenset("he she they it him her them we i you".split())
_TOPIC_Q = re.compile(r"\b(?:about|regarding|concerning|on the (?:subject|issue|question) of)\s+(.+?)(?:[?.!]|$)", re.I)
_COMPARING = {"differ", "compar", "vs", "versu", "versus", "agre", "disagre", "contrast", "similar", "account", "version", "respect", "both", "way", "far",
              "apart", "conflict", "each", "stand"}
# The verb in lower case: "the Oyo State governor", "the Human Rights Report" name, they do not state.
_SPEAKER_Q = re.compile(
    r"\b(?:did|does|do|has|have|had|was|is)\s+((?:\S+\s+){0,6}?\S+)\s+(?-i:say|said|tell|told|claim|deny|denied|urge|pledge|"
    r"complain|emphasi[sz]e|hint|confirm|announce|insist|accuse|call|describe|think|stress|warn|note|add|"
    r"express|propose|demand|mean|respond|react|argue|suggest|threaten|promise|report|write|state|blame|"
    r"expect|predict|liken|explain|defend|admit|acknowledge|concede|reveal|recall|recount|disclose|allege|"
    r"assert|contend|maintain|reiterate|dispute|reject|critici[sz]e|praise|testify|remark|vow|caution|"
    r"lament|point\s+out)\b",
    re.I,
)
# "..., as the festival director tells it?", "in the coach's words", "by the mayor's account": who is asked, as "according to" says it.
_AS_TOLD = re.compile(
    r"\bas\s+((?:[\w'’\-]+\s+){0,6}?[\w'’\-]+?)\s+(?:tells|told|puts|put|sees|saw|describes|described|recalls|recalled|"
    r"remembers|remembered|explains|explained)\s+it\b|\bas\s+((?:[\w'’\-]+\s+){0,6}?[\w'’\-]+?)\s+(?:has|had)\s+it\b|"
    r"\b(?:in|by)\s+((?:the|a|an)\s+(?:[\w\-]+\s+){0,5}?[\w\-]+|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})['’]s?\s+"
    r"(?:words|account|telling|version|view|recollection)\b", re.I)
# Not the tens and teens: "thirty businesses" would count for any figure (neighbours._SPOKEN reads them).
_UNITS_WORDS = r"one|two|three|four|five|six|seven|eight|nine"
# "forty sailings", "Thirty-six households": a count spelled out above twelve is a count too.
_NUMBER_WORDS = (rf"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:{_UNITS_WORDS}))?|"
                 r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
                 rf"{_UNITS_WORDS}|ten|eleven|twelve|dozen|dozens|hundred|hundreds|thousand|thousands|million|billion")
# Compact money and measures as papers print them: "RM38mil", "Rs40", "US$2.5bn", "€3m", "2.6km", "10pc".
# A currency written before the digits with no space, and a magnitude or unit after them.
# The peso as Philippine papers print it, a capital P ("P3,000", "P18.6 million"), case kept;
# not one digit ("P3" is as often a school year). The kwacha and the kina likewise, a capital K
# ("K412 million", "K25,000"), case kept and never one digit ("K9" is a dog unit or a grade); the
# rand and the lilangeni too, a capital R or E ("R1.2bn", "E38 000").
MONEY_PREFIX = r"RM|Rs\.?|Rp|Ksh|KSh|Sh|Tk|[A-Z]{0,2}\$|[€£¥₹₱₦₩₺₽]|(?-i:[PKRE])(?=\d[\d,.]*\d)"
_COMPACT_SUFFIX = r"k|m|mn|mil|bn|b|tn|trn|tr|cr|km|kg|pc|ha|ft|mm|cm"
_AMOUNT = re.compile(rf"(?<![\w.])(?:{MONEY_PREFIX})?(\d[\d,.]*(?:%|(?:{_COMPACT_SUFFIX})(?![\w]))?|(?:{_NUMBER_WORDS}))(?![\w])",
                     re.I)


def has_number(sentence: str) -> bool:
    return bool(re.search(r"\d", sentence)) or bool(re.search(rf"\b({_NUMBER_WORDS})\b", sentence, re.I))


_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_MONTHS = frozenset(MONTH_WORDS)


def amounts(sentence: str) -> list[str]:
    """Numbers in `sentence` that count or measure something: not years, not days of a month, not clock times."""
    out = []
    for m in _AMOUNT.finditer(sentence):
        word = m.group(1).rstrip(".,")
        if _YEAR.match(word) or (sentence[m.start() - 1 : m.start()] in ("'", "’") and re.fullmatch(r"\d\d", word)):
            continue  # (a class year after a name: "Assembly member Tobias Renwick '27")
        if sentence[m.start() - 1 : m.start()] == "[" and sentence[m.end() : m.end() + 1] == "]":
            continue  # a footnote mark a pasted wiki page keeps ("[3] An inspection report in 2021 ...")
        before = sentence[max(0, m.start() - 12) : m.start()].lower().split()
        after = sentence[m.end() : m.end() + 12].lower().split()
        if (before and before[-1].strip(".,") in _MONTHS) or (after and after[0].strip(".,") in _MONTHS):
            continue
        if after and after[0].startswith(("p.m", "a.m", "pm", "am")):
            continue
        if any(c.start() <= m.start() < c.end() for c in _CLOCK_PART.finditer(sentence, max(0, m.start() - 3), m.end() + 3)):
            continue  # "20:10 Full time", "at 9:45": a clock time, its hour or minutes
        out.append(word)
    return out


# A clock time's hour and minutes, "20:10" (not "3:1" a ratio, nor a score "61-57")
_CLOCK_PART = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])")


# A duration's count may be any number word: "for thirty years" is a duration whatever "thirty businesses" is.
_TENS_AND_TEENS = (r"(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
                   r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)")


def durations(sentence: str) -> list[str]:
    units = "|".join(DURATION_UNITS)
    return re.findall(rf"\b(?:\d[\d,.]*|{_TENS_AND_TEENS}|{_NUMBER_WORDS}|a|an|several|few)[\s-]+(?:{units})\b", sentence, re.I)


# "How long is the bridge / the route?" asks a thing's length as well as a time ("How long is the
# delay?"); not "How long is the strike expected to last?", which asks a time only.
_HOW_LONG_IS = re.compile(r"\bhow long (?:is|are|was|were|will be) (?:the|this|that|its|their|his|her|a|an)\b"
                          r"(?!.*\b(?:last|lasts|take|takes|run|runs|continue|remain|stay|wait|go on)\b)", re.I)


def lengths(sentence: str) -> list[str]:
    units = "|".join(sorted(_V.length_units, key=lambda w: (-len(w), w)))
    return re.findall(rf"\b\d[\d,.]*[\s-]*(?:{units})\b", sentence, re.I)


def extents(question: str, sentence: str) -> list[str]:
    """What in `sentence` answers "how long": a duration, or a length when a thing's length is asked."""
    return durations(sentence) or (lengths(sentence) if _HOW_LONG_IS.search(fold(question)) else []) \
        or (_SINCE.findall(sentence) if _HOW_LONG_SO_FAR.search(fold(question)) else []) \
        or (_UNTIL.findall(sentence) if _HOW_LONG_AHEAD.search(fold(question)) else [])


# "How long has he worked there?" / "who has worked at X since 1946": a start answers a present-perfect
# "how long" (the duration runs from it to the report).
_HOW_LONG_SO_FAR = re.compile(r"\bhow long\s+(?:has|have|had)\b(?!.*\b(?:last|take|took)\b)", re.I)
_SINCE = re.compile(r"\bsince\s+(?:(?:early|late|mid|the\s+(?:start|end|spring|summer|autumn|winter)\s+of)\s*-?\s*)?"
                    r"(?:[A-Z][a-z]+\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\s+)?(?:1[6-9]\d\d|20\d\d)\b")


# "How long does the ban last?" / "will stay in place until May": an end answers a "how long" still
# running (the duration runs from now to it), as a start answers one run so far.
_HOW_LONG_AHEAD = re.compile(r"\bhow long\s+(?:does|do|will|is|are|would)\b", re.I)
_UNTIL = re.compile(r"\b(?:until|till|through to)\s+(?:(?:at least|the (?:end|start|middle) of)\s+)?"
                    r"(?:[A-Z][a-z]+|\d{1,2}\s+[A-Z][a-z]+|(?:1[6-9]|20)\d\d)\b")


__all__ = ["Question", "analyse", "kind_of", "asks_of", "has_number", "amounts", "durations", "extents", "KINDS", "ASKS",
           "WH", "AUX", "SPEECH"]
