"""The bench's outputs: a rich table of whosaid / baseline ratios, the targets, a PNG plot."""

from __future__ import annotations

from pathlib import Path

from rich.table import Table

ROWS = [  # label, path into a system's result, unit, format
    ("ingest, without embedding", ("ingest", "seconds"), "s", "{:.1f}"),
    ("ingest, with embedding (est.)", ("ingest", "seconds_with_embedding_est"), "s", "{:.0f}"),
    ("ingest throughput, without embedding", ("ingest", "articles_per_s"), "articles/s", "{:.0f}"),
    ("chunks/s, without embedding", ("ingest", "chunks_per_s"), "chunks/s", "{:.0f}"),
    ("chunks/s, with embedding (est.)", ("ingest", "chunks_per_s_with_embedding"), "chunks/s", "{:.0f}"),
    ("chunks embedded", ("ingest", "texts_embedded"), "", "{:,}"),
    ("embedding speed (sample)", ("embedding", "texts_per_s"), "texts/s", "{:.0f}"),
    ("index on disk", ("ingest", "index_mb"), "MB", "{:.0f}"),
    ("warm p50: answer vs retrieval (interleaved)", ("interleaved", "answer_p50"), "ms", "{:.0f}"),
    ("warm p95: answer vs retrieval (interleaved)", ("interleaved", "answer_p95"), "ms", "{:.0f}"),
    ("warm p50: retrieval alone (interleaved)", ("interleaved", "retrieval_p50"), "ms", "{:.0f}"),
    ("warm p95: retrieval alone (interleaved)", ("interleaved", "retrieval_p95"), "ms", "{:.0f}"),
    ("warm p50, own process", ("query", "p50_ms"), "ms", "{:.0f}"),
    ("cold start to first answer", ("query", "cold_start_s"), "s", "{:.1f}"),
    ("peak RSS, ingest", ("ingest", "peak_rss_mb"), "MB", "{:.0f}"),
    ("peak RSS, queries", ("query", "peak_rss_mb"), "MB", "{:.0f}"),
    ("question's source found", ("query", "found_source"), "", "{:.0%}"),
]


def _derive(size: dict) -> None:
    for system in ("whosaid", "baseline"):
        ingest = size[system]["ingest"]
        ingest["articles_per_s"] = ingest["articles"] / ingest["seconds"]
        ingest["chunks_per_s"] = ingest["chunks"] / ingest["seconds"]
        ingest["chunks_per_s_with_embedding"] = ingest["chunks"] / ingest["seconds_with_embedding_est"]
        size[system]["embedding"] = size["embedding"][system]["sample"]
    inter = size.get("interleaved")
    if inter:
        w, wr, b = inter["whosaid answer"], inter["whosaid retrieval"], inter["baseline retrieval"]
        size["whosaid"]["interleaved"] = {"answer_p50": w["p50_ms"], "answer_p95": w["p95_ms"],
                                          "retrieval_p50": wr["p50_ms"], "retrieval_p95": wr["p95_ms"]}
        size["baseline"]["interleaved"] = {"answer_p50": b["p50_ms"], "answer_p95": b["p95_ms"],
                                           "retrieval_p50": b["p50_ms"], "retrieval_p95": b["p95_ms"]}


def _value(size: dict, system: str, path: tuple) -> float | None:
    node = size[system]
    for key in path:
        node = node.get(key) if isinstance(node, dict) else None
    return node


def print_table(console, results: dict) -> None:
    for size in results["sizes"]:
        _derive(size)
        table = Table(title=f"{size['articles']:,} articles (whosaid chunks: {size['whosaid']['ingest']['chunks']:,}; "
                            f"baseline nodes: {size['baseline']['ingest']['chunks']:,})")
        for col in ("measure", "whosaid", "baseline", "whosaid / baseline"):
            table.add_column(col, justify="left" if col == "measure" else "right")
        for label, path, unit, fmt in ROWS:
            w, b = _value(size, "whosaid", path), _value(size, "baseline", path)
            ratio = f"{w / b:.2f}" if isinstance(w, (int, float)) and isinstance(b, (int, float)) and b else "–"
            show = lambda v: (fmt.format(v) + (f" {unit}" if unit else "")) if v is not None else "–"  # noqa: E731
            table.add_row(label, show(w), show(b), ratio)
        console.print(table)
        w = size["whosaid"]["query"]
        console.print(f"  The baseline's answer is its retrieval (no answerer). whosaid answer paths: {w.get('paths')}")
    console.print(f"[bold]Notes:[/bold] {results['notes']}")
    for line in results.get("targets", []):
        console.print(("[green]met[/green] " if line["met"] else "[red]missed[/red] ") + line["target"] + f" ({line['got']})")


