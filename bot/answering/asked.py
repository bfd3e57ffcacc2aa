"""Does an answer hold the type of thing the question asks for?

    When will the appeal be heard?      "The county has 30 days to file an appeal."   no date: not an answer
    Where was the meeting held?         "The talks lasted four hours."                no place: not an answer
    How much did the software cost?     "The software was introduced in January."     no amount: not an answer

A sentence on the question's topic is not an answer unless it holds a date for "when", a place
or venue for "where", a number for "how many / how much", a duration for "how long". Then the
articles do not say it, and the answerer says so with the related passages.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from bot.answering.candidates import Candidate
from bot.answering.counted_words import words_a_number_counts
from bot.answering.counting import HOW_MANY, asks_age, counts_besides_ages, denial_near, denies
from bot.answering.dates import CLOCK
from bot.answering.day_asked import asks_day, names_day
from bot.answering.unnamed_agent import unnamed_agent
from bot.answering.mentions import named_people
from bot.answering.names_anyone import names_anyone
from bot.answering.owner_officers import speaks_for_kind
from bot.answering.other_calendars import says_other_calendar_day
from bot.answering.question import FIGURE_NOUNS, MONEY_PREFIX, Question, amounts, asks_about_speech, extents
from bot.answering.reply_asked import NAMES_A_REPLY
from bot.answering.terms import stems
from bot.answering.venues import says_where
from index.statements.dates import says_time
from index.vocabulary import vocabulary

_SPEECH = vocabulary().speech_words


def says_when(c: Candidate, q: Question) -> bool:
    """The sentence gives a time, or it is a statement the ledger dates from its paragraph and the
    question asks when it was said ("When did the minister say ...?")."""
    if says_time(c.text) or CLOCK.search(c.text) or says_other_calendar_day(c.text):  # "struck the pier about 10:15 p.m.": its label gives the day
        return True
    st = c.statement
    if _stamped_day(c):
        return True  # a chat's message: its stamp or date line is the day it tells of ("checked the log.")
    return st is not None and st.when_start is not None and st.date_basis in ("explicit", "context") \
        and (asks_about_speech(q.text) or _TALKED.search(q.text) is not None)


def _dated_saying(c: Candidate, q: Question) -> bool:
    """A statement the ledger dates, asked when it was said ("On what date did she speak to the paper?"):
    its label gives the day."""
    st = c.statement
    return st is not None and st.when_start is not None and (asks_about_speech(q.text) or _TALKED.search(q.text) is not None)


def _stamped_day(c: Candidate) -> bool:
    """A chat message's sentence the ledger dates by its day divider or stamp: that names its day."""
    return c.stamped and c.statement is not None and c.statement.when_start is not None


# "When did she speak to the newspaper / talk to reporters / give the interview?": asked when she said it
_TALKED = re.compile(r"\b(?:speak|spoke|spoken|speaking|talk|talked|talking|interviewed|contacted|reached)\b", re.I)


def holds_asked(q: Question, chosen: list[Candidate], people=None) -> bool:
    """Whether the chosen sentences hold the thing the question asks for (True when it asks for none
    this module checks). `people`: article id -> the people it names (mentions.people_by_article)."""
    if not chosen:
        return False
    if q.asks == "person" and q.kind == "who" and people is not None and not names_someone_new(q, chosen, people):
        return False
    if q.kind == "who" and not said_by_someone(q, chosen):
        return False
    if q.asks == "person" and q.kind == "who" and people is not None and not names_anyone(q, chosen, people):
        return False  # "It has been a year of two halves": no one to answer "who"
    if people is not None and _asks_a_persons_name(q.text) and not _names_a_person(q, chosen, people):
        return False  # "what is the name of the officer who checked": "one of our officers went out"
    if q.asks == "date":
        # "What date was it recorded?": a sentence with only "last season" names no day (day_asked.py).
        day = asks_day(q.text)
        return any(says_when(c, q) and (not day or names_day(c.text) or _dated_saying(c, q) or _stamped_day(c)) for c in chosen)
    if q.asks == "place":
        from bot.answering.former import asks_before, says_former  # "where did she work before": "formerly of a bank"

        from bot.answering.home_places import asks_origin, says_from  # "Where is she from?": "a nurse from Brackley Fen"

        return any(says_where(c.text, countries=True) or (asks_before(q.text) and says_former(c.text))
                   or (asks_origin(q.text) and says_from(c.text)) for c in chosen)
    if q.asks == "duration" and q.kind == "how-many":
        return any(extents(q.text, c.text) for c in chosen)
    if q.asks == "amount" and q.kind == "how-many" and (_MONEY_ASKED.search(q.text) or _GIVEN_ASKED.search(q.text)) \
            and not _CHANGE.search(q.text) or _sum_asked_by_name(q.text):
        # "How much did the institute put into the study?" asks for money: a share is no answer;
        # "What fine do people face for taking cockles?": "a closure was placed" tells no fine.
        return any(says_money(c.text) or _PRICED_NUMBER.search(c.text) or _denies_sum(c.text) for c in chosen)
    if q.asks == "amount" and q.kind == "how-many" and HOW_MANY.search(q.text):  # "what was the biggest cost" may be answered in words
        # "had not received a ransom demand" answers "how much ransom": a denial holds no number.
        # A person's age counts nothing asked of "how many" ("how old" is typed as an age elsewhere).
        count = amounts if asks_age(q.text) else counts_besides_ages
        return any(count(c.text) or denies(c.text) for c in chosen)
    return True


