"""Check every sentence of a model's answer against the passages it cites.

A sentence survives only if it cites at least one passage that exists (`[n]` with
1 <= n <= len(passages)) and what it says is found there:

  * lexical: at least LEX_MIN of its content words (stemmed, after `normalize`) occur in the
    cited passages, and every number and every name it uses occurs in them or in the text
    just before them (the paragraph that says who "he" is);
  * semantic: its embedding is at least COS_MIN cosine-similar to a cited passage or to one
    of that passage's sentences;
  * polarity: it does not drop (or add) a negation of what the passage says.

Citations that point at nothing, or at a passage that contributes nothing to the sentence,
are removed; sentences left with none are dropped. What remains is rendered with its
citations at the end: `Varnholt said no tariff is planned [2].`

Thresholds, measured on tests/data/verify_claims.jsonl (72 claims written against seed
paragraphs, scored against that paragraph with the paragraph before it as context: 37 faithful
paraphrases; 33 unsupported: 14 invented on the same topic, 12 true but cited to the wrong
paragraph, 4 wrong numbers or dates, 3 wrong speakers; plus 2 negation flips), int8 MiniLM:

    content-word recall   supported: min 0.77, median 1.00   unsupported: median 0.38, max 0.89
    cosine (best)         supported: min 0.70, median 0.83   unsupported: median 0.49, max 0.91
    the unsupported claims above 0.7 recall are wrong numbers and speakers: the name/number
    check drops all 6; the invented ones reach at most 0.67 recall (and 0.66 cosine).
    LEX_MIN=0.7, COS_MIN=0.6: 37/37 supported kept, 35/35 unsupported dropped.

LEX_MIN sits between the best invented claim (0.67) and the worst paraphrase (0.77); COS_MIN
is a second guard set below the worst paraphrase (0.70) to leave room for looser wording.

Negation: word overlap and MiniLM cosine cannot see a dropped "no" ("Varnholt said there would
be checkpoints" scores recall 1.00, cosine 0.84), so a polarity check compares the words
governed by a negation ("would not be checkpoints") in the claim and in the best-matching
passage sentence; it catches both flips in the set and drops no paraphrase there. It is a
heuristic (a two-word window), and the set is small and written by the author of the rules:
treat these numbers as a sanity check, not an estimate of precision on real model output.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from bot.llm import claim_words as lex
from bot.llm.sentences import CITATION, cited_numbers, clean_body, render, split_sentences
from index.models import Chunk, ScoredChunk

LEX_MIN = 0.7  # share of the claim's content words found in the cited passages
COS_MIN = 0.6  # cosine between the claim and the best cited passage or passage sentence
LEX_CONTRIB = 0.5  # a further citation stays only if its passage alone holds this share (and COS_MIN)



@dataclass(frozen=True)
class Claim:
    """One kept sentence: its words without citation marks, and the passage numbers it cites."""

    body: str
    cites: tuple[int, ...]


@dataclass(frozen=True)
class Checked:
    """The verdict on one sentence."""

    sentence: str  # as the model wrote it
    claim: Claim | None  # None when dropped
    reason: str = ""  # why it was dropped
    recall: float = 0.0
    cosine: float = 0.0


@dataclass(frozen=True)
class Verified:
    """The answer after verification; `citations_used` are passage numbers in order of first use."""

    text: str
    citations_used: list[int]
    dropped: list[str]
    claims: list[Claim] = field(default_factory=list)
    cannot_answer: bool = False


def verify(
    text: str,
    passages: Sequence[str | Chunk | ScoredChunk],
    embedder=None,
    contexts: Sequence[str] | None = None,
) -> Verified:
    """Keep the sentences of `text` that its cited passages support; see the module docstring."""
    from bot.llm.prompts import is_cannot_answer

    if is_cannot_answer(text):
        return Verified("", [], [], [], cannot_answer=True)
    verifier = Verifier(passages, embedder, contexts)
    claims, dropped = [], []
    for sentence in split_sentences(text):
        checked = verifier.check(sentence)
        if checked.claim is None:
            dropped.append(sentence)
        else:
            claims.append(checked.claim)
    used: list[int] = []
    for claim in claims:
        used.extend(n for n in claim.cites if n not in used)
    return Verified(" ".join(render(c.body, c.cites) for c in claims), used, dropped, claims)


class Verifier:
    """Checks sentences one at a time (so a stream can be verified as it arrives)."""

    def __init__(self, passages, embedder=None, contexts: Sequence[str] | None = None):
        self.texts = [_passage_text(p) for p in passages]
        self.sentences = [_passage_sentences(p) for p in passages]
        self.embedder = embedder
        self._stems = [lex.stems(t) for t in self.texts]
        scopes = [(c or "") + "\n" + t for c, t in zip(contexts or [""] * len(self.texts), self.texts)]
        self._scope_tokens = [lex.scope_tokens(s) for s in scopes]
        self._vectors: list[np.ndarray] | None = None
        self._claim_vectors: dict[str, np.ndarray] = {}

    def check(self, sentence: str) -> Checked:
        numbers = [int(n) for n in cited_numbers(sentence)]
        body = clean_body(CITATION.sub(" ", sentence))
        valid = tuple(dict.fromkeys(n for n in numbers if 1 <= n <= len(self.texts)))
        if not lex.content_stems(body):
            return Checked(sentence, None, "no content")
        if not valid:
            return Checked(sentence, None, "no valid citation" if numbers else "no citation")
        idx = [n - 1 for n in valid]
        missing = [t for t in lex.names_and_numbers(body) if not any(lex.found(t, self._scope_tokens[i]) for i in idx)]
        content = lex.content_stems(body)
        per = {i: lex.recall(content, self._stems[i], self._scope_tokens[i]) for i in idx}
        union = lex.recall(content, set().union(*(self._stems[i] for i in idx)), set().union(*(self._scope_tokens[i] for i in idx)))
        cos = self._cosines(body, idx)
        best_cos = max(cos.values()) if cos else 1.0
        if missing:
            return Checked(sentence, None, f"not in the cited passage: {', '.join(missing)}", union, best_cos)
        if union < LEX_MIN or best_cos < COS_MIN:
            return Checked(sentence, None, "not supported by the cited passage", union, best_cos)
        best = max(idx, key=lambda i: (per[i], cos.get(i, 0.0)))
        start, end, _ = self._best_span(body, best + 1)
        if lex.polarity_differs(body, self.texts[best][start:end]):
            return Checked(sentence, None, "negation differs from the cited passage", union, best_cos)
        kept = tuple(i + 1 for i in idx if i == best or (per[i] >= LEX_CONTRIB and cos.get(i, 1.0) >= COS_MIN))
        return Checked(sentence, Claim(body, kept), "", union, best_cos)

    def scores(self, claim: str, n: int) -> tuple[float, float]:
        """(content-word recall, best cosine) of `claim` against passage `n` alone (1-based)."""
        content = lex.content_stems(claim)
        cos = self._cosines(claim, [n - 1])
        return lex.recall(content, self._stems[n - 1], self._scope_tokens[n - 1]), cos.get(n - 1, 1.0)

    def best_sentence(self, claim: str, n: int) -> tuple[int, int] | None:
        """The (start, end) within passage `n`'s text of the sentence that best supports `claim`.

        None when the passage is one sentence, or the claim draws on several of them.
        """
        if len(self.sentences[n - 1]) < 2:
            return None
        start, end, recall = self._best_span(claim, n)
        whole = lex.recall(lex.content_stems(claim), self._stems[n - 1], set())
        return (start, end) if recall >= 0.8 * whole else None

    def _best_span(self, claim: str, n: int) -> tuple[int, int, float]:
        """The passage sentence with the best mean of recall and cosine, and its recall."""
        sentences = self.sentences[n - 1]
        if len(sentences) < 2:
            return 0, len(self.texts[n - 1]), lex.recall(lex.content_stems(claim), self._stems[n - 1], set())
        content = lex.content_stems(claim)
        vector = self._claim_vector(claim) if self.embedder is not None else None
        best = (0, len(self.texts[n - 1]), 0.0)
        best_score = -1.0
        for j, (start, end) in enumerate(sentences):
            recall = lex.recall(content, lex.stems(self.texts[n - 1][start:end]), set())
            score = recall
            if vector is not None:
                score = (recall + float(self._passage_vectors()[n - 1][1 + j] @ vector)) / 2
            if score > best_score:
                best, best_score = (start, end, recall), score
        return best

    # -- embeddings --------------------------------------------------------------
    def _cosines(self, claim: str, idx: list[int]) -> dict[int, float]:
        if self.embedder is None:
            return {}
        vector = self._claim_vector(claim)
        vectors = self._passage_vectors()
        return {i: float(np.max(vectors[i] @ vector)) for i in idx}

    def _claim_vector(self, claim: str) -> np.ndarray:
        if claim not in self._claim_vectors:
            self._claim_vectors[claim] = self._embed([claim])[0]
        return self._claim_vectors[claim]

    def _passage_vectors(self) -> list[np.ndarray]:
        """Per passage: row 0 the whole passage, then one row per sentence."""
        if self._vectors is None:
            flat, owners = [], []
            for i, text in enumerate(self.texts):
                pieces = [text] + ([text[s:e] for s, e in self.sentences[i]] if len(self.sentences[i]) > 1 else [])
                flat.extend(pieces)
                owners.append(len(pieces))
            matrix = self._embed(flat) if flat else np.zeros((0, 1), dtype=np.float32)
            self._vectors, at = [], 0
            for count in owners:
                self._vectors.append(matrix[at : at + count])
                at += count
        return self._vectors

    def _embed(self, texts: list[str]) -> np.ndarray:
        if hasattr(self.embedder, "embed"):
            return np.asarray(self.embedder.embed(texts), dtype=np.float32)
        matrix = np.asarray(self.embedder.get_text_embedding_batch(texts), dtype=np.float32)
        return matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)


# -- passages ------------------------------------------------------------------------
def _passage_text(p) -> str:
    if isinstance(p, ScoredChunk):
        p = p.chunk
    return p.text if isinstance(p, Chunk) else str(p)


def _passage_sentences(p) -> list[tuple[int, int]]:
    """Sentence spans relative to the passage text: the chunk's own, or split here."""
    if isinstance(p, ScoredChunk):
        p = p.chunk
    if isinstance(p, Chunk):
        spans = [(s.start - p.start, s.end - p.start) for s in p.sentences]
        return [(s, e) for s, e in spans if 0 <= s < e <= len(p.text)] or [(0, len(p.text))]
    text = str(p)
    from index.chunking import sentence_spans

    return [(s.start, s.end) for s in sentence_spans(text)]
