"""The question's parse, made while the question is embedded, together with the candidate
sentences its answer will most likely parse after retrieval: one run of the parser instead of two.

A run of the parser costs about 3 ms whatever its size and about half a millisecond more a
sentence (parsing.py). "What did X say about Y?", where the ledger knows no X, parses the
question before retrieval (beside the embedding) and, after it, the sentence naming X beside a
speech word (the silent-speaker check, speech_subjects.py) and the best sentence (the withheld
check, withheld.py): two runs. Both sentences are usually in the best keyword hits, which need no
vector: read from them, they are parsed in the question's run, and the check after retrieval
finds them parsed. A guess only decides what is parsed early, never what a check reads: a wrong
guess costs its half millisecond, beside the embedding; the answer is the same (a parse is the
same alone or in a batch, parsing.py).
"""

from __future__ import annotations

from bot.answering.extractive import LEDE, LEXICAL_WEIGHT, PARAGRAPH_WEIGHT, coverage
from bot.answering.parsing import parse_batch
from bot.answering.predicate import parse_question_ahead
from bot.answering.question import Question
from bot.answering.speech_subjects import beside_speech, speech_forms
from bot.answering.parse_gate import may_hold
from bot.answering.terms import stems
from bot.answering.withheld import may_withhold
from index.sentence_vectors import sentence_text

HITS_READ = 3  # keyword hits whose sentences are read for the guesses (they held 9 in 10 of them on the bench's)


def parse_ahead(question: str, q: Question, corpus, k: int) -> None:
    """Parse `question` now (predicate.parse_question_ahead) when the parser is loaded, with the
    sentences its silent-speaker check likely reads (`likely_sentences`) in the same run."""
    from index.statements import nlp

    if getattr(nlp, "_nlp", None) is None:
        return  # a cold `ask` loads the parser only for a question that needs it
    guesses = likely_sentences(question, q, corpus, k)
    if guesses:
        parse_batch([question, *guesses])
    parse_question_ahead(question)


def likely_sentences(question: str, q: Question, corpus, k: int) -> list[str]:
    """For a question the silent-speaker check reads (asked_speaker.speaker_is_silent: "what / why did
    X", X named, the ledger not knowing X), the sentences of the best keyword hits it likely parses:
    the first naming X's surname beside a speech word, and the best on the question's words when it
    may report a withholding. Nothing for any other question (a few attribute reads)."""
    if not q.speaker_phrase or q.kind not in ("what", "why") or q.role or corpus.sparse is None:
        return []
    ledger = corpus.ledger()
    if ledger is None or ledger.resolve_speaker(q.speaker_phrase) is not None:
        return []
    from index.retrieval import dense_depth

    # The same search as the retrieval's (kept by the index: searched once).
    hits = corpus.sparse.search(question, dense_depth(k))[:HITS_READ]
    chunks = corpus.chunks_by_ids([cid for cid, _ in hits])
    sentences = [sentence_text(chunk, span) for chunk in chunks for span in chunk.sentences]
    surname = q.speaker_phrase.split()[-1].strip("?.,'’s").lower()
    forms = speech_forms()
    # The sentence the check reads first, else those it reads together (speech_subjects.speaks_in_any);
    # tokenized (may_hold, 0.1 ms a sentence) only once the cheaper tests pass.
    named = [s for s in sentences if surname in s.lower()]
    first = next((s for s in named if beside_speech(surname, s) and may_hold(s, forms)), None)
    read = [first] if first is not None else [s for s in named if may_hold(s, forms)][:2]
    if not read:
        return []  # the check parses only when a sentence names X with a speech word: likely none
    # The withheld check parses the best sentence when it may withhold: the best on the question's
    # words as score_candidates weighs them (the embedding's share is not known yet; the topic is
    # looked for in the passage, which holds the sentence).
    idf = corpus.sparse.idf
    weights = {t: idf(t) * (2.5 if t in q.speaker else 1.0) for t in q.terms}
    best, best_score = None, -1.0
    for chunk in chunks:
        paragraph = frozenset(stems(chunk.text))
        # A passage without the topic scores a third ("what did X say about T"); the lede a little less.
        factor = 0.3 if q.topic and coverage(q.topic, paragraph, idf) < 0.5 else 1.0
        for i, span in enumerate(chunk.sentences):
            sentence = sentence_text(chunk, span)
            score = _lexical_score(weights, frozenset(stems(sentence)), paragraph) * factor
            score *= LEDE if chunk.paragraph == 1 and i == 0 else 1.0
            if score > best_score:
                best, best_score = sentence, score
    if best is not None and may_withhold(best):
        read.append(best)
    return list(dict.fromkeys(read))


def _lexical_score(weights: dict[str, float], own: frozenset[str], paragraph: frozenset[str]) -> float:
    """extractive.score_candidates' lexical share of a sentence (its terms `own`, its passage's
    `paragraph`), the question's terms weighed by `weights`: its score without the embedding's."""
    hit = sum(w for t, w in weights.items() if t in own)
    near = sum(w for t, w in weights.items() if t not in own and t in paragraph)
    return LEXICAL_WEIGHT * (hit + PARAGRAPH_WEIGHT * near) / (sum(weights.values()) or 1.0)
