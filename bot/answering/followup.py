"""Turn a follow-up ("And what did he say about the EU mission?") into a standalone question.

A question is rewritten only when it leans on earlier turns: a person pronoun with no name
before it, a "that"/"it"/"there" pointing back, "and what about ...", or a bare "When?".
Standalone questions come back unchanged. With a model, prompts/condense.txt does the
rewriting; without one (or when it fails), the last speaker and topic are carried over:

    What did Varnholt say about tariffs?
    And what did she say about the trade talks?  ->  And what did Varnholt say about the trade talks?
    Where was she when she said that?            ->  Where was Varnholt when she said that about tariffs?

The speaker is the person named in the previous question, or else the first person its
answer names as saying something; the topic is what the previous question asked about.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.answering.followup_referents import points_back, resolve
from bot.answering.name_runs import name_runs
from bot.answering.role_followup import role_speaker
from bot.llm.prompts import condense_messages, is_cannot_answer
from index.errors import LLMError
from index.models import Turn
from index.spacy_import import stop_words
from index.vocabulary import vocabulary

log = logging.getLogger(__name__)

DEFAULT_TURNS = 6
_TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][\w'’.-]*\w|[A-Za-zÀ-ÖØ-öø-ÿ]|\d[\d,.]*|[?!.,;:]")

_V = vocabulary()  # index/vocabulary.yaml
PERSON = _V.third_person("singular")
PLURAL = _V.third_person("plural")
SPEECH = _V.speech_words
AUX = _V.auxiliaries
WH = _V.wh
TITLES = frozenset(_V.titles) | _V.person_nouns
# Capitalised without being a name; role and body words stay in a run ("Weather Service forecaster
# Ana Dobre"), where TITLES and ORG_WORDS read them.
NOT_NAMES = _V.not_names - _V.body_nouns - _V.person_nouns
EVENTS = set(
    """statement claim remark remarks comment comments meeting call conversation visit talks speech
    interview announcement accusation demand proposal decision agreement""".split()
)


# Words that make a capitalised run a body, not a person ("National Weather Service").
ORG_WORDS = _V.body_nouns | _V.organisation_name_words


@dataclass(frozen=True)
class _Context:
    speakers: tuple[str, ...] = ()
    topic: tuple[str, str] | None = None  # ("about", "checkpoints") or ("that", "no checkpoint is envisioned")
    question: str = ""  # the previous question, standalone
    place: str | None = None  # "Bishkek" after "They met in Bishkek"


def rewrite_followup(
    question: str, history: Sequence[Turn], model=None, max_turns: int | None = None
) -> str:
    """`question` as a standalone question given `history` (oldest first); unchanged when it stands alone."""
    if not history:
        return question
    question = _pointed_back(question, list(history)[-1]) or question
    if not depends_on_history(question):
        return _after_who(question, list(history)[-1]) or question
    if max_turns is None:
        max_turns = model.settings.answering.history_turns if model is not None else DEFAULT_TURNS
    recent = list(history)[-max(max_turns, 1) :]
    if model is not None:
        try:
            rewritten = _with_model(question, recent, model)
        except LLMError as err:
            log.warning("could not rewrite the follow-up with the model: %s", err)
            rewritten = None
        if rewritten:
            return rewritten
    return _with_rules(question, _context(recent))


_AND_WH = re.compile(r"^\s*and\s+(?:(?:from|on|by|since|until|in|at)\s+)?(?:what|when|how|which|where)\b", re.I)
_WHO_ASKED = re.compile(r"^\s*(?:and\s+)?who\b", re.I)


def _after_who(question: str, turn: Turn) -> str | None:
    """"Who is the licensing minister?" / "NAME, the Minister for ..." / "And from what date do the new
    rules apply?": a question that goes on with "and", naming no one, asks about the matter of the
    person just named: asked as according to them (their words say when the rules apply). None
    otherwise: a question naming someone, or after an answer naming no person."""
    if not _AND_WH.match(question) or _names(_tokens(question)):
        return None
    asked = (turn.answer.standalone_question if turn.answer and turn.answer.standalone_question else None) or turn.question
    if not _WHO_ASKED.match(asked or ""):
        return None
    person = _first_person(_plain(turn.answer.text if turn.answer is not None else turn.answer_text))
    return f"{question.strip().rstrip('?').rstrip()}, according to {person[0]}?" if person else None


def _pointed_back(question: str, turn: Turn) -> str | None:
    """"Where is it based?" after "Which company ...?", "the other one" after an answer naming two;
    None when nothing points back (the he/she rules come after)."""
    asked = (turn.answer.standalone_question if turn.answer and turn.answer.standalone_question else None) or turn.question
    answered = _plain(turn.answer.text if turn.answer is not None else turn.answer_text)
    return resolve(question, asked, answered, _names(_tokens(answered)))


# -- does it depend on history? -------------------------------------------------------
def depends_on_history(question: str) -> bool:
    """True when `question` cannot be understood without the turns before it."""
    tokens = _tokens(question)
    words = [t.lower() for t in tokens if t[0].isalnum()]
    if not words:
        return False
    if _ellipsis(question) is not None or (len(words) <= 2 and WH & set(words)):
        return True  # "And what about X?", "When?", "Who else?"
    if _unresolved_pronoun(tokens) is not None or points_back(question):
        return True
    return _pointer(tokens) is not None or _there(tokens) is not None


def _unresolved_pronoun(tokens: list[str]) -> int | None:
    """Index of the first he/she/they... with no name before it in the question itself."""
    for k, token in enumerate(tokens):
        if token.lower() in PERSON | PLURAL:
            return None if _named_before(tokens, k) else k
    return None


def _named_before(tokens: list[str], k: int) -> bool:
    """A name stands before token k; a question's capitalised first word ("Since", "Whenever") is none."""
    return any(
        start or end > 1 or tokens[0].lower() not in _STOP
        for start, end, _ in _name_spans(tokens[:k])
    )


