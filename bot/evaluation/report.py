"""Reports of a run: the JSON of FORMAT.md, markdown, and rich tables for the terminal."""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.table import Table

from bot.evaluation.runner import Result, Run
from bot.evaluation.scoring import RATIO_METRICS

LABELS = {
    "fact_recall": "fact recall",
    "exact": "exact",
    "citation_precision": "citation precision",
    "citation_recall": "citation recall",
    "abstention_accuracy": "abstention accuracy",
    "hit_at_k": "retrieval hit@k",
    "mrr": "retrieval MRR",
    "latency_p50_ms": "latency p50",
    "latency_p95_ms": "latency p95",
    "n": "questions",
}
SHORT = {
    "fact_recall": "facts", "exact": "exact", "citation_precision": "cit.P",
    "citation_recall": "cit.R", "abstention_accuracy": "abst.", "hit_at_k": "hit@k",
    "mrr": "MRR", "latency_p50_ms": "p50", "latency_p95_ms": "p95",
}
COLUMNS = (*RATIO_METRICS, "latency_p50_ms", "latency_p95_ms")


def fmt(metric: str, value) -> str:
    if value is None:
        return "–"
    if metric == "n":
        return str(value)
    if metric.startswith("latency"):
        return f"{value:,.0f} ms"
    return f"{value:.2f}"


# -- JSON ------------------------------------------------------------------------------
def question_json(r: Result) -> dict:
    q = r.question
    return {
        "id": q.id,
        "kind": q.kind,
        "question": q.question,
        "answer": r.answer,
        "abstained": r.abstained,
        "cited_sources": r.cited_sources,
        "retrieved_sources": r.retrieved_sources,
        "latency_ms": round(r.latency_ms, 1),
        "scores": r.scores.ratios(),
        "facts_found": list(r.scores.facts_found),
        "citations": [
            {"n": c.n, "article_id": c.article_id, "start": c.start, "end": c.end,
             "paragraph": c.paragraph, "text": c.text}
            for c in r.citations
        ],
        "expected": {"answerable": q.answerable, "facts": [list(f) for f in q.expected],
                     "sources": list(q.sources)},
        "path": r.path,
        "error": r.error,
    }


def run_json(run: Run) -> dict:
    """One system's report: FORMAT.md's keys (overall, by_kind, questions) and what it ran with."""
    return {
        "system": run.system,
        "k": run.k,
        "settings": run.settings,
        "overall": run.summary(),
        "by_kind": run.by_kind(),
        "questions": [question_json(r) for r in run.results],
    }


def report_json(run: Run, baseline: Run | None = None, **extra) -> dict:
    """whosaid's figures at the top level (the keys other tools read); the baseline under "baseline"."""
    out = run_json(run)
    out.update(extra)
    if baseline is not None:
        out["baseline"] = run_json(baseline)
    return out


# -- markdown --------------------------------------------------------------------------
def _md_row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |"


def _md_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    return [_md_row(header), _md_row(["---"] * len(header)), *(_md_row(r) for r in rows)]


def overall_rows(run: Run, baseline: Run | None) -> list[list[str]]:
    mine = run.summary()
    theirs = baseline.summary() if baseline else None
    rows = []
    for metric in (*COLUMNS, "n"):
        row = [LABELS[metric], fmt(metric, mine[metric])]
        if theirs is not None:
            row.append(fmt(metric, theirs[metric]))
        rows.append(row)
    return rows


def _kind_rows(run: Run) -> list[list[str]]:
    return [[kind, str(s["n"]), *(fmt(m, s[m]) for m in COLUMNS)] for kind, s in run.by_kind().items()]


def report_markdown(run: Run, baseline: Run | None = None, title: str = "whosaid eval") -> str:
    lines = [f"# {title}", ""]
    mode = run.settings.get("answer_mode", "?")
    lines.append(f"{len(run.results)} questions; answer mode `{mode}`; hit@k and MRR over the top "
                 f"{run.k} passages" + (f" (baseline: top {baseline.k})." if baseline else "."))
    lines += ["", "## Overall", ""]
    header = ["metric", "whosaid"] + (["baseline"] if baseline else [])
    lines += _md_table(header, overall_rows(run, baseline))
    header = ["kind", "n", *(SHORT[m] for m in COLUMNS)]
    for r in (run, baseline):
        if r is None:
            continue
        lines += ["", f"## By kind: {r.system}", ""]
        lines += _md_table(header, _kind_rows(r))
    lines += ["", "## Questions (whosaid)", ""]
    rows = []
    for r in run.results:
        s = r.scores.ratios()
        rows.append([
            r.question.id, r.question.kind, fmt("fact_recall", s["fact_recall"]),
            fmt("citation_precision", s["citation_precision"]), "yes" if r.abstained else "no",
            ", ".join(a.split("_")[0] for a in r.cited_sources) or "–", _clip(r.answer, 160),
        ])
    lines += _md_table(["id", "kind", "facts", "cit.P", "abstained", "cited", "answer"], rows)
    return "\n".join(lines) + "\n"


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


# -- terminal --------------------------------------------------------------------------
def overall_table(run: Run, baseline: Run | None = None) -> Table:
    table = Table(title="whosaid eval: overall", title_justify="left")
    table.add_column("metric")
    table.add_column("whosaid", justify="right", style="bold")
    if baseline:
        table.add_column("baseline", justify="right")
    for row in overall_rows(run, baseline):
        table.add_row(*row)
    return table


def kind_table(run: Run, baseline: Run | None = None) -> Table:
    """Per-kind figures, `kind (n)`; latency is in the reports. With a baseline, a row per system."""
    table = Table(title="by kind", title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1), collapse_padding=True)
    table.add_column("kind (n)", no_wrap=True)
    if baseline:
        table.add_column("system", no_wrap=True)
    for m in RATIO_METRICS:
        table.add_column(SHORT[m], justify="right", no_wrap=True)
    theirs = baseline.by_kind() if baseline else {}
    for kind, s in run.by_kind().items():
        system = [run.system] if baseline else []
        table.add_row(f"{kind} ({s['n']})", *system, *(fmt(m, s[m]) for m in RATIO_METRICS))
        if kind in theirs:
            table.add_row("", baseline.system, *(fmt(m, theirs[kind][m]) for m in RATIO_METRICS), style="dim")
    return table
