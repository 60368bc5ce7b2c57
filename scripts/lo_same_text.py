#!/usr/bin/env python3
"""Writes the justified 14 pt paragraphs of our PDF as a flat ODT for LibreOffice Writer: the
same text, Liberation Serif 14 pt, justified with a 1.25 cm first-line indent, Russian
hyphenation, the ГОСТ Р 7.0.97 margins (left 20, right 10, top 20, bottom 20 mm).
Usage: lo_same_text.py OURS.pdf OUT.fodt"""
import html
import re
import subprocess
import sys

LEFT = 20 * 72 / 25.4


def paragraphs(pdf):
    xml = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], capture_output=True, text=True,
                         check=True).stdout
    out, current = [], []
    for block in re.findall(r"<block[^>]*>(.*?)</block>", xml, re.S):
        for line in re.findall(r"<line[^>]*>(.*?)</line>", block, re.S):
            words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</word>', line)
            if not words:
                continue
            height = float(words[0][2]) - float(words[0][1])
            if not 13.3 <= height <= 17.5:
                if current:
                    out.append(current)
                current = []
                continue
            indented = float(words[0][0]) > LEFT + 20
            if indented and current:
                out.append(current)
                current = []
            # A hyphenated word reads whole on its first line and as nothing on the next.
            current += [html.unescape(w[3]) for w in words]
        if current:
            out.append(current)
            current = []
    return [" ".join(p) for p in out if len(p) > 3]


def main():
    paras = paragraphs(sys.argv[1])
    body = "\n".join(f'<text:p text:style-name="Body">{html.escape(p)}</text:p>' for p in paras)
    doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
<style:style style:name="Body" style:family="paragraph">
<style:paragraph-properties fo:text-align="justify" fo:text-indent="1.25cm" fo:margin-top="0cm" fo:margin-bottom="0cm" fo:line-height="115%"/>
<style:text-properties style:font-name="Liberation Serif" fo:font-size="14pt" fo:language="ru" fo:country="RU"
 fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/>
</style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm"
 fo:margin-left="20mm" fo:margin-right="10mm" fo:margin-top="20mm" fo:margin-bottom="20mm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"/></office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document>
"""
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write(doc)


if __name__ == "__main__":
    main()
