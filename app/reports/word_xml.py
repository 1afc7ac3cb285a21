"""Word's XML beyond python-docx's reach, for the Word copy (word.py): properties put
where the schema orders them, paragraph borders and fills, fields, table rules, and the
draft watermark."""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph

# A Word watermark: WordArt text behind the page, centred on it, turned 45 degrees, in
# the PDF's faint red. VML is what Word itself writes for "Insert > Watermark", and what
# LibreOffice and Word both read.
WATERMARK = (
    '<w:pict xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/>'
    '<v:textpath on="t" fitshape="t"/></v:shapetype>'
    '<v:shape id="PeerviewDraftWatermark" o:spid="_x0000_s2049" type="#_x0000_t136" '
    'style="position:absolute;margin-left:0;margin-top:0;width:440pt;height:150pt;'
    "rotation:315;z-index:-251654144;mso-position-horizontal:center;"
    "mso-position-horizontal-relative:margin;mso-position-vertical:center;"
    'mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="#A81717" '
    'stroked="f"><v:fill opacity=".14"/>'
    '<v:textpath style="font-family:&quot;Noto Sans&quot;;font-size:1pt;font-weight:bold" '
    "string={text}/></v:shape></w:pict>"
)


# The order Word's schema gives the children of paragraph, run, table and cell properties.
# Word refuses ("unreadable content") a document whose properties come out of order, so
# every element this module adds goes into its place (python-docx does so for its own).
ORDER = {
    "pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr "
    "suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct "
    "topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind "
    "contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment "
    "textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
    "rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss "
    "imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs "
    "highlight u effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish "
    "oMath",
    "tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize "
    "tblW jc tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook",
    "tcPr": "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection "
    "tcFitText vAlign hideMark",
}


def local(element: BaseOxmlElement) -> str:
    return str(element.tag).rsplit("}", 1)[-1]


def put(parent: BaseOxmlElement, child: BaseOxmlElement) -> None:
    """Add ``child`` to a properties element in the place the schema gives it."""
    order = ORDER[local(parent)].split()
    rank = order.index(local(child))
    for n, existing in enumerate(parent):
        name = local(existing)
        if name in order and order.index(name) > rank:
            parent.insert(n, child)
            return
    parent.append(child)


def field(paragraph: Paragraph, code: str, color: RGBColor) -> None:
    """A field Word fills in (PAGE, NUMPAGES), with a result shown until it does."""
    for kind, text in (("begin", ""), ("instr", f" {code} "), ("separate", ""), ("text", "1"),
                       ("end", "")):  # fmt: skip
        run = paragraph.add_run()
        run.font.size = Pt(8)
        run.font.color.rgb = color
        if kind == "text":
            run.text = text
            continue
        if kind == "instr":
            node = OxmlElement("w:instrText")
            node.set(qn("xml:space"), "preserve")
            node.text = text
        else:
            node = OxmlElement("w:fldChar")
            node.set(qn("w:fldCharType"), kind)
        run._r.append(node)


def border(paragraph: Paragraph, side: str, color: str, *, size: int = 4, space: int = 1) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        put(ppr, borders)
    edge = OxmlElement(f"w:{side}")
    for key, value in (("w:val", "single"), ("w:sz", str(size)), ("w:space", str(space)),
                       ("w:color", color)):  # fmt: skip
        edge.set(qn(key), value)
    borders.append(edge)


def shade(element: BaseOxmlElement, fill: str) -> None:
    """A background fill on a paragraph's or a cell's properties."""
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    put(element, shd)


def table_lines(tbl_pr: BaseOxmlElement, rule: str) -> None:
    """Rules between rows only (and under the last), cells padded as in the PDF."""
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        ruled = side in ("bottom", "insideH")
        edge.set(qn("w:val"), "single" if ruled else "nil")
        if ruled:
            edge.set(qn("w:sz"), "4")
            edge.set(qn("w:color"), rule)
        borders.append(edge)
    put(tbl_pr, borders)
    margins = OxmlElement("w:tblCellMar")
    for side, twips in (("top", 60), ("left", 80), ("bottom", 60), ("right", 80)):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:w"), str(twips))
        edge.set(qn("w:type"), "dxa")
        margins.append(edge)
    put(tbl_pr, margins)


def bookmark(paragraph: Paragraph, number: int, name: str) -> None:
    """Mark the whole paragraph as a place a link can go to (a heading, for the contents)."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    p = paragraph._p
    ppr = p.pPr
    p.insert(1 if ppr is not None else 0, start)
    p.append(end)


def link_to(paragraph: Paragraph, name: str) -> None:
    """Make the paragraph's text a link to the bookmark ``name`` (Ctrl+click in Word)."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), name)
    link.set(qn("w:history"), "1")
    for run in list(paragraph._p.r_lst):
        link.append(run)
    paragraph._p.append(link)
