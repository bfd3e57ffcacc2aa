"""Statement ledger quality: precision, recall and date accuracy against hand annotation.

    python -m bench.statements_quality          # seeds and unseen, one table each

Matching rule: a predicted statement matches a gold one when both are in the same article,
name the same canonical speaker (after cross-article spelling unification, as the store
does it), and their spans overlap. The gold span is the sentence(s) containing the gold
`content` (found after textnorm.fold). Pairs are matched one to one, greedily in text
order, preferring the same speech act. Date accuracy counts, over matched pairs whose gold
date is not null, those whose resolved first day (and last day, for a range) are equal.

Annotation conventions (tests/data/gold_statements.jsonl, tests/data/unseen/gold.jsonl):
- one row per speech act with content: a participle clause (", adding that ...") or a
  second verb (", and said ...") is its own statement; a quotation that continues the
  previous speaker's quote without a verb of its own is a statement ("said") of that speaker;
- a coordinated subject ("Aliyev and Bayramov have hinted") gives one row per speaker;
- a statement reported inside another ("Lavrov said that Bayramov had claimed ...") is a row
  of its own; "According to the ministry, Mirzoyan told her ..." is Mirzoyan's only;
- governments spoken for by country, capital or "officials" are the country ("Baku" ->
  Azerbaijan); ministries and offices are their own speakers;
- `date` is the day the statement was made when the text lets a reader resolve it: its own
  time phrase, or the same appearance of the speaker, or the lede's event for its
  participants; perfect/habitual statements ("has denied") and reported ones are null;
  `when_text` is the phrase the date comes from.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.models import Article, Statement  # noqa: E402
from index.statements.extract import extract  # noqa: E402
from index.statements.segment import paragraphs, sentences  # noqa: E402
from index.statements.names import canonical_merge  # noqa: E402
from index.textnorm import fold  # noqa: E402

SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "data" / "gold_statements.jsonl"
UNSEEN = ROOT / "tests" / "data" / "unseen"


@dataclass
class Scores:
    predicted: int
    gold: int
    matched: int
    dated_gold: int
    dated_right: int
    invented_dates: int  # matched pairs: gold undated, prediction dated
    dated_gold_all: int  # gold statements with a date, matched or not
    misses: list
    extras: list

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def date_accuracy(self) -> float:
        return self.dated_right / self.dated_gold if self.dated_gold else 1.0


def read_front_matter(raw: str) -> tuple[dict, str]:
    if raw.startswith("---\n"):
        end = raw.index("\n---\n", 4)
        return yaml.safe_load(raw[4:end]) or {}, raw[end + 5:]
    return {}, raw


def load_seeds() -> list[Article]:
    manifest = {a["id"]: a for a in yaml.safe_load((SEEDS / "manifest.yaml").read_text())["articles"]}
    return [Article(id=p.name, text=p.read_text(encoding="utf-8"), published=manifest[p.name]["published"],
                    date_confidence="stated")
            for p in sorted(SEEDS.glob("*.txt"))]


def load_unseen() -> list[Article]:
    out = []
    for p in sorted(UNSEEN.glob("*.txt")):
        meta, text = read_front_matter(p.read_text(encoding="utf-8"))
        out.append(Article(id=p.name, text=text, published=meta.get("published"),
                           date_confidence="stated" if meta.get("published") else "unknown"))
    return out


def load_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def gold_span(article: Article, content: str) -> tuple[int, int]:
    """The sentence(s) of `article` containing `content`."""
    t = fold(article.text)
    i = t.find(fold(content))
    if i < 0:
        raise ValueError(f"gold content not in {article.id}: {content!r}")
    j = i + len(content)
    for para in paragraphs(article):
        sents = [s for s in sentences(article.text, para) if s.start < j and i < s.end]
        if sents:
            return sents[0].start, sents[-1].end
    return i, j


def unify(statements: list[Statement]) -> list[Statement]:
    """One spelling per person across articles, first seen wins (as `store` does)."""
    known: list[str] = []
    out = []
    for s in statements:
        name = canonical_merge(s.speaker, known)
        if name not in known:
            known.append(name)
        out.append(replace(s, speaker=name) if name != s.speaker else s)
    return out


def score(articles: list[Article], gold: list[dict], verbose_invented: bool = False) -> Scores:
    by_id = {a.id: a for a in articles}
    preds = unify([s for a in articles for s in extract(a)])
    used: set[int] = set()
    matched = dated_gold = dated_right = invented = 0
    misses = []
    for g in gold:
        art = by_id[g["article_id"]]
        gs, ge = gold_span(art, g["content"])
        cands = [k for k, p in enumerate(preds) if k not in used and p.article_id == art.id
                 and p.speaker == g["speaker"] and p.start < ge and gs < p.end]
        if not cands:
            misses.append(g)
            continue
        k = min(cands, key=lambda k: (preds[k].act != g["act"], abs(preds[k].start - gs)))
        used.add(k)
        matched += 1
        p = preds[k]
        if g.get("date"):
            dated_gold += 1
            want_end = date.fromisoformat(g["date_end"]) if g.get("date_end") else None
            if p.when_start == date.fromisoformat(g["date"]) and (want_end is None or p.when_end == want_end):
                dated_right += 1
            else:
                misses.append({**g, "wrong_date": str(p.when_start)})
        elif p.when_start is not None:
            invented += 1
            if verbose_invented:
                misses.append({**g, "invented_date": str(p.when_start)})
    extras = [p for k, p in enumerate(preds) if k not in used]
    dated_all = sum(1 for g in gold if g.get("date"))
    return Scores(len(preds), len(gold), matched, dated_gold, dated_right, invented, dated_all, misses, extras)


def report(name: str, s: Scores, verbose: bool = False) -> str:
    lines = [f"{name:8} statements={s.predicted:3} gold={s.gold:3} matched={s.matched:3} "
             f"P={s.precision:.3f} R={s.recall:.3f} dates={s.dated_right}/{s.dated_gold} "
             f"({s.date_accuracy:.3f}; of all dated gold {s.dated_right}/{s.dated_gold_all}) "
             f"invented_dates={s.invented_dates}"]
    if verbose:
        lines += [f"   miss  {m['article_id'][:3]} {m['speaker']!r} {m['act']} {m['content'][:60]!r}"
                  + (f" wrong date {m['wrong_date']}" if "wrong_date" in m else "")
                  + (f" (matched; gold undated, given {m['invented_date']})" if "invented_date" in m else "")
                  for m in s.misses]
        lines += [f"   extra {p.article_id[:3]} {p.speaker!r} {p.act} {p.content[:60]!r}" for p in s.extras]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    verbose = "-v" in (argv if argv is not None else sys.argv[1:])
    print(report("seeds", score(load_seeds(), load_gold(GOLD), verbose), verbose))
    print(report("unseen", score(load_unseen(), load_gold(UNSEEN / "gold.jsonl"), verbose), verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
