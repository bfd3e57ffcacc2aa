"""The people an article names, with the words it describes them by: read at ingest.

    incident commander Dale Whitaker                  -> Dale Whitaker: "incident commander"
    Its chairwoman, retired High Court judge B. Lungu  -> "Its chairwoman retired High Court judge"
    said Tom Kowalczyk, a retired electrician who ...  -> "a retired electrician who ..."

A question that describes a person instead of naming them ("the transport secretary",
"which Lisbon researcher") is matched against these descriptions (bot/answering/people.py),
so a role phrase finds the person the articles attach it to. The reading depends on the
article's text alone; it is done once per article when the article is ingested and stored
beside it (index/people_store.py), so a question reads its retrieved articles' people.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from index.sparse import stem_terms
from index.statements.signature_block import closing_signature
from index.vocabulary import noun_asks, vocabulary

_V = vocabulary()
_NOT_NAMES, _PERSON_NOUNS = _V.not_names, _V.person_nouns
_WORD = r"[A-ZÀ-ÖØ-Þ](?:/(?=[a-z]))?[\w'’\-]*\.?"  # ("W/ro": an honorific written with a slash)
# A name never runs over a line's end ("... 19.15 GMT" above "Graham W has ruled out ...").
# A nickname in quotation marks inside the name ('Reynaldo "Jun-Jun" Dimaculangan') is no part of it.
_NICKNAME = r"[\"“][^\"”\n]{1,20}[\"”]"
_RUN = re.compile(rf"{_WORD}(?:[^\S\n]+(?:(?:de|da|do|dos|van|von|der|del|al|bin|le|la)[^\S\n]+)?(?:{_NICKNAME}[^\S\n]+)?{_WORD})*")
# "St Helens", "St. Mary's": a saint's name starts a place or a church, never a person's; the
# run is cut there as after a title (the courtesy titles are the vocabulary's).
_SAINT = frozenset({"st", "st."})
_STOP = frozenset("said says told tells and but that by to from with on in at when while as who which whose says "
                  "after before because if than where".split()) | _V.speech_words
_LINKS = frozenset("the a an of for to in on at".split())
_TITLE_LINKS = frozenset("and for to on of".split())  # inside a title: "Special Adviser to the Governor on Media"
_MAX_DESCRIPTION = 14  # words on either side
_APPEARS_FOR = re.compile(r"\bappear(?:s|ed|ing)?\s+for\b", re.I)
_FOR_SIDE = re.compile(r"for\s+(?:the\s+)?(\w+)", re.I)
_MAX_APPOSITION = 20  # "a sleep researcher at the X Institute for Y in Z and the study's lead author": the job comes last


@dataclass(frozen=True)
class Person:
    name: str  # "Tom Kowalczyk"
    surname: str  # "Kowalczyk"
    description: str  # the words around the name that say who they are
    terms: frozenset[str]  # stems of the description
    jobs: frozenset[str] = frozenset()  # stems of the description with whole appositions (agents.py)


def read_people(text: str) -> tuple[Person, ...]:
    """The people `text` names, in the order they first appear."""
    found: dict[str, list[str]] = {}
    longer: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    words = Counter(_RUN_OF_WORD.findall(text))
    for m in _sentence_runs(text):
        tokens = re.sub(_NICKNAME, " ", m.group(0)).split()
        if len(tokens) < 2:  # a capitalised word alone (most runs: sentence starts) names no one
            continue
        cut = max((i for i, t in enumerate(tokens) if _is_title(t)), default=-1)
        name_tokens = [t.rstrip(".") if not _is_initial(t) else t for t in tokens[cut + 1 :]]
        letters: list[str] = []
        while len(name_tokens) > 2 and name_tokens[-1].isupper() and name_tokens[-1].lower() in _V.post_nominals:
            letters.insert(0, name_tokens.pop().lower())  # "Sarah Lowe KC": letters after the name, as the ledger reads it
        # "Mr Halloran, who appears for ...": a courtesy title before a surname alone names a person
        # ("Mr Justice Orrin", "Judge Orrin": a courtesy title or a job's title anywhere before the surname)
        courtesy = cut >= 0 and len(name_tokens) == 1 and any(
            _V.title_gender(t.rstrip(",")) is not None or _V.title_role(t.rstrip(",")) is not None for t in tokens[: cut + 1]) \
            and len(name_tokens[0]) > 2 and name_tokens[0][1:].islower()
        if (len(name_tokens) < 2 and not courtesy) or len(name_tokens) > 4 or any(t.lower() in _NOT_NAMES for t in name_tokens):
            continue
        name = re.sub(r"['’]s?$", "", " ".join(name_tokens))
        start = m.start() + m.group(0).find(tokens[cut + 1]) if cut >= 0 else m.start()
        before = text[max(0, m.start() - 200) : m.start()].split("\n")[-1]  # a line above describes no one
        title = " ".join(tokens[: cut + 1])
        # "Prof. Ann Lee" is described as a professor too: a question asks for "the professor".
        title = " ".join([title, *(r for t in tokens[: cut + 1] if (r := _V.title_role(t)))]).strip()
        pre, post = _before(before), _after(text[m.end() : m.end() + 250])
        pre = _its_body(_body_in_full(pre, text, start), text, start)
        description = " ".join(x for x in (pre, title, post) if x)
        # (a contact block's "Head of Communications, Firm Name" ends its line: the firm after a job is no person)
        job = _title_words(pre) if not re.match(r"[ \t]*(?:\n|$)", text[m.end() :]) else pre.split()[-1:]
        # ("The Council's landscape officer, Ms X, accepted ...": the job before the title describes her too)
        near = " ".join([*job, title, *post.split()[:4]])
        # letters after a name are given to people only ("Harriet Vale KC, for the landlord,")
        if not courtesy and not letters and not _is_person(name, near, text, start, m.end(), words):
            continue
        jobs = [r for x in letters if (r := _V.post_nominal_roles.get(x))]
        side = _FOR_SIDE.match(post)
        party = _V.court_sides.get(side.group(1).lower()) if side else None
        if _APPEARS_FOR.search(post) or (side and (jobs or party)):
            # "who appears for the defendant", "X KC, for the landlord": that side's barrister ("the defence lawyer")
            description += (f" {party}" if party and party not in description.split() else "") + " counsel"
        elif jobs:
            description = " ".join([description, *jobs]).strip()
        surname = name.split()[-1]
        key = names.setdefault(surname, name)
        if key != name and not one_person(key, name):
            key = name  # another person of that surname ("X Y Talukder, who is not related to the engineer")
        found.setdefault(key, []).append(description)
        longer.setdefault(key, []).append(" ".join(x for x in (_before(before, far=True), title, _after(text[m.end() : m.end() + 250], _MAX_APPOSITION)) if x)
                                                     + (" counsel" if description.endswith(" counsel") else ""))
    signed = closing_signature(text, _signer_title)  # "Ana Ruiz / Ombudsman" closing a decision or a letter
    if signed is not None and signed.name.split()[-1] not in names:
        names[signed.name.split()[-1]] = signed.name
        found[signed.name] = [signed.title]
        longer[signed.name] = [signed.title]
    from index.statements.signed_sections import sections  # (imported on use: it loads the statement readers)

    for sec in sections(text):  # "CHAIR'S STATEMENT ... Ana Ruiz / Chair / date": the signer is the chair
        if not sec.role:
            continue  # an open letter's lead signer signs with no role
        key = names.setdefault(sec.name.split()[-1], sec.name)
        found.setdefault(key, []).append(sec.role)
        longer.setdefault(key, []).append(sec.role)
    _header_speakers(text, names, found, longer)
    _mail_offices(text, names, found, longer)
    _post_writer(text, names, found, longer)
    _forum_poster(text, names, found, longer)
    _cover_roles(text, names, found, longer)
    _notes_speaker(text, names, found, longer)
    _listing_owners(text, found, longer)
    _known_name_then_more(text, found, longer)
    return tuple(
        Person(name, name.split()[-1], " ".join(d), frozenset(stem_terms(_uncounted(" ".join(d + [name])))),
               frozenset(stem_terms(_uncounted(" ".join(longer[name])))))
        for name, d in found.items()
    )


def _known_name_then_more(text: str, found: dict[str, list[str]], longer: dict[str, list[str]]) -> None:
    """Unpunctuated text (a caption transcript: "Dale Roe Fenmore Township my well was ...") runs a name
    on into the next capitalised words, a place or another name: where the article writes the name
    apart from them elsewhere ("Public comment - Dale Roe, Fenmore Township") or as a person of its own,
    the run is that name, not a person surnamed "Township". Two words more at least ("Mary Ann" is
    no person apart from "Mary Ann Lowe")."""
    for name in list(found):
        words = name.split()
        for k in range(2, len(words) - 1):
            short, rest = " ".join(words[:k]), " ".join(words[k:])
            if short in found or re.search(rf"{re.escape(short)}\s*,\s*{re.escape(rest)}", text):
                found.setdefault(short, []).extend(found.pop(name))
                longer.setdefault(short, []).extend(longer.pop(name))
                break


def _header_speakers(text: str, names: dict[str, str], found: dict[str, list[str]], longer: dict[str, list[str]]) -> None:
    """A recording transcript's turn headers name their speakers ("Roe, Ann (Staffside)   6:02"), the
    organisation in brackets saying whom they speak for: a question asks "which union is Ann Roe from?"."""
    from index.recording_turns import turns

    for turn in turns(text):
        if turn.nobody or len(turn.name.split()) < 2:
            continue
        surname = turn.name.split()[-1]
        key = names.setdefault(surname, turn.name)
        if key != turn.name and not one_person(key, turn.name):
            continue
        described = f"({turn.organisation})" if turn.organisation else ""
        for kept in (found, longer):
            have = kept.setdefault(key, [])
            if described and described not in have:
                have.append(described)


def _mail_offices(text: str, names: dict[str, str], found: dict[str, list[str]], longer: dict[str, list[str]]) -> None:
    """An e-mail's sender who writes from an office's mailbox ("From: Ann Roe <treasurer@club.example>")
    or signs with a title under the name: the office is her job, so "who is the club's treasurer" finds her."""
    from index.statements.mail_headers import address_words

    for name, words in address_words(text[:100_000]):
        roles = [w for w in words if _V.is_role(w) and w not in name.lower().split()]
        # the sign-off's line under the sender's full name: "Ann Roe / Treasurer, Fenmere Rowing Club"
        under = re.search(rf"^[ \t]*{re.escape(name)}[ \t]*\n[ \t]*([A-Z][^\n,]{{1,40}})(?:,[^\n]{{0,60}})?$", text, re.M)
        if under and _signer_title(under.group(1).strip()) and under.group(1).strip().lower() not in roles:
            roles.append(under.group(1).strip())  # the title alone: the body after it is everyone's on the list
        if len(name.split()) < 2 or not roles:
            continue
        key = names.setdefault(name.split()[-1], name)
        if key != name and not one_person(key, name):
            continue
        for kept in (found, longer):
            have = kept.setdefault(key, [])
            have.extend(r for r in roles if r not in have)


# the writer's own voice outside quotation marks ("I drove over to see ...", "my own hives")
_QUOTED = re.compile(r"[\"“][^\"”\n]*[\"”]")
_FIRST_PERSON = re.compile(r"\b(?:I|my|My|me)\b")
_FIRST_PERSON_POST = 4  # uses of "I", "my", "me" that make a post the writer's own account


def _post_writer(text: str, names: dict[str, str], found: dict[str, list[str]], longer: dict[str, list[str]]) -> None:
    """A newsletter's or blog's writer, named over the post's date line, who tells it in the first
    person: described as its writer, so "where is the newsletter writer based" finds her sentences."""
    from index.byline_dates import post_writer

    name = post_writer(text)
    if name is None or len(_FIRST_PERSON.findall(_QUOTED.sub(" ", text[:100_000]))) < _FIRST_PERSON_POST:
        return
    key = names.setdefault(name.split()[-1], name)
    if key != name and not one_person(key, name):
        return
    for kept in (found, longer):
        kept.setdefault(key, []).append("writer, author of the newsletter or blog")


def _described(name: str, description: str, names: dict[str, str], found: dict[str, list[str]], longer: dict[str, list[str]]) -> None:
    key = names.setdefault(name.split()[-1], name)
    if key != name and not one_person(key, name):
        return
    for kept in (found, longer):
        have = kept.setdefault(key, [])
        if description not in have:
            have.append(description)


def _forum_poster(text: str, names: dict[str, str], found: dict[str, list[str]], longer: dict[str, list[str]]) -> None:
    """A forum thread's opening poster, named in their own post ("I'm Ann Roe and I run ..."): described
    as the thread's poster, so "who is the poster" or "who posted the AMA" finds them."""
    from index.handle_heads import heads

    poster = next((h[2] for h in heads(text[:100_000]) if h[3] == "op"), None)
    if poster and len(poster.split()) >= 2:
        _described(poster, "poster, the original poster (OP) who posted the thread and answered", names, found, longer)


