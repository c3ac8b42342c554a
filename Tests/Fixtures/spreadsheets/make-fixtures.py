#!/usr/bin/env python3
"""Makes the workbook fixtures of Tests/RopaKitTests/Spreadsheet*Tests.swift.

The generated files are committed: CI never runs this script. Run it again only to change them:

    python3 Tests/Fixtures/spreadsheets/make-fixtures.py            # all committed fixtures
    python3 Tests/Fixtures/spreadsheets/make-fixtures.py --perf DIR # the 1,000-fiche timing files (not committed)

Needs, to regenerate:
- LibreOffice Calc (`apt-get install -y libreoffice-calc python3-uno`): .xlsx and .xls as users
  get them from the CNIL model, and a password-protected .ods;
- Python packages openpyxl (an .xlsx written by a script, as many exports are) and
  msoffcrypto-tool (a really password-protected .xlsx): `pip install openpyxl msoffcrypto-tool`.
Everything else is written by hand below with the standard library, byte for byte, so that each
hostile file is exactly the attack it names.
"""
import io
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
CNIL = os.path.join(HERE, "..", "cnil-model")
ORIGINAL = os.path.join(CNIL, "registre-traitement-simplifie.ods")
RESAVED = os.path.join(CNIL, "registre-traitement-simplifie-resaved-2024.ods")
FIXED_TIME = (2024, 1, 1, 0, 0, 0)  # same bytes on every run


def write_zip(path, entries, compression=zipfile.ZIP_DEFLATED):
    """entries: (name, bytes) in order; the first `mimetype` is stored, as ODF requires."""
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else compression
            archive.writestr(info, data)


def soffice(args, cwd):
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", *args],
                       cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def convert(source, extension, filter_name, out_dir, out_name):
    """LibreOffice headless conversion, as a user's "Save as" does."""
    with tempfile.TemporaryDirectory() as work:
        soffice(["--convert-to", f"{extension}:{filter_name}", "--outdir", work, source], cwd=work)
        produced = os.path.join(work, os.path.splitext(os.path.basename(source))[0] + "." + extension)
        shutil.move(produced, os.path.join(out_dir, out_name))


# --- ODS and XLSX written by hand: every construct the readers handle ------------------------

ODS_NAMESPACES = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
                  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
                  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
                  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
                  'xmlns:xlink="http://www.w3.org/1999/xlink" '
                  'xmlns:dc="http://purl.org/dc/elements/1.1/" '
                  'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"')