ASKED_NOT_TOLD = 0.3
_ASKING = re.compile(r"\b(?:ask|asks|asked|asking|question|questions|questioned|wonder|wondered|query|queried)\b", re.I)
# A question reported, with nothing told: "Member X asked whether the fund would grow."
_REPORTED_QUESTION = re.compile(r"^[^,;:\"“]*?\b(?:asked|asks|wanted to know|wants to know|queried|queries)\s+(?:[\w'’\-]+\s+){0,3}?(?:whether|if)\b[^;:\"“]*$", re.I)
_A_QUESTION = re.compile(r"\?[\s\"'”’)\]]*$")


def weigh_down_questions(q: Question, candidates: list[Candidate]) -> None:
    """A sentence that is itself a question (an interviewer's, a headline's, a columnist's) asks,
    it does not tell: "INTERVIEWER: What caused the contamination?" answers nothing (unless what
    someone asked is the question)."""
    if NAMES_A_REPLY.search(q.text):
        # "What was her answer when a member asked if ...": the asking reported is not the answer
        for c in candidates:
            if _REPORTED_QUESTION.search(c.text):
                c.score *= ASKED_NOT_TOLD
        return
    if _ASKING.search(q.text):
        return
    from bot.answering.turns import asked_turn

    for c in candidates:
        # every sentence of a "Q:" turn: its premise ("Q: The governor said ...") is the asker's context
        if (_A_QUESTION.search(c.text) and not _TOLD_THEN_ASKED.search(c.text)) or asked_turn(c) \
                or _REPORTED_QUESTION.search(c.text):  # "X asked whether the fund would grow": asked, not told
            c.score *= ASKED_NOT_TOLD


# "My daughter lives in Hull, so who's going to take me?": a statement, then a question drawn from it.
_TOLD_THEN_ASKED = re.compile(r"(?:^|[:\"“]\s*)(?!\s*(?:who|what|where|when|why|how|which|is|are|was|were|do|does|did|can|could|"
                              r"will|would|should|has|have)\b)[^,;:?\"“]*[^\W\d_][^,;:?\"“]*,\s+(?:so|but|and)\s+"
                              r"(?:who|what|where|when|why|how|which)\b[^,;:\"“]*\?[\s\"'”’)\]]*$", re.I)


def said_by_someone(q: Question, chosen: list[Candidate]) -> bool:
    """"Who said the passes would reopen on Thursday?" is answered only by a statement: a sentence
    the ledger attributes, or one with a speech verb or "according to" in it. An article that
    reports the reopening without anyone saying it does not say who said it."""
    if not _asks_who_said(q.text):
        return True
    return any(c.statement is not None or _said_actively(c.text) for c in chosen)


_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+$", re.I)
_AGENT_AFTER = re.compile(r"^[^.;:]{0,60}?\bby\b", re.I)


def _said_actively(text: str) -> bool:
    """A speech verb in the sentence with its speaker: not "Staff were told of the decision", which
    tells no one who told them (unless "by" someone)."""
    for m in _speech().finditer(text):
        if not _PASSIVE_BEFORE.search(text[: m.start()]) or _AGENT_AFTER.search(text[m.end():]):
            return True
    return False


