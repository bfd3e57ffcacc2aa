"""Telegram HTML for answers, passages and listings, split to fit a message.

Every piece of article or user text goes through `esc`; the only markup is ours (<b>, <i>).
`split_html` cuts at paragraphs, then lines, then sentences, then words, then anywhere, and
never inside a tag, an entity or a citation marker; tags open at a cut are closed and
reopened. Lengths are counted in UTF-16 units on the HTML itself, which is never shorter than
what Telegram counts.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.service import Answer, Article, Citation, Statement, first_words, format_when, source_label

MAX_MESSAGE = 4096
MAX_BUTTONS = 16
BUTTONS_PER_ROW = 8
DRAFT_SUFFIX = " …"

ArticleLookup = Callable[[str], Article | None]


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def to_plain(markup: str) -> str:
    """The text of a rendered message without its markup (the fallback when HTML is refused)."""
    return html.unescape(re.sub(r"<[^>]*>", "", markup))


# -- answers -----------------------------------------------------------------------------
def render_answer(answer: Answer, article: ArticleLookup, limit: int = MAX_MESSAGE) -> list[str]:
    """The answer as HTML messages: notice, body with [n], then a compact sources block."""
    parts = []
    if answer.notice:
        parts.append(f"<i>{esc(answer.notice)}</i>")
    parts.append(esc(answer.text.strip()) or "(no answer)")
    if answer.citations:
        parts.append(_sources_block(answer.citations, article))
    if answer.abstained and answer.related:
        parts.append(_related_block(answer.related, article))
    return split_html("\n\n".join(parts), limit)


def cited(answer: Answer) -> list[Citation]:
    """What [n] can open under this answer: its citations, or the related passages of an abstention."""
    return list(answer.citations) or (list(answer.related) if answer.abstained else [])


def find_citation(answer: Answer, n: int) -> Citation | None:
    return next((c for c in cited(answer) if c.n == n), None)


def source_buttons(answer: Answer) -> InlineKeyboardMarkup | None:
    """One button per cited passage ("src:N"), opening it like /source N."""
    ns = sorted({c.n for c in cited(answer)})[:MAX_BUTTONS]
    if not ns:
        return None
    buttons = [InlineKeyboardButton(f"[{n}]", callback_data=f"src:{n}") for n in ns]
    return InlineKeyboardMarkup([buttons[i : i + BUTTONS_PER_ROW] for i in range(0, len(buttons), BUTTONS_PER_ROW)])


def _sources_block(citations: Sequence[Citation], article: ArticleLookup) -> str:
    by_article: dict[str, list[Citation]] = {}
    for c in sorted(citations, key=lambda c: c.n):
        by_article.setdefault(c.article_id, []).append(c)
    lines = ["<b>Sources</b>"]
    for article_id, group in by_article.items():
        found = article(article_id)
        label = source_label(found) if found else article_id
        markers = "".join(f"[{c.n}]" for c in group)
        paras = sorted({c.paragraph for c in group if c.paragraph})
        where = f", ¶ {', '.join(map(str, paras))}" if paras else ""
        lines.append(f"{markers} {esc(label)}{esc(where)}")
    return "\n".join(lines)


def _related_block(related: Sequence[Citation], article: ArticleLookup) -> str:
    lines = ["<b>Related passages</b>"]
    for c in related:
        found = article(c.article_id)
        label = source_label(found) if found else c.article_id
        lines.append(f"[{c.n}] “{esc(first_words(c.text, 30))}” — {esc(label)}")
    return "\n".join(lines)


# -- passages, the corpus, statements -----------------------------------------------------
def render_passage(view, limit: int = MAX_MESSAGE) -> list[str]:
    """A PassageView: where it is from, the paragraph with the cited span in bold, neighbours."""
    c = view.citation
    para = f", paragraph {c.paragraph}" if c.paragraph else ""
    parts = [f"<b>[{c.n}]</b> {esc(source_label(view.article))}{esc(para)}"]
    if view.previous_paragraph:
        parts.append(f"<i>{esc(view.previous_paragraph.strip())}</i>")
    parts.append(f"{esc(view.before)}<b>{esc(view.cited)}</b>{esc(view.after)}".strip())
    if view.next_paragraph:
        parts.append(f"<i>{esc(view.next_paragraph.strip())}</i>")
    return split_html("\n\n".join(parts), limit)


def render_sources(articles: Sequence[Article], limit: int = MAX_MESSAGE) -> list[str]:
    if not articles:
        return ["The corpus is empty: no articles have been added yet."]
    lines = [f"<b>{len(articles)} article{'s' if len(articles) != 1 else ''} in the corpus</b>"]
    lines += [f"{i}. {esc(source_label(a))}" for i, a in enumerate(articles, 1)]
    return split_html("\n".join(lines), limit)


def statement_listing(
    heading: str, statements: Iterable[Statement], article: ArticleLookup, max_items: int = 40
) -> Answer:
    """Statements as an Answer: one line each, cited [n], so /source N and buttons work on it."""
    items = list(statements)
    lines, citations = [heading], []
    for n, st in enumerate(items[:max_items], 1):
        found = article(st.article_id)
        text = found.text[st.start : st.end] if found else st.content
        paragraph = _paragraph_of(found, st.start) if found else None
        citations.append(Citation(n, st.article_id, st.start, st.end, text, paragraph=paragraph))
        when = _when(st, found)
        content = st.content.strip()
        # Only a direct quote gets quotation marks: reported speech must not look verbatim.
        said = f"“{content}”" if st.quote_type == "direct" else content
        lines.append(f"• {when}: {st.speaker} {st.act}: {said} [{n}]")
    if len(items) > max_items:
        lines.append(f"…and {len(items) - max_items} more.")
    return Answer(question=heading, text="\n".join(lines), citations=citations, path="ledger")


def by_date(statements: Iterable[Statement]) -> list[Statement]:
    """Statements oldest first; undated ones last, in article order."""
    far = date.max
    return sorted(statements, key=lambda s: (s.when_start or far, s.article_id, s.start))


def _when(st: Statement, article: Article | None) -> str:
    return format_when(st, article)


def _paragraph_of(article: Article, offset: int) -> int | None:
    for i, span in enumerate(article.paragraphs, 1):
        if span.start <= offset < span.end:
            return i
    return None


def draft_text(partial: str, limit: int = MAX_MESSAGE) -> str:
    """The plain-text draft of a streaming answer, trimmed to fit one message."""
    room = limit - len(DRAFT_SUFFIX) - 1
    text = partial.strip()
    if _units(text) > room:
        text = text[: room // 2] + "…"  # // 2: safe for any mix of UTF-16 widths
    return text + DRAFT_SUFFIX


# -- splitting ----------------------------------------------------------------------------
_ATOM = re.compile(r"<[^>]*>|&#?\w+;|\[\d+\]|\n\n+|\n|[ \t]+|[^<&\[\s]|.", re.S)
_TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z0-9-]+)")
_MARKER = re.compile(r"\[\d+\]")
_SENTENCE_END = set(".!?…”\"')")
# break priorities: higher is better
HARD, WORD, SENTENCE, LINE, PARAGRAPH = range(5)


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def split_html(markup: str, limit: int = MAX_MESSAGE) -> list[str]:
    """Cut HTML into messages of at most `limit` UTF-16 units, preferring the gentlest cut."""
    if _units(markup) <= limit:
        return [markup] if markup.strip() else []
    atoms = _ATOM.findall(markup)
    chunks: list[str] = []
    pos, stack = 0, []  # stack: the opening tags in force at `pos`, as (name, tag text)
    while pos < len(atoms):
        while pos < len(atoms) and atoms[pos].isspace():
            pos += 1
        if pos >= len(atoms):
            break
        prefix = "".join(tag for _, tag in stack)
        size, cur = _units(prefix), list(stack)
        best: dict[int, tuple[int, list]] = {}
        i = pos
        while i < len(atoms):
            atom = atoms[i]
            nxt = _push(cur, atom)
            closing = sum(len(name) + 3 for name, _ in nxt)
            if size + _units(atom) + closing > limit:
                break
            size += _units(atom)
            cur = nxt
            i += 1
            best[_priority(atoms, i)] = best[HARD] = (i, list(cur))
        if i >= len(atoms):
            end, end_stack = len(atoms), cur
        elif not best:
            raise ValueError(f"limit {limit} is too small for the markup around {atoms[i]!r}")
        else:
            end, end_stack = best[max(best)]
        body = "".join(atoms[pos:end]).rstrip()
        chunks.append(prefix + body + "".join(f"</{name}>" for name, _ in reversed(end_stack)))
        pos, stack = end, end_stack
    return [c for c in chunks if to_plain(c).strip()]


def _push(stack: list, atom: str) -> list:
    """The tag stack after `atom`."""
    if not atom.startswith("<"):
        return stack
    m = _TAG.match(atom)
    if not m:
        return stack
    closing, name = m.group(1), m.group(2).lower()
    if not closing:
        return stack + [(name, atom)]
    for k in range(len(stack) - 1, -1, -1):
        if stack[k][0] == name:
            return stack[:k] + stack[k + 1 :]
    return stack


def _priority(atoms: Sequence[str], i: int) -> int:
    """How good a cut before atoms[i] is (the cut itself is never inside an atom)."""
    if i >= len(atoms):
        return PARAGRAPH
    atom = atoms[i]
    if not atom.isspace():
        return HARD
    if "\n\n" in atom:
        return PARAGRAPH
    if "\n" in atom:
        return LINE
    prev = atoms[i - 1] if i > 0 else ""
    following = next((a for a in atoms[i:] if not a.isspace()), "")
    if _MARKER.fullmatch(following):
        return WORD  # keep "[1] [2]" together with the sentence they end
    if _MARKER.fullmatch(prev) or prev in _SENTENCE_END:
        return SENTENCE
    return WORD