ODS_MANIFEST = b"""<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""


def ods(tables, styles=""):
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODS_NAMESPACES} office:version="1.2">'
               f'<office:automatic-styles>{styles}</office:automatic-styles>'
               f'<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>')
    return [("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"),
            ("META-INF/manifest.xml", ODS_MANIFEST), ("content.xml", content.encode())]


def handmade_ods(path):
    styles = ('<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>'
              '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>')
    cells = (
        # Row 1: spaces, a tab, a line break, two paragraphs, a note, a link, a span.
        '<table:table-row>'
        '<table:table-cell office:value-type="string"><text:p>a<text:s text:c="3"/>b<text:tab/>c<text:line-break/>d</text:p>'
        '<text:p>second paragraph</text:p></table:table-cell>'
        '<table:table-cell office:value-type="string"><office:annotation><dc:date>2019-09-17T00:00:00</dc:date>'
        '<text:p>HELP TEXT OF A NOTE</text:p></office:annotation><text:p>Label <text:span>with span</text:span></text:p></table:table-cell>'
        '<table:table-cell office:value-type="string"><text:p><text:a xlink:href="https://www.cnil.fr/">CNIL link</text:a></text:p></table:table-cell>'
        '<table:table-cell table:number-columns-repeated="3"/>'
        '<table:table-cell office:value-type="string"><text:p>after an empty repeat</text:p>'
        '<draw:frame><draw:text-box><text:p>TEXT OF A DRAWING</text:p></draw:text-box></draw:frame></table:table-cell>'
        '</table:table-row>'
        # Row 2: value types.
        '<table:table-row>'
        '<table:table-cell office:value-type="float" office:value="75001"><text:p>75001</text:p></table:table-cell>'
        '<table:table-cell office:value-type="percentage" office:value="0.25"><text:p>25 %</text:p></table:table-cell>'
        '<table:table-cell office:value-type="currency" office:currency="EUR" office:value="12.5"><text:p>12,50 €</text:p></table:table-cell>'
        '<table:table-cell office:value-type="date" office:date-value="2018-05-26T13:45:00"><text:p>26/05/2018</text:p></table:table-cell>'
        '<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>VRAI</text:p></table:table-cell>'
        '<table:table-cell office:value-type="time" office:time-value="PT13H45M00S"><text:p>13:45</text:p></table:table-cell>'
        '<table:table-cell table:formula="of:=[.A1]" office:value-type="string" office:string-value="cached"><text:p>cached</text:p></table:table-cell>'
        '<table:table-cell table:formula="of:=1/0" office:value-type="float" office:value="0" calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>'
        '<table:table-cell office:value-type="float" office:value="3"/>'
        '</table:table-row>'
        # Row 3: a merged range B3:D4 whose covered cells hold hidden text, then a repeated value.
        '<table:table-row>'
        '<table:table-cell office:value-type="string"><text:p>before merge</text:p></table:table-cell>'
        '<table:table-cell office:value-type="string" table:number-columns-spanned="3" table:number-rows-spanned="2"><text:p>merged</text:p></table:table-cell>'
        '<table:covered-table-cell office:value-type="string"><text:p>HIDDEN COVERED TEXT</text:p></table:covered-table-cell>'
        '<table:covered-table-cell/>'
        '<table:table-cell office:value-type="string" table:number-columns-repeated="2"><text:p>twice</text:p></table:table-cell>'
        '</table:table-row>'
        '<table:table-row><table:table-cell/><table:covered-table-cell table:number-columns-repeated="3"/>'
        '<table:table-cell office:value-type="string"><text:p>E4</text:p></table:table-cell></table:table-row>'
        # Rows 5–6: a repeated row with content; then a million empty rows, then one last cell.
        '<table:table-row table:number-rows-repeated="2"><table:table-cell office:value-type="string"><text:p>row twice</text:p></table:table-cell></table:table-row>'
        '<table:table-row-group><table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table-row-group>'
        '<table:table-row><table:table-cell office:value-type="string"><text:p>last</text:p></table:table-cell></table:table-row>'
    )
    tables = (f'<table:table table:name="Fiche l\'équipe" table:style-name="ta1">{cells}</table:table>'
              '<table:table table:name="Listes" table:style-name="ta2"><table:table-row>'
              '<table:table-cell office:value-type="string"><text:p>hidden list</text:p></table:table-cell></table:table-row></table:table>')
    write_zip(path, ods(tables, styles))


XLSX_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
{overrides}</Types>"""

PACKAGE_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""