@lru_cache(maxsize=1024)
def _asks_who_said(question: str) -> bool:
    """"Who said / warned / told reporters ...": the question's verb is a speech verb whose subject is "who"."""
    from bot.answering.predicate import parse_question

    root = next((t for t in parse_question(question) if t.dep_ == "ROOT"), None)
    return root is not None and (root.lemma_.lower() in _SPEECH or root.lower_ in _SPEECH) \
        and any(c.dep_ == "nsubj" and c.lower_ in ("who", "whom") for c in root.children)


@cache
def _speech() -> re.Pattern:
    v = vocabulary()
    forms = sorted({*v.speech_forms(), *v.attribution_phrases}, key=lambda w: (-len(w), w))
    return re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b", re.I)


def names_someone_new(q: Question, chosen: list[Candidate], people) -> bool:
    """"Who did the board choose to replace Meyers?" is not answered by a sentence naming only Meyers:
    a who-answer names someone besides the people the question names (or names no one, and the
    other checks weigh it). "Who is Meyers?" asks about the person named, and is not checked."""
    if not q.names or _WHO_IS_NAME.match(q.text):
        return True
    if any(unnamed_agent(c.text) for c in chosen):
        return True  # "was first noticed by a junior curler": someone new, though unnamed
    named = set()
    for c in chosen:
        group = people.get(c.chunk.chunk.article_id, ())
        named |= {p.name for p in named_people(c.text, group)} | {p.name for p in _by_given_name(c.text, group)}
        st = c.statement
        if st is not None and not st.generic_speaker and st.speaker[:1].isupper() and len(st.speaker.split()) >= 2:
            named.add(st.speaker)
    if not named:
        return True
    asked = set(q.names)
    return any(not set(stems(name)) <= asked and (not set(stems(name.split()[-1])) <= asked or _namesake(name, asked))
               for name in named)


def _namesake(name: str, asked: set[str]) -> bool:
    """"Olaf Szekrenyi" when the question names "Ilona Szekrenyi": the same surname, another given name
    (the question gives one), so another person: her husband, brother or mother."""
    words = name.split()
    if len(words) < 2:
        return False
    surname, given = set(stems(words[-1])), set(stems(words[0]))
    return bool(given) and not given <= asked and bool(asked - surname)


def _by_given_name(text: str, group) -> list:
    """People a story calls by their given name alone ("Tomas came in under pressure" after "Tomas
    Virelli"; sports pages and features do): a given name only one person of the article has, and
    that is no one's surname."""
    v = vocabulary()
    bodies = v.outlet_words | v.organisation_name_words  # "Bloomberg News" is read as a name: no given name
    givens: dict[str, list] = {}
    for p in group:
        if p.surname.lower() in bodies:
            continue
        words = p.name.split()
        if len(words) >= 2 and words[0][:1].isupper() and len(words[0].rstrip(".")) > 2 and not words[0].endswith("."):
            givens.setdefault(words[0], []).append(p)
    surnames = {p.surname for p in group}
    return [ps[0] for g, ps in givens.items() if len(ps) == 1 and g not in surnames
            and re.search(rf"(?<![\w(-]){re.escape(g)}(?![\w)-])", text)]


