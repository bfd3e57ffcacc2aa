"""Reading an article file: decoding, front matter, and cleaning into body paragraphs.

Cleaning never rewrites text: it decides which spans of the original are body paragraphs
and what metadata the text itself states (title, outlet, dateline date). Quirks handled
in general: a repeated title line, no title at all, subheadings inside the body, a
dateline glued to the lede, "Source: ..." credit lines, trailing site boilerplate.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import yaml

from index.errors import ArticleError
from index.models import Article, Span
from index.textnorm import fold, normalize

MAX_ARTICLE_BYTES = 5_000_000
ARTICLE_SUFFIXES = {".txt", ".md"}

_TERMINAL = re.compile(r"[.!?…:;\"'”’»)\]]\s*$")
_CREDIT = re.compile(
    r"^\s*(source|sources|via|credit|credits|photo|image|reporting by|written by|editing by|"
    r"originally published( at| on| in)?|read more( at)?|first published( at| on)?)\s*[:：]\s*(?P<value>.+)$",
    re.I,
)
_BOILERPLATE = re.compile(
    r"(back to top|all rights reserved|©|\(c\) \d{4}|copyright|point of view of the site|"
    r"transmit this news automatically|not from a human editor|subscribe|newsletter|follow us|"
    r"share (this|on)|cookie|privacy policy|terms of (use|service)|advertisement|sign up|"
    r"related (news|articles|stories)|read also|click here|download (our|the) app)",
    re.I,
)
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december"]
    )
}
_MONTH_RE = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "MOSCOW, December 29. /TASS/. ", "WASHINGTON (Reuters) - ", "BAKU, Jan. 5 (AP) — "
_AGENCY = r"(?:/(?P<agency1>[A-Za-z][A-Za-z\- ]{1,20})/\.?|\((?P<agency2>[A-Za-z][A-Za-z\- ]{1,20})\))"
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\- ]{1,40}?)"
    r"(?:,\s*(?P<date>" + _MONTH_RE + r"\s+\d{1,2}(?:,\s*\d{4})?)\.?\s*" + _AGENCY + r"?|\s*" + _AGENCY.replace("agency1", "agency3").replace("agency2", "agency4") + r")"
    r"\s*(?:[-–—:]\s*)?"
)


@dataclass(frozen=True)
class RawArticle:
    """A file's decoded text and its front matter, before cleaning."""

    text: str
    front: dict
    path: Path | None


