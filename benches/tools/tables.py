#!/usr/bin/env python3
"""Markdown tables of the last criterion run, from target/criterion: the suite
(`cargo bench -p benches --bench suite`) and the kinds of hole (`--bench holes`).
Medians (criterion's median point estimate). Usage: python3 benches/tools/tables.py"""
import json
import os
import sys

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "target", "criterion")
SUITE = ["feed", "news", "table", "form", "nav", "article", "search", "composed",
         "script", "email", "unicode"]


def median(group, function):
    path = os.path.join(ROOT, group, function, "new", "estimates.json")
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return json.load(f)["median"]["point_estimate"]


def show(ns):
    if ns is None:
        return ""
    if ns >= 1000:
        return f"{ns / 1000:.2f} µs"
    return f"{ns:.0f} ns"


def suite():
    print("| page | haml-rs | Sailfish | haml-rs / Sailfish | copy limit | haml-rs / copy limit |")
    print("|---|---:|---:|---:|---:|---:|")
    for page in SUITE:
        h, s, c = (median(page, f) for f in ("haml", "sailfish", "copy-limit"))
        if h is None or s is None:
            continue
        print(f"| {page} | {show(h)} | {show(s)} | **{h / s:.2f}** | {show(c)} | {h / c:.0f} |")


def holes():
    sys.path.insert(0, os.path.dirname(__file__))
    print("| kind of hole | the kind | the same bytes the cheap way | ratio | `write!` into a `String` |")
    print("|---|---:|---:|---:|---:|")
    for group in sorted(os.listdir(ROOT)):
        v, t = median(group, "value"), median(group, "text")
        if v is None or t is None:
            continue
        r = median(group, "rust-write")
        print(f"| {group} | {show(v)} | {show(t)} | {v / t:.2f} | {show(r)} |")


if __name__ == "__main__":
    suite()
    print()
    holes()