def by_the_described(q: Question, chosen: list[Candidate], people, speaker: str | None, idf) -> bool:
    """"What did the visiting coach say": a sentence that is no statement of the person so described
    ("the visitors will meet them in the final") does not say what they said. Some chosen sentence
    must be theirs: by the person the role resolved to, by someone the article describes so, or
    said by the role word itself ("..., the coach said")."""
    if not (q.role_head and q.speaker_phrase and q.kind in ("what", "why") and asks_about_speech(q.text)):
        return True  # a body ("the water company") speaks through its statements, whoever signs them
    from bot.answering.own_voice import asks_the_writers, in_own_voice
    from bot.answering.roles import ROLE_MATCH, voice_of
    from bot.answering.asked_speaker import said_near
    from bot.answering.people import role_match, term_match

    if asks_the_writers(q.role_phrase) and any(in_own_voice(c.text) for c in chosen):
        return True  # "the fact-checkers": the article's own "our verdict"
    head_word = (q.role_phrase or "").split()[-1].strip("?,.'’s") if q.role_phrase else ""
    # The names in the role ("Iceland's prime minister") must be the speaker's too: "Norway's fisheries
    # minister said" is another minister.
    named = set(q.role) & set(q.names)
    for c in chosen:
        st = c.statement
        if head_word and said_near(re.escape(head_word), c.text) and _named_speaker_fits(head_word, named, c):
            return True
        if speaker is not None and _subject_speaks(speaker, c.text):
            return True  # "Van Hout was furious that the goal stood, claiming ...": the ledger may miss the claim
        if st is None:
            if len(q.role) >= 2 and set(q.role) <= c.by:
                return True  # "Fepart requests that ...", Fepart the short name of the body described
            continue
        if len(q.role) >= 2 and set(q.role) <= set(stems(st.speaker_as_written or "")):
            return True  # "the coffee growers": "the president of the Association of Coffee Growers" said
        if speaker is not None:
            if st.speaker == speaker or speaker.split()[-1] in st.speaker:
                return True
            continue
        if q.role_head in stems(st.speaker) or q.role_head in stems(st.speaker_as_written or ""):
            return True  # "the union's negotiator said"; "The losing candidate ... demanded", named later
        if speaks_for_kind(st.speaker_as_written, q.role_head, [x.chunk.chunk.text for x in chosen]):
            return True  # "the baker": "Marram's director, Ms X", of "Marram Bakers"
        group = people.get(c.chunk.chunk.article_id, ())
        # Described so by the article: the role's words, or at least its head ("the losing candidate"
        # for "the defeated candidate": other words of a description are often paraphrased).
        if any(role_match(q.role, p, idf) >= ROLE_MATCH or (term_match(q.role_head, p.terms) and named <= p.terms)
               for p in group if p.name == st.speaker or p.surname in st.speaker):
            return True
        if voice_of(q, c, group, idf):
            return True  # "the taxi drivers' spokesman": X "of the Cork Taxi Drivers' Association" said
    return False


def _subject_speaks(speaker: str, text: str) -> bool:
    """The sentence opens with the speaker's surname as its subject and speaks in a speech form later."""
    surname = speaker.split()[-1]
    m = re.match(rf"\s*(?:[A-Z][\w'’\-]*\s+){{0,3}}?{re.escape(surname)}\b(?!['’])", text, re.I)
    return m is not None and _speech().search(text, m.end()) is not None


def _named_speaker_fits(head_word: str, named: set[str], c: Candidate) -> bool:
    """"What did Iceland's prime minister say": a speaking "minister" fits unless the words of the
    subject name someone else ("Norway's fisheries minister Kari Holm said"); without a parse of
    the subject, the names must be in the sentence."""
    from bot.answering.speech_subjects import speakers_in

    if not named:
        return True
    subjects = [w for w in speakers_in(c.text) if head_word.lower() in w]
    if not subjects:
        return named <= c.terms
    return any(named <= {t for word in w for t in stems(word)} or not _has_name(w - {head_word.lower()}, c.text)
               for w in subjects)


def _has_name(words: frozenset[str], text: str) -> bool:
    """Whether any of `words` (lower case) is written capitalised in `text` other than first, as a name is."""
    stop = vocabulary().stop_words
    return any(re.search(rf"(?<=[\w,;:’'\"“] )\b{re.escape(w[:1].upper() + w[1:])}\b", text)
               for w in words if w[:1].isalpha() and w not in stop)