# a transcript's or a programme's cover line naming who runs the meeting: "Chair: Canon Ann Roe",
# "Chaired by: Ann Roe (Vicar of X)", "Moderator: Bo Tarr, editor of Y"
_COVER_ROLE = re.compile(r"^[ \t]*(?P<role>Chair|Chairman|Chairwoman|Chairperson|Chaired by|Moderator|Moderated by|Host|Hosted by|Presenter"
                         r"|Facilitator|Convenor|Convener|Compere)[ \t]*:[ \t]*(?P<name>[A-Z][^\n,;:()]{3,60}?)[ \t]*(?:[,(–—][^\n]{0,80})?$", re.M)


def _cover_roles(text: str, names: dict[str, str], found: dict[str, list[str]], longer: dict[str, list[str]]) -> None:
    """The chair a transcript's cover line names ("Chair: Canon Ann Roe"): "who chaired the hustings"
    finds her, though no sentence of the text calls her the chair."""
    from index.statements.people import first_name_gender  # (imported on use: it loads the name lexicon)

    for m in _COVER_ROLE.finditer(text[:3000]):
        words = m.group("name").split()
        # ("Canon", "The Revd", "Cllr": titles before the first name)
        while len(words) > 2 and not first_name_gender(words[0]) and any(first_name_gender(w) for w in words[1:-1]):
            words = words[1:]
        if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
            role = m.group("role").lower().split()[0]
            doing = "chairs" if role.startswith("chair") else "moderates" if role.startswith("moderat") else \
                "hosts" if role.startswith("host") else role + "s"
            _described(" ".join(words), f"{role}, who {doing} the meeting", names, found, longer)


