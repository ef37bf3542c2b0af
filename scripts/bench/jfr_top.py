#!/usr/bin/env python3
"""Summarises the execution samples of a JFR recording: the top frames by own samples and by
samples anywhere in the stack (of the top DEPTH frames).

usage: jfr_top.py RECORDING.jfr [N] [DEPTH]

Reads `jfr print --events jdk.ExecutionSample RECORDING` (the JDK's `jfr` tool, next to `java`).
"""
import collections
import os
import re
import shutil
import subprocess
import sys


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    depth = int(sys.argv[3]) if len(sys.argv) > 3 else 12
    jfr = shutil.which("jfr") or os.path.join(os.path.dirname(os.path.realpath(shutil.which("java"))), "jfr")
    text = subprocess.run([jfr, "print", "--events", "jdk.ExecutionSample", path],
                          check=True, capture_output=True, text=True).stdout
    own = collections.Counter()
    anywhere = collections.Counter()
    samples = 0
    for event in text.split("jdk.ExecutionSample")[1:]:
        frames = re.findall(r"^\s+([\w$.<>/]+)\(.*?line: \d+", event, re.M)
        if not frames:
            continue
        samples += 1
        own[frames[0]] += 1
        for f in set(frames[:depth]):
            anywhere[f] += 1
    print(f"{samples} samples")
    print(f"\ntop {top} by own samples:")
    for f, n in own.most_common(top):
        print(f"  {100 * n / samples:5.1f}%  {f}")
    print(f"\ntop {top} by samples in the top {depth} frames:")
    for f, n in anywhere.most_common(top):
        print(f"  {100 * n / samples:5.1f}%  {f}")


if __name__ == "__main__":
    main()