def _pointer(tokens: list[str]) -> int | None:
    """Index of a "that"/"this"/"it" pointing back: "said that?", "about it", "that meeting"."""
    for k, token in enumerate(tokens):
        low = token.lower()
        if low not in ("that", "this", "it"):
            continue
        after = tokens[k + 1].lower() if k + 1 < len(tokens) else "?"
        before = tokens[k - 1].lower() if k else ""
        if after in "?!.,;:" and before not in AUX:
            return k
        if low in ("that", "this") and after in EVENTS:
            return k
        if low == "it" and before in ("about", "on", "regarding", "of"):
            return k
    return None


def _there(tokens: list[str]) -> int | None:
    for k, token in enumerate(tokens):
        after = tokens[k + 1] if k + 1 < len(tokens) else "?"
        before = tokens[k - 1].lower() if k else ""
        if token.lower() == "there" and after in "?!.,;:" and before not in ("is", "are", "was", "were"):
            return k
    return None


_ELLIPSIS = re.compile(r"^\s*(?:and\s+|but\s+)?(?:what|how)\s+about\s+(?P<x>.+?)\s*[?.!]*\s*$", re.I)
_AND_X = re.compile(r"^\s*(?:and|also|what of)\s+(?P<x>[^?]+?)\s*[?.!]*\s*$", re.I)


def _ellipsis(question: str) -> str | None:
    """X in "And what about X?" / "How about X?" / "And X?" (X with no verb of its own)."""
    m = _ELLIPSIS.match(question)
    if m:
        return m.group("x")
    m = _AND_X.match(question)
    if m and len(m.group("x").split()) <= 4 and not ({w.lower() for w in m.group("x").split()} & (WH | AUX)):
        return m.group("x")
    return None


# -- what the previous turns were about ------------------------------------------------
def _context(turns: list[Turn]) -> _Context:
    speakers: tuple[str, ...] = ()
    topic = place = None
    previous = ""
    for turn in reversed(turns):
        asked = (turn.answer.standalone_question if turn.answer and turn.answer.standalone_question else None) or turn.question
        answered = turn.answer.text if turn.answer is not None else turn.answer_text
        previous = previous or asked
        if not speakers:
            speakers = (
                tuple(_speakers(_tokens(asked)))
                or _first_person(_plain(answered))
                or tuple(_speakers(_tokens(_plain(answered)))[:1])
                or _subject(_plain(answered))
                or _handle(_plain(answered))
                or role_speaker(_tokens(asked), SPEECH, AUX)
            )
        topic = topic or _topic(asked)
        place = place or _place(_tokens(asked)) or _place(_tokens(_plain(answered)))
        if speakers and topic and place:
            break
    return _Context(speakers, topic, previous, place)


def _first_person(answer: str) -> tuple[str, ...]:
    """The first person the answer names: a run of two or more name words, none of them a body's
    ("Margaret Doyle, a retired schoolteacher" -> Margaret Doyle; not "National Weather Service")."""
    tokens = _tokens(answer)
    for start, _, name in _name_spans(tokens):
        words = name.split()
        if 2 <= len(words) <= 4 and not any(w.lower().rstrip("s") in ORG_WORDS for w in words):
            return (name,)
        # "Lord Penhale.", "Dr Okri": a surname with its honorific is a person, named as the articles name them.
        if len(words) == 1 and start and tokens[start - 1].lower().rstrip(".") in _HONORIFICS \
                and words[0].lower().rstrip("s") not in ORG_WORDS:
            return (f"{tokens[start - 1]} {name}",)
    return ()