def _notes_speaker(text: str, names: dict[str, str], found: dict[str, list[str]], longer: dict[str, list[str]]) -> None:
    """Speaking notes' speaker, named in the header's "for the Honourable NAME" line with the job on
    the line under it: "what did the education minister announce" finds her speech."""
    from index.statements.speaking_notes import header  # (imported on use: it loads the statement readers)

    got = header(text)
    if got is None or got.title is None:
        return
    key = names.setdefault(got.name.split()[-1], got.name)
    if key != got.name and not one_person(key, got.name):
        return
    for kept in (found, longer):
        have = kept.setdefault(key, [])
        if got.title not in have:
            have.append(got.title)


def _listing_owners(text: str, found: dict[str, list[str]], longer: dict[str, list[str]]) -> None:
    """A reviews page's owner who signs a reply ("Response from the owner ... — Kit & Wendeline"): the
    owner of the listing the page is about (its first line), so "what did the tearoom's owner say"
    finds the signer's reply."""
    from index.statements.review_pages import parts  # (imported on use: it loads the statement readers)

    signers = dict.fromkeys(p.author for p in parts(text) if p.reply and p.author != "the owner")
    if not signers:
        return
    listing = next((ln.strip() for ln in text.split("\n") if ln.strip()), "")[:80]
    for name in signers:
        for kept in (found, longer):
            kept.setdefault(name, []).append(f"owner of {listing}")


