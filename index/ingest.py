"""Planning an ingest: which files are new, changed, unchanged, duplicate, unreadable or gone.

Planning reads files and the database but changes nothing; `Corpus.apply` commits a plan.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from index.corpus_db import text_hash
from index.errors import ArticleError
from index.models import Article


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, why)
    chunks_added: int = 0
    chunks_removed: int = 0
    repaired: list[str] = field(default_factory=list)
    # Indexed and searchable, but a reader failed on them: no statements (a bug to report).
    unread: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = [f"{len(self.added)} added", f"{len(self.updated)} updated", f"{len(self.unchanged)} unchanged"]
        if self.removed:
            parts.append(f"{len(self.removed)} removed")
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped")
        if self.unread:
            parts.append(f"{len(self.unread)} without speakers")
        return ", ".join(parts) + f" ({self.chunks_added} passages indexed, {self.chunks_removed} removed)"


@dataclass
class IngestPlan:
    upserts: list[Article] = field(default_factory=list)  # new or changed, ids assigned
    removals: list[str] = field(default_factory=list)  # article ids whose files are gone
    report: IngestReport = field(default_factory=IngestReport)


def _resolved(path: Path) -> str:
    return str(path.resolve())


def plan_ingest(conn: sqlite3.Connection, paths: list[Path]) -> IngestPlan:
    # Imported here: reading articles (cleaning, datelines) is no part of a one-shot `ask`.
    from index.articles import find_article_files, load_article, load_manifest

    plan = IngestPlan()
    files = find_article_files(paths, plan.report.skipped)
    manifests: dict[Path, dict] = {}
    by_path = {row[1]: (row[0], row[2]) for row in conn.execute("SELECT id, source_path, content_hash FROM articles")}
    taken = {row[0]: row[1] for row in conn.execute("SELECT id, source_path FROM articles")}
    # Files that were ingested from these folders before and are gone now.
    folders = [_resolved(p) for p in paths if p.is_dir()]
    present = {_resolved(f) for f in files}
    for source, (article_id, _) in by_path.items():
        if source and source not in present and any(source.startswith(d.rstrip("/") + "/") for d in folders):
            if _gone(source):
                plan.removals.append(article_id)
                plan.report.removed.append(article_id)
    loaded: list[tuple[Article, tuple[str, str] | None]] = []
    for f in files:
        source = _resolved(f)
        folder = f.parent.resolve()
        if folder not in manifests:
            try:
                manifests[folder] = load_manifest(folder)
            except ArticleError as err:
                plan.report.skipped.append((str(folder / "manifest.yaml"), str(err)))
                manifests[folder] = {}
        existing = by_path.get(source)
        article_id = existing[0] if existing else _free_id(f, source, taken)
        try:
            article = load_article(f, article_id, manifests[folder].get(f.name))
        except ArticleError as err:
            plan.report.skipped.append((str(f), str(err)))
            continue
        taken[article_id] = source
        loaded.append((_with_source(article, source), existing))
    # The database's text of an article this plan removes or re-reads is about to go: a file is a
    # duplicate only of text that stays. Articles already indexed keep their place first, so a
    # copy never displaces (or, with its original deleted, hides) the article it copies.
    leaving = set(plan.removals) | {article.id for article, existing in loaded if existing}
    seen_text: dict[str, str] = {}
    for article, existing in sorted(loaded, key=lambda pair: pair[1] is None):
        th = text_hash(article.text)
        twin = seen_text.get(th) or _same_text(conn, th, leaving | {article.id})
        if twin:
            plan.report.skipped.append(
                (article.source_path, f"same text as article {twin} already in the index; not added twice"))
            continue
        seen_text[th] = article.id
        if existing and existing[1] == article.content_hash:
            plan.report.unchanged.append(article.id)
            continue
        (plan.report.updated if existing else plan.report.added).append(article.id)
        plan.upserts.append(article)
    return plan


def _gone(source: str) -> bool:
    """The file is not there. A file that cannot be looked at (a folder without permission) may be
    there still: its article is kept."""
    try:
        return not Path(source).exists()
    except OSError:
        return False


def _same_text(conn: sqlite3.Connection, th: str, excluded: set[str]) -> str | None:
    """An indexed article with this text, other than the `excluded` ones."""
    for (article_id,) in conn.execute("SELECT id FROM articles WHERE text_hash = ?", (th,)):
        if article_id not in excluded:
            return article_id
    return None


def _free_id(path: Path, source: str, taken: dict[str, str]) -> str:
    """The file name, unless another file already has it; then name-<hash>.ext."""
    if path.name not in taken:
        return path.name
    digest = hashlib.sha256(source.encode("utf-8")).hexdigest()[:8]
    return f"{path.stem}-{digest}{path.suffix}"


def _with_source(article: Article, source: str) -> Article:
    from dataclasses import replace

    return replace(article, source_path=source)
