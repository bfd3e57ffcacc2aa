"""A fluent answer from the language model, every sentence verified against what it cites.

The model sees the retrieved passages numbered [1]..[n], and the ledger's statements that match
the question as records [n+1].. (bot.llm.evidence); its answer is split into sentences,
each checked by bot.llm.verify, and only the supported ones reach the user, with citations
renumbered 1..m in order of first use. Each citation points at the sentence of the passage
that best supports the claim (or the whole passage when the claim draws on several); a record's
citation points at the statement's sentence. With a model configured this writes every answer
(`answer_with_model`); the ledger's or the extractive answer is the labelled fallback.

When streaming, the user sees verified sentences as they complete, never raw tokens, so a
citation that points nowhere or a claim the passage does not make is never shown, not even
for a moment.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from bot.answering.deps import Deps
from bot.llm.client import chat_model
from bot.llm.evidence import Evidence, facts, gather, statement_span
from bot.llm.prompts import answer_messages, is_cannot_answer
from bot.answering.sources import format_date, source_label
from bot.llm.sentences import render, split_sentences
from bot.llm.verify import Verifier
from index.errors import LLMError
from index.models import Answer, Article, Chunk, Citation, ScoredChunk

log = logging.getLogger(__name__)

# Every model-written answer says so, and how much verification removed.
LABEL = "Written by the language model ({model}) and checked against the cited passages"
PARTIAL_NOTICE = "The language model stopped before finishing ({error}); the answer may be incomplete."


def answer_with_model(
    deps: Deps,
    question: str,
    passages: list[ScoredChunk],
    ledger_answer: Answer | None,
    fallback: Callable[[], Answer],
    on_token: Callable[[str], None] | None = None,
) -> Answer:
    """The model's verified answer from the passages and the ledger's matching statements; else the
    ledger's answer (or `fallback()`, the extractive one), labelled as the fallback, with the reason."""
    evidence = gather(question, passages, ledger_answer, deps.corpus)
    if not evidence.passages:  # nothing to write from: the model is not asked
        return ledger_answer if ledger_answer is not None else fallback()
    try:
        written, raw, dropped = _write(question, passages, deps, on_token, evidence)
    except LLMError as err:
        log.info("LLM failed, falling back: %s", err)
        return _fallback(ledger_answer, fallback, "The language model could not be used, so this is the {kind}.", (), f" ({err})")
    if written is not None:
        return written
    why = "The language model found no answer in the articles" if is_cannot_answer(raw) else (
        "Nothing the language model wrote could be checked against the articles")
    return _fallback(ledger_answer, fallback, why + ", so this is the {kind}.", dropped)


def _fallback(ledger_answer: Answer | None, fallback: Callable[[], Answer], notice: str, dropped=(), detail="") -> Answer:
    result = ledger_answer if ledger_answer is not None else fallback()
    result.dropped = list(dropped)  # what the model wrote that verification removed
    kind = "ledger" if ledger_answer is not None else "extractive"
    result.path = f"{kind}-fallback"
    result.notice = notice.format(kind="answer from the statement ledger" if ledger_answer is not None else "extractive answer") + detail
    return result


def llm_answer(
    question: str,
    passages: list[ScoredChunk],
    deps: Deps,
    on_token: Callable[[str], None] | None = None,
    evidence: Evidence | None = None,
) -> Answer | None:
    """The verified model answer, or None when nothing it said survives (the caller falls back).

    Raises LLMError when the endpoint fails before any verified sentence was shown.
    `on_token` receives verified text as it completes; the pieces join to `Answer.text`.
    `evidence` adds the ledger's records; without it the model sees the passages alone.
    """
    return _write(question, passages, deps, on_token, evidence)[0]