RELS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def xlsx(sheets, shared=None, styles=None, date1904=False, prefix=""):
    """sheets: (name, state or None, sheetData XML, extra XML after sheetData)."""
    p = f"{prefix}:" if prefix else ""
    ns = f'xmlns{":" + prefix if prefix else ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    date_system = ' date1904="1"' if date1904 else ""
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<{p}workbook {ns} xmlns:r="{RELS_NS}">'
                f'<{p}workbookPr{date_system}/><{p}sheets>')
    rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    entries = []
    for index, (name, state, data, extra) in enumerate(sheets, start=1):
        state_attribute = f' state="{state}"' if state else ""
        workbook += f'<{p}sheet name="{name}" sheetId="{index}"{state_attribute} r:id="rId{index}"/>'
        rels.append(f'<Relationship Id="rId{index}" Type="{RELS_NS}/worksheet" Target="worksheets/sheet{index}.xml"/>')
        entries.append((f"xl/worksheets/sheet{index}.xml",
                        (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<{p}worksheet {ns}>'
                         f'<{p}sheetData>{data}</{p}sheetData>{extra}</{p}worksheet>').encode()))
    workbook += f"</{p}sheets></{p}workbook>"
    overrides = ""
    if shared is not None:
        rels.append(f'<Relationship Id="rIdS" Type="{RELS_NS}/sharedStrings" Target="sharedStrings.xml"/>')
        entries.append(("xl/sharedStrings.xml", (f'<?xml version="1.0" encoding="UTF-8"?>\n<{p}sst {ns}>{shared}</{p}sst>').encode()))
    if styles is not None:
        rels.append(f'<Relationship Id="rIdT" Type="{RELS_NS}/styles" Target="/xl/styles.xml"/>')
        entries.append(("xl/styles.xml", (f'<?xml version="1.0" encoding="UTF-8"?>\n<{p}styleSheet {ns}>{styles}</{p}styleSheet>').encode()))
    rels.append("</Relationships>")
    return [("[Content_Types].xml", XLSX_TYPES.format(overrides=overrides).encode()),
            ("_rels/.rels", PACKAGE_RELS.encode()),
            ("xl/workbook.xml", workbook.encode()),
            ("xl/_rels/workbook.xml.rels", "".join(rels).encode())] + entries


def handmade_xlsx(path, date1904=False, prefix=""):
    p = f"{prefix}:" if prefix else ""
    shared = (f'<{p}si><{p}t>plain</{p}t></{p}si>'
              f'<{p}si><{p}r><{p}t>rich </{p}t></{p}r><{p}r><{p}rPr><{p}b/></{p}rPr><{p}t>runs</{p}t></{p}r>'
              f'<{p}rPh sb="0" eb="1"><{p}t>PHONETIC</{p}t></{p}rPh></{p}si>'
              f'<{p}si><{p}t xml:space="preserve">line one_x000D_\nline two</{p}t></{p}si>')
    styles = (f'<{p}numFmts count="2"><{p}numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'
              f'<{p}numFmt numFmtId="165" formatCode="&quot;day&quot; 0.00"/></{p}numFmts>'
              f'<{p}cellStyleXfs count="1"><{p}xf numFmtId="14"/></{p}cellStyleXfs>'
              f'<{p}cellXfs count="5"><{p}xf numFmtId="0"/><{p}xf numFmtId="14"/><{p}xf numFmtId="164"/>'
              f'<{p}xf numFmtId="165"/><{p}xf numFmtId="20"/></{p}cellXfs>')
    data = (
        f'<{p}row r="1"><{p}c r="A1" t="s"><{p}v>0</{p}v></{p}c><{p}c r="B1" t="s"><{p}v>1</{p}v></{p}c>'
        f'<{p}c r="C1" t="s"><{p}v>2</{p}v></{p}c><{p}c r="D1" t="inlineStr"><{p}is><{p}t>inline</{p}t></{p}is></{p}c>'
        f'<{p}c r="F1" s="3"><{p}v>7</{p}v></{p}c></{p}row>'
        # No references: cells follow one another, rows too.
        f'<{p}row><{p}c><{p}v>75001</{p}v></{p}c><{p}c s="1"><{p}v>43246</{p}v></{p}c><{p}c s="2"><{p}v>43598.5</{p}v></{p}c>'
        f'<{p}c t="b"><{p}v>1</{p}v></{p}c><{p}c t="e"><{p}f>1/0</{p}f><{p}v>#DIV/0!</{p}v></{p}c>'
        f'<{p}c t="str"><{p}f>A1&amp;"!"</{p}f><{p}v>plain!</{p}v></{p}c><{p}c t="d"><{p}v>2019-05-13T00:00:00</{p}v></{p}c>'
        f'<{p}c s="4"><{p}v>0.5</{p}v></{p}c></{p}row>'
        f'<{p}row r="5"><{p}c r="B5" s="7"><{p}v>2.5</{p}v></{p}c><{p}c r="C5"/><{p}c r="D5" t="s"><{p}v>99</{p}v></{p}c></{p}row>'
    )
    merges = f'<{p}mergeCells count="1"><{p}mergeCell ref="B5:D6"/></{p}mergeCells>'
    sheets = [("Fiche", None, data, merges), ("Listes", "hidden", f'<{p}row r="1"><{p}c r="A1" t="inlineStr"><{p}is><{p}t>hidden</{p}t></{p}is></{p}c></{p}row>', ""),
              ("Secret", "veryHidden", "", "")]
    write_zip(path, xlsx(sheets, shared, styles, date1904, prefix))


