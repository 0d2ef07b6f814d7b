#!/usr/bin/python3
"""Writes a synthetic input folder for benchmarks: N regions x M indicators x P periods.

Same four files and columns as input/ (sources, regions, indicators with some derived
formulas, observations). Every name says it is synthetic ("Synthetic region 0042",
"Synthetic indicator 07", source "Synthetic benchmark data"), so a generated PDF can
never be mistaken for a brief on real data. Values come from a seeded generator:
the same arguments always give the same bytes.

    bench/generate_dataset.py --regions 1000 --indicators 20 --periods 4 --output target/bench/r1000
"""
import argparse
import csv
import os
import random

# Indicators the brief's figures draw (see render/FigureCatalog): generated so that charts are
# drawn as they are for real data. (code, category, unit, decimals, direction, low, high)
FIGURE_INDICATORS = [
    ("computing_centers", "compute", "count", 0, "higher", 1, 20),
    ("compute_capacity", "compute", "EFLOPS", 1, "higher", 0.5, 12),
    ("national_compute_share", "compute", "%", 0, "higher", 1, 30),
    ("electricity_price_ratio_bj", "energy", "ratio", 3, "lower", 0.3, 1.5),
    ("cooling_cost_reduction", "cost", "%", 0, "higher", 5, 60),
    ("training_cost_premium", "cost", "%", 0, "lower", 0, 40),
    ("domestic_chip_cost_premium", "cost", "%", 0, "lower", 5, 30),
]

# Derived indicators over the ones above, in the catalog's formula language.
DERIVED = [
    ("compute_per_center", "compute", "EFLOPS", 3, "neutral", "compute_capacity / computing_centers"),
    ("cooling_cost_index", "cost", "%", 0, "lower", "100 - cooling_cost_reduction"),
    ("training_cost_index", "cost", "ratio", 2, "lower", "1 + training_cost_premium / 100"),
    ("electricity_cost_advantage", "energy", "×", 1, "higher", "1 / electricity_price_ratio_bj"),
    ("implied_national_compute", "compute", "EFLOPS", 1, "neutral",
     "compute_capacity / national_compute_share * 100"),
]

CATEGORIES = ["compute", "energy", "cost", "industry", "talent", "innovation"]
STRATEGIES = [
    ("resource_driven", "Resource-driven", "资源驱动"),
    ("scenario_breakthrough", "Scenario breakthrough", "场景突围"),
    ("technology_leadership", "Technology leadership", "技术引领"),
]
QUALIFIERS = ["=", "=", "=", "~", ">"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--regions", type=int, default=100, help="number of regions (N)")
    parser.add_argument("--indicators", type=int, default=20,
                        help="observed indicators (M, at least %d); %d derived ones are added"
                        % (len(FIGURE_INDICATORS), len(DERIVED)))
    parser.add_argument("--periods", type=int, default=4, help="yearly periods ending 2024 (P)")
    parser.add_argument("--coverage", type=float, default=0.9, help="share of region x indicator pairs reported")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--output", required=True, help="folder to write the four CSV files into")
    args = parser.parse_args()
    if args.indicators < len(FIGURE_INDICATORS):
        parser.error("--indicators must be at least %d" % len(FIGURE_INDICATORS))
    rnd = random.Random(args.seed)
    os.makedirs(args.output, exist_ok=True)
    digits = max(4, len(str(args.regions)))
    regions = ["R%0*d" % (digits, i) for i in range(1, args.regions + 1)]
    observed = list(FIGURE_INDICATORS)
    for i in range(len(FIGURE_INDICATORS), args.indicators):
        n = i - len(FIGURE_INDICATORS) + 1
        observed.append(("synthetic_indicator_%02d" % n, CATEGORIES[n % len(CATEGORIES)], "count", 1,
                         ["higher", "lower", "neutral"][n % 3], 1, 1000))
    periods = [str(2024 - args.periods + 1 + p) for p in range(args.periods)]

    def write(name, header, rows):
        with open(os.path.join(args.output, name), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)

    write("sources.csv", ["id", "title", "publisher", "published", "url"],
          [["SYN", "Synthetic benchmark data (not real figures)", "policy-briefs bench/generate_dataset.py",
            "", ""]])

    rows = []
    for i, code in enumerate(regions, 1):
        key, en, zh = STRATEGIES[i % len(STRATEGIES)]
        number = "%0*d" % (digits, i)
        rows.append([code, "Synthetic region " + number, "合成地区" + number, key, en, zh,
                     "Synthetic lever " + number, "合成杠杆" + number,
                     "Synthetic constraint " + number, "合成约束" + number,
                     "computing_centers"])
    write("regions.csv", ["code", "name_en", "name_zh", "strategy", "strategy_en", "strategy_zh",
                          "lever_en", "lever_zh", "constraint_en", "constraint_zh", "headline"], rows)

    rows = []
    for code, category, unit, decimals, direction, _, _ in observed:
        n = code.replace("_", " ")
        rows.append([code, "Synthetic " + n, "合成指标" + str(len(rows) + 1), unit, category, "observed", "",
                     decimals, direction, "Synthetic data for benchmarks: " + n + ".", "基准测试用合成数据。"])
    for code, category, unit, decimals, direction, formula in DERIVED:
        n = code.replace("_", " ")
        rows.append([code, "Synthetic " + n, "合成指标" + str(len(rows) + 1), unit, category, "derived", formula,
                     decimals, direction, "Synthetic derived figure: " + formula + ".", "基准测试用合成推算值。"])
    write("indicators.csv", ["code", "name_en", "name_zh", "unit", "category", "kind", "formula", "decimals",
                             "direction", "description_en", "description_zh"], rows)

    rows = []
    for region in regions:
        for code, _, _, decimals, _, low, high in observed:
            if rnd.random() > args.coverage:
                continue
            for period in periods:
                value = round(rnd.uniform(low, high), max(decimals, 1))
                rows.append([region, code, period, value, rnd.choice(QUALIFIERS), "SYN",
                             "synthetic value %s" % value, "generated"])
    write("observations.csv", ["region", "indicator", "period", "value", "qualifier", "source", "quote", "note"],
          rows)
    print("%s: %d regions, %d indicators (%d derived), %d periods, %d observations"
          % (args.output, len(regions), len(observed) + len(DERIVED), len(DERIVED), len(periods), len(rows)))


if __name__ == "__main__":
    main()
