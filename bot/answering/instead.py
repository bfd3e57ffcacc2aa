"""What the article says happened instead of the act a question takes for granted.

    Why is the company selling its mill?   "... the company would not sell the mill. "It stays ours,"
                                           she told reporters. Instead it will convert one of the
                                           mill's two machines to make packaging board, she said."
      -> the denial and the sentence that says what instead ("instead", "but", "rather":
         index/vocabulary.yaml `correction_markers`)
    Why did the drivers reject the offer?  "members had voted by 212 to 40 to accept the offer"
      -> the opposite act (`opposite_acts`) done to the same thing
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.answering.candidates import Candidate
from index.vocabulary import vocabulary

FOLLOWING = 2  # sentences after a denial read for what happened instead


@lru_cache(maxsize=1)
def _marker() -> re.Pattern:
    words = sorted(vocabulary().correction_markers, key=lambda w: (-len(w), w))
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)


def with_instead(denial: Candidate, own: list[Candidate]) -> list[Candidate]:
    """The denial, then the sentences of its paragraph up to the one that says what happened instead
    (within FOLLOWING sentences); without such a one, the next sentence alone, which most often
    goes on about the same thing."""
    after = sorted((c for c in own if c.chunk.chunk.id == denial.chunk.chunk.id and c.span.start > denial.span.start),
                   key=lambda c: c.span.start)[:FOLLOWING]
    for i, c in enumerate(after):
        if _marker().search(c.text):
            return [denial, *after[: i + 1]]
    if not after:
        # The denial ends its paragraph: the next paragraph's first sentence, when retrieved, goes on.
        chunk = denial.chunk.chunk
        after = sorted((c for c in own if c.chunk.chunk.article_id == chunk.article_id
                        and c.chunk.chunk.paragraph == chunk.paragraph + 1), key=lambda c: c.span.start)
    return [denial, *after[:1]]


def opposite_done(q, own: list[Candidate]) -> Candidate | None:
    """The best sentence that says the opposite act was done to what the question names ("accept the
    offer" for "reject the offer"), not negated; None without one."""
    from bot.answering.predicate import _negated, _parse

    lemma, thing = _act(q)
    opposites = vocabulary().opposite_acts.get(lemma or "")
    if not opposites:
        return None
    pool = own
    if thing:
        pool = [c for c in own if re.search(rf"\b{re.escape(thing)}", c.text, re.I)]
        # No sentence names the thing: the article names it in other words ("hackers" / "a cyberattack");
        # only the best few sentences, which are about the question, are read then.
        pool = pool or own[:PARAPHRASED]
        # Or in other words beside a sentence that names it ("the plan" / "the proposal"): then the best few
        # sentences count only where they name the question's doer ("The Graduate Assembly voted ... to oppose").
        doer = _doer(q)
        pool = pool + [c for c in own[:PARAPHRASED] if c not in pool and doer and doer <= c.terms]
    for c in pool:
        doc = _parse(c.text)
        for t in doc:
            following = " ".join(w.lemma_.lower() for w in doc[t.i : t.i + 3])
            if (t.pos_ in ("VERB", "NOUN") or t.lower_ == "no") \
                    and any(following == o or following.startswith(o + " ") for o in opposites) and not _negated(t):
                return c
    return None


PARAPHRASED = 10


def _doer(q) -> frozenset[str]:
    """The words of the question's subject ("the fishers' guild"): fisher, guild."""
    from bot.answering.terms import stems

    subject = q.predicate.subj if q.predicate is not None else None
    return frozenset(stems(subject)) if subject else frozenset()


def _act(q) -> tuple[str | None, str | None]:
    """The question's act and what it is done to: the predicate, or (a speech verb such as "reject",
    which names no predicate) the root verb of its parse and its object."""
    if q.predicate is not None:
        return _phrasal(q, q.predicate.lemma), q.predicate.obj
    from bot.answering.predicate import _object, parse_question

    root = next((t for t in parse_question(q.text) if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB":
        return None, None
    obj = next((c for c in root.children if c.dep_ == "dobj"), None)
    if obj is not None and any(d.tag_ in ("WDT", "WP") for d in obj.children):
        return _phrasal(q, root.lemma_.lower()), None  # "what deal did they reject": the deal is what is asked for
    # "why was the start called off": what is called off is the passive subject (the start), so that
    # the sentence telling the start goes ahead is read before one where the race was "first held"
    return _phrasal(q, root.lemma_.lower()), _object(root) or _passive_subject(root)


def _passive_subject(root) -> str | None:
    """The head noun of a passive question's subject, before any phrase after it: "why was the yukon
    river 450 start in whitehorse called off" -> start (a lower-case question may parse its words
    as a compound and an apposition: the last noun before the preposition is the head)."""
    if not any(c.dep_ == "auxpass" for c in root.children):
        return None
    subject = next((c for c in root.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subject is None:
        return None
    head = None
    for t in subject.subtree:
        if t.pos_ == "ADP":
            break
        if t.pos_ == "NOUN":
            head = t
    return head.lemma_.lower() if head is not None else None


def _phrasal(q, lemma: str | None) -> str | None:
    """The act a phrasal verb names ("called off" -> "cancel", index/vocabulary.yaml `event_phrases`),
    so that its opposite is known ("cancel": "go ahead"); else `lemma`."""
    if not lemma or lemma in vocabulary().opposite_acts:
        return lemma
    from bot.answering.predicate import parse_question

    for t in parse_question(q.text):
        if t.lemma_.lower() != lemma:
            continue
        for c in t.children:
            if c.dep_ == "prt":
                phrase = f"{lemma} {c.lower_}"
                act = next((k for k, ps in vocabulary().event_phrases.items() if phrase in ps), None)
                if act in vocabulary().opposite_acts:
                    return act
    return lemma


def done_after_all(q, own: list[Candidate]) -> list[Candidate] | None:
    """"Why did the mayor refuse to compensate residents?" where the article says he will: the
    sentence that says the act is done or to be done (for an interviewer's question, the answer in
    the next paragraph). The question's verb is a refusal (index/vocabulary.yaml `refusal_verbs`)."""
    from bot.answering.predicate import happened, parse_question

    root = next((t for t in parse_question(q.text) if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() not in vocabulary().refusal_verbs:
        return None
    act = next((c for c in root.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if act is None:
        return None
    lemma = act.lemma_.lower()
    from bot.answering.terms import stems

    # What the act is done with ("give cash aid"): a sentence giving something else ("yet to receive a reply") is no act of it.
    thing = {s for c in act.children if c.dep_ == "dobj" for w in c.subtree if w.pos_ in ("NOUN", "PROPN") for s in stems(w.text)}
    # ("refused to pay for a cleanup": what it is paid for, written "clean-up" as often; not "the letters had been received")
    paid_for = [] if thing else [w.lower_ for c in act.children if c.dep_ == "prep" and c.lower_ == "for"
                                 for w in c.children if w.dep_ == "pobj" and w.pos_ == "NOUN"]
    for c in own:
        if thing and not thing & c.terms:
            continue
        if paid_for and not any(w in re.sub(r"[\s\-]", "", c.text.lower()) for w in paid_for):
            continue
        if happened(c.text, lemma) not in ("yes", "future") or _refused_in(c.text, lemma):
            continue
        if not c.text.rstrip(" \"'”’").endswith("?"):
            return [c]
        # An interviewer's question: what follows it is the answer.
        reply = sorted((o for o in own if o.chunk.chunk.article_id == c.chunk.chunk.article_id
                        and o.chunk.chunk.paragraph == c.chunk.chunk.paragraph + 1), key=lambda o: o.span.start)
        if reply:
            return reply[:2]
    return None


def done_in_article(q, article_id: str, corpus) -> list[Candidate] | None:
    """`done_after_all` over every sentence of the asked article that has a word of the act or of a
    phrase that names it in other words ("sorry" for "apologise"): the line that tells it is often
    not retrieved, sharing no word with the question."""
    from bot.answering.candidates import candidate_at
    from bot.answering.predicate import parse_question
    from index.models import ScoredChunk

    root = next((t for t in parse_question(q.text) if t.dep_ == "ROOT"), None)
    act = next((c for c in root.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None) \
        if root is not None and root.lemma_.lower() in vocabulary().refusal_verbs else None
    if act is None:
        return None
    lemma = act.lemma_.lower()
    words = {lemma[:max(4, len(lemma) - 2)]} | {p.split()[-1] for p in vocabulary().event_phrases.get(lemma, ())}
    cue = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(words))) + r")", re.I)
    sentences = [candidate_at(ScoredChunk(chunk, 0.0), 1, span) for chunk in corpus.chunks_of(article_id)
                 if cue.search(chunk.text) for span in chunk.sentences]
    return done_after_all(q, [c for c in sentences if cue.search(c.text)])


def _refused_in(sentence: str, lemma: str) -> bool:
    """"The union refused to sign the deal": the act is named only as refused."""
    from bot.answering.predicate import _parse

    refusals = vocabulary().refusal_verbs
    return any(t.lemma_.lower() == lemma and t.head.lemma_.lower() in refusals for t in _parse(sentence))


def opposite_premise(q, candidates: list[Candidate]) -> list[Candidate] | None:
    """"What deal did the drivers reject?" where the article never says they rejected anything and
    says they voted to accept the offer: the sentence with the opposite act, as the correction. So
    for "why did the assembly back the plan" where it "voted 15-6 to oppose" it."""
    if q.kind not in ("what", "how-many", "why") or not candidates:
        return None
    lemma, _ = _act(q)
    if not lemma or lemma not in vocabulary().opposite_acts:
        return None
    from bot.answering.predicate import names_event

    best = max(candidates, key=lambda c: c.score)
    own = sorted((c for c in candidates if c.chunk.chunk.article_id == best.chunk.chunk.article_id), key=lambda c: -c.score)
    if any(names_event(c.text, lemma) for c in own):
        return None  # the act is told somewhere: the usual answer
    if any(_told_in_other_words(q, lemma, c) for c in own[:12]):
        return None  # "what did the firm blame for the delay" / "the delay was caused by ...": told, not denied
    if q.kind == "how-many" and q.counted:
        from bot.answering.counting import number_before

        if number_before(best.text, q.counted):
            return None  # "cutting 12 hours of opening a week" counts what "lose" asks, in other words
    found = opposite_done(q, own[:12])
    return [found] if found is not None else None


def _told_in_other_words(q, lemma: str, c: Candidate) -> bool:
    """The sentence tells the act by another wording (index/vocabulary.yaml `acts_told_by`: a blame told
    as a cause, "was caused by"; or another phrase of the act's `paraphrases` group, "attributed ... to")."""
    from bot.answering.paraphrase import paraphrased
    from bot.answering.terms import stems

    words = vocabulary().acts_told_by.get(lemma, ())
    if any(re.search(rf"\b{re.escape(w)}\b", c.text, re.I) for w in words):
        return True
    act = set(stems(lemma))
    return any(act & set(p.terms) and paraphrased(p, c.text, c.terms) for p in q.paraphrases)


def only_a_detail_unknown(q, missing: list[str]) -> bool:
    """"Why did the company close its pit in Limpopo?" where no article names Limpopo: the names no
    article mentions are details of the premise (in its objects or phrases), not who did it, so the
    premise is what is wrong and the answer corrects it with what the articles report. A why-question
    about someone the articles never name ("why did X resign") is not answered so."""
    if q.kind != "why" or not missing or len(missing) >= len(q.names):
        return False
    from bot.answering.predicate import parse_question
    from bot.answering.terms import stems

    doc = parse_question(q.text)
    subject = {s for t in doc if t.dep_ in ("nsubj", "nsubjpass") for w in t.subtree for s in stems(w.text)}
    return not subject & set(missing)