def _signer_title(title: str) -> bool:
    """A title under a closing signature that says a job ("Ombudsman", "Tribunal Member", "Chief Executive")."""
    low = " ".join(title.lower().split())
    return low in _V.decider_roles or any(_V.is_role(w) for w in low.split())


class _Run:
    """A part of a run match, with the match's `start`/`end`/`group` reading."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, _: int = 0) -> str:
        return self._text[self._start:self._end]


# a word of three letters or more with a full stop ends a sentence: "at Ghoshpara. Md Abdur ..." is
# two runs (an initial, "J.", or an abbreviated title, "Prof.", is part of the name)
_SENTENCE_END = re.compile(r"(?<=[a-z\u00e0-\u00ff]{2}\.)[^\S\n]+(?=[A-Z\u00c0-\u00de])")


def _sentence_runs(text: str):
    for m in _RUN.finditer(text):
        at = m.start()
        for cut in _SENTENCE_END.finditer(text, m.start(), m.end()):
            space = max(text.rfind(" ", at, cut.start()), text.rfind("\t", at, cut.start()))
            word = text[space + 1 if space >= 0 else at:cut.start()]
            # (only where a name of two words or more follows: a lone word after the stop is no name
            # either way, and the run is read as it always was)
            if _is_title(word) or len(text[cut.end():m.end()].split()) < 2:
                continue
            yield _Run(text, at, cut.start())
            at = cut.end()
        yield _Run(text, at, m.end())


def one_person(a: str, b: str) -> bool:
    """Whether two spellings of names with one surname are one person: one is the other's end
    ("Rahim Talukder" of "Md Abdur Rahim Talukder"), a surname alone, or they open alike (a given
    name or its initial)."""
    x, y = a.lower().split(), b.lower().split()
    if len(x) < 2 or len(y) < 2 or x[-len(y):] == y or y[-len(x):] == x:
        return True
    return x[0].rstrip(".") == y[0].rstrip(".") or (len(x[0].rstrip(".")) == 1 or len(y[0].rstrip(".")) == 1) and x[0][0] == y[0][0]


# A body's capitalised name: "The Wallamba Oyster Farmers Association", "Kapiti Ratepayers' Union".
_BODY_RUN = re.compile(r"\b(?:[A-Z][\w'’\-]*\s+){1,5}(?P<head>[A-Z][a-z]+)\b")


def _body_in_full(pre: str, text: str, start: int) -> str:
    """"Association president" after "The Wallamba Oyster Farmers Association has written ...":
    a body's head word alone before a name is the body the article named in full before, and
    the description says so ("the oyster farmers' group's president")."""
    words = pre.split()
    if not words or not words[0][:1].isupper() or words[0].lower() not in _V.organisations:
        return pre
    head = words[0]
    named = [m for m in _BODY_RUN.finditer(text, 0, start) if m.group("head") == head and len(m.group(0).split()) >= 2]
    if not named:
        return pre
    full = [w for w in named[-1].group(0).split() if w.lower() not in ("the", "a", "an")]
    return " ".join([*full, *words[1:]])


# The body a sentence opens with: "The farmers' association Torvald Landbund criticised ...",
# "The Federal Coffee Marketing Office, for its part, said ...": its words up to its capitalised name.
_OPENING_BODY = re.compile(r"(?:The|A|An)\s+((?:[\w'’\-]+\s+){0,5}?[A-Z][\w'’\-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’\-]*)*)")


def _its_body(pre: str, text: str, start: int) -> str:
    """"Its chairman Ulrik Feldmann" after a sentence opening with a body ("The farmers' association
    Torvald Landbund criticised ..."): his job is that body's, and the description says which
    ("farmers' association Torvald Landbund's chairman"), so a question naming the body by its
    kind finds him."""
    words = pre.split()
    if not words or words[0].lower() not in ("its", "their"):
        return pre
    head = text[max(0, start - 400) : start]
    head = head[: head.rfind(words[0])]  # (up to the "Its": a title's point after it ends no sentence)
    ends = [m.end() for m in re.finditer(r"[.!?][\"”’]?\s+", head)]
    if len(ends) < 1:
        return pre
    previous = head[ends[-2] if len(ends) > 1 else 0 : ends[-1]]
    if "\n\n" in head[ends[-1]:] or "\n\n" in previous.strip():
        return pre  # another paragraph's body is not the one meant
    m = _OPENING_BODY.match(previous.strip())
    if m is None or not any(w.lower().strip("'’") in _V.organisations for w in m.group(1).split()) \
            or any(w in _STOP for w in m.group(1).split()):  # ("The company said on Monday ...": no name of it)
        return pre
    return " ".join([m.group(1) + "'s", *words[1:]])


# "runs about 300 head of cattle": a word counted by a number is a measure, not a job
_COUNTED = re.compile(r"\b(\d[\d,.]*)\s+[a-z]+\b")


def _uncounted(description: str) -> str:
    return _COUNTED.sub(r"\1", description)


def _is_title(token: str) -> bool:
    low = token.lower().rstrip(",")
    # "Cllr", "Supt.": an abbreviated title the vocabulary knows says the job too (title_role below).
    return _V.is_title(low) or low in _SAINT or _V.title_role(low) is not None or low.rstrip(".") in _PERSON_NOUNS or (low.endswith(("minister", "secretary", "officer")))


def _is_initial(token: str) -> bool:
    return len(token) == 2 and token.endswith(".")


def _is_person(name: str, description: str, text: str, start: int, end: int, words: Counter[str]) -> bool:
    """A name run is a person when the article treats it as one: refers to them by surname
    alone, quotes them, or describes them by a role. Places ("Elk Meadow") do none of these.
    `words`: the text's runs of word characters and hyphens, counted."""
    surname = name.split()[-1]
    alone = _count_word(surname, text, words)
    common = _count_word(surname.lower(), text, words)  # "teachers": a word, not a surname
    if alone > text.count(name) and len(surname) > 2 and not common:
        return True
    if re.search(r"\b(?:of|in|at|from|near|to|into)\s+$", text[max(0, start - 8) : start]):
        pass  # "residents of Elk Meadow said": a place before the verb
    elif re.match(r"\s*(?:\([^()\n]{1,40}\))?\s*,?\s*(?:said|says|told|wrote|added)\b", text[end : end + 60]) or re.search(
        r"\b(?:said|says|according to)\s*$", text[max(0, start - 20) : start]
    ):
        return True
    return any(noun_asks(w) == "person" for w in re.findall(r"[\w'’\-]+", description))


# A word made of word characters and hyphens stands alone (no such character either side) exactly
# where it is a whole run of them: counting runs once per article replaces a regular expression
# compiled per surname (most of reading a new article's people).
_RUN_OF_WORD = re.compile(r"[\w-]+")


def _count_word(word: str, text: str, words: Counter[str]) -> int:
    """Occurrences of `word` in `text` with no word character or hyphen either side."""
    if _RUN_OF_WORD.fullmatch(word):
        return words[word]
    return len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text))


