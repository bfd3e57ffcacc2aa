"""A question asked another way, put in the plain form the question parser reads.

People ask "Tell me who chairs the board", "I'd like to know when the plant closed", "Name the analyst
who warned ...", "What number of jobs went?", "so why'd the mayor resign" or "For what reason did ...".
The parser (question.py) reads a question's kind from its first words ("who", "when", "how many") and
its act from the verb after an inverted auxiliary. Each form here is a way of asking, never a fact of
an article; the phrases are index/vocabulary.yaml's `asking_openers`, `asking_wrappers`,
`asked_otherwise` and `naming_requests`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.answering.active_question import active
from bot.answering.recast_question import date_of, recast, wrapped_kind_noun
from index.vocabulary import vocabulary

_V = vocabulary()
_WH = r"(?:who|whom|what|when|where|why|which|how)"


def _alternation(phrases) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=lambda w: (-len(w), w)))


_AND = r"^(?P<and>and\s+)?"
_OPENER = re.compile(_AND + r"(?:" + _alternation(_V.asking_openers) + r")\b[\s,]+", re.I)
# A wrapper counts only before an embedded question: "tell me who ...", not "tell me the manager".
_WRAPPER = re.compile(_AND + r"(?:" + _alternation(_V.asking_wrappers) + r")[\s,:]+(?=(?:" + _WH + r"|whether|if)\b)", re.I)
_OTHERWISE = [(re.compile(_AND + r"(?:" + _alternation(forms) + r")\b\s*(?:that\s+|why\s+)?", re.I), plain)
              for plain, forms in _V.asked_otherwise.items()]
_NAMING = _alternation(_V.naming_requests)
# "I'd like to know the date of ...": a wrapper before the answer's kind said by a noun asks as "tell me" does.
_WRAPPED_NOUN = wrapped_kind_noun(_alternation(_V.asking_wrappers))
_NUMBER_OF = re.compile(_AND + r"(?:" + _NAMING + r")\s+(?:me\s+)?(?:the\s+)?(?:number|count|total)\s+of\s+(?P<rest>.+)$", re.I)
_DATE_OF = re.compile(_AND + r"(?:" + _NAMING + r")\s+(?:me\s+)?the\s+(?:exact\s+)?(?:date|day)\s+(?:(?:that|when|on\s+which)\s+)?(?P<rest>.+)$", re.I)
# "Name the analyst who warned ...", "Identify the official that ...": which of them did it.
_NAMED_WHO = re.compile(_AND + r"(?:" + _NAMING + r")\s+(?:me\s+)?the\s+(?P<noun>[^,]+?)\s+(?:who|that|which)\s+(?P<rest>.+)$", re.I)
_NAMED_WHERE = re.compile(_AND + r"(?:" + _NAMING + r")\s+(?:me\s+)?the\s+(?P<noun>[\w\- ]+?)\s+where\s+(?P<rest>.+)$", re.I)
_NAMED_ONLY = re.compile(_AND + r"(?:" + _NAMING + r")\s+(?:me\s+)?(?P<np>the\s+[^,]+)$", re.I)
_DESCRIBE = re.compile(_AND + r"describe\s+(?P<np>.+)$", re.I)
_COMPARE = re.compile(_AND + r"compare\s+(?P<a>.+?)\s+(?P<with>with|to|against)\s+(?P<b>.+)$", re.I)
_CONTRAST = re.compile(_AND + r"contrast\s+(?P<a>.+?)(?:\s+(?:with|and)\s+(?P<b>.+))?$", re.I)
_WHETHER = re.compile(_AND + r"(?:whether|if)\s+(?P<rest>.+)$", re.I)
_EMBEDDED = re.compile(_AND + r"(?P<wh>who|whom|what|which|when|where|why|how)\s+(?P<rest>.+)$", re.I)
# "what'd", "why'd": did; "what's happened": has; "who's the chair": is.
_DID = re.compile(r"\b(" + _WH + r")['’]d\b", re.I)
_HAS_IS = re.compile(r"\b(" + _WH + r")['’]s\s+(\w+)", re.I)
_AUX = frozenset("is was are were has have had will would can could should did does do may might must shall".split())
# A question word before a clause, with no auxiliary, measure or "come" after it (which ask as typed), and
# no other question word in it ("when the council met, what did it decide" is asked by its second).
_BARE_WH = re.compile(_AND + r"(?P<wh>why|when|where|how)\s+(?!(?:" + "|".join(sorted(_AUX)) + r"|much|many|long|far|old|"
                      r"often|soon|big|large|come|about|to|not|exactly|else|so)\b)(?P<rest>(?:(?!\b" + _WH + r"\b).)+)$", re.I)


def plain(question: str) -> str:
    """`question` in its plain form; unchanged when it is asked plainly already."""
    text = " ".join(question.split())
    if not text:
        return question
    end = "?" if text[-1] in "?.!" or not text[-1].isalnum() else ""
    body = text.rstrip("?.! ")
    changed = _plain(body)
    if changed == body:
        return question
    changed = changed[0].upper() + changed[1:]
    return changed + (end or "?")


def _plain(text: str) -> str:
    text = _EMPHASIS.sub("", text)
    text = _DID.sub(r"\1 did", text)
    text = _HAS_IS.sub(lambda m: f"{m.group(1)} {_has_is(m.group(1), m.group(2), text)} {m.group(2)}", text)
    # "..., and what number more has it asked for": the second half of a comparison asked the same way.
    text = _LATER_NUMBER.sub(r"\1how many ", text)
    embedded = False  # "tell me what the firm said": the question after a wrapper keeps a clause's word order
    for _ in range(3):  # "so, can you tell me ...": an opener before a wrapper
        before = text
        text = _OPENER.sub(lambda m: m.group("and") or "", text)
        unwrapped = _WRAPPER.sub(lambda m: m.group("and") or "", text)
        embedded, text = embedded or unwrapped != text, unwrapped
        if text == before:
            break
    if (voiced := active(text)) != text:
        return voiced
    if (recasted := recast(text)) is not None:
        return recasted
    text = _WRAPPED_NOUN.sub(lambda m: (m.group("and") or "") + "tell me ", text)
    for pattern, plain_form in _OTHERWISE:
        m = pattern.match(text)
        if m:
            rest = text[m.end():]
            if plain_form == "why" and re.match(r"(?:for|of|behind|given|cited|offered|stated|is|was|are|were)\b", rest, re.I):
                return text  # "What is the reason for the notice?": a noun phrase asked of, no clause to turn round
            if plain_form in ("why", "where", "when"):
                return (m.group("and") or "") + _as_question(plain_form, rest)
            return (m.group("and") or "") + plain_form + " " + rest
    if (m := _PRICE_AS_WHAT.match(text)) and _priced(text):  # "What did the study cost?": a sum, as "how much"
        return _lead(m) + "how much " + text[m.start("aux"):]
    if (m := _NUMBER_OF.match(text)):
        return _lead(m) + _counted(m.group("rest"))
    if (m := _DATE_OF.match(text)):
        if (when := date_of(m.group("rest"))) is not None:  # "Give the date of the fair ..."
            return _lead(m) + when
        return _lead(m) + _as_question("on what date", m.group("rest"))
    if (m := _NAMED_WHERE.match(text)):
        return _lead(m) + _as_question(f"in which {m.group('noun')}", m.group("rest"))
    if (m := _NAMED_WHO.match(text)) and not any(t.pos_ in ("VERB", "AUX") for t in doc_of(m.group("noun"))):
        return _lead(m) + _which(m.group("noun"), m.group("rest"))
    if (m := _COMPARE.match(text)):
        return _lead(m) + f"how does {m.group('a')} compare {m.group('with')} {m.group('b')}"
    if (m := _CONTRAST.match(text)):
        both = f"{m.group('a')} and {m.group('b')}" if m.group("b") else m.group("a")
        return _lead(m) + f"how do {both} differ"
    if (m := _DESCRIBE.match(text)):
        return _lead(m) + f"what is {m.group('np')}"
    if (m := _NAMED_ONLY.match(text)) and (named := _named(m.group("np"))):
        return _lead(m) + named
    if not embedded and (m := _BARE_WH.match(text)) and (turned := _as_question(m.group("wh").lower(), m.group("rest"))) \
            != f"{m.group('wh').lower()} {m.group('rest')}":
        return _lead(m) + turned  # "why government refused the waiver": a question typed without its "did"
    if not embedded:
        return text
    if (m := _WHETHER.match(text)) and (inverted := _yes_no(m.group("rest"))):
        return _lead(m) + inverted
    if (m := _EMBEDDED.match(text)):
        wh, clause = _wh_phrase(m.group("wh").lower(), m.group("rest"))
        return _lead(m) + (_as_question(wh, clause) if clause else wh)
    return text


_MEASURES = frozenset("much many long far old often big large soon".split())


def _wh_phrase(wh: str, rest: str) -> tuple[str, str]:
    """"how" + "much quieter he said ..." -> ("how much quieter", "he said ..."); "what" + "time the
    ferry leaves" -> ("what time", "the ferry leaves"): an embedded question asked of a measure or a
    noun keeps those words with its question word, and its clause starts at its subject. One asked
    of its subject ("how many people live ...") is whole already: (the question, "")."""
    doc = doc_of(f"{wh} {rest}")
    if len(doc) < 3:
        return wh, rest
    measure = wh == "how" and doc[1].lower_ in _MEASURES
    noun = wh in ("what", "which") and doc[1].pos_ not in ("DET", "PRON", "AUX", "ADV", "PART", "ADP") and doc[2].tag_ != "POS"
    if noun and doc[1].pos_ == "PROPN":  # "which Oslo firm the council hired", not "what Anna Berg said"
        after = next((t for t in doc[2:] if t.pos_ != "PROPN"), None)
        noun = after is not None and after.pos_ == "NOUN" and after.tag_ != "POS"
    if not (measure or noun):
        return wh, rest
    for tok in doc[2:]:
        # a name starts the subject where it follows the asked noun ("which terminal Anna Berg used"),
        # not inside a name the noun phrase opens with ("which Oslo firm ...")
        if tok.pos_ in ("DET", "PRON") or tok.tag_ in ("PRP", "PRP$") or tok.tag_ == "NNP" and doc[tok.i - 1].tag_ not in ("NNP", "NNPS"):
            # the subject starts here, if a finite verb follows it ("what deal the union signed";
            # alone, the small parser reads "deal" as a verb, so the verb after is what tells)
            if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[tok.i + 1:]):
                return doc[:tok.i].text, doc[tok.i:].text
            break
        if tok.pos_ in ("VERB", "AUX", "ADP"):
            break  # "how many people live ...", "which firm won ...": asked of its subject, or no clause
    return doc.text, ""
    if wh == "how" and doc[0].lower_ not in ("much", "many", "long", "far", "old", "often", "big", "large", "soon", "quickly"):
        return wh, rest
    if wh != "how" and doc[0].pos_ not in ("NOUN", "ADJ"):
        return wh, rest
    for tok in doc[1:]:
        if tok.pos_ in ("DET", "PRON", "PROPN") or tok.tag_ in ("NNP", "PRP", "PRP$"):
            return f"{wh} {doc[:tok.i].text}", doc[tok.i:].text
        if tok.pos_ in ("VERB", "AUX", "ADP"):
            break  # "how many people live ...", "what time of ...": asked of the subject, or no clause
    return wh, rest


def _lead(m: re.Match) -> str:
    return m.group("and") or ""


# "What did the study cost (to carry out)?", "What did the shop pay to ship a pallet?", "What does the
# council charge for parking?": a sum asked with "what" and a verb of price. Paying, charging and
# spending ask a sum only before what it is for ("what did he pay tribute to" asks no sum).
_PRICE_AS_WHAT = re.compile(_AND + r"what\s+(?P<aux>did|does|do|will|would|could|might|should|has|have|had)\s+\S.*?\s+"
                            r"(?:cost(?:\s.*)?|(?:pay|paid|charge|charged|spend|spent)(?:\s+(?:for|to|on)\s.*)?)$", re.I)
_PRICING = frozenset("cost pay charge spend".split())


def _priced(text: str) -> bool:
    """The question's own verb is one of price ("what did the study cost"), not a word of its topic
    ("what did the mayor say about the cost"); one sum, not two compared ("what did it cost before and
    after the ferry broke down" is read as the comparison it is)."""
    from bot.answering.question import kind_of

    if kind_of(text) == "compare":
        return False
    root = next((t for t in doc_of(text) if t.dep_ == "ROOT"), None)
    return root is not None and root.lemma_.lower() in _PRICING


# "What actually triggered it?", "was the radar even working": a speaker's emphasis, which the forms
# read by their words ("what triggered", "was the radar working") would trip on ("break even" stays).
_EMPHASIS = re.compile(r"(?<!\bbreak )(?<!\bbroke )(?<!\bbreaking )(?<!\bthe )(?<!\ban )(?<!\ba )"
                       r"\b(?:actually|even|really|truly|basically)\s+(?=[a-z])", re.I)
_LATER_NUMBER = re.compile(r"(\band\s+)what\s+number\s+(?:of\s+)?", re.I)


def _has_is(wh: str, word: str, text: str) -> str:
    """"what's happened": has; "how's X compare with Y": does; "who's the chair": is."""
    if wh.lower() == "how" and re.search(r"\bcompare\b", text, re.I):
        return "does"
    return "has" if _participle(word) else "is"


def _participle(word: str) -> bool:
    w = word.lower()
    return w.endswith("ed") or w.endswith("en") or w in ("been", "got", "done", "made", "said", "told", "led", "won", "lost")


def _counted(rest: str) -> str:
    """"operators who work a night shift" -> "how many operators work a night shift";
    "jobs the maker is cutting" -> "how many jobs is the maker cutting"."""
    m = re.match(r"(?P<noun>.+?)\s+(?:who|that|which)\s+(?P<rest>.+)$", rest, re.I)
    if m:
        return f"how many {m.group('noun')} {m.group('rest')}"
    doc = doc_of(rest)
    # The counted noun ends where the clause's subject begins: the first determiner or name after it.
    for tok in doc[1:]:
        if tok.lower_ in ("the", "a", "an", "his", "her", "its", "their") or tok.tag_ in ("NNP", "PRP"):
            return _as_question("how many " + doc[:tok.i].text, doc[tok.i:].text)
    return "how many " + rest


def _which(noun: str, rest: str) -> str:
    """"analyst" + "warned the market ..." -> "which analyst warned the market ..."; a clause with its own
    subject ("the board picked") is asked of its object: "which person did the board pick"."""
    doc = doc_of(rest)
    if len(doc) and (doc[0].tag_.startswith("VB") or doc[0].tag_ == "MD"):
        return f"which {noun} {rest}"
    return _as_question(f"which {noun}", rest)


@lru_cache(maxsize=256)
def doc_of(text: str):
    from bot.answering.parsing import parse

    return parse(text)


def _has_verb(np: str) -> bool:
    return any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in doc_of(np))


