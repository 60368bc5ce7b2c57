#!/usr/bin/env python3
"""Inter-word spacing of justified body lines in a PDF, from pdftotext -bbox-layout.

For every line of body text (words of the body size, starting at the left margin or the
paragraph indent, ending at the right margin and not the last of its block) the mean gap between
its words is divided by the normal space of the face (0.25 em for Liberation Serif); the gap after
a list's bullet is its hanging indent, not a space, and is left out. Prints the
share of lines over 1.5x, 2x and 2.5x, the 90th percentile, the worst line and the lines whose
ink passes the right margin. Usage: spacing_stats.py LABEL FILE.pdf [RIGHT_MARGIN_MM] [SIZE_PT]
"""
import re
import subprocess
import sys
import html
import os

A4_WIDTH = 595.2756
MM = 72 / 25.4
# SHOW=2 prints each measured line looser than 2 normal spaces, and the line after it.
SHOW = float(os.environ.get("SHOW", "0"))


def lines_of(pdf):
    xml = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], capture_output=True, text=True,
                         check=True).stdout
    for block in re.findall(r"<block[^>]*>(.*?)</block>", xml, re.S):
        block_lines = []
        for line in re.findall(r"<line[^>]*>(.*?)</line>", block, re.S):
            words = [(float(a), float(b), float(c), float(d), html.unescape(w)) for a, b, c, d, w in
                     re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', line)]
            if words:
                block_lines.append(words)
        yield block_lines


def measure(pdf, right_mm=10.0, size=14.0):
    right = A4_WIDTH - right_mm * MM
    space = 0.25 * size
    ratios, past = [], 0
    for block in lines_of(pdf):
        for k, words in enumerate(block):
            heights = [w[3] - w[1] for w in words]
            if min(heights) < size * 0.95 or max(heights) > size * 1.35:
                continue  # another size: a table, a caption, a heading
            if max(w[2] for w in words) > right + 0.5:
                past += 1
            if len(words) < 2 or k == len(block) - 1 or abs(words[-1][2] - right) > 1.0:
                continue
            gaps = [b[0] - a[2] for a, b in zip(words, words[1:])]
            if words[0][4] == "•":
                gaps = gaps[1:]  # a list's bullet stands at a fixed distance from its text: no space
            if not gaps:
                continue
            ratios.append(sum(gaps) / len(gaps) / space)
            if SHOW and ratios[-1] > SHOW:
                following = block[k + 1] if k + 1 < len(block) else []
                print(f"  {ratios[-1]:.2f}x  {' '.join(w[4] for w in words)}  /  {' '.join(w[4] for w in following)}")
    return ratios, past


def main():
    label, pdfs = sys.argv[1], sys.argv[2].split(",")
    right_mm = float(sys.argv[3]) if len(sys.argv) > 3 else 10.0
    size = float(sys.argv[4]) if len(sys.argv) > 4 else 14.0
    ratios, past = [], 0
    for pdf in pdfs:
        r, p = measure(pdf, right_mm, size)
        ratios += r
        past += p
    if not ratios:
        print(f"{label:<34} no justified lines found")
        return
    ratios.sort()
    n = len(ratios)
    share = lambda x: 100.0 * sum(1 for r in ratios if r > x) / n
    p90 = ratios[min(n - 1, int(0.9 * n))]
    print(f"{label:<34} lines {n:5d}  >1.5x {share(1.5):5.1f}%  >2x {share(2):5.1f}%  >2.5x {share(2.5):5.1f}%"
          f"  p90 {p90:.2f}x  worst {ratios[-1]:.2f}x  past margin {past}")


if __name__ == "__main__":
    main()