_ACRONYM = re.compile(r"[A-Z][A-Z0-9&\-]{1,9}s?")


def _title_words(pre: str) -> list[str]:
    """The words of a description next to a name that say what it is: its last word, and the job a
    capitalised title opens with ("The Minister of Agriculture and Fisheries, NAME": "Minister", not
    only "Fisheries", which says no person)."""
    words = pre.split()
    for j in range(len(words) - 2, 0, -1):
        if words[j].lower() in ("of", "for") and words[j - 1][:1].isupper() \
                and all(w[:1].isupper() or w.lower() in _TITLE_LINKS or w.lower() == "the" for w in words[j + 1:]):
            return [words[j - 1], words[-1]]
        if not (words[j][:1].isupper() or words[j].lower() in _TITLE_LINKS or words[j].lower() == "the"):
            break
    return words[-1:]


_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople"})


def _for_body(words: list[str]) -> list[str]:
    """"For the Opposition, its spokesman on business, NAME": the body a clause opened with ("For the
    X,") is whose "its" the description means, as "the Opposition's spokesman on business". `words`:
    the words before the comma. Empty when the clause opens otherwise."""
    j = len(words) - 1
    body: list[str] = []
    while j >= 0 and (words[j][:1].isupper() or words[j].lower() in ("the", "of", "and")) and words[j].lower() != "for":
        body.insert(0, words[j])
        j -= 1
    if not body or body[-1].lower() in ("the", "of", "and") or j < 0 or words[j].lower() != "for" \
            or (j > 0 and words[j - 1] not in ".;:!?\"“”"):
        return []
    return [*body[:-1], body[-1] + "'s"]


