"""An unnamed expert's findings relayed by the writer: "When the engineer climbed up on Tuesday he
found that ...".

A letter or a note tells what someone it names only by their job found and advised:

    When the surveyor came on Tuesday she found that two beams have rotted through. Water has been
    getting in for years. She has advised that the hall stay shut until they are replaced.

"found that" (a finding verb: found, discovered, concluded, noticed) with a job noun for subject
("the engineer", "our surveyor"), or a pronoun the sentence's own "When the engineer ..." clause
names, makes the job holder the speaker of the clause, dated by the day the sentence gives ("on
Tuesday"). The sentences after it in the paragraph tell the finding on, the holder's too, until
one speaks in the first person or gives someone's words; a "he has advised that" there (a pronoun
of the holder, with a verb of saying) is theirs as well, not a bare "He". Linear in the paragraph.
"""

from __future__ import annotations

from index.models import Span
from index.statements.attribution import Raw
from index.statements.dates import find_time_phrases
from index.statements.speakers_np import Speaker
from index.vocabulary import noun_asks, vocabulary

_FINDING = {"found", "finds", "discovered", "discovers", "concluded", "noticed", "established", "confirmed"}
_PRONOUNS = {"he", "she", "they"}
# what the holder went on to advise ("She has recommended that ..."), as written
_ADVICE = {f"{stem}{end}" for stem in ("advise", "recommend", "suggest", "warn", "urge", "propose")
           for end in ("", "s", "d", "ed")} | _FINDING
_FIRST = {"i", "we", "me", "us", "my", "our"}
_DETERMINERS = {"the", "our", "their", "your", "a", "an", "his", "her"}


def read(docs, bases: list[int]) -> list[Raw]:
    """The job holders' relayed findings and advice, one statement per sentence."""
    v = vocabulary()
    out: list[Raw] = []
    # the sentences after a finding tell it on in a letter's or a note's telling (a first-person
    # piece); a news story's next sentence is its reporter's narration again
    letter = sum(1 for _, doc in docs if any(t.lower_ in _FIRST and t.pos_ == "PRON" for t in doc)) >= 2
    for pi, ((span, doc), base) in enumerate(zip(docs, bases)):
        holder = None  # (speaker, its pronoun's forms, the finding's times) while the paragraph tells the finding
        prev = None
        for k, sent in enumerate(doc.sents):
            found, prev = _finding(sent, prev), sent
            if found is not None:
                verb, subj, who = found
                # (a parenthetical "The practice began in 2022, the auditor found, when ..." is another reader's)
                said = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
                if not said:
                    holder = None
                    continue
                first = min(t.i for c in said for t in c.subtree)
                lead = doc.text[sent.start_char:doc[first].idx]
                times = [(Span(span.start + sent.start_char + tp.start, span.start + sent.start_char + tp.end), tp.text, False)
                         for tp in find_time_phrases(lead)]
                speaker = Speaker(who, who, generic=True)
                holder = (speaker, subj.lower_ if subj.lower_ in _PRONOUNS else None, times)
                out.append(_raw(speaker, verb.text, span, doc[first].idx, sent, base + k, pi, times))
                continue
            if holder is None:
                continue
            speaker, pronoun, times = holder
            words = {t.lower_ for t in sent}
            cue = next((t for t in sent if (v.speech_lemma(t.text) or t.lower_ in _ADVICE) and t.pos_ == "VERB"), None)
            if cue is not None:
                subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                said = [c for c in cue.children if c.dep_ == "ccomp"]
                if subj is not None and pronoun is not None and subj.lower_ == pronoun and said:
                    first = min(t.i for c in said for t in c.subtree)  # "He has advised that ...": the holder's advice
                    out.append(_raw(speaker, cue.text, span, doc[first].idx, sent, base + k, pi, []))
                    continue
                holder = None  # someone else's words: the finding's telling is over
                continue
            if words & _FIRST or '"' in sent.text or "“" in sent.text or not letter:
                holder = None  # the writer's own voice again
                continue
            out.append(_raw(speaker, "found", span, sent.start_char, sent, base + k, pi, times))
    return out


def _finding(sent, prev=None):
    """(verb, subject, the job holder as written) of "the engineer found that ...", "When the
    engineer climbed up ... he found that ..." or "I asked our surveyor to look. On Tuesday she
    found that ..." (the job the sentence before names last), else None."""
    for verb in sent:
        if verb.lower_ not in _FINDING or verb.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        if subj.lower_ in _PRONOUNS:
            # the pronoun's antecedent in the sentence's own "When the engineer ..." clause
            heads = [t for c in verb.children if c.dep_ == "advcl" for t in c.subtree if t.dep_ == "nsubj"]
            job = next((t for t in heads if _job(t)), None)
            if job is None and prev is not None and not any(t.lower_ in _PRONOUNS | {"it"} for t in sent if t.i < subj.i):
                jobs = [t for t in prev if _job(t)]
                job = jobs[-1] if len(jobs) == 1 else None
        else:
            job = subj if _job(subj) else None
        if job is not None:
            return verb, subj, "the " + " ".join(t.lower_ for t in job.subtree
                                                 if t.i <= job.i and t.dep_ in ("compound", "amod") or t.i == job.i)
    return None


def _job(token) -> bool:
    """A job noun with an article or a possessive: "the engineer", "our diocesan surveyor"."""
    v = vocabulary()
    return token.pos_ == "NOUN" and (noun_asks(token.lower_) == "person" or v.is_role(token.lower_)) and any(
        c.dep_ in ("det", "poss") and c.lower_ in _DETERMINERS for c in token.children)


def _raw(speaker: Speaker, act: str, span, at: int, sent, sentence: int, paragraph: int, times) -> Raw:
    end = sent.end_char - (1 if sent.text.rstrip()[-1:] in ".!?" else 0)
    return Raw(speaker=speaker, act=act, content=Span(span.start + at, span.start + end), quote_type="indirect",
               span=Span(span.start + sent.start_char, span.start + sent.end_char), sentence=sentence,
               paragraph=paragraph, times=list(times))


def merge(raws: list[Raw], found: list[Raw]) -> list[Raw]:
    """The statements with the findings: a finding replaces a reading of the same sentence by a bare
    pronoun ("He") or by the writer whose letter relays it; others keep theirs."""
    if not found:
        return raws
    spans = {r.sentence for r in found}
    kept = [r for r in raws if not (r.sentence in spans and (r.speaker.as_written.lower() in _PRONOUNS | _FIRST))]
    taken = {r.sentence for r in kept}
    return sorted([*kept, *(r for r in found if r.sentence not in taken)], key=lambda r: (r.span.start, r.span.end))
