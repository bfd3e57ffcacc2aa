"""The bench's outputs: a rich table of whosaid / baseline ratios, the targets, a PNG plot."""

from __future__ import annotations

from pathlib import Path

from rich.table import Table

ROWS = [  # label, path into a system's derived result, unit, format
    ("ingest, real embedding", ("ingest", "seconds"), "s", "{:.1f}"),
    ("  per article", ("ingest", "ms_per_article"), "ms", "{:.1f}"),
    ("  per 1,000 tokens embedded", ("ingest", "ms_per_1k_tokens"), "ms", "{:.0f}"),
    ("  chunks/s (own units: whosaid passage, baseline node)", ("ingest", "chunks_per_s"), "chunks/s", "{:.0f}"),
    ("  of which embedding", ("ingest", "embed_share"), "", "{:.0%}"),
    ("texts embedded", ("ingest", "texts_embedded"), "", "{:,}"),
    ("tokens embedded", ("ingest", "tokens_embedded"), "", "{:,}"),
    ("peak RSS, ingest", ("ingest", "peak_rss_mb"), "MB", "{:.0f}"),
    ("index on disk", ("ingest", "index_mb"), "MB", "{:.0f}"),
    ("new question p50: answer vs retrieval", ("lat", "new_answer_p50"), "ms", "{:.0f}"),
    ("new question p95: answer vs retrieval", ("lat", "new_answer_p95"), "ms", "{:.0f}"),
    ("new question p50: retrieval alone", ("lat", "new_retrieval_p50"), "ms", "{:.0f}"),
    ("new question p95: retrieval alone", ("lat", "new_retrieval_p95"), "ms", "{:.0f}"),
    ("repeated question p50: answer vs retrieval", ("lat", "repeated_answer_p50"), "ms", "{:.0f}"),
    ("repeated question p95: answer vs retrieval", ("lat", "repeated_answer_p95"), "ms", "{:.0f}"),
    ("new question p50, own process", ("query", "new", "p50_ms"), "ms", "{:.0f}"),
    ("cold `ask` (new process, built index)", ("cold", "median_s"), "s", "{:.2f}"),
    ("cold start to first answer, own process", ("query", "cold_start_s"), "s", "{:.1f}"),
    ("peak RSS, queries", ("query", "peak_rss_mb"), "MB", "{:.0f}"),
    ("question's source found", ("query", "found_source"), "", "{:.0%}"),
]


def _derive(size: dict) -> None:
    for system in ("whosaid", "baseline"):
        ingest = size[system]["ingest"]
        ingest["ms_per_article"] = 1000 * ingest["seconds"] / max(ingest["articles"], 1)
        ingest["ms_per_1k_tokens"] = 1e6 * ingest["seconds"] / max(ingest["tokens_embedded"], 1)
        ingest["chunks_per_s"] = ingest["chunks"] / ingest["seconds"]
        ingest["embed_share"] = ingest["embed_seconds"] / ingest["seconds"]
        if "cold_ask" in size:
            size[system]["cold"] = size["cold_ask"][system]
    inter = size["interleaved"]
    me, other = ("whosaid answer", "whosaid retrieval"), "baseline retrieval"
    for system, (answer, retrieval) in (("whosaid", me), ("baseline", (other, other))):
        new_a, new_r = inter["new: answer vs retrieval"][answer], inter["new: retrieval vs retrieval"][retrieval]
        rep = inter["repeated"][answer]
        size[system]["lat"] = {"new_answer_p50": new_a["p50_ms"], "new_answer_p95": new_a["p95_ms"],
                               "new_retrieval_p50": new_r["p50_ms"], "new_retrieval_p95": new_r["p95_ms"],
                               "repeated_answer_p50": rep["p50_ms"], "repeated_answer_p95": rep["p95_ms"]}


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


def targets(results: dict) -> list[dict]:
    """The issue's targets, checked and reported (never asserted)."""
    out = []
    stand_in = results.get("embedder") == "hash"
    note = " (stand-in vectors)" if stand_in else ""
    for size in results["sizes"]:
        _derive(size)
        n, w, b = size["articles"], size["whosaid"], size["baseline"]
        if not stand_in:
            cps, peak = w["ingest"]["chunks_per_s"], w["ingest"]["peak_rss_mb"]
            out.append({"target": f"ingest >= 100 chunks/s with real embedding at {n:,}", "got": f"{cps:.0f} chunks/s",
                        "met": cps >= 100})
            out.append({"target": f"ingest peak memory <= 800 MB at {n:,}", "got": f"{peak:.0f} MB", "met": peak <= 800})
            mine, theirs = w["lat"]["new_answer_p50"], b["lat"]["new_answer_p50"]  # the baseline's: its retrieval
            out.append({"target": f"new-question answer p50 <= 1.5x the baseline's retrieval p50 at {n:,}",
                        "got": f"{mine:.0f} vs {theirs:.0f} ms ({mine / theirs:.2f}x)", "met": mine <= 1.5 * theirs})
            if n >= 10000:
                p95 = w["lat"]["new_answer_p95"]
                out.append({"target": f"new-question answer p95 <= 150 ms at {n:,}", "got": f"{p95:.0f} ms",
                            "met": p95 <= 150})
            cold = w.get("cold", {}).get("median_s")
            if cold is not None:
                out.append({"target": f"cold `whosaid ask` <= 1.5 s at {n:,}", "got": f"{cold:.2f} s", "met": cold <= 1.5})
        elif n >= 50000:
            p50 = w["lat"]["new_answer_p50"]
            out.append({"target": f"new-question answer p50 <= 250 ms at {n:,}{note}", "got": f"{p50:.0f} ms",
                        "met": p50 <= 250})
            peak = w["query"]["peak_rss_mb"]
            out.append({"target": f"peak query memory <= 2 GB at {n:,}{note}", "got": f"{peak:.0f} MB", "met": peak <= 2048})
    return out


def plot(results: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = [s["articles"] for s in results["sizes"]]
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    for system, style in (("whosaid", "o-"), ("baseline", "s--")):
        name = "whosaid answer" if system == "whosaid" else "baseline retrieval"
        lat = [s[system]["lat"] for s in results["sizes"]]
        left.plot(sizes, [x["new_answer_p50"] for x in lat], style, label=f"{name} p50")
        left.plot(sizes, [x["new_answer_p95"] for x in lat], style, alpha=0.4, label=f"{name} p95")
        right.plot(sizes, [s[system]["ingest"]["seconds"] for s in results["sizes"]], style, label=system)
    for ax, title, unit in ((left, "new-question latency", "ms"), (right, "ingest time (real embedding)", "s")):
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