def _write(question, passages, deps: Deps, on_token, evidence: Evidence | None) -> tuple[Answer | None, str, list[str]]:
    """(the verified answer or None, the model's raw reply, the sentences verification dropped)."""
    if not passages:
        return None, "", []
    if evidence is None:
        evidence = Evidence([p.chunk if isinstance(p, ScoredChunk) else p for p in passages], [])
    chunks = evidence.passages
    articles = {c.article_id: deps.corpus.article(c.article_id) for c in chunks}
    labels = [source_label(articles[c.article_id]) if articles[c.article_id] else None for c in chunks]
    messages = answer_messages(
        question,
        [(c.text, label) for c, label in zip(chunks, labels)],
        deps.settings.llm.prompts_dir,
        [(r.passage, r.statement) for r in evidence.records],
    )
    # A record is checked like its passage, with the record's own fields (the resolved date,
    # the speaker's full name, the place) also counting as what it states; they were read from
    # that passage, so a sentence citing the passage itself may use them too.
    contexts = [_context(c, articles[c.article_id]) for c in chunks]
    for r in evidence.records:
        contexts[r.passage - 1] += "\n" + facts(r)
    record_chunks = [chunks[r.passage - 1] for r in evidence.records]
    record_contexts = [contexts[r.passage - 1] for r in evidence.records]
    verifier = Verifier(chunks + record_chunks, deps.corpus.embedder, contexts + record_contexts)
    builder = _Builder(verifier, evidence, articles, on_token)
    model = chat_model(deps.settings)

    if on_token is None:
        raw = model.complete(messages)
        for sentence in split_sentences(raw):
            builder.add(sentence)
    else:
        raw = ""
        done = 0
        try:
            for piece in model.stream(messages):
                raw += piece
                sentences = split_sentences(raw)
                # The last sentence may still grow (or gain its citation): hold it back.
                for sentence in sentences[done : len(sentences) - 1]:
                    builder.add(sentence)
                done = max(done, len(sentences) - 1)
        except LLMError as err:
            if not builder.parts:
                raise
            log.warning("LLM stream broke after %d verified sentences: %s", len(builder.parts), err)
            notice = PARTIAL_NOTICE.format(error=err)
            return builder.answer(question, passages, model.model, notice=notice), raw, builder.dropped
        for sentence in split_sentences(raw)[done:]:
            builder.add(sentence)

    if not builder.parts:
        if is_cannot_answer(raw):
            log.info("the model found no answer in the passages")
        else:
            log.info("verification left nothing of the model's answer (%d dropped)", len(builder.dropped))
        return None, raw, builder.dropped
    return builder.answer(question, passages, model.model), raw, builder.dropped


class _Builder:
    """Collects verified sentences, numbering citations in order of first use."""

    def __init__(self, verifier: Verifier, evidence: Evidence, articles: dict, on_token):
        self.verifier = verifier
        self.evidence = evidence
        self.articles = articles
        self.on_token = on_token
        self.parts: list[str] = []
        self.dropped: list[str] = []
        self.citations: list[Citation] = []
        self._numbers: dict[tuple[str, int, int], int] = {}

    def add(self, sentence: str) -> None:
        checked = self.verifier.check(sentence)
        if checked.claim is None:
            log.debug("dropped %r: %s", sentence, checked.reason)
            self.dropped.append(sentence)
            return
        numbers: list[int] = []
        for n in checked.claim.cites:
            number = self._cite(n, checked.claim.body)
            if number not in numbers:
                numbers.append(number)
        text = render(checked.claim.body, numbers)
        if self.on_token is not None:
            self.on_token(text if not self.parts else " " + text)
        self.parts.append(text)

    def _cite(self, n: int, claim: str) -> int:
        record = self.evidence.record(n)
        if record is not None:  # a record points at its statement's sentence in its passage
            chunk = self.evidence.passages[record.passage - 1]
            start, end = statement_span(record, chunk)
        else:
            chunk = self.evidence.passages[n - 1]
            span = self.verifier.best_sentence(claim, n)
            start, end = (chunk.start + span[0], chunk.start + span[1]) if span else (chunk.start, chunk.end)
        key = (chunk.id, start, end)
        if key not in self._numbers:
            self._numbers[key] = len(self.citations) + 1
            article = self.articles.get(chunk.article_id)
            text = article.text[start:end] if article is not None else chunk.text[start - chunk.start : end - chunk.start]
            self.citations.append(
                Citation(self._numbers[key], chunk.article_id, start, end, text, chunk.id, chunk.paragraph)
            )
        return self._numbers[key]

    def answer(self, question: str, passages, model_name: str, notice: str | None = None) -> Answer:
        label = LABEL.format(model=model_name)
        if self.dropped:
            k = len(self.dropped)
            label += f"; {k} sentence{'s' if k > 1 else ''} it could not support left out"
        return Answer(
            question=question,
            text=" ".join(self.parts),
            citations=list(self.citations),
            retrieved=list(passages),
            path="llm",
            dropped=list(self.dropped),
            notice=(notice + " " if notice else "") + label + ".",
        )


def _context(chunk: Chunk, article: Article | None) -> str:
    """Where a claim's names and numbers may also come from: the article's outlet, date and
    title, and its text from the start of the previous paragraph up to the passage (who "he" is)."""
    start = chunk.start
    paragraphs = article.paragraphs if article is not None else ()
    if 1 <= chunk.paragraph <= len(paragraphs):
        start = min(start, paragraphs[chunk.paragraph - 1].start)
        if chunk.paragraph >= 2:
            start = min(start, paragraphs[chunk.paragraph - 2].start)
    before = article.text[start : chunk.start] if article is not None else ""
    if article is None:
        return ""
    meta = (article.outlet, format_date(article.published, article.date_confidence), article.title)
    return "\n".join(x for x in (*meta, before) if x)
