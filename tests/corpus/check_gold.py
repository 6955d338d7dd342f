"""Check the gold files of a test corpus against their documents.

    .venv/bin/python tests/corpus/check_gold.py [CORPUS_DIR ...]

CORPUS_DIR defaults to the folder of this script (tests/corpus); it must hold docs/ and gold/.
For every gold/*.json the checker verifies that

* the JSON parses and has the fields of the gold format (README of the shared corpus), with the
  right types and vocabularies (parties, roles, statement kinds, ISO dates, vote counts);
* the document named in "document" exists in docs/ with the same stem;
* internal references hold: every person in proposals, reservations and statements is in "persons"
  with the same party; "endorses" points at another statement of the same paragraph; agreement
  parties, "referred_by", "body" and "municipality" are listed in "organisations"; no duplicates;
* every gold string occurs in the document text after Unicode NFC and whitespace collapsing:
  paragraph titles, case numbers and person names exactly (case-sensitive); organisation names,
  agreement titles and agreement parties case-insensitively (the gold gives them a capital initial
  where the text may not: "Avtal mellan socialnämnden och …"); the meeting date as an ISO date or
  in Swedish words ("17 mars 2022").

Text is read as a loader would: .txt with BOM detection, then UTF-8, then Windows-1252;
.html via lxml without script/style/comments; .docx via python-docx (body, tables, headers,
footers); .pdf via pypdfium2. Exit code 0 when clean, 1 when any problem is found.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

PARTIES = {"S", "M", "V", "MP", "L", "FP", "C", "KD", "SD", "Fi", None}
ROLES = {
    "ordförande",
    "vice ordförande",
    "ledamot",
    "ersättare",
    "tjänstgörande ersättare",
    "justerare",
    "sekreterare",
    "tjänsteman",
}
KINDS = {"särskilt uttalande", "särskilt yttrande", "ersättaryttrande", "protokollsanteckning"}
DOC_FIELDS = {
    "document": str,
    "municipality": str,
    "body": str,
    "meeting_date": (str, type(None)),
    "paragraphs": list,
    "persons": list,
    "organisations": list,
}
PAR_FIELDS = {
    "number": str,
    "title": str,
    "case_numbers": list,
    "referred_by": (str, type(None)),
    "decision_count": int,
    "immediate_adjustment": bool,
    "staff_report_date": (str, type(None)),
    "proposals": list,
    "vote": (dict, type(None)),
    "reservations": list,
    "statements": list,
    "agreements": list,
}
MONTHS = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
]
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


# ------------------------------------------------------------------------------------- readers


def read_txt(path: Path) -> str:
    data = path.read_bytes()
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16")
    if data.startswith(b"\xef\xbb\xbf"):
        return _undouble(data[3:].decode("utf-8"))
    try:
        return _undouble(data.decode("utf-8"))
    except UnicodeDecodeError:
        return data.decode("cp1252")


def _undouble(text: str) -> str:
    """UTF-8 text that was once read as Windows-1252 and saved again ("SammantrÃ¤de"), as it was written."""
    if "Ã" not in text:
        return text
    try:
        return text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def read_html(path: Path) -> str:
    import lxml.html

    raw = path.read_bytes()
    root = lxml.html.document_fromstring(raw)
    for bad in root.xpath("//script|//style|//comment()"):
        bad.drop_tree()
    return " ".join(root.itertext())


def read_docx(path: Path) -> str:
    import docx

    d = docx.Document(str(path))
    parts: list[str] = []

    def cells(table) -> None:
        for row in table.rows:
            for cell in row.cells:
                parts.extend(p.text for p in cell.paragraphs)
                for inner in cell.tables:
                    cells(inner)

    parts.extend(p.text for p in d.paragraphs)
    for table in d.tables:
        cells(table)
    for section in d.sections:
        for part in (section.header, section.footer):
            parts.extend(p.text for p in part.paragraphs)
            for table in part.tables:
                cells(table)
    return "\n".join(parts)


def read_pdf(path: Path) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


READERS = {".txt": read_txt, ".html": read_html, ".htm": read_html, ".docx": read_docx, ".pdf": read_pdf}


# ------------------------------------------------------------------------------------- checks


class Checker:
    def __init__(self, gold_path: Path, docs: Path) -> None:
        self.gold_path = gold_path
        self.docs = docs
        self.problems: list[str] = []
        self.text = ""
        self.folded = ""

    def err(self, msg: str) -> None:
        self.problems.append(f"{self.gold_path.name}: {msg}")

    def occurs(self, s: str, what: str, fold: bool = False) -> None:
        if not isinstance(s, str) or not s.strip():
            self.err(f"{what}: empty or not a string: {s!r}")
            return
        needle = norm(s)
        hay = self.text
        if fold:
            needle, hay = needle.casefold(), self.folded
        if needle not in hay:
            self.err(f"{what} not found in document text: {s!r}")

    def fields(self, obj: dict, spec: dict, where: str) -> bool:
        ok = True
        for key, typ in spec.items():
            if key not in obj:
                self.err(f"{where}: missing field {key!r}")
                ok = False
            elif not isinstance(obj[key], typ) or (typ is int and isinstance(obj[key], bool)):
                self.err(f"{where}: field {key!r} has type {type(obj[key]).__name__}")
                ok = False
        return ok

    def date(self, value, where: str) -> None:
        if value is not None and not ISO.match(value):
            self.err(f"{where}: not an ISO date: {value!r}")

    def person_ref(self, p: dict, where: str, persons: dict) -> None:
        if not isinstance(p, dict) or "name" not in p or "party" not in p:
            self.err(f"{where}: entry needs name and party: {p!r}")
            return
        extra = set(p) - {"name", "party", "with_others"}
        if extra:
            self.err(f"{where}: unknown keys {sorted(extra)}")
        if "with_others" in p and p["with_others"] is not True:
            self.err(f"{where}: with_others must be true when present")
        if p["party"] not in PARTIES:
            self.err(f"{where}: party {p['party']!r} is not canonical")
        self.occurs(p["name"], f"{where} name")
        if p["name"] not in persons:
            self.err(f"{where}: {p['name']!r} is not in persons")
        elif persons[p["name"]] != p["party"]:
            self.err(
                f"{where}: {p['name']!r} party {p['party']!r} differs from persons ({persons[p['name']]!r})"
            )

    def run(self) -> list[str]:
        try:
            gold = json.loads(self.gold_path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            self.err(f"JSON does not parse: {e}")
            return self.problems
        if not isinstance(gold, dict) or not self.fields(gold, DOC_FIELDS, "document"):
            return self.problems
        doc = self.docs / gold["document"]
        if Path(gold["document"]).stem != self.gold_path.stem:
            self.err(f"document {gold['document']!r} does not have the gold file's stem")
        if not doc.exists():
            self.err(f"document {doc} does not exist")
            return self.problems
        reader = READERS.get(doc.suffix.lower())
        if reader is None:
            self.err(f"no reader for {doc.suffix}")
            return self.problems
        self.text = norm(reader(doc))
        self.folded = self.text.casefold()

        orgs = gold["organisations"]
        if len(set(orgs)) != len(orgs):
            self.err("duplicate organisations")
        for o in orgs:
            self.occurs(o, "organisation", fold=True)
            if isinstance(o, str) and o[:1] != o[:1].upper():
                self.err(f"organisation {o!r} does not start with a capital")
        for key in ("municipality", "body"):
            self.occurs(gold[key], key, fold=True)
            if gold[key] not in orgs:
                self.err(f"{key} {gold[key]!r} is not in organisations")

        self.date(gold["meeting_date"], "meeting_date")
        if gold["meeting_date"]:
            y, m, d = (int(x) for x in gold["meeting_date"].split("-"))
            words = f"{d} {MONTHS[m - 1]} {y}"
            if gold["meeting_date"] not in self.text and words not in self.folded:
                self.err(f"meeting_date {gold['meeting_date']} occurs neither as ISO date nor as {words!r}")

        persons: dict[str, str | None] = {}
        for i, p in enumerate(gold["persons"]):
            where = f"persons[{i}]"
            if not self.fields(p, {"name": str, "party": (str, type(None)), "roles": list}, where):
                continue
            if p["name"] in persons:
                self.err(f"{where}: duplicate person {p['name']!r}")
            persons[p["name"]] = p["party"]
            self.occurs(p["name"], f"{where} name")
            if p["party"] not in PARTIES:
                self.err(f"{where}: party {p['party']!r} is not canonical")
            for r in p["roles"]:
                if r not in ROLES:
                    self.err(f"{where}: unknown role {r!r}")
            if len(set(p["roles"])) != len(p["roles"]):
                self.err(f"{where}: duplicate roles")

        numbers = set()
        for i, par in enumerate(gold["paragraphs"]):
            where = f"§ {par.get('number', i)}"
            if not self.fields(par, PAR_FIELDS, where):
                continue
            if par["number"] in numbers:
                self.err(f"{where}: duplicate paragraph number")
            numbers.add(par["number"])
            if not re.fullmatch(r"\d+( [a-z])?", par["number"]):
                self.err(f"{where}: unusual paragraph number {par['number']!r}")
            self.occurs(par["number"], f"{where} number")
            self.occurs(par["title"], f"{where} title")
            if par["title"] != norm(par["title"]):
                self.err(f"{where}: title is not whitespace-collapsed")
            for c in par["case_numbers"]:
                self.occurs(c, f"{where} case number")
            if len(set(par["case_numbers"])) != len(par["case_numbers"]):
                self.err(f"{where}: duplicate case numbers")
            if par["referred_by"] is not None:
                self.occurs(par["referred_by"], f"{where} referred_by", fold=True)
                if par["referred_by"] not in orgs:
                    self.err(f"{where}: referred_by {par['referred_by']!r} is not in organisations")
            if par["decision_count"] < 0:
                self.err(f"{where}: negative decision_count")
            self.date(par["staff_report_date"], f"{where} staff_report_date")
            vote = par["vote"]
            if vote is not None:
                if set(vote) != {"yes", "no", "abstain"} or not all(
                    isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in vote.values()
                ):
                    self.err(f"{where}: vote must be {{yes, no, abstain}} with counts: {vote!r}")
            for key in ("proposals", "reservations"):
                names = [p.get("name") for p in par[key] if isinstance(p, dict)]
                if len(set(names)) != len(names):
                    self.err(f"{where}: duplicate names in {key}")
                for j, p in enumerate(par[key]):
                    self.person_ref(p, f"{where} {key}[{j}]", persons)
            for j, st in enumerate(par["statements"]):
                sw = f"{where} statements[{j}]"
                if not self.fields(st, {"kind": str, "by": list}, sw):
                    continue
                if st["kind"] not in KINDS:
                    self.err(f"{sw}: unknown kind {st['kind']!r}")
                for k, p in enumerate(st["by"]):
                    self.person_ref(p, f"{sw} by[{k}]", persons)
                if "endorses" in st:
                    e = st["endorses"]
                    if not isinstance(e, int) or not 0 <= e < len(par["statements"]) or e == j:
                        self.err(f"{sw}: endorses {e!r} does not point at another statement")
            for j, ag in enumerate(par["agreements"]):
                aw = f"{where} agreements[{j}]"
                if not self.fields(ag, {"title": str, "parties": list}, aw):
                    continue
                self.occurs(ag["title"], f"{aw} title", fold=True)
                if len(ag["parties"]) < 2:
                    self.err(f"{aw}: an agreement needs at least two parties")
                for o in ag["parties"]:
                    self.occurs(o, f"{aw} party", fold=True)
                    if o not in orgs:
                        self.err(f"{aw}: party {o!r} is not in organisations")
        return self.problems


def check_corpus(root: Path) -> list[str]:
    gold_dir, docs = root / "gold", root / "docs"
    problems: list[str] = []
    golds = sorted(gold_dir.glob("*.json"))
    if not golds:
        return [f"{gold_dir}: no gold files"]
    stems = {g.stem for g in golds}
    for d in sorted(docs.iterdir()):
        if d.is_file() and d.stem not in stems:
            problems.append(f"{d.name}: document without a gold file")
    for g in golds:
        problems.extend(Checker(g, docs).run())
    return problems


def main(argv: list[str]) -> int:
    roots = [Path(a) for a in argv] or [Path(__file__).resolve().parent]
    problems: list[str] = []
    n = 0
    for root in roots:
        n += len(list((root / "gold").glob("*.json")))
        problems.extend(check_corpus(root))
    for p in problems:
        print(p)
    print(f"{n} gold files checked, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
