"""Who does it: the person the article describes by the question's deed, as their job.

    Who is negotiating for the employers?   "said Anna Berg, the association's chief negotiator"
    Who led the study?                      "said Dr. Ray Mendel, ... and the study's lead author"
    Who chairs the inquiry?                 "Its chairwoman, retired judge Ines Moll, ..."

A who-question's verb is often the noun of a job in the article ("negotiating" / "negotiator",
"led" / "lead author", "chairs" / "chairwoman"): the sentence that names that person answers it,
though it shares few words with the question, and may lie in a passage retrieval ranked low.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.answering.candidates import Candidate, candidate_at
from bot.answering.people import _LEADER_STEMS, _SAME_JOB, Person
from bot.answering.predicate import parse_question
from bot.answering.terms import stems
from index.models import ScoredChunk
from index.sentence_vectors import sentence_text
from index.vocabulary import vocabulary

_SPEECH = vocabulary().speech_words

AGENT_BONUS = 0.3  # a sentence naming the one person whose job is the deed
OTHERS = 0.8  # ...and a sentence that does not name them answers less
SAME_WORD = 1.0  # the job is the verb's own noun: "negotiator", "lead author"
LEADER_WORD = 0.6  # "heads" / "president": another word for leading
CLEAR = 0.25  # the best person's match must beat the next one's by this much
_PERSON_ENDINGS = frozenset("man woman person er or".split())
_NOT_BODIES = frozenset("a an the its his her their dr mr mrs ms prof in a".split())  # capitalised, but no body
_LIGHT = vocabulary().light_verbs  # no deed of their own (index/vocabulary.yaml)
_SPEAKING_FOR = "spokesperson"  # its job group (index/vocabulary.yaml role_groups) names the others
_VOICE = stems(_SPEAKING_FOR)[0]
_VOICING = frozenset("speak talk".split())  # "spoke for X" is X's spokesperson; "voted for X" is not
_DECIDING = frozenset(t for w in vocabulary().deciding_verbs for t in stems(w)[:1])
_DECIDERS = frozenset(t for w in vocabulary().decider_roles if " " not in w for t in stems(w)) \
    - frozenset(t for w in ("inspector", "commissioner") for t in stems(w))  # (as often a police or council rank)


@lru_cache(maxsize=2048)
def asked_verb(question: str) -> str | None:
    """The stem of a who-question's own verb ("Who is negotiating ..." -> "negoti"), or None for
    "who is X", "who said ...", and questions that are not about a deed."""
    doc = parse_question(question)  # the question's one parse (predicate.py)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB" or root.lemma_.lower() in _LIGHT:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("who", "which", "what")
                                                     or any(g.lower_ in ("which", "what") for g in c.children))
               for c in root.children):
        return None
    if root.lemma_.lower() == "use":  # "who used to captain the ferry": the deed is the verb after "used to"
        root = next((c for c in root.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if root is None:
            return None
    speech = root.lemma_.lower() in _SPEECH or root.lower_ in _SPEECH
    if (speech or root.lemma_.lower() in _VOICING) and any(c.dep_ == "prep" and c.lower_ == "for" for c in root.children):
        return stems(_SPEAKING_FOR)[0]  # "Who spoke for the company": the one whose job is that, its spokesperson
    if speech:
        return None
    found = stems(root.lemma_)
    return found[0] if found else None


def _job_match(verb: str, terms: frozenset[str]) -> float:
    # "negotiator", "lead author", "chairwoman", "commander": the verb's stem, or it with a person's ending.
    if any(t == verb or (t.startswith(verb) and t[len(verb):] in _PERSON_ENDINGS) for t in terms):
        return SAME_WORD
    if verb not in _LEADER_STEMS and terms & _SAME_JOB.get(verb, frozenset()):
        return SAME_WORD  # "captain" / "skippered", "speaks for" / "spokeswoman": another word for the job
    if verb in _LEADER_STEMS and terms & _LEADER_STEMS:
        return LEADER_WORD
    if verb in _DECIDING and terms & _DECIDERS:
        return SAME_WORD  # "who decided the complaint": the ombudsman who signed the decision
    return 0.0


def described_agent(q, people: dict[str, tuple[Person, ...]], idf, article_terms=None,
                    paragraphs=None) -> tuple[str, Person] | None:
    """(article id, person) of the one person whose description makes the question's verb their
    job, best by the share of the question's other words in the description too. Only articles
    that name what the question names ("at the Mjölby factory") are looked in (`article_terms(id)`
    gives an article's stems)."""
    if q.kind != "who" or q.asks != "person":
        return None
    verb = asked_verb(q.text)
    if verb is None:
        return None
    rest = [t for t in q.terms if t != verb]
    total = sum(idf(t) for t in rest) or 1.0
    scored = []
    for article_id, group in people.items():
        if q.names and article_terms is not None and not set(q.names) <= article_terms(article_id):
            continue
        for p in group:
            job = _job_match(verb, p.jobs)
            if job and _deed_of_something_else(verb, p, [t for t in rest if t not in q.names], group):
                continue  # "who runs the propane business" is not the rancher "who runs 300 head of cattle"
            if job:
                share = sum(idf(t) for t in rest if t in p.terms) / total
                if verb == _VOICE and not share and not _body_described(p, rest, paragraphs, article_id):
                    continue  # "who speaks for the owners": not the spokesperson of another body
                scored.append((job, share, article_id, p))
    if any(job == SAME_WORD for job, *_ in scored):
        scored = [x for x in scored if x[0] == SAME_WORD]  # "who chairs": the chairwoman, not another leader
    scored = sorted(((job + share, a, p) for job, share, a, p in scored), key=lambda x: -x[0])
    if not scored or scored[0][0] < SAME_WORD:
        return None
    if len(scored) > 1 and scored[1][0] > scored[0][0] - CLEAR and scored[1][2].name != scored[0][2].name:
        return None
    return scored[0][1], scored[0][2]


def _deed_of_something_else(verb: str, p: Person, objects: list[str], group: tuple[Person, ...]) -> bool:
    """The description tells of the deed as a verb ("who runs about 300 head of cattle") and names
    none of the question's other words, which another person's description does ("who owns X
    Propane"): the same verb, done to another thing, is no job of theirs. (With no one else holding
    them, the words may be the deed's paraphrase: "who recommended the closure" / "shutting".)"""
    if not objects or any(t in p.terms for t in objects):
        return False
    if not any(o is not p and any(t in o.terms for t in objects) for o in group):
        return False
    if any(t.startswith(verb) and t[len(verb):] in _PERSON_ENDINGS for t in p.jobs) or p.jobs & _SAME_JOB.get(verb, frozenset()):
        return False  # "chairwoman", "negotiator": the job's own noun
    return re.search(rf"\bwho\s+(?:\w+ly\s+)?{re.escape(verb)}", p.description.lower()) is not None


def _body_described(p: Person, asked: list[str], paragraphs, article_id: str) -> bool:
    """"A Vireo spokesperson" speaks for "the telecoms firm" when a paragraph writes the body's
    name with the question's words for it ("the telecoms company Vireo Communications")."""
    if paragraphs is None:
        return False
    bodies = {t for w in re.findall(r"\b[A-Z][\w'’\-]*", p.description) if w.rstrip(".").lower() not in _NOT_BODIES
              and w not in p.name.split() for t in stems(re.sub(r"['’]s$", "", w))}
    return bool(bodies) and any(bodies & set(stems(text)) and set(asked) & set(stems(text)) for text in paragraphs(article_id))


def named_in(person: Person, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(person.surname)}(?![\w-])", text) is not None


def _names_them(person: Person, text: str, namesakes: list[Person]) -> bool:
    """`text` names the person: in full, or by the surname when no namesake of the story ("Lency
    Tanito, who is no relation of the doctor") is the one it names in full."""
    if person.name in text:
        return True
    return named_in(person, text) and not any(n.name in text for n in namesakes)


def names(c: Candidate, person: Person) -> bool:
    st = c.statement
    return named_in(person, c.text) or (st is not None and (st.speaker == person.name or person.surname in st.speaker))


def with_agent_sentence(candidates: list[Candidate], agent: tuple[str, Person], corpus, ledger=None) -> None:
    """When no retrieved sentence names the person, the article's first sentence that does comes in;
    when none writes the name (an e-mail's sender, named in a header line only), the first the
    ledger gives them."""
    article_id, person = agent
    namesakes = [p for p in corpus.people([article_id]).get(article_id, ())
                 if p.surname == person.surname and p.name != person.name and p.name != person.surname]
    if any(c.chunk.chunk.article_id == article_id and _names_them(person, c.text, namesakes) for c in candidates):
        return
    rank = max((c.rank for c in candidates), default=0) + 1
    chunks = corpus.chunks_of(article_id)
    for chunk in chunks:
        for span in chunk.sentences:
            if person.name in sentence_text(chunk, span):
                candidates.append(candidate_at(ScoredChunk(chunk, 0.0), rank, span))
                return
    if ledger is None or any(c.chunk.chunk.article_id == article_id and c.statement is not None
                             and c.statement.speaker == person.name for c in candidates):
        return
    said = sorted((st for st in ledger.statements_for_article(article_id) if st.speaker == person.name), key=lambda st: st.start)
    for st in said[:1]:
        for chunk in chunks:
            for span in chunk.sentences:
                if span.start < st.end and st.start < span.end:
                    candidates.append(candidate_at(ScoredChunk(chunk, 0.0), rank, span))
                    return


def weigh_agent(candidates: list[Candidate], agent: tuple[str, Person]) -> None:
    article_id, person = agent
    for c in candidates:
        if c.chunk.chunk.article_id == article_id and names(c, person):
            c.score += AGENT_BONUS
        else:
            c.score *= OTHERS
