"""The data model every layer speaks: Article -> Chunk -> Statement -> Citation -> Answer.

Offsets (`start`, `end`) are always character offsets into `Article.text`, the article's
file as it is on disk (front matter included, nothing changed), so a citation can always be
shown verbatim and found again by opening the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Span:
    """A half-open character range [start, end) of an article's original text."""

    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """One news article, with what is known of where and when it appeared."""

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    # "stated" (dateline, front matter), "inferred" (from the text), or "unknown".
    date_confidence: str = "unknown"
    url: str | None = None
    # Body paragraphs: front matter, bylines, site furniture, credit lines, repeated titles
    # and subheadings excluded; the lede keeps its dateline (a place named only there stays
    # searchable). Display always slices `text` with these.
    paragraphs: tuple[Span, ...] = ()
    subheadings: tuple[Span, ...] = ()
    source_path: str | None = None
    content_hash: str = ""
    # Month and day when the article states them but no year ("--06-02"), else None.
    published_partial: str | None = None
    # Lines cleaning left out as site furniture or credits, so they can be listed and checked.
    dropped: tuple[Span, ...] = ()

    def slice(self, span: Span) -> str:
        return self.text[span.start : span.end]


@dataclass(frozen=True)
class Chunk:
    """A passage of one paragraph (or part of one), sized to fit the embedder."""

    id: str
    article_id: str
    paragraph: int  # 1-based index into Article.paragraphs
    start: int
    end: int
    text: str
    sentences: tuple[Span, ...]  # absolute offsets, inside [start, end)


@dataclass(frozen=True)
class ScoredChunk:
    """A chunk as retrieval returns it: fused score and the ranks that made it."""

    chunk: Chunk
    score: float
    dense_rank: int | None = None
    sparse_rank: int | None = None
    dense_score: float | None = None  # cosine similarity to the question
    by_meaning_only: bool = False  # read because the embedder ranks it first, though fusion left it out


@dataclass(frozen=True)
class Statement:
    """One attributed statement: who said what, how, and when."""

    id: str
    article_id: str
    speaker: str  # canonical name, e.g. "Anna Varnholt", "the ministry"
    speaker_as_written: str  # "Norway's top diplomat", "she", "Varnholt"
    act: str  # said, claimed, denied, urged, ...
    content: str  # verbatim quote when there is one, else the reported content
    quote_type: str  # direct | indirect | mixed
    start: int  # the statement's span in Article.text
    end: int
    when_text: str | None = None  # the time phrase as written, "on Tuesday"
    when_start: date | None = None  # resolved date (or first day of a range)
    when_end: date | None = None
    where: str | None = None
    source: str = "rules"  # "rules" or "llm"
    # Where the date comes from: "explicit" (the text names the day), "context" (a relative
    # phrase resolved), "publication" (the report's date, no time of its own), "none".
    date_basis: str | None = None
    generic_speaker: bool = False  # an unnamed source, described as written


@dataclass(frozen=True)
class Citation:
    """What `[n]` in an answer points at: a sentence (or span) of an article."""

    n: int
    article_id: str
    start: int
    end: int
    text: str  # Article.text[start:end], verbatim
    chunk_id: str | None = None
    paragraph: int | None = None


@dataclass(frozen=True)
class Source:
    """How a cited article is named under an answer."""

    article_id: str
    outlet: str | None
    published: date | None
    date_confidence: str
    title: str | None


@dataclass
class Answer:
    """What answer() returns to every front-end."""

    question: str
    text: str  # the answer body as the user sees it, every sentence ending in [n]
    citations: list[Citation] = field(default_factory=list)
    abstained: bool = False
    # Passages shown as "related" when abstaining; also what retrieval returned.
    related: list[Citation] = field(default_factory=list)
    retrieved: list[ScoredChunk] = field(default_factory=list)
    standalone_question: str | None = None  # the follow-up rewritten, when it was
    path: str = "extractive"  # extractive | ledger | llm | extractive-fallback
    dropped: list[str] = field(default_factory=list)  # LLM sentences removed by verification
    notice: str | None = None  # e.g. "The language model is unreachable; extractive answer."
    latency_ms: float = 0.0


@dataclass(frozen=True)
class Turn:
    """One exchange of a conversation, as history for follow-ups."""

    question: str
    answer: Answer | None = None
    answer_text: str = ""