def _named(np: str) -> str | None:
    """"the head of the agency" -> "who is the head of the agency"; "the bank running the sale" ->
    "which bank is running the sale"; "the maker Dr Ito worked for" -> "which maker did Dr Ito work for"."""
    # "Tell me the career of the victim ...": a thing asked of a phrase is left as asked; "what is the
    # career of ..." reads as a definition.
    # The phrase's own head, not a person named in its qualifier ("the career of the victim").
    head_words = re.split(r"\s+(?:of|for|at|in|on|with|from|whose|who|that|which)\s+", np, maxsplit=1)[0]
    wh = "who" if _names_a_person(head_words) else None
    if not _has_verb(np):
        return wh and f"{wh} is {np}"
    doc = doc_of("Name " + np)  # parsed as asked: alone, "the bank running the sale" reads "running" as a noun
    # The asked noun's words run from the determiner to the last of its own words before the clause:
    # lower-case words that are no verb, or a capitalised qualifier before one ("the Japanese engine maker").
    end = 2
    while end < len(doc) and (_own_word(doc[end]) or doc[end].text[:1].isupper() and end + 1 < len(doc) and _own_word(doc[end + 1])):
        end += 1
    if end == 2 or end >= len(doc):
        return wh and f"{wh} is {np}"
    noun, rest, first = doc[2:end].text, doc[end:].text, doc[end]
    if first.tag_ in ("VBG", "VBN"):
        return f"which {noun} is {rest}"
    if first.pos_ in ("DET", "PROPN", "PRON") or first.tag_ == "NNP":
        return _as_question(f"which {noun}", rest)
    return wh and f"{wh} is {np}"