_STOP = stop_words()
_HONORIFICS = frozenset(t.lower().rstrip(".") for t in _V.titles)


# an account handle opening the answer ("ann-k, on Mar 3, 2026.", "@bo_77: ...", "Ann-k, on ..."): no name
# run of words, but a hyphen, an underscore, a dot or a digit inside marks it as nobody's common word
_HANDLE = re.compile(r"^\s*@?(?P<h>[A-Za-z0-9][a-z0-9]*(?:[._-][a-z0-9]+|\d)[a-z0-9._-]*)(?=\s*[,:(]|\s+(?:said|wrote|commented|opened|reported)\b)")


def _handle(answer: str) -> tuple[str, ...]:
    """The account handle an answer opens with: who a code host's or forum's thread answer names."""
    m = _HANDLE.match(answer)
    return (m.group("h"),) if m else ()


def _subject(answer: str) -> tuple[str, ...]:
    """A body named as the subject of the answer's first speech verb: "The Peruvian government claimed"."""
    tokens = _tokens(answer)
    for k, token in enumerate(tokens[:8]):
        if token.lower() in SPEECH and token.islower():  # "State" of "State Election Commissioner" is no verb
            subject = tokens[:k]
            if 1 <= len(subject) <= 6 and any(_capital(t) for t in subject):
                text = _join(subject)
                return (text[:1].lower() + text[1:] if subject[0].lower() == "the" else text,)
            break
    return ()


def _place(tokens: list[str]) -> str | None:
    """The first name after "in", "at", "to" or "visiting": where things happened."""
    for start, _, name in _name_spans(tokens):
        if start and tokens[start - 1].lower() in ("in", "at", "to", "visiting", "visited"):
            return name
    return None


def _speakers(tokens: list[str]) -> list[str]:
    """Names in speaker position: "did X say", "X said", "according to X"; else named people."""
    out: list[str] = []
    for start, end, name in _name_spans(tokens):
        before = tokens[start - 1].lower() if start else ""
        before2 = tokens[start - 2].lower() if start > 1 else ""
        after = tokens[end].lower() if end < len(tokens) else ""
        joined = before == "and" and out  # "did the mayor and Okonjo meet"
        if re.search(r"['’]s$", name) or after in ("'s", "’s"):
            continue  # "Russia's top diplomat": a role phrase, not the speaker's name
        if before in AUX or after in SPEECH or (before2, before) == ("according", "to") or joined:
            if name not in out:
                out.append(name)
    return out


def _topic(question: str) -> tuple[str, str] | None:
    text = question.strip().rstrip("?.! ")
    m = re.search(r"\b(?:about|regarding|concerning)\s+(?P<x>.+)$", text, re.I)
    if m and len(m.group("x").split()) <= 12:
        return ("about", m.group("x"))
    m = re.search(r"\b(?:say|said|says|claim|claimed|deny|denied|announce|announced)\s+(?:that\s+)?(?P<x>.+)$", text, re.I)
    if m:
        return ("that", m.group("x"))
    return None


# -- rewriting ----------------------------------------------------------------------------
def _with_rules(question: str, ctx: _Context) -> str:
    speaker = ctx.speakers[0] if ctx.speakers else None
    x = _ellipsis(question)
    if x is not None:
        return _substitute(x, ctx) or question
    tokens = _tokens(question)
    words = [t for t in tokens if t[0].isalnum()]
    if len(words) <= 2 and WH & {w.lower() for w in words} and _unresolved_pronoun(tokens) is None and _pointer(tokens) is None:
        return _short(words, ctx) or question
    out = list(tokens)
    k = _unresolved_pronoun(tokens)
    if k is not None and speaker:
        out[k] = _replace_pronoun(tokens, k, ctx)
    k = _pointer(tokens)
    if k is not None and ctx.topic:
        out[k] = _replace_pointer(tokens, k, ctx.topic)
    k = _there(tokens)
    if k is not None and ctx.place:
        out[k] = f"in {ctx.place}"
    return _join(out) if out != tokens else question