def names_the_figure(q: Question, chosen: list[Candidate], corpus) -> bool:
    """"What was the company's revenue last year?" (a figure asked for by name, index/vocabulary.yaml
    `figure_nouns`) is not answered by a sentence with another number (the money it raised, the
    people it employs): some chosen sentence gives a number and names the figure, or a word for it."""
    # "What revenue is it forecasting for 2026?", "What salary will she be paid?": a what-question too.
    named = _WHAT_FIGURE.match(q.text) if q.kind == "what" else None
    if named is None and (q.kind != "how-many" or not q.counted_word or HOW_MANY.search(q.text)):
        return True
    noun = named.group(1).lower() if named else q.counted_word
    size = _HOW_BIG_A.match(q.text)
    if size is not None:
        # "how big a drop": "a decline of about a quarter" gives the figure as a fraction; the noun is
        # the phrase's head ("how big a pay rise": a rise, not pay)
        noun = size.group(1).split()[-1].lower()
    chosen = [c for c in chosen if amounts(c.text) or (size is not None and _FRACTION.search(c.text))]
    if not chosen:
        return False
    wanted = stems(noun)
    if any(wanted and wanted[0] in c.terms for c in chosen):
        return True
    from bot.answering.alike import Alike, NoAlike

    alike = Alike(corpus.embedder) if getattr(corpus, "embedder", None) else NoAlike()
    words = {w.lower() for c in chosen for w in re.findall(r"[^\W\d_][\w\-]+", c.text) if not w[:1].isupper()}
    if not any(says_money(c.text) for c in chosen):  # ("£4m in sales" names the turnover asked)
        words -= {w for c in chosen for w in words_a_number_counts(c.text)}  # "thirty businesses" is no revenue
    alike.prefetch([noun, *words])
    return any(alike.same_thing(noun, w) for w in words)


_HOW_BIG_A = re.compile(r"^\s*(?:and\s+)?how\s+(?:big|large|great|steep|sharp|deep|much\s+of)\s+(?:a|an)\s+"
                        r"((?:[^\W\d_][\w\-]*\s+){0,2}?[^\W\d_][\w\-]*)\s+(?:does|do|did|is|are|was|were|will|has|have|had|in|of|on)\b", re.I)
_FRACTION = re.compile(r"\b(?:a|an|one|two|three)[\s-]+(?:half|third|quarter|fifth|tenth|thirds|quarters|fifths|tenths)\b|\bhalf\b", re.I)
_WHAT_FIGURE = re.compile(r"^\s*(?:and\s+)?(?:what|which)\s+(?:[\w\-]+\s+)?(" + "|".join(FIGURE_NOUNS) + r")\b", re.I)


def which_noun(q: Question) -> str | None:
    """The noun of "which brewery ...", when the question starts so (its one parse) and no other
    check types it (a person, a body, a place, a time, an amount)."""
    if q.kind != "what":
        return None
    noun = which_head(q.text)
    if noun is None or noun in _TYPED or any(noun in words for words in _TYPED_NOUNS):
        return None  # "in which year", "which city", "which share": their type is checked elsewhere
    return noun


def which_head(question: str) -> str | None:
    """The noun of "which bank ...", whatever its type (the question's one parse)."""
    if not _WHICH.match(question):
        return None
    from bot.answering.predicate import parse_question

    doc = parse_question(question)
    token = next((t for t in doc if t.lower_ == "which"), None)
    if token is None:
        return None
    if token.dep_ == "det" and token.head.pos_ == "NOUN":
        return token.head.lemma_.lower()
    # "which Crickmoor haulier was paid": a place before the noun may make "which" a pronoun to the
    # parser; the noun the word after it qualifies is still the one asked.
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and after.dep_ in ("compound", "amod") and after.head.pos_ == "NOUN" and after.head.i == token.i + 2:
        return after.head.lemma_.lower()
    return None


def _asks_a_persons_name(question: str) -> bool:
    """"What is the name of the enforcement officer ...": a person's name is asked for."""
    head = name_head(question)
    return head is not None and head in vocabulary().person_nouns


def _names_a_person(q: Question, chosen: list[Candidate], people) -> bool:
    """Some chosen sentence names one of its article's people besides those the question names (a
    description, "a mother of three who did not want her name printed", gives no name)."""
    asked = set(q.names)
    return any(not set(stems(p.name)) & asked
               for c in chosen for p in named_people(c.text, people.get(c.chunk.chunk.article_id, ())))


_NAME_OF = re.compile(r"^\s*(?:and\s+)?what\s+(?:is|was|'s)\s+the\s+name\s+of\s", re.I)


def name_head(question: str) -> str | None:
    """The noun of "what is the name of the man arrested ..." (a name asked for, as "which man" asks)."""
    if not _NAME_OF.match(question):
        return None
    from bot.answering.predicate import parse_question

    name = next((t for t in parse_question(question) if t.lower_ == "name"), None)
    of = next((c for c in name.children if c.dep_ == "prep" and c.lower_ == "of"), None) if name is not None else None
    noun = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if of is not None else None
    return noun.lemma_.lower() if noun is not None else None