def _own_word(tok) -> bool:
    return tok.text.islower() and not tok.tag_.startswith("VB") and tok.pos_ not in ("DET", "ADP", "PRON")


def _names_a_person(np: str) -> bool:
    words = {w.lower().strip("'’s") for w in re.findall(r"[\w'’\-]+", np)}
    return bool(words & _V.person_nouns) or any(w.endswith(("man", "woman", "person")) for w in words)


def _yes_no(rest: str) -> str | None:
    """"the radar was working when ..." -> "was the radar working when ..."; None without an auxiliary."""
    doc = doc_of(rest)
    for tok in doc:
        if tok.lower_ in _AUX and tok.i > 0 and tok.dep_ in ("aux", "auxpass", "ROOT", "cop"):
            return f"{tok.text.lower()} {doc[:tok.i].text} {doc[tok.i + 1:].text}".strip()
        if tok.pos_ == "VERB":
            break
    return None


def _as_question(wh: str, clause: str) -> str:
    """An embedded clause asked as a question: "when" + "the firm spotted the intruders" -> "when did
    the firm spot the intruders"; "who" + "the minister is" -> "who is the minister". A clause that is
    a question already ("did the firm ...") or asks of its subject ("said ...") is left as it is."""
    doc = doc_of(clause)
    if not len(doc):
        return f"{wh} {clause}"
    first = doc[0]
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.i == 0:
        return f"{wh} {clause}"
    # Only a clause that opens on its subject is turned round: "what deal the union signed" and "how
    # many jobs" ask of a noun or a measure first, and "said the plan ..." asks of the subject. The
    # subject may open on an adjective or a noun ("Lower Saxony's environment minister is").
    subject = next((t for t in root.lefts if t.dep_ in ("nsubj", "nsubjpass")), None)
    if first.pos_ not in ("DET", "PRON", "PROPN") and first.tag_ not in ("PRP$", "POS") and (
            subject is None or subject.left_edge.i != 0):
        return f"{wh} {clause}"
    aux = next((t for t in root.lefts if t.dep_ in ("aux", "auxpass") and t.lower_ in _AUX), None)
    if aux is not None:
        words = [t.text_with_ws for t in doc if t.i != aux.i]
        return f"{wh} {aux.lower_} " + "".join(words).strip()
    if root.lower_ in _AUX and root.lemma_ != "do":  # "who the chief executive is", "where the firm is based"
        words = [t.text_with_ws for t in doc if t.i != root.i]
        return f"{wh} {root.lower_} " + "".join(words).strip()
    do = {"VBD": "did", "VBZ": "does", "VBP": "do"}.get(root.tag_)
    if do is None:
        return f"{wh} {clause}"
    words = [(base_form(root) + root.whitespace_) if t.i == root.i else t.text_with_ws for t in doc]
    return f"{wh} {do} " + "".join(words).strip()


_ONE_SYLLABLE_CVC = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")


def base_form(verb) -> str:
    """The verb's base form. The lemmatizer reads "rated" and "hoped" as "rat" and "hop"; a word of
    one syllable ending vowel-consonant doubles it before -ed ("hopped"), so without the double it
    ends in e."""
    lemma = verb.lemma_
    if verb.lower_ == lemma + "ed" and _ONE_SYLLABLE_CVC.match(lemma):
        return lemma + "e"
    return lemma