def openpyxl_xlsx(path):
    """A workbook written by a script (openpyxl): shared strings, date styles, merges, states."""
    import datetime
    import openpyxl
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Paie"
    sheet["A1"] = "Nom du traitement"
    sheet["B1"] = "Gestion de la paie"
    sheet["A2"] = "Date de création du traitement"
    sheet["B2"] = datetime.date(2018, 5, 26)
    sheet["B2"].number_format = "DD/MM/YYYY"
    sheet["A3"] = "Sous-finalités"
    sheet["B3"] = "Calcul des rémunérations\nOrdre de virement à la banque"
    sheet["A4"] = CellRichText(["Texte ", TextBlock(InlineFont(b=True), "enrichi")])
    sheet["A5"] = 75001
    sheet["A6"] = True
    sheet["B8"] = "fusion"
    sheet.merge_cells("B8:H8")
    lists = book.create_sheet("5_-_Listes")
    lists["A1"] = "Garanties"
    lists.sheet_state = "hidden"
    book.save(path)


# --- Hostile workbooks --------------------------------------------------------------------

def patch_entry(data, name, **fields):
    """Rewrites fields of an entry's local header and central-directory record, as an attacker
    would: method, crc, compressed, size (uncompressed)."""
    layout = {b"PK\x03\x04": (26, 30, {"method": 8, "crc": 14, "compressed": 18, "size": 22}),
              b"PK\x01\x02": (28, 46, {"method": 10, "crc": 16, "compressed": 20, "size": 24})}
    encoded = name.encode()
    for signature, (length_offset, name_offset, offsets) in layout.items():
        index = data.find(signature)
        while index >= 0:
            length = struct.unpack_from("<H", data, index + length_offset)[0]
            if data[index + name_offset:index + name_offset + length] == encoded:
                for field, value in fields.items():
                    struct.pack_into("<H" if field == "method" else "<I", data, index + offsets[field], value)
            index = data.find(signature, index + 4)
    return data


def zip_bytes(entries):
    buffer = io.BytesIO()
    write_zip(buffer, entries)
    return bytearray(buffer.getvalue())


