"""Interview transcripts: turns opened by the speaker's label ("BEAUDRY:", "Q:", "A:").

A turn of the interviewee is what they said, sentence by sentence, with no speech verb at all;
an unlabelled paragraph right after it, with no attribution of its own, continues it. The
interviewer's turns (the "Q" label, the byline's name, or the label whose turns are mostly
questions) are not statements of anyone, though what they report of a third person ("the
councillor said last week ...") still is. A label is resolved to the full name the
introduction gives ("MARCHAND-ODUYA" -> "Sylvie Marchand-Oduya"); "A" to the person the
introduction names first who is not the writer. Everything said in the interview is dated at
the interview's day when the introduction gives one ("spoke to us on Tuesday").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from index.models import Article, Span
from index.statements import answer_window, described_voices, interview_header, offices
from index.statements.attribution import Raw
from index.statements.nlp import CAPTION, TIMESTAMP, worded_sentences
from index.statements.speakers_np import Speaker
from index.statements.when import resolve
from index.textnorm import fold, without_label_emphasis

# "MARCHAND-ODUYA: ...", "Q: ...", "A. ..."? (a full stop is too common: a colon only)
# (a news transcript's first turn of a speaker adds their caption: "JO REE, SALVAGE MASTER, ACME:")
_LABEL = re.compile(rf"^\s*{TIMESTAMP}(?P<label>Q|A|QUESTION|ANSWER|[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){{0,3}})(?P<caption>{CAPTION})?\s*:\s+(?=\S)")
_ASKER = {"Q", "QUESTION"}
_ANSWERER = {"A", "ANSWER"}
# The introduction's sentence that dates the interview: "spoke to us on Tuesday", "interviewed on",
# a podcast's "recorded last Monday".
_INTERVIEW = re.compile(r"\b(?:spoke|speaks|speaking|talked|talks|interview\w*|sat down|conversation|told us|recorded|taped"
                        r"|(?:we|I) (?:met|visited|caught up)|met (?:him|her|them|us|me)"
                        r"|(?:went|drove|walked|cycled|popped)(?: (?:over|out|round|up|down|across))? to see)\b", re.I)
# An unlabelled closing note is the outlet's, not the interviewee's.
_EDITORIAL = re.compile(r"\b(?:edited|condensed|transcript|interview|clarity)\b", re.I)
MIN_TURNS = 3
# How many paragraphs before the first turn introduce it: a show's header block (its title, a
# "Recorded last Tuesday" note, a "Transcript" label, credits) runs to a few.
INTRO_PARAGRAPHS = 4
_RECORDING_NOTE = re.compile(r"\b(?:recorded|taped)\b", re.I)


def intro_paragraphs(docs, first: int) -> list:
    """The paragraphs that may date a transcript: the few just before its first turn, after a
    recording note of the header block ("Recorded last Tuesday evening at ...") when the turns
    start further down (a host's unlabelled opening, a guest list)."""
    near = list(docs[max(0, first - INTRO_PARAGRAPHS):first])
    # (also the note that says when the questions of a written Q&A went out)
    head = [d for d in docs[:min(first, INTRO_PARAGRAPHS)] if d not in near
            and (_RECORDING_NOTE.search(d[1].text) or answer_window.SENT.search(d[1].text))]
    return head + near


@dataclass
class Transcript:
    raws: list[Raw] = field(default_factory=list)  # one per sentence of the interviewee's turns
    asked: set[int] = field(default_factory=set)  # paragraphs that are the interviewer's turns
    answered: set[int] = field(default_factory=set)  # paragraphs that are the interviewee's turns
    sequels: list[list[int]] = field(default_factory=list)  # runs of unlabelled paragraphs after an answer
    day: tuple | None = None  # (phrase, day) of the interview; (phrase, first, last) of written answers
    starts: dict[int, int] = field(default_factory=dict)  # where each answered paragraph starts in the text
    memoir: bool = False  # a catalogue header names the one who answers: an archive's oral history, looking back
    # a hearing's answers under a question that names the day they are about ("on the night of 4
    # November 2025 ...?"): paragraph -> (phrase, day), when what the witness relays was said
    occasions: dict[int, tuple[str, date]] = field(default_factory=dict)
    witnesses: set[str] = field(default_factory=set)  # a hearing's sworn witnesses, who answer "A."
    examined: set[int] = field(default_factory=set)  # a hearing's "Q." turns, counsel's questions


def _labels(text: str, docs, outlets: set[str] = frozenset(), people=()) -> dict[int, re.Match]:
    """Paragraphs opened by a label, read from the text (the parse has the labels blanked): a
    label in capitals, the outlet's own name as the interviewer's ("Grain Weekly: ..."), or a
    label the catalogue header explains in any case ("Ann:", "Ar:"). A header field is no turn."""
    out = {}
    for pi, (span, _) in enumerate(docs):
        line = without_label_emphasis(fold(text[span.start:span.end]))
        if interview_header.field(line):
            continue
        m = _LABEL.match(line) or _OUTLET_LABEL.match(line)
        if m and (m.re is _LABEL or m.group("label").lower() in outlets or interview_header.labelled(m.group("label"), people)):
            out[pi] = m
    return out


def _label_of(labels: dict[int, re.Match]) -> dict[int, str]:
    """Each labelled paragraph's label, a later turn's short one ("REE:", "DEPUTY MINISTER REE:")
    read as the one fuller label that ends in the same word and holds all its words ("JO REE,
    SALVAGE MASTER:"): a news transcript captions a speaker in full on their first turn only."""
    names = {m.group("label") for m in labels.values()}
    full = {}
    for n in names:
        words = set(n.split())
        longer = [o for o in names if o != n and o.split()[-1] == n.split()[-1] and words < set(o.split())]
        full[n] = longer[0] if len(longer) == 1 else n
    return {pi: full[m.group("label")] for pi, m in labels.items()}


# a news transcript's stage note in its own paragraph: "(BEGIN VIDEOTAPE)", "(CROSSTALK)",
# "(COMMERCIAL BREAK)": no one's words, and the end of the turn before it
_STAGE = re.compile(r"^\s*[(\[][A-Z][A-Z0-9 ,.'’/-]{2,60}[)\]]\s*$")


# a label in any case, for the outlet's name as its own interviewer's label
_OUTLET_LABEL = re.compile(rf"^\s*{TIMESTAMP}(?P<label>[A-Z][\w'’.&-]*(?: (?:[A-Z][\w'’.&-]*|of|the|and)){{0,4}})\s*:\s+(?=\S)")


def read(article: Article, docs, bases: list[int], ctx, published: date | None) -> Transcript | None:
    """The transcript's turns, or None when the article is not a transcript."""
    outlets = outlet_names(article)
    people = interview_header.participants(article.text)
    labels = _labels(article.text, docs, outlets, people)
    label_of = _label_of(labels)
    names = set(label_of.values())
    if len(labels) < MIN_TURNS or len(names) < 2:
        return None
    first = min(labels)
    writer = _writer(article)
    # the catalogue header's people behind the labels ("AR:" for "Interviewee: Ann Roe")
    listed = {n: who for n in names if (who := interview_header.labelled(n, people))}
    askers = {n for n in names if n in _ASKER or (writer and (_same_name(n, writer) or _initials(writer) == n))
              or _mostly_questions(n, label_of, docs) or (n.lower().replace(".", "") in outlets and not _initials_of(n, ctx))}
    askers = (askers - set(listed)) | {n for n, who in listed.items() if who.asks}
    if not askers:  # a magazine's prompts ("Energy must be your biggest cost."): the label that asks most
        askers = _most_asking(names, label_of, docs)
    if not askers or askers == names:
        return None
    intro = list(docs[max(0, first - 2):first])  # what introduces the interview: just before its first turn
    # (an archive's "Date of interview:" field says it outright)
    day = interview_header.recorded_day(article.text) if people else None
    out = Transcript(day=day or interview_day(intro_paragraphs(docs, first), published, issue_bound(article, published)))
    out.memoir = any(not who.asks for who in listed.values())
    speakers = {n: _speaker(n, ctx, intro, writer, article.title) for n in names - askers}
    speakers.update({n: Speaker(name=who.name, as_written=n, person=ctx.cast.known(who.name))
                     for n, who in listed.items() if n in speakers})
    if any(offices.office(n) for n in speakers):  # "THE PRESIDENT:": the holder the introduction names
        from index.statements.turns import office_speaker

        wide = docs[max(0, first - INTRO_PARAGRAPHS):first]
        speakers.update({n: office_speaker(n, role, wide, ctx) for n in speakers
                         if speakers[n].person is None and (role := offices.office(n))})
    current = None
    for pi, ((span, doc), base) in enumerate(zip(docs, bases)):
        m = labels.get(pi)
        if m is None and (_STAGE.match(doc.text) or interview_header.stage(doc.text) or interview_header.field(doc.text)):
            current = None
            continue
        if m is not None:
            current = speakers.get(label_of[pi])
            if current is None:
                out.asked.add(pi)
                continue
            start = m.end()
            out.sequels.append([])
            if m.group("label") in _ANSWERER and (named := _named_answerer(fold(article.text[span.start:span.end])[start:], ctx)):
                current, start = named, len(doc.text)  # "A: X, tax partner at Y, says:": X answers, below
        elif current is not None and _continues(doc.text, ctx) and not _headed(article, docs, pi):
            start = 0
            out.sequels[-1].append(pi)
        else:
            current = None
            continue
        out.answered.add(pi)
        add_turn(out, current, span, doc, base, pi, start, asserted_only=True)  # (a guest's question back asks, states nothing)
    return out


# an advice column's answer label naming its expert: "A: Ann Hale, tax partner at Y, says:"
_EXPERT_CUE = re.compile(r"^\s*(?P<who>[^\W\d_][^:]{2,120}?),?\s+(?:says|said|writes|answers|replies|responds)\s*:\s*$")


def _named_answerer(text: str, ctx) -> Speaker | None:
    """The person an answer's cue line names ("Ann Hale, tax partner at Y, says:"), else None."""
    from index.statements.turns import _person

    m = _EXPERT_CUE.match(text)
    return _person(m.group("who"), ctx, None) if m else None


# "My daughter lives in Hull, so who's going to take me?": a statement, then the question it raises
_TOLD_THEN_ASKED = re.compile(r"\w[^?]*,\s+(?:so|but|and)\s+(?:who|what|where|when|why|how|which)\b", re.I)
# 'I said to him, "Who's going to ...?"': the answerer quoting what they said then, a remark
# made in a question's form (not one they ask now, nor "I asked him, ...")
_OWN_QUOTED = re.compile(r"^[^\"“?]*\b(?:I|we|We)\s+(?:said|told|shouted|replied|answered|wrote|warned)\b[^\"“?]*[\"“]")
# the formula that opens a member's question, not a statement of anything
_ADDRESSED = re.compile(r"(?:my|the)\s+(?:supplementary\s+)?question\s+is\s+(?:to|for)\b", re.I)


def add_turn(out: Transcript, speaker, span, doc, base: int, paragraph: int, start: int = 0,
             asserted_only: bool = False) -> None:
    """A turn's sentences, from `start` in its paragraph, as the speaker's own direct statements
    (`asserted_only`: not its questions, nor "My question is to the minister")."""
    text = doc.text
    out.starts[paragraph] = span.start
    for k, a, b in worded_sentences(doc, start):
        a, b = _without_stage_notes(text, a, b)
        a, b = _without_addition_marks(text, a, b)
        if a >= b:
            continue  # "[laughs]": a stage direction, no one's words
        if asserted_only and ((text[a:b].rstrip('"\'’”').endswith("?") and not _TOLD_THEN_ASKED.search(text[a:b])
                               and not _OWN_QUOTED.search(text[a:b]))
                              or _ADDRESSED.match(text[a:b])):
            continue
        out.raws.append(Raw(speaker=speaker, act="said", content=Span(span.start + a, span.start + b),
                            quote_type="direct", span=Span(span.start + a, span.start + b),
                            sentence=base + k, paragraph=paragraph))


def _without_addition_marks(text: str, a: int, b: int) -> tuple[int, int]:
    """A sentence's span without the square bracket that opens or closes a later addition of the
    speaker's ("[They sent us a card.", "I kept it.]"): the words are theirs, the bracket the archive's."""
    if a < b and text[a] == "[":
        a += 1
    if b > a and text[b - 1] == "]" and "[" not in text[a:b]:
        b -= 1
    return a, b


def _without_stage_notes(text: str, a: int, b: int) -> tuple[int, int]:
    """A sentence's span without the stage directions that open or close it ("[laughs] You stood ...")."""
    while a < b and (notes := list(interview_header.stage_notes(text[a:b]))) and not text[a:a + notes[0][0]].strip():
        a += notes[0][1]
        a += len(text[a:b]) - len(text[a:b].lstrip())
    while b > a and (notes := list(interview_header.stage_notes(text[a:b]))) and not text[a + notes[-1][1]:b].strip():
        b = a + notes[-1][0]
        b -= len(text[a:b]) - len(text[a:b].rstrip())
    return a, b


def merge(raws: list[Raw], t: Transcript, text: str = "") -> list[Raw]:
    """The article's statements with the transcript's: an interviewee's turn is theirs alone, save
    a third person it quotes by name; an interviewer's turn keeps what it reports of others."""
    who = {r.speaker.name for r in t.raws}
    attributed = {r.paragraph for r in raws}
    for run in t.sequels:  # a paragraph with an attribution of its own ends an answer's sequel
        cut = next((k for k, pi in enumerate(run) if pi in attributed), None)
        if cut is not None:
            dropped = set(run[cut:])
            t.raws = [r for r in t.raws if r.paragraph not in dropped]
            t.answered -= dropped
    kept = []
    answerer = {r.paragraph: r.speaker for r in t.raws}
    for r in raws:
        if text and r.paragraph in answerer and described_voices.speaker_pronoun(r.speaker.as_written) \
                and (described := described_voices.described(text[t.starts[r.paragraph]:max(r.span.start, r.content.start)], r.speaker.name,
                                                                 r.speaker.person is not None)):
            # "There was an engineer who came up ... And he said, '...'": the engineer's words, not
            # those of someone named in an earlier answer whom the pronoun was taken for
            r = replace(r, speaker=Speaker(described, r.speaker.as_written, generic=True))
            kept.append(r)
            continue
        # a rival interviewee the answer quotes by name ("Councillor X said at the forum that my
        # rebate would ...") keeps the words: only the answerer's own name is the turn's
        rival = r.paragraph in answerer and r.speaker.name != answerer[r.paragraph].name and r.speaker.person is not None \
            and _proper(r.speaker.as_written) and r.speaker.as_written.lower() not in _FIRST_PERSON_WORDS
        if r.paragraph in t.answered and not rival and (r.speaker.name in who or (r.speaker.person is None and not _proper(r.speaker.as_written)
                                                                   and not _one_role(r.speaker.as_written)
                                                                   and not (_one_body(r.speaker.as_written) and _TOLD.search(text[r.span.start:r.content.start]))
                                                                   and not _LISTENER.fullmatch(r.speaker.name))):
            continue
        if r.paragraph in answerer and r.speaker.person is None and (role := _MY_ROLE.match(r.speaker.as_written)):
            # "My predecessor used to say that ...": the interviewee's predecessor, whom the answer quotes
            named = f"{answerer[r.paragraph].name}'s {role.group('role')}"
            r = replace(r, speaker=Speaker(named, r.speaker.as_written, generic=True))
        if r.paragraph in t.asked and (r.speaker.name in who or (r.speaker.generic and not _proper(r.speaker.as_written)
                                                                  and not _one_source(r.speaker.as_written))):
            continue  # "you said in January ...", "some of your staff say ...": the question, no one's statement
        kept.append(r)
    # words a turn reads out or reports from someone it names ("a statement from the Chamber of
    # Commerce says ...") are that someone's, not the turn speaker's as well
    quoted = {r.sentence for r in kept if r.paragraph in t.answered}
    own = [r for r in t.raws if r.sentence not in quoted]
    return sorted([*kept, *own], key=lambda r: (r.span.start, r.span.end))


_FIRST_PERSON_WORDS = {"i", "we", "me", "my", "our"}
# a listener whose e-mail a host reads out ("Sam from Leeds writes: ..."), as speakers_np names them
_LISTENER = re.compile(r"[A-Z][\w'’-]+ \([^()]+\)")
_JOINERS = {"of", "for", "and", "the", "on", "in", "&"}


# "my predecessor", "my old boss": someone the interviewee names by their tie to them
_MY_ROLE = re.compile(r"^(?i:my)\s+(?P<role>(?:old|late|former|first)?\s*[a-z][a-z-]+)$")


def _one_source(written: str) -> bool:
    """"A trucking company told us ...", "one resident said ...": a single unnamed source a question
    reports, whose words they are (not "some of your staff", "you", "people")."""
    words = written.lower().split()
    return len(words) >= 2 and words[0] in ("a", "an", "one") and "your" not in words and not words[-1].endswith("s")


def _one_role(written: str) -> bool:
    """"The minister told me ...", "My predecessor used to say ...": one person the answer
    reports, not "The engineers"."""
    from index.vocabulary import vocabulary

    from index.vocabulary import noun_asks

    words = written.lower().split()
    v = vocabulary()
    # (an oral history's "the yard manager", "the shop steward": one person by the job's head noun)
    return len(words) in (2, 3) and words[0] in ("the", "my") and not words[-1].endswith("s") and (
        v.is_role(" ".join(words[1:])) or (words[0] == "my" and words[-1] in v.tie_roles)
        or (len(words) == 3 and v.is_role(words[-1]) and noun_asks(words[1]) is None))


# a body's words a turn passes on, by a verb of telling ("the council told the group ... that"), not
# the body's deed the speaker reports ("The ministry has promised three more years": the speaker's claim)
_TOLD = re.compile(r"\b(?:told|tells|said|says|wrote|informed|assured)\b")


def _one_body(written: str) -> bool:
    """"the council told the patients' group ...", "the board said": one body a turn reports, whose
    words they are (not "some people", "they")."""
    from index.vocabulary import vocabulary

    words = written.lower().split()
    return len(words) == 2 and words[0] == "the" and words[1] in vocabulary().body_nouns


def _proper(written: str) -> bool:
    """A body's proper name ("the Chamber of Commerce", "Department of Health"), not a common noun
    phrase ("The engineers", "Some of your staff") nor a pronoun."""
    written = written.split(",")[-1].strip() or written  # "The port's operator, the Harbour Board": the name
    words = [w for w in written.split() if w.lower() not in _JOINERS and w.lower() not in ("a", "an")]
    return bool(words) and len(words) <= 6 and all(w[:1].isupper() for w in words) and len(written) > 2 \
        and written.lower() not in ("it", "he", "she", "they", "we", "i", "you")


def _writer(article: Article) -> str | None:
    for s in article.subheadings:
        m = re.match(r"^\s*by\s+(?P<name>[^\W\d_][\w.'’ -]{1,60}?)\s*(?:[,|]|$)", fold(article.text[s.start:s.end]), re.I)
        if m:
            return m.group("name")
    return None


def _same_name(label: str, name: str) -> bool:
    words = [w.lower() for w in name.split()]
    return label.lower() in words or label.lower() == name.lower()


def outlet_names(article: Article) -> set[str]:
    """The publication's name, lower case, and its initials, as a masthead or the outlet field
    gives it ("COLD STORE WEEKLY" -> "cold store weekly", "csw"): the interviewer's label when it
    asks in the magazine's own name. A line that is a person's name is no outlet."""
    from index.statements.people import first_name_gender

    first = article.paragraphs[0].start if article.paragraphs else len(article.text)
    lines = [article.outlet or "", *(article.title or "").splitlines()]
    lines += [line for sp in article.subheadings if sp.start < first for line in article.slice(sp).splitlines()]
    out = set()
    for line in lines:
        words = fold(line).strip().strip("*_#").split()
        if not 1 <= len(words) <= 5 or not all(w[:1].isupper() or w.lower() in _JOINERS for w in words):
            continue
        if first_name_gender(words[0].title()) or any(not w.replace("&", "").replace("'", "").isalpha() for w in words):
            continue
        out.add(" ".join(words).lower())
        if len(words) >= 2:
            out.add(_initials(" ".join(w for w in words if w.lower() not in _JOINERS)).lower())
    return out


def _initials_of(label: str, ctx):
    """The one person of the cast whose initials the label is ("J.K." for Jorunn Kvalheim), else None."""
    found = [p for p in ctx.cast.people if _initials(p.name) == label.replace(".", "").upper()]
    return found[0] if len(found) == 1 else None


def _headed(article: Article, docs, pi: int) -> bool:
    """A heading stands between paragraph `pi` and the one before it: a sidebar or a new section,
    not an answer's next paragraph."""
    lo, hi = docs[pi - 1][0].end if pi else 0, docs[pi][0].start
    return any(lo <= s.start < hi for s in article.subheadings)


def _asking(text: str) -> bool:
    return "?" in text


def _most_asking(names: set[str], labels: dict[int, str], docs) -> set[str]:
    """The one label most of whose turns ask a question somewhere ("Are you selling? People
    talk."), when every other label's turns ask at most half as often ("Was it worth it? Yes.")."""
    share = {}
    for n in names:
        turns = [docs[pi][1].text for pi, label in labels.items() if label == n]
        share[n] = sum(map(_asking, turns)) / len(turns)
    top = [n for n in names if share[n] * 2 > 1]
    return set(top) if len(top) == 1 and all(share[n] * 2 <= share[top[0]] for n in names - set(top)) else set()


def _mostly_questions(label: str, labels: dict[int, str], docs) -> bool:
    turns = [docs[pi][1].text.rstrip() for pi, n in labels.items() if n == label]  # blanked label: same text
    return sum(t.endswith("?") for t in turns) * 2 > len(turns)


def _speaker(label: str, ctx, intro, writer: str | None, title: str | None = None) -> Speaker:
    """The label's person: the cast's name that holds it; for "A", the introduction's first person."""
    people = ctx.cast.people
    found = next((p for p in people if _same_name(label, p.name) or fold(label).lower() == fold(p.name).lower()), None)
    if found is None and len(label.split()) >= 2:  # "CAPTAIN JO REE": the person the cast names "Jo Ree"
        words = set(fold(label).lower().split())
        held = [p for p in people if len(p.name.split()) >= 2 and set(fold(p.name).lower().split()) <= words]
        found = held[0] if len(held) == 1 else None
    if found is None and 2 <= len(label.replace(".", "")) <= 3:  # "HA:" for Henrik Aalto: the one person of those initials
        found = _initials_of(label, ctx)
    if found is None and label in _ANSWERER and intro:
        # "We spoke to Dr X about ...": the first person the paragraph before the first turn names
        for span, _ in reversed(intro):
            found = next((m.person for m in ctx.cast.mentions
                          if span.start <= m.pos < span.end and not (writer and _same_name(m.person.name.split()[-1], writer))), None)
            if found is not None:
                break
    if found is None and title and (titled := _TITLED_LABEL.match(fold(label))):
        found = _titled_in(title, titled.group("surname"), ctx)  # "MS. HALE:" under "Briefing by Press Secretary Ann Hale"
    if found is not None:
        from index.statements.turns import _cased

        return Speaker(name=_cased(found.name), as_written=label, person=found)
    if label in _ANSWERER and title and (named := _named_in(title, writer)):
        return Speaker(name=named, as_written=label)  # "Interview: Maya Ferreira-Costa, engineer"
    if _UNNAMED.match(label):  # "UNIDENTIFIED FEMALE:": a voice in a clip, no one the reader can name
        return Speaker(name=label.title(), as_written=label, generic=True)
    if len(label.split()) >= 2 and (named := _titled_name(label)):
        return Speaker(name=named, as_written=label)  # "CAPTAIN JO REE": Jo Ree, though the parse never saw her
    return Speaker(name=label.title() if label not in _ANSWERER else label, as_written=label)


_UNNAMED = re.compile(r"^(?:UNIDENTIFIED|UNKNOWN|UNNAMED)\b")


def _titled_name(label: str) -> str | None:
    """A label's name without the title before it ("CAPTAIN JO REE" -> "Jo Ree"): two words or more
    opening with a first name the lexicon knows."""
    from index.statements.people import clean_name, first_name_gender
    from index.statements.turns import _cased

    words = clean_name(label.split())
    return _cased(" ".join(words)) if 2 <= len(words) <= 4 and first_name_gender(words[0]) else None


# a house's or a White House transcript's label: "MS. HALE", "MR. OKAFOR", "DR. LIND"
_TITLED_LABEL = re.compile(r"^(?:MR|MRS|MS|MISS|DR|SEN|REP|GOV|GEN|ADM|SECRETARY)\.? (?P<surname>[A-Z][A-Z'’-]+)$")


def _titled_in(title: str, surname: str, ctx):
    """The person a title names whose surname a titled label gives ("Press Briefing by Press
    Secretary Ann Hale and ..." for "MS. HALE"), with the job written before the name."""
    from index.statements.cast import add_roles
    from index.statements.people import first_name_gender

    for run in re.finditer(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+", fold(title)):
        words = run.group(0).split()
        if len(words) >= 2 and words[-1].upper() == surname and first_name_gender(words[-2]):
            p = ctx.cast.person(words[-2:])
            if p is not None:
                add_roles(p, [w.lower() for w in words[:-2]])
            return p
    return None


def _named_in(title: str, writer: str | None) -> str | None:
    """The one person a headline names: two to four capitalised words opening with a first name."""
    from index.statements.people import first_name_gender

    runs = [m.group(0) for m in re.finditer(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}", fold(title))]
    names = [r for r in runs if first_name_gender(r.split()[0]) and not (writer and _same_name(r.split()[-1], writer))]
    return names[0] if len(names) == 1 else None


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", fold(name)) if w[:1].isupper()).upper()


def _continues(text: str, ctx) -> bool:
    """An unlabelled paragraph after an answer goes on with it: no quotation marks, no one named, no note."""
    if '"' in text or _EDITORIAL.search(text):
        return False
    return not any(p.name.split()[-1] in text for p in ctx.cast.people)


def interview_day(intro, published: date | None, bound: date | None = None) -> tuple | None:
    """(phrase, day) of the intro's sentence that dates the interview ("spoke to us on Tuesday");
    with no publication day, a day and month it states ("We met her ... on 23 September") in the
    year that puts it on or before `bound`, the end of the issue's month."""
    if published is None and bound is None:
        return None
    for _, doc in intro:
        for ent in doc.ents:
            if ent.label_ == "DATE" and _INTERVIEW.search(ent.sent.text):
                got = resolve(ent.text, published, None, False) if published else _before(ent.text, bound)
                if got and got[0] == got[1] and got[0] <= (published or bound):
                    return ent.text, got[0]
    return answer_window.window(intro, published)  # written answers: between the questions' day and the deadline


def _before(text: str, bound: date) -> tuple[date, date] | None:
    """The day a phrase names by its day and month (and year, if given), the latest on or before `bound`."""
    from index.datelines import DATE, parse_date

    if not re.fullmatch(rf"(?:on\s+)?(?:the\s+)?{DATE}", text.strip(), re.I):
        return None
    year, month, dom = parse_date(text)
    if not (month and dom):
        return None
    for y in ([year] if year else [bound.year, bound.year - 1]):
        try:
            day = date(y, month, dom)
        except ValueError:
            continue
        if day <= bound:
            return day, day
    return None


def issue_bound(article: Article, published: date | None) -> date | None:
    """The last day of the issue's month, for an article with no publication day."""
    from index.issue_month import issue_end

    return None if published else issue_end(article)
