#!/usr/bin/env python3
"""Reading-order experiments behind docs/reading-order.md (run by hand, never by the tests).

Writes small one-page PDFs (Times-Roman, two 220 pt columns like ours) into a temporary folder and prints, for each
variant, the order in which default-mode `pdftotext` gives the blocks: H = running header, L = left column,
R = right column, S = a block across the gutter. "column-first" means L...L R...R (header lines ignored).
Needs python3 and poppler-utils only.
"""
import re
import subprocess
import tempfile
from pathlib import Path

PAGE_W, PAGE_H = 595.28, 841.89
LEFT, WIDTH, LEADING = 66.64, 220.0, 13.5
FR = "le plan de simplification administrative inclut aussi accompagnement des pouvoirs locaux par la region".split()
NL = "het plan voor administratieve vereenvoudiging omvat ook steun voor lokale overheden via het gewest".split()


def filler(words, chars, seed):
    out, i = [], seed
    while len(" ".join(out)) < chars:
        out.append(words[i % len(words)])
        i += 1
    return " ".join(out)


def write_pdf(items, path):
    """items: (x, baseline from the top, size, text, bold)."""
    ops = []
    for x, y, size, text, bold in items:
        ops.append(f"BT /{'F2' if bold else 'F1'} {size} Tf 1 0 0 1 {x:.3f} {PAGE_H - y:.3f} Tm ({text}) Tj ET")
    stream = "\n".join(ops)
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] "
        "/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Bold >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
    ]
    out, offsets = "%PDF-1.4\n", []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{body}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    Path(path).write_bytes(out.encode("latin-1"))


def block_order(path):
    xml = subprocess.run(["pdftotext", "-bbox-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    seq = ""
    for m in re.finditer(r'<block xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">', xml):
        x0, _, x1, y1 = map(float, m.groups())
        seq += "H" if y1 < 70 else "L" if x1 < PAGE_W / 2 else "R" if x0 > PAGE_W / 2 else "S"
    return seq


def column(x, blocks, words, head_size=10):
    """blocks: (first baseline, lines, bold); the last line of a paragraph is short."""
    items, seed = [], 0
    for top, lines, bold in blocks:
        for k in range(lines):
            size = head_size if bold else 10
            chars = int(WIDTH / (0.53 * size) * (0.6 if k == lines - 1 and lines > 1 else 0.95))
            items.append((x, top + k * LEADING, size, filler(words, chars, seed), bold))
            seed += 3
    return items


def page(sections, sync=True, gutter=22.0, offset=0.0, head_gap=16.875, para_gap=20.25, head_size=10, header=True,
         extra_fr_paragraph=False, paint_rows=False):
    """Each section: a one-line heading, then a paragraph of (French lines, Dutch lines)."""
    right = LEFT + WIDTH + gutter
    fr, nl, yf, yn = [], [], 100.0, 100.0 + offset
    for n, (lines_fr, lines_nl) in enumerate(sections):
        if sync:  # both headings at the lower of the two column ends (the right column shifted by offset)
            yf = max(yf, yn - offset)
            yn = yf + offset
        fr.append((yf, 1, True))
        nl.append((yn, 1, True))
        yf += head_gap
        yn += head_gap
        fr.append((yf, lines_fr, False))
        nl.append((yn, lines_nl, False))
        yf += LEADING * (lines_fr - 1) + para_gap
        yn += LEADING * (lines_nl - 1) + para_gap
        if extra_fr_paragraph and n == 0:  # a French paragraph with nothing beside it (the Dutch column's gap)
            fr.append((yf, 2, False))
            yf += LEADING + para_gap
    items = column(LEFT, fr, FR, head_size) + column(right, nl, NL, head_size)
    if header:
        items += [(LEFT, 60, 10, "A-453/2 - 2021/2022", False), (280, 60, 10, "- 107 -", False),
                  (right + WIDTH - 76, 60, 10, "A-453/2 - 2021/2022", False)]
    if paint_rows:  # content stream line by line across both columns instead of column by column
        items.sort(key=lambda item: (item[1], item[0]))
    return items


SECTIONS = [(3, 4), (2, 2), (4, 3), (1, 1), (3, 3)]
GAP = [(3, 2), (2, 2), (4, 3), (1, 1), (3, 3)]  # with the extra paragraph, the first French section is 3 lines longer
VARIANTS = [
    ("synchronised, as policygen lays out", {}),
    ("not synchronised", {"sync": False}),
    ("not synchronised, unequal paragraphs", {"sync": False, "sections": [(3, 4), (2, 3), (4, 3), (2, 1), (3, 5)]}),
    *[(f"synchronised, gutter {g} pt", {"gutter": g}) for g in (8, 40, 80, 120)],
    *[(f"synchronised, right column {d} pt lower", {"offset": d}) for d in (2, 4, 5, 5.5, 6, 8, 10, 13.5)],
    ("synchronised, heading touching its paragraph", {"head_gap": 13.5}),
    ("synchronised, 12 pt headings", {"head_size": 12}),
    ("synchronised, no running header", {"header": False}),
    ("synchronised, painted row by row", {"paint_rows": True}),
    ("synchronised, a French paragraph beside a Dutch gap", {"extra_fr_paragraph": True, "sections": GAP}),
    ("same, right column 6 pt lower", {"extra_fr_paragraph": True, "sections": GAP, "offset": 6}),
]

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        for n, (name, options) in enumerate(VARIANTS):
            options = dict(options)
            sections = options.pop("sections", SECTIONS)
            path = Path(folder) / f"v{n}.pdf"
            write_pdf(page(sections, **options), path)
            seq = block_order(path)
            verdict = "column-first" if re.fullmatch(r"L*R*", seq.replace("H", "")) else "mixed"
            print(f"{name:52s} {verdict:13s} {seq}")