def _before(text: str, far: bool = False) -> str:
    """The words just before a name that describe it, back to a verb or the clause's start;
    over one comma for an apposition ("the mine's chief executive, Pieter Vandersloot"), or with
    `far` over the comma of a job before a description ("Its chairwoman, retired judge X")."""
    words = re.findall(r"[\w'’\-]+|[,.;:!?\"“”()—]", text)
    out: list[str] = []
    commas = 0
    k = len(words)
    while k > 0:
        k -= 1
        w = words[k]
        if w == ")" and k >= 2 and words[k - 2] == "(" and _ACRONYM.fullmatch(words[k - 1]):
            # "Head of the X Disaster Mitigation Agency (BPBD) NAME": the body's acronym is part of the title
            out.insert(0, words[k - 1])
            k -= 2
            continue
        # ("the Minister for Ports, the Hon X": a courtesy title's article is no description of its own)
        if w == "," and commas == 0 and (not out or far or [o.lower() for o in out] == ["the"]):
            commas += 1
            continue
        nxt = out[1] if len(out) > 1 and out[0].lower() == "the" else out[0] if out else ""
        if w.lower() in _TITLE_LINKS and nxt[:1].isupper() and k and words[k - 1][:1].isupper():
            out.insert(0, w)  # "Commissioner for Works and Transport": one capitalised title
            continue
        if w.lower() == "on" and out and k and words[k - 1].lower() in _SPOKES:
            out.insert(0, w)  # "its spokesman on business": the brief he speaks on
            continue
        if w == "(" and not out and k and words[k - 1][:1].isupper():
            continue  # "Director of Works (Mr NAME): ...": a transcript's label puts the job before the bracket
        if w in ".;:!?\"“”()—," or w.lower() in _STOP:
            if w == "," and out and out[0].lower() in ("its", "their"):
                out[:1] = _for_body(words[:k]) or out[:1]
            break
        if w.endswith("ed") and w[:1].islower() and out and out[0].lower() in _LINKS:
            break  # "ordered the evacuation of": a verb ends the description
        out.insert(0, w)
        if len(out) >= _MAX_DESCRIPTION:
            break
    return " ".join(out)