def hostile(out):
    os.makedirs(out, exist_ok=True)
    cnil = open(ORIGINAL, "rb").read()
    with zipfile.ZipFile(ORIGINAL) as archive:
        cnil_entries = [(info.filename, archive.read(info.filename)) for info in archive.infolist()]
    small_sheet = ('<table:table table:name="Feuille1"><table:table-row><table:table-cell office:value-type="string">'
                   '<text:p>x</text:p></table:table-cell></table:table-row></table:table>')

    # ZIP bombs: a part whose header declares more than the part limit (256 MiB); a part that
    # compresses 1,000 to 1 (20 MB of zeros in 20 kB); a part whose header lies about its size.
    write_bytes(os.path.join(out, "bomb-declared-size.ods"), patch_entry(zip_bytes(ods(small_sheet)), "content.xml", size=300 << 20))
    zeros = b"<?xml version='1.0'?><a>" + b" " * (20 << 20) + b"</a>"
    write_zip(os.path.join(out, "bomb-ratio.ods"), ods(small_sheet)[:2] + [("content.xml", zeros)])
    write_bytes(os.path.join(out, "bomb-lying-header.ods"),
                patch_entry(zip_bytes(ods(small_sheet)[:2] + [("content.xml", zeros)]), "content.xml", size=1000))

    # Entities: "billion laughs" in an ODS, an external entity in an XLSX sheet.
    laughs = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
              + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 10))
              + f']>\n<office:document-content {ODS_NAMESPACES}><office:body><office:spreadsheet>'
              '<table:table table:name="a"><table:table-row><table:table-cell office:value-type="string"><text:p>&lol9;</text:p>'
              '</table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>')
    write_zip(os.path.join(out, "billion-laughs.ods"), ods("")[:2] + [("content.xml", laughs.encode())])
    entries = xlsx([("Feuille1", None, '<row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>', "")])
    entries = [(name, data.replace(b'standalone="yes"?>\n<worksheet',
                                   b'standalone="yes"?>\n<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<worksheet'))
               if name.startswith("xl/worksheets/") else (name, data) for name, data in entries]
    write_zip(os.path.join(out, "external-entity.xlsx"), entries)

    # A million non-empty rows, in 400 bytes: a repeated row with a value.
    write_zip(os.path.join(out, "million-rows.ods"), ods(
        '<table:table table:name="Feuille1"><table:table-row table:number-rows-repeated="1048576">'
        '<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table>'))

    # An entry whose name leads out of any folder it would be extracted to.
    write_zip(os.path.join(out, "path-traversal.xlsx"),
              xlsx([("Feuille1", None, "", "")]) + [("../../evil.sh", b"#!/bin/sh\necho owned\n")])

    # Damaged: cut in the middle; one byte of content.xml's compressed data changed; a deflate
    # stream that never ends (non-final stored blocks running to the end of the file).
    write_bytes(os.path.join(out, "truncated.ods"), cnil[:len(cnil) // 2])
    corrupt = bytearray(cnil)
    index = corrupt.find(b"content.xml") + 200
    corrupt[index] ^= 0xFF
    write_bytes(os.path.join(out, "corrupt-content.ods"), corrupt)
    # Written stored, then declared deflated: a non-final stored block of 65,535 bytes, of which
    # the entry holds 4.
    endless = b"\x00" + struct.pack("<HH", 65535, 0) + b"<a/>"
    entries = ods(small_sheet)[:2]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in entries + [("content.xml", endless)]:
            archive.writestr(zipfile.ZipInfo(name, FIXED_TIME), content)
    write_bytes(os.path.join(out, "endless-deflate.ods"),
                patch_entry(bytearray(buffer.getvalue()), "content.xml", method=8, crc=zlib.crc32(b"<a/>"), size=1 << 20))

    # XML that is not well-formed, on line 3.
    write_zip(os.path.join(out, "malformed-content.ods"), ods("")[:2] + [("content.xml", (
        '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">\n'
        '<office:body></office:bod>\n').encode())])

    # Not workbooks: text named .xlsx; a Word document; an OpenDocument text; an empty file.
    write_bytes(os.path.join(out, "not-a-zip.xlsx"), "Nom;Finalité\nPaie;Gestion de la paie\n".encode())
    write_zip(os.path.join(out, "word-document.xlsx"), [
        ("[Content_Types].xml", b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                                b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                                b'officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("word/document.xml", b"<w:document/>")])
    write_zip(os.path.join(out, "text-document.ods"), [("mimetype", b"application/vnd.oasis.opendocument.text"),
                                                       ("content.xml", b"<office:document-content/>")])
    write_bytes(os.path.join(out, "empty.ods"), b"")

    # Password-protected: an encrypted-ODF manifest; Office's encrypted OLE container.
    write_zip(os.path.join(out, "encrypted-manifest.ods"), [
        ("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"),
        ("META-INF/manifest.xml", ODS_MANIFEST.replace(
            b'manifest:media-type="text/xml"/>',
            b'manifest:media-type="text/xml" manifest:size="1000"><manifest:encryption-data manifest:checksum-type="SHA1/1K" '
            b'manifest:checksum="x"><manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" '
            b'manifest:initialisation-vector="x"/></manifest:encryption-data></manifest:file-entry>')),
        ("content.xml", bytes(range(256)))])


def write_bytes(path, data):
    with open(path, "wb") as out:
        out.write(bytes(data))


def libreoffice_fixtures(out):
    """What users get from the CNIL model: saved as .xlsx (and as .xls) by LibreOffice."""
    os.makedirs(out, exist_ok=True)
    convert(ORIGINAL, "xlsx", "Calc MS Excel 2007 XML", out, "registre-traitement-simplifie.xlsx")
    convert(RESAVED, "xlsx", "Calc MS Excel 2007 XML", out, "registre-traitement-simplifie-resaved-2024.xlsx")
    with tempfile.TemporaryDirectory() as work:
        small = os.path.join(work, "small.ods")
        write_zip(small, ods('<table:table table:name="Feuille1"><table:table-row><table:table-cell office:value-type="string">'
                             '<text:p>x</text:p></table:table-cell></table:table-row></table:table>'))
        convert(small, "xls", "MS Excel 97", os.path.join(HERE, "hostile"), "legacy.xls")


def encrypted_fixtures(out):
    """Really password-protected copies (password "ropa"): Office's with msoffcrypto-tool, the
    OpenDocument one with LibreOffice through UNO."""
    import msoffcrypto.format.ooxml
    source = os.path.join(HERE, "handmade", "handmade.xlsx")
    with open(source, "rb") as plain, open(os.path.join(out, "password.xlsx"), "wb") as encrypted:
        office = msoffcrypto.format.ooxml.OOXMLFile(plain)
        office.encrypt("ropa", encrypted)
    script = os.path.join(HERE, "save-with-password.py")
    source = os.path.join(HERE, "handmade", "handmade.ods")
    subprocess.run(["/usr/bin/python3", script, source, os.path.abspath(os.path.join(out, "password.ods"))],
                   check=True, timeout=300)


def perf(out):
    """1,000 fiches (sheet 3 filled in, copied 1,000 times) as .ods, and as .xlsx by LibreOffice."""
    os.makedirs(out, exist_ok=True)
    with zipfile.ZipFile(ORIGINAL) as archive:
        entries = [(info.filename, archive.read(info.filename)) for info in archive.infolist()]
    content = dict(entries)["content.xml"].decode()
    match = re.search(r'<table:table table:name="3_-_Mod.*?</table:table>', content, re.S)
    model = match.group(0)
    fiches = []
    for number in range(1, 1001):
        fiche = model.replace('table:name="3_-_Modèle_de_fiche_de_registre"', f'table:name="Fiche {number:04d}"')
        fiche = fiche.replace("<text:p>ref-001</text:p>", f"<text:p>ref-{number:04d}</text:p>")
        fiches.append(fiche)
    content = content[:match.start()] + "".join(fiches) + content[match.end():]
    path = os.path.join(out, "perf-1000-fiches.ods")
    write_zip(path, [(name, content.encode() if name == "content.xml" else data) for name, data in entries])
    convert(path, "xlsx", "Calc MS Excel 2007 XML", out, "perf-1000-fiches.xlsx")


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--perf":
        perf(sys.argv[2])
        return
    for folder in ("handmade", "hostile", "libreoffice"):
        os.makedirs(os.path.join(HERE, folder), exist_ok=True)
    handmade_ods(os.path.join(HERE, "handmade", "handmade.ods"))
    handmade_xlsx(os.path.join(HERE, "handmade", "handmade.xlsx"))
    handmade_xlsx(os.path.join(HERE, "handmade", "handmade-1904-prefixed.xlsx"), date1904=True, prefix="x")
    openpyxl_xlsx(os.path.join(HERE, "handmade", "openpyxl.xlsx"))
    hostile(os.path.join(HERE, "hostile"))
    libreoffice_fixtures(os.path.join(HERE, "libreoffice"))
    encrypted_fixtures(os.path.join(HERE, "hostile"))


if __name__ == "__main__":
    main()