def read_article_file(path: Path) -> RawArticle:
    """Decode a .txt/.md file and split off YAML front matter, or raise ArticleError."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ArticleError(f"Cannot read {path}: {err.strerror or err}. Check the path and its permissions.")
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"{path} is {len(data) // 1_000_000} MB; articles are limited to 5 MB. Split it.")
    if b"\x00" in data[:8192]:
        raise ArticleError(f"{path} looks like a binary file, not a text article. Save it as UTF-8 text.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ArticleError(f"{path} is not UTF-8 text. Re-save it as UTF-8 and ingest it again.")
    return parse_front_matter(text, path)


def parse_front_matter(text: str, path: Path | None = None) -> RawArticle:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    front: dict = {}
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end != -1 and text[end + 4 : end + 5] in ("\n", ""):
            try:
                loaded = yaml.safe_load(text[4:end])
            except yaml.YAMLError as err:
                raise ArticleError(f"{path or 'article'}: the YAML front matter is malformed ({err}). Fix or remove it.")
            if loaded is not None and not isinstance(loaded, dict):
                raise ArticleError(f"{path or 'article'}: the front matter must be 'key: value' lines.")
            front = loaded or {}
            text = text[end + 5 :]
    if not text.strip():
        raise ArticleError(f"{path or 'article'} has no text. Nothing to ingest.")
    return RawArticle(text=text, front=front, path=path)


def _lines(text: str) -> list[Span]:
    """Non-empty lines as spans, leading/trailing whitespace trimmed."""
    spans, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append(Span(pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    return spans


def _blocks(text: str) -> list[Span]:
    """Paragraph spans: a line is a paragraph, except hard-wrapped lines, which are joined."""
    out: list[Span] = []
    pos = 0
    for block in re.split(r"(\n\s*\n)", text):
        if block.strip() and not re.fullmatch(r"\n\s*\n", block):
            lines = [Span(s.start + pos, s.end + pos) for s in _lines(block)]
            wrapped = len(lines) > 2 and sum(
                not _TERMINAL.search(text[s.start : s.end]) for s in lines[:-1]
            ) > len(lines[:-1]) / 2
            out.extend([Span(lines[0].start, lines[-1].end)] if wrapped else lines)
        pos += len(block)
    return out


def _is_heading(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 16 and len(line) <= 140 and not _TERMINAL.search(line.rstrip("#*_ "))


def _parse_date(value) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ArticleError(f"published: {value!r} is not a date; write it as YYYY-MM-DD.")


def _dateline_date(raw: str, year: int | None) -> date | None:
    m = re.match(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:,\s*(\d{4}))?", raw)
    if not m:
        return None
    month = next((v for k, v in _MONTHS.items() if k.startswith(m.group(1).lower()[:3])), None)
    y = int(m.group(3)) if m.group(3) else year
    if month is None or y is None:
        return None
    try:
        return date(y, month, int(m.group(2)))
    except ValueError:
        return None


def clean(raw: RawArticle, article_id: str, meta: dict | None = None) -> Article:
    """Body paragraphs and metadata; `meta` (manifest) is overridden by front matter."""
    text = raw.text
    info = {**(meta or {}), **{k: v for k, v in raw.front.items() if v is not None}}
    lines = _blocks(text)
    if not lines:
        raise ArticleError(f"{article_id} has no text. Nothing to ingest.")
    title = info.get("title")
    outlet = info.get("outlet")
    published = _parse_date(info.get("published"))
    confidence = info.get("date_confidence") or ("stated" if published else "unknown")

    body: list[Span] = []
    subheadings: list[Span] = []
    first = text[lines[0].start : lines[0].end]
    heading_title = None
    if len(lines) > 1 and _is_heading(first):
        heading_title = first.strip("#*_ ").strip()
        lines = lines[1:]
    seen_title = normalize(heading_title or title or "")
    # Trailing boilerplate and credits: walk back from the end while lines look like site furniture.
    end = len(lines)
    while end > 1:
        line = text[lines[end - 1].start : lines[end - 1].end]
        credit = _CREDIT.match(line)
        if credit:
            outlet = outlet or credit.group("value").strip().rstrip(".")
        elif not (_BOILERPLATE.search(line) or (len(line.split()) <= 6 and not _TERMINAL.search(line))):
            break
        end -= 1
    for span in lines[:end]:
        line = text[span.start : span.end]
        if seen_title and normalize(line.strip("#*_ ")) == seen_title:
            continue  # a repeated title line
        if _CREDIT.match(line):
            outlet = outlet or _CREDIT.match(line).group("value").strip().rstrip(".")
            continue
        if body and _is_heading(line):
            subheadings.append(span)
            continue
        body.append(span)
    if not body:
        raise ArticleError(f"{article_id} has a title but no article text. Nothing to ingest.")
    # A dateline glued to the lede: keep it out of the paragraph, keep what it tells.
    lede = text[body[0].start : body[0].end]
    m = _DATELINE.match(fold(lede))
    if m:
        agency = next((m.group(g) for g in ("agency1", "agency2", "agency3", "agency4") if m.group(g)), None)
        outlet = outlet or agency
        d = _dateline_date(m.group("date") or "", published.year if published else None)
        if d and not published:
            published, confidence = d, "stated"
        body[0] = Span(body[0].start + m.end(), body[0].end)
    if not title and heading_title:
        title = heading_title
    return Article(
        id=article_id,
        text=text,
        title=title or None,
        outlet=outlet or None,
        published=published,
        date_confidence=confidence if published else "unknown",
        url=info.get("url") or None,
        paragraphs=tuple(body),
        subheadings=tuple(subheadings),
        source_path=str(raw.path) if raw.path else None,
        content_hash=hashlib.sha256(
            (text + repr(sorted((k, str(v)) for k, v in info.items()))).encode("utf-8")
        ).hexdigest(),
    )


def load_article(path: Path, article_id: str | None = None, meta: dict | None = None) -> Article:
    return clean(read_article_file(path), article_id or path.name, meta)


def load_manifest(folder: Path) -> dict[str, dict]:
    """Per-article metadata from `manifest.yaml` in a folder, if there is one."""
    path = folder / "manifest.yaml"
    if not path.is_file():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as err:
        raise ArticleError(f"{path} cannot be read ({err}). Fix or remove it.")
    return {entry["id"]: entry for entry in data.get("articles", []) if isinstance(entry, dict) and "id" in entry}


def find_article_files(paths: list[Path]) -> list[Path]:
    """Every .txt/.md article under the given files and folders, in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                p for p in sorted(path.rglob("*"))
                if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                and p.name.lower() not in ("readme.md", "articles.md") and not p.name.startswith(".")
            )
        elif path.is_file():
            found.append(path)
        else:
            raise ArticleError(f"{path} does not exist. Give a .txt/.md file or a folder of them.")
    return found


def with_id(article: Article, article_id: str) -> Article:
    return replace(article, id=article_id)
