"""A Word document (.docx) in the layout of an official document (党政机关公文格式, GB/T 9704): A4, the
title in 方正小标宋 二号, body text in 仿宋_GB2312 三号, headings in 黑体, tables with borders. Written as
Office Open XML directly, with nothing to install; Word and WPS open it."""

import io
import zipfile
from xml.sax.saxutils import escape

TITLE_FONT, BODY_FONT, HEADING_FONT = "方正小标宋简体", "仿宋_GB2312", "黑体"
TITLE_SIZE, BODY_SIZE, TABLE_SIZE = 44, 32, 24  # half-points: 二号, 三号, 小四
# A4, margins 37 / 35 / 28 / 26 mm (twips)
PAGE = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:bottom="1984" w:left="1588" w:right="1474" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'

CONTENT_TYPES = (
	'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
	'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
	'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
	'<Default Extension="xml" ContentType="application/xml"/>'
	'<Override PartName="/word/document.xml" '
	'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
	"</Types>"
)
RELS = (
	'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
	'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
	'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
	'Target="word/document.xml"/></Relationships>'
)
NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def run(text: str, font: str = BODY_FONT, size: int = BODY_SIZE, bold: bool = False, color: str = "") -> str:
	props = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}"/>'
	props += "<w:b/>" if bold else ""
	props += f'<w:color w:val="{color}"/>' if color else ""
	props += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
	return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{escape(str(text))}</w:t></w:r>'


def paragraph(text: str, align: str = "both", indent: bool = True, **run_args) -> str:
	spacing = '<w:spacing w:line="560" w:lineRule="exact"/>'  # 28 pt lines
	first = '<w:ind w:firstLineChars="200"/>' if indent else ""
	return f'<w:p><w:pPr>{spacing}<w:jc w:val="{align}"/>{first}</w:pPr>{run(text, **run_args)}</w:p>'


def title(text: str, color: str = "") -> str:
	return paragraph(text, align="center", indent=False, font=TITLE_FONT, size=TITLE_SIZE, color=color)


def heading(text: str) -> str:
	return paragraph(text, font=HEADING_FONT)


def table(header: list[str], rows: list[list]) -> str:
	border = "".join(
		f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
		for side in ("top", "left", "bottom", "right", "insideH", "insideV")
	)
	props = f'<w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>{border}</w:tblBorders></w:tblPr>'

	def row(cells, bold=False):
		out = "".join(
			f'<w:tc><w:p><w:pPr><w:jc w:val="center"/></w:pPr>{run(c if c is not None else "", size=TABLE_SIZE, bold=bold)}</w:p></w:tc>'
			for c in cells
		)
		return f"<w:tr>{out}</w:tr>"

	return f"<w:tbl>{props}{row(header, bold=True)}{''.join(row(r) for r in rows)}</w:tbl>" + paragraph(
		"", indent=False
	)


def document(blocks: list[str]) -> bytes:
	"""The .docx file of these blocks (paragraph(), title(), heading(), table())."""
	body = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{"".join(blocks)}{PAGE}</w:body></w:document>'
	buffer = io.BytesIO()
	with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
		z.writestr("[Content_Types].xml", CONTENT_TYPES)
		z.writestr("_rels/.rels", RELS)
		z.writestr("word/document.xml", body)
	return buffer.getvalue()