_WHICH = re.compile(r"^\s*(?:and\s+)?(?:in\s+|on\s+|at\s+|from\s+|to\s+)?which\s", re.I)
_TYPED = frozenset("year month day date time week season period place way".split())


def _typed_nouns() -> tuple[frozenset[str], ...]:
    from index.vocabulary import vocabulary

    v = vocabulary()
    return (v.person_nouns, v.body_nouns, v.place_nouns, v.amount_nouns, v.duration_units, v.venue_nouns)


_TYPED_NOUNS = _typed_nouns()
_WHO_IS_NAME = re.compile(r"^\s*(?:[Aa]nd\s+)?[Ww]ho\s+(?:is|was|are|were)\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z]")
_V = vocabulary()
_MONEY_ASKED = re.compile(r"\bhow much\b(?:\s+\S+){0,8}?\s+(?:" + "|".join(map(re.escape, sorted(_V.money_asked))) + r")\b",
                          re.I)
_MONEY_NOUNS = "|".join(map(re.escape, sorted(_V.money_nouns)))
# "What is the return fare", "How much will the fine be", "what was their monthly rent": not "the number of fines"
_MONEY_NOUN_ASKED = re.compile(r"\b(?:what|how much)\s+(?:is|was|are|were|will|would)\s+(?:the|a|an|its|their|his|her)\s+"
                               r"(?!number\b|count\b)(?:[\w-]+\s+){0,2}?(?:" + _MONEY_NOUNS + r")\b", re.I)
# "What fine do people face ...", "What fee will the council charge ...": the sum's name opens the question
_WHAT_SUM = re.compile(r"^\W*(?:and\s+|so\s+)?what\s+(?:[\w-]+\s+)?(?:" + _MONEY_NOUNS + r")\s+(?:do|does|did|is|are|was|were|"
                       r"will|would|can|could|has|have|had|might|may)\b", re.I)


# "How much did the province give the club?": nothing named after "how much", a verb of giving asks a sum
# (not "how much time did they give")
_GIVEN_ASKED = re.compile(r"\bhow much\s+(?:did|does|do|will|would|has|have|had|is|was|are|were|could|can)\s+"
                          r"(?:\S+\s+){0,6}?(?:give|gives|gave|given|giving|grant|granted|donate|donated|award|awarded|"
                          r"contribute|contributed|allocate|allocated|pledge|pledged|offer|offered|receive|received|get|got|"
                          r"gotten|getting)\b", re.I)
# A sentence says there is no sum when its "not" stands near a word of money: "had not received a
# ransom", "would pay no dues" (not "had been unable to fill 14 rosters": no money denied there).
_SUM_WORDS = _V.money_asked | _V.money_nouns | _V.currencies | {"money", "sum", "sums", "funds", "funding", "dues"}


def _denies_sum(text: str) -> bool:
    return denial_near(text, lambda w: w.lower() in _SUM_WORDS)


def _sum_asked_by_name(text: str) -> bool:
    return bool(_MONEY_NOUN_ASKED.search(text) or _WHAT_SUM.search(text)) and not _CHANGE.search(text)


# "By how much would revenue drop" asks for a change, which a percentage gives.
_CHANGE = re.compile(r"\bby how much\b|\b(?:" + "|".join(map(re.escape, sorted(_V.change_words))) + r")\b", re.I)
_CURRENCY = re.compile("[" + "".join(map(re.escape, _V.currency_signs)) + r"]|\b(?:"
                       + "|".join(map(re.escape, sorted(_V.currencies))) + r")\b|(?<![\w.])(?:" + MONEY_PREFIX + r")(?=\d)", re.I)


# "the wall would cost 6.1 million" (a transcript, a caption: no currency written): a number that a
# verb of price governs is a sum all the same.
_PRICED_NUMBER = re.compile(r"\b(?:cost|costs|costing|paid|pay|pays|charge|charges|charged|spent|spend|spends|priced at|worth)\s+"
                            r"(?:(?:about|around|roughly|some|nearly|almost|over|under|more than|less than|up to|an estimated|"
                            r"just over|just under)\s+)?\d", re.I)


def says_money(text: str) -> bool:
    return bool(_CURRENCY.search(text)) and bool(amounts(text))