def _p50(size: dict, name: str) -> float:
    inter = size.get("interleaved")
    if inter:
        return inter[name]["p50_ms"]
    return size["baseline" if name.startswith("baseline") else "whosaid"]["query"]["p50_ms"]


def targets(results: dict) -> list[dict]:
    """The issue's targets, checked and reported (never asserted)."""
    out = []
    by_n = {s["articles"]: s for s in results["sizes"]}
    for n, limit in ((10000, 100), (50000, 250)):
        if n in by_n:
            p50 = _p50(by_n[n], "whosaid answer")
            out.append({"target": f"warm extractive answer p50 <= {limit} ms at {n:,}", "got": f"{p50:.0f} ms",
                        "met": p50 <= limit})
    for n, size in by_n.items():
        ingest = size["whosaid"]["ingest"]
        cps = ingest["chunks"] / ingest["seconds_with_embedding_est"]
        out.append({"target": f"ingest >= 100 chunks/s with embedding at {n:,}", "got": f"{cps:.0f} chunks/s",
                    "met": cps >= 100})
        for mine in ("whosaid retrieval", "whosaid answer"):
            w, b = _p50(size, mine), _p50(size, "baseline retrieval")
            out.append({"target": f"{mine} no slower than the baseline's retrieval at {n:,} (p50)",
                        "got": f"{w:.0f} vs {b:.0f} ms", "met": w <= b})
    if 50000 in by_n:
        peak = max(by_n[50000]["whosaid"]["ingest"]["peak_rss_mb"], by_n[50000]["whosaid"]["query"]["peak_rss_mb"])
        out.append({"target": "peak memory <= 2 GB at 50,000", "got": f"{peak:.0f} MB", "met": peak <= 2048})
    return out


def plot(results: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = [s["articles"] for s in results["sizes"]]
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    for system, style in (("whosaid", "o-"), ("baseline", "s--")):
        name = "whosaid answer" if system == "whosaid" else "baseline retrieval"
        inter = [s.get("interleaved", {}).get(name) or s[system]["query"] for s in results["sizes"]]
        left.plot(sizes, [x["p50_ms"] for x in inter], style, label=f"{name} p50")
        left.plot(sizes, [x["p95_ms"] for x in inter], style, alpha=0.4, label=f"{name} p95")
        right.plot(sizes, [s[system]["ingest"]["seconds"] for s in results["sizes"]], style,
                   label=f"{system}, without embedding")
        right.plot(sizes, [s[system]["ingest"]["seconds_with_embedding_est"] for s in results["sizes"]], style,
                   alpha=0.4, label=f"{system}, with embedding (est.)")
    for ax, title, unit in ((left, "warm query latency", "ms"), (right, "ingest time", "s")):
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel("articles")
        ax.set_ylabel(unit)
        ax.set_title(title)
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def markdown(results: dict) -> str:
    """The table as Markdown, one column pair per size (for docs/bench.md)."""
    for size in results["sizes"]:
        if "articles_per_s" not in size["whosaid"]["ingest"]:
            _derive(size)
    head = "| measure | " + " | ".join(
        f"whosaid {s['articles']:,} | baseline {s['articles']:,} | ratio" for s in results["sizes"]) + " |"
    lines = [head, "|" + "---|" * (1 + 3 * len(results["sizes"]))]
    for label, path, unit, fmt in ROWS:
        cells = []
        for size in results["sizes"]:
            w, b = _value(size, "whosaid", path), _value(size, "baseline", path)
            show = lambda v: (fmt.format(v) + (f" {unit}" if unit else "")) if v is not None else "–"  # noqa: E731
            ratio = f"{w / b:.2f}" if isinstance(w, (int, float)) and isinstance(b, (int, float)) and b else "–"
            cells += [show(w), show(b), ratio]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    import json
    import sys

    print(markdown(json.loads(Path(sys.argv[1]).read_text())))