# "X took over as chief executive of Y, the family-owned operator, in May": the job the sentence gives them
# ("became" is left out: "became the first woman to ...", "became a father" are no job)
_TOOK_ROLE = re.compile(r"\s+(?:(?:has|had)\s+)?(?:took over as|(?:was|were|has been|had been)\s+"
                        r"(?:appointed|named|elected)(?:\s+as)?)\s+"
                        r"(?P<job>(?:the\s+|an?\s+)?[a-z][^,.;:!?\"“”()]{2,100}?)"
                        r"(?:,\s+(?P<appos>(?:the|an?)\s+[^,.;:!?\"“”()]{2,80}?)\s*(?:,|$|\.)|\s+(?:in|on|since|last|this|after|from)\b|[,.;:]|$)")


# the job a sentence gives someone named as its object ("appointed Ann Roe as its harbour master in
# March", "named Bo Chan as the club's new coach"): the role a later "the harbour master said" is by
_AS_ROLE = re.compile(r"\s+as\s+(?P<job>(?:its|their|the|his|her|our|an?)\s+[a-z][^,.;:!?\"“”()]{2,60}?)(?P<appos>)"
                      r"(?:\s+(?:in|on|since|last|this|after|from|until|when|and)\b|[,.;:]|$)")


# a party or body in brackets right after a name: capitalised words only ("(52)", an age, is no side)
_BRACKETED_SIDE = re.compile(r"[^\S\n]*\(((?:[A-Z][\w'’&/\-]*|of|and|the)(?:[^\S\n]+(?:[A-Z][\w'’&/\-]*|of|and|the)){0,4})\)")


def _after(text: str, limit: int = _MAX_DESCRIPTION) -> str:
    """An apposition after the name: ", a retired electrician who has lived in Elk Meadow," ;
    or the job the sentence says they took ("took over as chief executive of Y")."""
    side = _BRACKETED_SIDE.match(text)
    if side:
        # "Anke Muller (Greens) said", "X (SPD), the party's spokesman,": the party or body in brackets says who they are
        rest = _after(text[side.end():], limit)
        return " ".join([f"({side.group(1)})", *rest.split()][:limit])
    took = _TOOK_ROLE.match(text) or _AS_ROLE.match(text)
    if took:
        return " ".join(" ".join(x for x in (took.group("job"), took.group("appos")) if x).split()[:limit])
    of = re.match(r"\s+(?:of|at|from)\s+((?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’\-]*)*)", text)
    if of:
        return of.group(1)  # "Clara N of Fjord Capital": where they work says who they are
    m = re.match(r"\s*,\s*([^,.;:!?\"“”()]{2,160})", text)
    if not m:
        return ""
    phrase = m.group(1).strip()
    if not phrase:
        return ""  # "Dear Ms A and Mr B," then a blank line: the comma ends a salutation, not an apposition
    first = phrase.split()[0]
    if first.lower() in _STOP - {"who"} or (first[:1].isupper() and first.lower() not in ("the", "a", "an") and not _job_title(phrase)):
        return ""
    return " ".join(phrase.split()[:limit])


def _job_title(phrase: str) -> bool:
    """A capitalised apposition that is a job's title ("Minister of State for Transport",
    "Chief Executive"), as a written answer's "Answered by X, Minister of ..." line gives it;
    not another name in a list ("Ann Lee, Bo Chan and ...")."""
    head = []
    for w in phrase.split():
        if not w[:1].isupper():
            break
        head.append(w.lower().strip("'’"))
    return bool(head) and noun_asks(head[-1]) == "person" and all(
        noun_asks(w) == "person" or _V.title_role(w) is not None or w in _V.leaders or _V.is_title(w) for w in head[:-1])
