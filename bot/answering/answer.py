"""answer(question, history, deps) -> Answer: the one path every front-end and eval takes
(through the facade, bot/service.py, which hands in `deps`)."""

from __future__ import annotations

import logging
from contextlib import nullcontext
from dataclasses import replace
from collections.abc import Callable, Sequence

from bot.answering.answerers import covers_question, extractive_answerer, ledger_answerer, premise_answerer, signed_answerer, thread_answerer  # noqa: F401 (re-export)
from bot.answering.deps import Deps
from bot.answering.authors import author_hop
from bot.answering.hop_clause import counted_in_bridge
from bot.answering.hops import resolve_hop, with_bridge
from bot.answering.kin_hops import kin_hop
from bot.answering.body_in_full import with_body_in_full
from bot.answering.namesakes import namesake_hop
from bot.answering.pipeline import evidence_for, question_of
from bot.answering.parse_ahead import parse_ahead
from bot.answering.plain_question import plain
from bot.answering.terse_question import asked
from bot.answering.typed_question import as_typed
from index import safety_net
from index.errors import LLMError, WhosaidError
from index.models import Answer, Citation, Turn

log = logging.getLogger(__name__)

def answer(question: str, history: Sequence[Turn], deps: Deps, on_token: Callable[[str], None] | None = None) -> Answer:
    # The ledger's tables are looked up several times an answer; whether another process changed the
    # database is asked once, here (index/pinned_ledger.py).
    ledger = deps.corpus.ledger() if hasattr(deps.corpus, "ledger") else None
    with ledger.pinned() if hasattr(ledger, "pinned") else nullcontext():
        try:
            return _answer(question, history, deps, on_token)
        except WhosaidError:
            raise  # said to the user as it is (a bad question, a dead model endpoint, a busy index)
        except Exception as err:
            if safety_net.STRICT:
                raise
            # Hundreds of readers and checks run per answer; one of them failing on an odd question
            # or passage must cost that question its refinements, not the answer (nor an eval run).
            log.warning("answering failed in a reader (%s); answered again by retrieval and the plain "
                        "extractive answerer", type(err).__name__)
            log.debug("the failure", exc_info=True)
            return _plain_answer(question, deps)


def _plain_answer(question: str, deps: Deps) -> Answer:
    """The question answered from its own words only (no follow-up rewriting, hops, ledger or
    premise checks); if even that fails, declined with the passages closest to it."""
    corpus = deps.corpus
    try:
        q = question_of(question, corpus)
        evidence = evidence_for(q, lambda: corpus.retrieve(question, deps.settings.answering.top_k), corpus)
        return _finish(extractive_answerer(q, evidence), question, question, corpus)
    except WhosaidError:
        raise
    except Exception as err:
        log.warning("the plain answerer failed too (%s); declining", type(err).__name__)
        log.debug("the failure", exc_info=True)
    try:
        passages = corpus.retrieve(question, deps.settings.answering.top_k)
    except WhosaidError:
        raise
    except Exception:
        passages = []
    related = [Citation(i + 1, sc.chunk.article_id, sc.chunk.start, sc.chunk.end, sc.chunk.text, sc.chunk.id, sc.chunk.paragraph)
               for i, sc in enumerate(passages[:3])]
    return Answer(question=question, text=COULD_NOT_ANSWER, abstained=True, related=related, retrieved=list(passages))


COULD_NOT_ANSWER = ("I could not compose an answer to that question: whosaid hit an internal error (logged; run "
                    "with -v for details). The passages closest to it are listed; try asking it another way.")


def _answer(question: str, history: Sequence[Turn], deps: Deps, on_token: Callable[[str], None] | None) -> Answer:
    settings = deps.settings
    corpus = deps.corpus
    model = deps.chat_model()
    # "Tell me who ...", "What number of ...": the question in the plain form the parser reads;
    # typing slips ("goverment", "pls", lower-case names) mended and a keyword query put as a question.
    standalone = _standalone(asked(plain(as_typed(question, corpus))), history, model)
    # The model embeds the question on a worker thread while this one parses it (below): a new
    # question's two largest costs before retrieval, side by side (index/question_vectors.py).
    corpus.embed_question_ahead(standalone)
    # "What did the official who urged talks say ...": name the official first, then answer.
    # ("the man who shares a surname with X" is a namesake's description before any act's: tried first)
    hop = namesake_hop(standalone, corpus) or resolve_hop(standalone, corpus) \
        or kin_hop(standalone, corpus) or author_hop(standalone, corpus)  # "according to the lead judgment"
    if hop is not None and (second := namesake_hop(hop.question, corpus)) is not None:
        hop = second  # "the engineer with the same surname as the farmer who lost crops": the farmer named, then his namesake
    if hop is not None:
        standalone = hop.question
    q = question_of(standalone, corpus)
    # Retrieved when an answerer first reads the passages: the ledger's answerers, which mostly do
    # not, run while the question is still being embedded.
    evidence = evidence_for(q, lambda: corpus.retrieve(standalone, settings.answering.top_k), corpus)
    from_ledger = premise_answerer(q, evidence) or signed_answerer(q, evidence) or thread_answerer(q, evidence) \
        or ledger_answerer(q, evidence)
    if model is not None:
        result = _model_answer(deps, q, evidence, standalone, evidence.passages, from_ledger, on_token)
    elif from_ledger is not None:
        result = from_ledger
    else:
        # The extractive answerer's checks read the question's parse: made now, while the question's
        # vector and nearest passages are still being computed on the worker thread (with the
        # sentences its checks will likely parse after retrieval, in the same run).
        parse_ahead(standalone, q, corpus, settings.answering.top_k)
        result = extractive_answerer(q, evidence)
        if hop is not None and result.abstained:
            result = counted_in_bridge(q, hop, corpus) or result  # "Cllr X, who represents the area, had 200 complaints"
    if hop is not None:
        result = with_bridge(result, hop)
    result = with_body_in_full(result, q.asks, corpus, standalone)  # "the trust's scientist": which trust
    return _finish(result, question, standalone, corpus)


def _model_answer(deps, q, evidence, question: str, passages, from_ledger: Answer | None, on_token) -> Answer:
    """With a model configured it writes the answer from the passages and the ledger's statements;
    the ledger's answer (else the extractive one) is the labelled fallback."""
    from bot.llm.answer import answer_with_model

    fallback = lambda: extractive_answerer(q, evidence)  # noqa: E731
    return answer_with_model(deps, question, passages, from_ledger, fallback, on_token)


def _finish(result: Answer, question: str, standalone: str, corpus=None) -> Answer:
    result.question = question
    if corpus is not None:
        result.citations = [_locate(c, corpus) for c in result.citations]
    if standalone != question:
        result.standalone_question = standalone
    return result


def _locate(citation: Citation, corpus) -> Citation:
    """Fill in the chunk and paragraph of a citation that only knows its offsets."""
    if citation.paragraph is not None and citation.chunk_id is not None:
        return citation
    for chunk in corpus.chunks_of(citation.article_id):
        if chunk.start <= citation.start < chunk.end:
            return replace(citation, chunk_id=chunk.id, paragraph=chunk.paragraph)
    return citation


def _standalone(question: str, history: Sequence[Turn], model) -> str:
    if not history:
        return question
    from bot.answering.followup import rewrite_followup

    try:
        return rewrite_followup(question, history, model)
    except LLMError as err:
        log.warning("could not rewrite the follow-up with the LLM: %s", err)
        return rewrite_followup(question, history, None)
