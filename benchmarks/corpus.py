"""Generate a corpus of GuruFocus E10 pages and Longbridge quote pages with known injected errors.

    python benchmarks/corpus.py OUT_DIR --docs 10000 [--seed 1]

Per security: a GuruFocus page captured on date A, a Longbridge page of date A
(same price), and usually a second GuruFocus capture on a later date B (same
history). Numbers are computed so every in-page check passes. Injected errors,
listed in OUT_DIR/manifest.json with the finding each must produce:

- moved: one Adj_EPS row moved beyond rounding (in-page failure of that page);
- stale: the Longbridge page repeats an old price on date A (a cross-site warning: neither page prints its time);
- revised_cpi: capture B prints a revised CPI for one quarter (a revision: warning).
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CUR_CPI = Decimal("131.4152")
YEARS = 6
QUARTERS = YEARS * 4
ZERO_ROW = 5  # the quarter whose EPS is 0.000 (so a revised CPI changes no adjusted value)
EXCHANGES = (("NYSE", "US", "$"), ("SZSE", "SZ", "¥"))


def q(x: Decimal, d: int) -> Decimal:
    """Round half up to d decimals, as the pages print."""
    return x.quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP)


@dataclass
class Security:
    """One generated security and its history."""

    name: str
    exchange: str
    ticker: str
    suffix: str
    sym: str
    end: tuple[int, int]
    periods: list[tuple[int, int]]
    eps: list[Decimal]
    cpi: list[Decimal]

    @property
    def canonical(self) -> str:
        return f"{self.ticker}.{self.suffix}"


def make_security(i: int, rnd: random.Random) -> Security:
    """A security with a quarterly EPS and CPI history ending in a random quarter."""
    exchange, suffix, sym = EXCHANGES[i % len(EXCHANGES)]
    ticker = f"{300000 + i:06d}" if suffix == "SZ" else f"T{i:05d}"
    end = (2021 + rnd.randrange(4), rnd.choice((3, 6, 9, 12)))
    periods, y, m = [], end[0], end[1]
    for _ in range(QUARTERS):
        periods.append((y, m))
        m -= 3
        if m <= 0:
            m, y = m + 12, y - 1
    periods.reverse()
    eps = [Decimal(0) if k == ZERO_ROW else q(Decimal(rnd.uniform(0.05, 0.9)) * (-1 if rnd.random() < 0.2 else 1), 3) for k in range(QUARTERS)]
    cpi = [q(CUR_CPI * Decimal(1 - 0.004 * (QUARTERS - 1 - k)), 3) for k in range(QUARTERS - 1)] + [q(CUR_CPI, 3)]
    return Security(f"Synthetic {ticker} Corp", exchange, ticker, suffix, sym, end, periods, eps, cpi)


def gf_page(s: Security, *, today: str, price: Decimal, cpi: list[Decimal], moved_row: int | None = None) -> tuple[str, int | None]:
    """A GuruFocus E10 term page (and the line of the moved row, if any)."""
    rows, adj_sum = [], Decimal(0)
    for k, ((y, m), eps, c) in enumerate(zip(s.periods, s.eps, cpi, strict=True)):
        adj = q(eps / c * CUR_CPI, 3)
        adj_sum += adj
        shown = adj + Decimal("0.100") if k == moved_row else adj
        rows.append(f"{y}{m:02d} {eps:.3f} {c:.3f} {shown:.3f}")
    e10 = q(adj_sum / YEARS, 2)
    pe = f"{q(price / e10, 2)}" if e10 > 0 else ""
    end_text = f"{MONTHS[s.end[1] - 1]}. {s.end[0]}"
    last = rows[-1].split()
    head = f"{s.name} ({s.exchange}:{s.ticker})"
    lines = [
        f"GURUFOCUS.COM » STOCK LIST » Industrials » Machinery » {s.name} ({s.exchange}:{s.ticker}) » Definitions » E10", "",
        f"{head} E10 : {s.sym}{e10} (As of {end_text})", "", f"What is {s.name} E10?", "",
        f"{s.name}'s adjusted earnings per share data for the three months ended in {end_text} was {s.sym}{last[3]}. "
        f"Since most companies do not have as long as 10 years history, here we use {YEARS} years to calculate. "
        f"Add all the adjusted EPS for the past {YEARS} years together and divide {YEARS} will get our e10, which is {s.sym}{e10} "
        f"for the trailing six years ended in {end_text}.", "",
        f"As of today ({today}), {s.name}'s current stock price is {s.sym}{price}. {s.name}'s E10 for the quarter that ended in "
        f"{end_text} was {s.sym}{e10}. {s.name}'s Shiller PE Ratio of today is {pe}.", "", "",
        f"{s.name} E10 Calculation", "", f"{s.name}'s Shiller P/E Ratio of today is calculated as", "",
        "Shiller PE Ratio=Share Price/E10", f"={price}/{e10}", f"={pe}", "",
        f"{s.name} Quarterly Data", "", "per share eps CPI Adj_EPS", *rows, "",
        f"Add all the adjusted EPS together and divide {YEARS} will get our e10.", "", "",
        f"{head} Business Description", "", "Address", "1 Synthetic Way", "A synthetic company.",
    ]
    first_row = lines.index("per share eps CPI Adj_EPS") + 2
    return "\n".join(lines) + "\n", (first_row + moved_row if moved_row is not None else None)


def lb_page(s: Security, *, date: str, price: Decimal) -> str:
    """A Longbridge quote page (markdown) of one date."""
    lb = s.canonical
    return "\n".join([
        "---", f'title: "{s.name} ({lb})"', 'type: "Symbol"', 'locale: "en"', f'url: "https://longbridge.com/en/quote/{lb}.md"',
        f'symbol: "{lb}"', f'name: "{s.name}"', 'industry: "Machinery"', f'datetime: "{date}T14:03:34.583Z"', "---", "",
        f"# {s.name} ({lb})", "", "## Institutional View", "", "### Target Price Forecast", "",
        "| Metric | Price |", "|--------|-------|", f"| Current Price | {price} |",
        f"| Highest Target | {q(price * 2, 2)} |", f"| Lowest Target | {q(price / 2, 2)} |", "",
    ])


def generate(out: Path, docs: int, seed: int = 1, rate: float = 0.02) -> dict[str, list[dict[str, str]]]:
    """Write about ``docs`` pages under ``out`` and return the manifest of injected errors and the findings they must produce."""
    rnd = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, list[dict[str, str]]] = {"moved": [], "stale": [], "revised_cpi": [], "pages": []}
    written, i = 0, 0
    while written < docs:
        s = make_security(i, rnd)
        folder = out / f"{i // 1000:03d}"
        folder.mkdir(exist_ok=True)
        y, m = s.end
        day_a = f"{y + (m + 2) // 12}-{(m + 2) % 12 + 1:02d}-{rnd.randrange(1, 28):02d}"
        day_b = f"{int(day_a[:4]) + 1}{day_a[4:]}"
        price = q(Decimal(rnd.uniform(5, 300)), 2)
        kind = rnd.random()
        moved = rnd.randrange(QUARTERS) if kind < rate else None
        if moved == ZERO_ROW:
            moved = ZERO_ROW + 1
        gf_a = folder / f"gf_{s.ticker}_{day_a}.txt"
        text, moved_line = gf_page(s, today=day_a, price=price, cpi=s.cpi, moved_row=moved)
        gf_a.write_text(text, encoding="utf-8")
        lb_price = price
        if rate <= kind < 2 * rate:  # a stale copy: the quote page repeats an older price on the same date
            lb_price = q(price * Decimal("0.93"), 2)  # a warning, not a failure: neither page prints its time of day
            manifest["stale"].append({"finding": f"cross|{s.canonical}|share_price|{day_a}|warn"})
        lb = folder / f"lb_{s.ticker}_{day_a}.md"
        lb.write_text(lb_page(s, date=day_a, price=lb_price), encoding="utf-8")
        written += 2
        if moved is not None:
            manifest["moved"].append({"finding": f"doc|{gf_a}", "line": str(moved_line)})
        elif written < docs:  # a later capture (never of a page with a moved row: that would be a revision too)
            cpi = list(s.cpi)
            if 2 * rate <= kind < 3 * rate:
                cpi[ZERO_ROW] = cpi[ZERO_ROW] + Decimal("0.400")
                py, pm = s.periods[ZERO_ROW]
                manifest["revised_cpi"].append({"finding": f"cross|{s.canonical}|cpi|{py}-{pm:02d}|warn"})
            gf_b = folder / f"gf_{s.ticker}_{day_b}.txt"
            gf_b.write_text(gf_page(s, today=day_b, price=q(price * Decimal("1.1"), 2), cpi=cpi)[0], encoding="utf-8")
            written += 1
        i += 1
    manifest["pages"] = [{"count": str(written)}]
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest


def expected_findings(manifest: dict[str, list[dict[str, str]]]) -> set[str]:
    """The findings the audit must report, as 'doc|PATH' or 'cross|SECURITY|METRIC|PERIOD|STATUS'."""
    return {e["finding"] for k in ("moved", "stale", "revised_cpi") for e in manifest[k]}


def main() -> None:
    """Command line: write the corpus."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    m = generate(a.out, a.docs, a.seed)
    print(f"{m['pages'][0]['count']} pages in {a.out}; injected: " + ", ".join(f"{len(m[k])} {k}" for k in ("moved", "stale", "revised_cpi")))


if __name__ == "__main__":
    main()


def found_findings(lines: list[str]) -> set[str]:
    """The findings of a ``quotecheck audit --format jsonl`` run, in the manifest's notation."""
    out: set[str] = set()
    for line in lines:
        o = json.loads(line)
        if "document" in o and any(c["status"] in ("fail", "warn", "error") for c in o["document"]["checks"]):
            out.add(f"doc|{o['document']['path']}")
        elif "cross_check" in o and o["cross_check"]["status"] != "pass":
            c = o["cross_check"]
            security, metric, period = c["subject"].split(" ")[:3]
            out.add(f"cross|{security}|{metric}|{period.strip('()')}|{c['status']}")
    return out