def _replace_pronoun(tokens: list[str], k: int, ctx: _Context) -> str:
    low = tokens[k].lower()
    name = " and ".join(ctx.speakers) if low in PLURAL else ctx.speakers[0]
    nxt = tokens[k + 1] if k + 1 < len(tokens) else "?"
    possessive = low in ("his", "their", "theirs", "hers") or (
        low == "her" and nxt[0].isalpha() and nxt.lower() not in NOT_NAMES | SPEECH
    )
    return name + "'s" if possessive else name


def _replace_pointer(tokens: list[str], k: int, topic: tuple[str, str]) -> str:
    kind, value = topic
    before = tokens[k - 1].lower() if k else ""
    if tokens[k].lower() == "it" and before in ("about", "on", "regarding", "of"):
        return value if kind == "about" else f"the claim that {value}"
    return f"{tokens[k]} {_phrase(topic)}" if kind == "about" else f"that {value}"


def _phrase(topic: tuple[str, str]) -> str:
    kind, value = topic
    return f"about {value}" if kind == "about" else f"that {value}"


def _substitute(x: str, ctx: _Context) -> str | None:
    """"What about X?": X replaces the previous speaker (a name) or the previous topic."""
    previous = ctx.question.strip()
    is_name = x[:1].isupper() and not x.lower().startswith("the ")
    if is_name:
        if ctx.speakers and ctx.speakers[0] in previous:
            return previous.replace(ctx.speakers[0], x, 1)
        if ctx.topic:
            kind, value = ctx.topic
            return f"What did {x} say about {value}?" if kind == "about" else f"Did {x} say that {value}?"
        return None
    if ctx.topic and ctx.topic[0] == "about" and ctx.topic[1] in previous:
        return previous.replace(ctx.topic[1], x, 1)
    if ctx.speakers:
        return f"What did {ctx.speakers[0]} say about {x}?"
    return None


def _short(words: list[str], ctx: _Context) -> str | None:
    """"When?", "Why?", "Who else?", "And Peskov?" from the previous question."""
    lowered = [w.lower() for w in words]
    wh = next((w for w in lowered if w in WH), None)
    if wh is None:
        names = [w for w in words if w[:1].isupper() and w.lower() not in NOT_NAMES]
        return _substitute(" ".join(names), ctx) if names else None
    speaker = ctx.speakers[0] if ctx.speakers else None
    if ctx.topic:
        kind, value = ctx.topic
        said = f"said {_phrase(ctx.topic)}" if kind == "that" else f"spoke about {value}"
        if "else" in lowered and wh == "who":
            return f"Who else {said}?"
        if "else" in lowered and speaker:
            return f"What else did {speaker} say {_phrase(ctx.topic)}?"
        if speaker and "else" not in lowered:
            verb = "speak" if kind == "about" else "say"
            return f"{wh.capitalize()} did {speaker} {verb} {_phrase(ctx.topic)}?"
    # Nothing to build from but the previous question: keep it alongside, for retrieval.
    return f"{' '.join(words)}? ({ctx.question.strip()})" if ctx.question else None


# -- with a model --------------------------------------------------------------------------
def _with_model(question: str, turns: list[Turn], model) -> str | None:
    pairs = []
    for turn in turns:
        answered = turn.answer.text if turn.answer is not None else turn.answer_text
        pairs.append((turn.question, _plain(answered)[:600]))
    text = model.complete(condense_messages(question, pairs, model.settings.llm.prompts_dir))
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    line = re.sub(r"^(?:rewritten|standalone)?\s*question\s*:\s*", "", line, flags=re.I).strip().strip("\"'“”")
    if not line or is_cannot_answer(line) or len(line) > 3 * len(question) + 300:
        return None
    return line


# -- small helpers -------------------------------------------------------------------------
def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.replace("’", "'"))


def _join(tokens: list[str]) -> str:
    text = " ".join(tokens)
    return re.sub(r"\s+([?!.,;:])", r"\1", text)


def _plain(text: str) -> str:
    return re.sub(r"\s*\[\d+\]", "", text or "")


def _name_spans(tokens: list[str]) -> list[tuple[int, int, str]]:
    """Name runs, titles cut off: "Foreign Minister Anna Varnholt" -> "Anna Varnholt"."""
    spans = []
    for k, end, run in name_runs(tokens, _capital):
        last_title = max((i for i, t in enumerate(run) if t.lower() in TITLES), default=-1)
        name = run[last_title + 1 :]
        if name:
            spans.append((k + last_title + 1, end, " ".join(name)))
    return spans


def _capital(token: str) -> bool:
    return token[:1].isupper() and token.lower() not in NOT_NAMES


def _names(tokens: list[str]) -> list[str]:
    return [name for _, _, name in _name_spans(tokens)]
