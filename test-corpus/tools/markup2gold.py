#!/usr/bin/env python3
"""Convert the annotated golden corpus into plain texts and gold JSON files.

For every test-corpus/annotated/NAME.txt this writes
    test-corpus/NAME.txt        the article with the markup removed
    test-corpus/NAME.gold.json  its gold quotes and negatives (UTF-16 offsets, end exclusive)

Usage:
    python3 test-corpus/tools/markup2gold.py            convert every annotated/*.txt
    python3 test-corpus/tools/markup2gold.py NAME ...   convert only these (NAME or NAME.txt)
    python3 test-corpus/tools/markup2gold.py --check    write nothing; fail if an output is stale
    python3 test-corpus/tools/markup2gold.py --show NAME   print the gold of NAME, re-read from disk
    python3 test-corpus/tools/markup2gold.py --lint     also warn about quotation marks left unannotated,
                                                        missing entities and doubtful reported-speech spans

The markup is described in test-corpus/README.md; tests in test_markup2gold.py. Standard library only. Exit status 0 when every
file converted cleanly, 1 when any file has a markup error (files without errors are still
written), 2 on bad usage.
"""

import argparse
import json
import os
import re
import signal
import sys

CORPUS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ANNOTATED = os.path.join(CORPUS, "annotated")

# Plain texts that exist independently of their markup: regenerating them must not change a byte.
PROTECTED = {"seed-article"}

# Opening mark -> the closing marks that pair with it.
PAIRS = {
    "\u201c": "\u201d",          # “ ”
    '"': '"',                    # " "
    "'": "'",                    # ' '
    "\u2018": "\u2019",          # ‘ ’
    "\u00ab": "\u00bb",          # « »
    "\u00bb": "\u00ab",          # » «  (Swiss/Scandinavian/German reversed guillemets)
    "\u201e": "\u201c\u201d",    # „ “  (German; „ ” also accepted)
    "\u2039": "\u203a",          # ‹ ›
    "\u203a": "\u2039",          # › ‹
    "\u201a": "\u2018\u2019",    # ‚ ‘  (German single)
    "\u201d": "\u201d",          # ” ”  (a closing mark typed as the opening one, also Swedish/Finnish)
}
# Typed closing marks of two characters: “ closed by two apostrophes ’’ (a real-world typo).
DOUBLE_CLOSERS = {"\u201c": ("\u2019\u2019",)}
# Double-quote kinds: their closing mark may not occur inside a span they open (an apostrophe may
# occur inside a single-quoted span, so single kinds are not checked this way).
DOUBLE_OPENERS = {"\u201c", '"', "\u00ab", "\u00bb", "\u201e", "\u2039", "\u203a", "\u201d"}

KINDS = {"PERSON", "ORGANIZATION", "DESCRIPTION"}
TYPES = {"DIRECT", "MIXED", "INDIRECT"}
REASONS = {"scare", "title", "nickname", "other"}
DEFAULT_REASON = "other"
GENDERS = {"FEMALE", "MALE", "UNKNOWN"}
HEADER_KEYS = {"type", "name", "kind", "role", "entity", "gender"}
ENTITY_ID = re.compile(r"[A-Za-z0-9_-]+")
# Quotation marks looked for inside INDIRECT and MIXED spans. ' and ’ count only where they can
# open a quotation (not in don't, Putin’s, Jones' Field, the '20s).
QUOTE_MARKS = set("\u201c\u201d\"\u00ab\u00bb\u201e\u2039\u203a\u2018\u201a")
AMBIGUOUS_MARKS = set("'\u2019")

TAG = re.compile(r"(?:(?P<letter>[QSC])(?P<ids>\d+(?:,\d+)*)|N(?:/(?P<reason>[A-Za-z]+))?):")
HEADER_ID = re.compile(r"@[qQ](\d+)(?=\s|$)")
HEADER_PAIR = re.compile(r'\s*([A-Za-z]+)=("(?:[^"\\]|\\.)*"|\S+)')


class MarkupError(Exception):
    pass


class Errors:
    def __init__(self, path):
        self.path = path
        self.messages = []

    def add(self, line, message):
        where = self.path if line is None else "%s:%d" % (self.path, line)
        self.messages.append("%s: %s" % (where, message))


def parse_value(raw):
    if raw.startswith('"'):
        return json.loads(raw)
    return None if raw == "null" else raw


def split_header(source, errors):
    """Returns (header lines as (line number, text), body, line number of the body's first line)."""
    lines = source.split("\n")
    for i, line in enumerate(lines):
        stripped = line.strip()
        if line.rstrip("\r") == "---":
            header = [(n + 1, lines[n].rstrip("\r")) for n in range(i)]
            return header, "\n".join(lines[i + 1:]), i + 2
        if stripped and not stripped.startswith("@") and not stripped.startswith("#"):
            break
    first = next((line.strip() for line in lines if line.strip()), "")
    if first.startswith("@"):
        errors.add(1, "header lines must be followed by a line '---'")
    return [], source, 1


def parse_header(header, errors):
    """Returns {id: {"type", "name", "kind", "role", "line"}}."""
    quotes = {}
    for number, line in header:
        stripped = line.strip()
        if not stripped or stripped.startswith("#") or re.fullmatch(r"@neg\b.*", stripped):
            continue
        m = HEADER_ID.match(stripped)
        if not m:
            errors.add(number, "bad header line (expected '@qN key=value ...' or '@neg'): %r" % stripped)
            continue
        qid = int(m.group(1))
        if qid in quotes:
            errors.add(number, "duplicate header for q%d" % qid)
            continue
        fields = {"type": "DIRECT", "name": None, "kind": None, "role": None, "entity": None,
                  "gender": None, "line": number}
        rest = stripped[m.end():]
        pos = 0
        while rest[pos:].strip():
            pm = HEADER_PAIR.match(rest, pos)
            if not pm:
                errors.add(number, "cannot parse header field at %r" % rest[pos:].strip())
                break
            key, raw = pm.group(1), pm.group(2)
            if key not in HEADER_KEYS:
                errors.add(number, "unknown header key %r (known: %s)" % (key, ", ".join(sorted(HEADER_KEYS))))
            else:
                try:
                    fields[key] = parse_value(raw)
                except ValueError:
                    errors.add(number, "bad quoted value %s" % raw)
            pos = pm.end()
        if fields["type"] not in TYPES:
            errors.add(number, "type must be one of %s, not %r" % (sorted(TYPES), fields["type"]))
        if fields["kind"] is not None and fields["kind"] not in KINDS:
            errors.add(number, "kind must be one of %s, not %r" % (sorted(KINDS), fields["kind"]))
        has_speaker = fields["name"] is not None and fields["kind"] is not None
        if fields["role"] is not None and not has_speaker:
            errors.add(number, "q%d has a role but no speaker (name and kind)" % qid)
        if fields["entity"] is not None:
            if not ENTITY_ID.fullmatch(fields["entity"]):
                errors.add(number, "q%d: entity %r may contain only letters, digits, '-' and '_'"
                           % (qid, fields["entity"]))
            if not has_speaker:
                errors.add(number, "q%d has an entity but no speaker (name and kind)" % qid)
        if fields["gender"] is not None:
            if fields["gender"] not in GENDERS:
                errors.add(number, "gender must be one of %s, not %r" % (sorted(GENDERS), fields["gender"]))
            if fields["entity"] is None:
                errors.add(number, "q%d has a gender but no entity" % qid)
        for key in ("name", "role"):
            if fields[key] is not None and fields[key] != fields[key].strip() or fields[key] == "":
                errors.add(number, "q%d: %s %r is empty or has surrounding spaces" % (qid, key, fields[key]))
        quotes[qid] = fields
    return quotes


def parse_body(body, first_line, errors):
    """Removes the markup. Returns (plain text, marks); a mark is a dict with letter, ids, reason,
    begin, end (code point offsets in the plain text) and line (in the annotated file). Marks do not
    nest, except that a negative may lie inside a Q mark (a title inside a paraphrase)."""
    out = []
    marks = []
    stack = []
    plain_len = 0
    i = 0

    def line_of(index):
        return first_line + body.count("\n", 0, index)

    def emit(text):
        nonlocal plain_len
        out.append(text)
        plain_len += len(text)

    def finish(mark):
        content = "".join(out)[mark["begin"]:plain_len]
        line = mark["line"]
        if not content:
            errors.add(line, "empty mark")
        if "\n" in content:
            errors.add(line, "a mark may not span a line break")
        # Whitespace right inside a mark (French « … » spacing) stays in the text, outside the span.
        lead = len(content) - len(content.lstrip())
        trail = len(content) - len(content.rstrip())
        if lead == len(content):
            lead, trail = 0, 0
        mark["end"] = plain_len - trail
        mark["begin"] += lead
        marks.append(mark)

    while True:
        open_at = body.find("[[", i)
        close_at = body.find("]]", i)
        if open_at == -1 and close_at == -1:
            emit(body[i:])
            break
        if close_at != -1 and (open_at == -1 or close_at < open_at):
            emit(body[i:close_at])
            if stack:
                finish(stack.pop())
            else:
                errors.add(line_of(close_at), "']]' without a matching '[['")
                emit("]]")
            i = close_at + 2
            continue
        emit(body[i:open_at])
        tag = TAG.match(body, open_at + 2)
        if not tag:
            snippet = body[open_at:open_at + 20].split("\n")[0]
            errors.add(line_of(open_at), "bad markup tag at %r (expected Q1:, S1,2:, C1:, N: or N/reason:)" % snippet)
            emit("[[")
            i = open_at + 2
            continue
        line = line_of(open_at)
        if tag.group("letter"):
            letter = tag.group("letter")
            ids = [int(x) for x in tag.group("ids").split(",")]
            if letter == "Q" and len(ids) != 1:
                errors.add(line, "a Q mark belongs to exactly one quote")
            if len(set(ids)) != len(ids):
                errors.add(line, "repeated id in mark")
            reason = None
        else:
            letter = "N"
            ids = []
            reason = tag.group("reason") or DEFAULT_REASON
            if reason not in REASONS:
                errors.add(line, "unknown negative reason %r (known: %s)" % (reason, ", ".join(sorted(REASONS))))
        if stack and (len(stack) > 1 or stack[-1]["letter"] != "Q" or letter != "N"):
            errors.add(line, "nested '[[' inside a mark opened on line %d (only an N mark may lie inside a Q mark)"
                       % stack[-1]["line"])
        stack.append({"letter": letter, "ids": ids, "reason": reason, "begin": plain_len, "end": None,
                      "line": line})
        i = tag.end()
    for mark in stack:
        errors.add(mark["line"], "'[[' is never closed with ']]'")
    marks.sort(key=lambda m: (m["begin"], -m["end"]))
    return "".join(out), marks


def is_paragraph_end(text, index):
    return index == len(text) or text[index] in "\r\n"


def skip_space(text, index, direction):
    """From index, skips spaces (not line breaks) backwards (-1: index is an exclusive end of the
    space run) or forwards (+1). Returns the index past the spaces."""
    if direction < 0:
        while index > 0 and text[index - 1].isspace() and text[index - 1] not in "\r\n":
            index -= 1
    else:
        while index < len(text) and text[index].isspace() and text[index] not in "\r\n":
            index += 1
    return index


def check_quoted(text, begin, end, may_continue, line, what, errors):
    """Checks that text[begin:end] sits right between an opening and a matching closing mark.
    may_continue: the span may instead run to the end of its paragraph (a quote continued in the
    next paragraph). Returns the opening mark or None."""
    open_at = skip_space(text, begin, -1)
    opener = text[open_at - 1] if open_at > 0 else ""
    if opener not in PAIRS:
        errors.add(line, "%s %r is not preceded by an opening quotation mark (found %r)"
                   % (what, text[begin:end], opener))
        return None
    close_at = skip_space(text, end, +1)
    closer = text[close_at] if close_at < len(text) else ""
    if closer and closer in PAIRS[opener]:
        pass
    elif any(text.startswith(c, close_at) for c in DOUBLE_CLOSERS.get(opener, ())):
        pass
    elif may_continue and is_paragraph_end(text, close_at):
        pass
    else:
        expected = " or ".join(PAIRS[opener])
        if may_continue:
            expected += " or the end of the paragraph"
        errors.add(line, "%s %r opened with %s is not followed by %s (found %r)"
                   % (what, text[begin:end], opener, expected, closer))
    if opener in DOUBLE_OPENERS:
        inner = [c for c in PAIRS[opener] if c in text[begin:end]]
        # „ “ vs an inner “ ”: only the mark that would close the span counts.
        if opener == "\u201e":
            inner = [c for c in inner if c == closer] if closer else []
        if inner:
            errors.add(line, "%s %r contains its own closing mark %s" % (what, text[begin:end], inner[0]))
    return opener


def utf16_index(text):
    """offsets[i] = UTF-16 offset of code point i (len(text)+1 entries)."""
    offsets = [0] * (len(text) + 1)
    acc = 0
    for i, ch in enumerate(text):
        offsets[i] = acc
        acc += 2 if ord(ch) > 0xFFFF else 1
    offsets[len(text)] = acc
    return offsets


def utf16_slice(encoded, begin, end):
    return encoded[2 * begin:2 * end].decode("utf-16-le")


def is_quotation_mark(text, index):
    """True if text[index] is a quotation mark rather than an apostrophe."""
    ch = text[index]
    if ch in QUOTE_MARKS:
        return True
    if ch in AMBIGUOUS_MARKS:
        # Only in an opening position before a letter: a closing ' or ’ looks like a possessive
        # (Jones' Field), one before a digit like an elision ('20s, ’09).
        before = text[index - 1] if index > 0 else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        return not before.isalnum() and after.isalpha()
    return False


def check_entities(headers, errors, warnings):
    """entity and gender: present on every quote with a speaker (an error once the file uses entity=
    at all, a warning before), and one name, kind and gender per entity id."""
    uses_entities = any(f["entity"] is not None for f in headers.values())
    first = {}
    for qid, fields in sorted(headers.items()):
        has_speaker = fields["name"] is not None and fields["kind"] is not None
        if has_speaker and (fields["entity"] is None or fields["gender"] is None):
            missing = " and ".join(k for k in ("entity", "gender") if fields[k] is None)
            message = "q%d has a speaker but no %s" % (qid, missing)
            if uses_entities:
                errors.add(fields["line"], message)
            else:
                warnings.append("%s:%d: %s" % (errors.path, fields["line"], message))
        entity = fields["entity"]
        if entity is None or not has_speaker:
            continue
        if entity not in first:
            first[entity] = qid
            continue
        other = headers[first[entity]]
        for key in ("name", "kind", "gender"):
            if fields[key] != other[key] and fields[key] is not None and other[key] is not None:
                errors.add(fields["line"], "entity %s: q%d has %s %r but q%d has %r"
                           % (entity, qid, key, fields[key], first[entity], other[key]))
    # The same name under two ids is allowed (two unnamed "one resident"s), but worth a look.
    ids = {}
    for qid, fields in sorted(headers.items()):
        if fields["entity"] is not None and fields["kind"] in ("PERSON", "ORGANIZATION"):
            ids.setdefault(fields["name"], {}).setdefault(fields["entity"], qid)
    for name, by_id in sorted(ids.items(), key=lambda item: str(item[0])):
        if len(by_id) > 1:
            warnings.append("%s:%d: %r has several entity ids: %s" % (errors.path, headers[min(by_id.values())]["line"],
                            name, ", ".join(sorted(by_id))))


def continues_in_next_paragraph(text, mark, nxt):
    """True when the span after mark (nxt, or None) opens a later paragraph: mark may then end its
    paragraph without a closing quotation mark (a quote continued over paragraphs)."""
    if nxt is None:
        return False
    nxt_open = skip_space(text, nxt["begin"], -1)
    return nxt_open >= 2 and text[nxt_open - 2] in "\r\n" and "\n" in text[mark["end"]:nxt["begin"]]


def is_quoted_span(text, begin, end, may_continue):
    """True when text[begin:end] stands between an opening mark and a matching closing one (or the
    end of its paragraph, when the quote continues in the next one): a quoted sentence that
    continues a MIXED quote. A span right after an opening mark counts as quoted whatever follows
    it (so that a wrong end is reported); after a mark and spaces (French spacing) only when a
    matching closing mark follows too."""
    if begin > 0 and text[begin - 1] in PAIRS:
        return True
    open_at = skip_space(text, begin, -1)
    opener = text[open_at - 1] if open_at > 0 else ""
    if opener not in PAIRS:
        return False
    close_at = skip_space(text, end, +1)
    closer = text[close_at] if close_at < len(text) else ""
    return bool(closer and closer in PAIRS[opener]) \
        or any(text.startswith(c, close_at) for c in DOUBLE_CLOSERS.get(opener, ())) \
        or (may_continue and is_paragraph_end(text, close_at))


def check_reported(text, qid, fields, qspans, negatives, errors, warnings):
    """INDIRECT and MIXED spans need no quotation marks around them. Quoted words inside them: an
    INDIRECT span has none outside negatives (titles, scare quotes), a MIXED quote has some. A MIXED
    quote may also have spans that stand inside quotation marks, like DIRECT spans: a quoted
    sentence that continues the paraphrase (`she said the bridge would reopen. “We are
    confident.”`); those get the DIRECT checks. An INDIRECT span inside quotation marks is an error."""
    marks_outside_negatives = []
    quoted_spans = []
    for k, mark in enumerate(qspans):
        may_continue = continues_in_next_paragraph(text, mark, qspans[k + 1] if k + 1 < len(qspans) else None)
        if is_quoted_span(text, mark["begin"], mark["end"], may_continue):
            if fields["type"] == "INDIRECT":
                errors.add(mark["line"], "INDIRECT q%d span %r stands inside quotation marks: make the quote MIXED "
                           "(or DIRECT if every span is quoted)" % (qid, text[mark["begin"]:mark["end"]]))
            else:
                check_quoted(text, mark["begin"], mark["end"], may_continue, mark["line"], "Q%d span" % qid, errors)
            quoted_spans.append(mark)
            continue
        inner = [n for n in negatives if mark["begin"] <= n["begin"] and n["end"] <= mark["end"]]
        for i in range(mark["begin"], mark["end"]):
            if not is_quotation_mark(text, i):
                continue
            # The marks around a negative are part of it here.
            if any(skip_space(text, n["begin"], -1) - 1 <= i < n["begin"]
                   or n["end"] <= i <= skip_space(text, n["end"], +1) or n["begin"] <= i < n["end"]
                   for n in inner):
                continue
            marks_outside_negatives.append((mark, i))
        if text[mark["end"] - 1] in ".,;:" and not is_quotation_mark(text, mark["end"] - 1):
            warnings.append("%s:%d: %s q%d span %r ends with %r (the sentence's punctuation stays out)"
                            % (errors.path, mark["line"], fields["type"], qid,
                               text[mark["begin"]:mark["end"]], text[mark["end"] - 1]))
    if fields["type"] == "INDIRECT" and marks_outside_negatives:
        mark, i = marks_outside_negatives[0]
        errors.add(mark["line"], "INDIRECT q%d contains the quotation mark %s at %r: make it MIXED, or mark a "
                   "title or scare quote as a negative" % (qid, text[i], text[mark["begin"]:mark["end"]]))
    if fields["type"] == "MIXED" and not marks_outside_negatives and not quoted_spans:
        errors.add(qspans[0]["line"], "MIXED q%d contains no quoted words: make it INDIRECT, or "
                   "include the quotation marks of its quoted fragment" % qid)
    if fields["type"] == "MIXED" and len(quoted_spans) == len(qspans):
        errors.add(qspans[0]["line"], "MIXED q%d has only quoted spans: make it DIRECT" % qid)


def convert(name, source):
    """Returns (plain text, gold dict, errors, warnings); warnings are printed with --lint."""
    errors = Errors(os.path.join("annotated", name + ".txt"))
    warnings = []
    header, body, first_line = split_header(source, errors)
    headers = parse_header(header, errors)
    check_entities(headers, errors, warnings)
    plain, marks = parse_body(body, first_line, errors)
    if "[[" in plain or "]]" in plain:
        errors.add(None, "leftover '[[' or ']]' in the plain text")

    spans, mentions, cues = {}, {}, {}
    negatives = []
    for mark in marks:
        letter = mark["letter"]
        if letter == "N":
            negatives.append(mark)
            continue
        for qid in mark["ids"]:
            if qid not in headers:
                errors.add(mark["line"], "%s%d has no header line '@q%d ...'" % (letter, qid, qid))
            target = {"Q": spans, "S": mentions, "C": cues}[letter]
            target.setdefault(qid, []).append(mark)

    for qid, fields in sorted(headers.items()):
        if qid not in spans:
            errors.add(fields["line"], "q%d has no [[Q%d:...]] span" % (qid, qid))
        has_speaker = fields["name"] is not None and fields["kind"] is not None
        n_mentions = len(mentions.get(qid, []))
        if has_speaker and n_mentions != 1 and qid in spans:
            errors.add(fields["line"], "q%d has a speaker and needs exactly one [[S%d:...]] mention, found %d"
                       % (qid, qid, n_mentions))
        if not has_speaker and n_mentions:
            errors.add(fields["line"], "q%d has an S mention but no speaker (needs name and kind)" % qid)
        if len(cues.get(qid, [])) > 1:
            errors.add(fields["line"], "q%d has %d cues, at most one allowed" % (qid, len(cues[qid])))

    # Quotation marks around every DIRECT quote span and negative.
    for qid, qspans in spans.items():
        if qid in headers and headers[qid]["type"] != "DIRECT":
            check_reported(plain, qid, headers[qid], qspans, negatives, errors, warnings)
            continue
        for k, mark in enumerate(qspans):
            # A continued quote: the next span opens a later paragraph (mark at paragraph start).
            may_continue = continues_in_next_paragraph(plain, mark, qspans[k + 1] if k + 1 < len(qspans) else None)
            check_quoted(plain, mark["begin"], mark["end"], may_continue, mark["line"], "Q%d span" % qid, errors)
    for mark in negatives:
        check_quoted(plain, mark["begin"], mark["end"], False, mark["line"], "negative", errors)

    # Quote spans and negatives may not overlap each other, except that a negative may lie wholly
    # inside an INDIRECT or MIXED span (a title or scare quote inside a paraphrase).
    reported = {id(m) for qid, q in spans.items() for m in q if qid in headers and headers[qid]["type"] != "DIRECT"}
    quoted = sorted([m for q in spans.values() for m in q] + negatives, key=lambda m: (m["begin"], -m["end"]))
    for i, b in enumerate(quoted):
        for a in quoted[:i]:
            if b["begin"] >= a["end"]:
                continue
            inside = b["letter"] == "N" and id(a) in reported and a["begin"] <= b["begin"] and b["end"] <= a["end"]
            if not inside:
                errors.add(b["line"], "quoted spans overlap: %r and %r"
                           % (plain[a["begin"]:a["end"]], plain[b["begin"]:b["end"]]))

    offsets = utf16_index(plain)
    encoded = plain.encode("utf-16-le")

    def region(mark):
        begin, end = offsets[mark["begin"]], offsets[mark["end"]]
        text = plain[mark["begin"]:mark["end"]]
        if utf16_slice(encoded, begin, end) != text:
            errors.add(mark["line"], "internal error: UTF-16 offsets do not re-read %r" % text)
        return begin, end, text

    quotes = []
    for qid in sorted(spans, key=lambda q: spans[q][0]["begin"]):
        if qid not in headers:
            continue
        fields = headers[qid]
        span_list = []
        texts = []
        for mark in spans[qid]:
            begin, end, text = region(mark)
            span_list.append({"begin": begin, "end": end})
            texts.append(text)
        speaker = None
        if fields["name"] is not None and fields["kind"] is not None and len(mentions.get(qid, [])) == 1:
            begin, end, text = region(mentions[qid][0])
            speaker = {"name": fields["name"], "kind": fields["kind"]}
            if fields["role"] is not None:
                speaker["role"] = fields["role"]
            for key in ("entity", "gender"):
                if fields[key] is not None:
                    speaker[key] = fields[key]
            speaker["mention"] = {"begin": begin, "end": end, "text": text}
        cue = None
        if cues.get(qid):
            begin, end, text = region(cues[qid][0])
            cue = {"begin": begin, "end": end, "text": text}
        quotes.append({"type": fields["type"], "text": " ".join(texts), "spans": span_list,
                       "speaker": speaker, "cue": cue})

    negs = []
    for mark in negatives:
        begin, end, text = region(mark)
        negs.append({"begin": begin, "end": end, "text": text, "reason": mark["reason"]})

    gold = {"document": name + ".txt", "quotes": quotes, "negatives": negs}
    return plain, gold, errors, warnings


def gold_json(gold):
    return json.dumps(gold, ensure_ascii=False, indent=2) + "\n"


def verify_written(name, plain, gold):
    """Re-reads the written files and re-checks every offset against the plain text."""
    problems = []
    with open(os.path.join(CORPUS, name + ".txt"), encoding="utf-8", newline="") as f:
        text = f.read()
    if text != plain:
        problems.append("%s.txt on disk differs from the converted text" % name)
    with open(os.path.join(CORPUS, name + ".gold.json"), encoding="utf-8") as f:
        data = json.load(f)
    encoded = text.encode("utf-16-le")
    for q in data["quotes"]:
        joined = " ".join(utf16_slice(encoded, s["begin"], s["end"]) for s in q["spans"])
        if joined != q["text"]:
            problems.append("%s: quote text %r does not match its spans %r" % (name, q["text"], joined))
        for obj in ([q["speaker"]["mention"]] if q["speaker"] else []) + ([q["cue"]] if q["cue"] else []):
            if utf16_slice(encoded, obj["begin"], obj["end"]) != obj["text"]:
                problems.append("%s: %r does not match its offsets" % (name, obj["text"]))
    for neg in data["negatives"]:
        if utf16_slice(encoded, neg["begin"], neg["end"]) != neg["text"]:
            problems.append("%s: negative %r does not match its offsets" % (name, neg["text"]))
    return problems


def write_if_changed(path, content):
    if os.path.exists(path):
        with open(path, encoding="utf-8", newline="") as f:
            if f.read() == content:
                return False
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(content)
    return True


def show(name):
    with open(os.path.join(CORPUS, name + ".txt"), encoding="utf-8", newline="") as f:
        text = f.read()
    with open(os.path.join(CORPUS, name + ".gold.json"), encoding="utf-8") as f:
        data = json.load(f)
    enc = text.encode("utf-16-le")
    print("== %s: %d quotes, %d negatives" % (name, len(data["quotes"]), len(data["negatives"])))
    for i, q in enumerate(data["quotes"], 1):
        print("Q%d %s" % (i, q["type"]))
        for s in q["spans"]:
            print("   span [%d,%d) %r" % (s["begin"], s["end"], utf16_slice(enc, s["begin"], s["end"])))
        sp = q["speaker"]
        if sp:
            m = sp["mention"]
            extra = "".join(", %s %s" % (k, sp[k]) for k in ("entity", "gender") if k in sp)
            print("   speaker %s (%s%s%s) mention [%d,%d) %r" % (sp["name"], sp["kind"],
                  ", " + sp["role"] if "role" in sp else "", extra, m["begin"], m["end"],
                  utf16_slice(enc, m["begin"], m["end"])))
        else:
            print("   speaker: none")
        c = q["cue"]
        print("   cue " + ("[%d,%d) %r" % (c["begin"], c["end"], utf16_slice(enc, c["begin"], c["end"])) if c else "none"))
    for n in data["negatives"]:
        print("NEG %s [%d,%d) %r" % (n["reason"], n["begin"], n["end"], utf16_slice(enc, n["begin"], n["end"])))


def lint(name):
    """Warnings (not errors): double quotation marks in the plain text that bound no quote span or
    negative, e.g. a missed quote, a partial quote left unannotated or a deliberately unclosed
    mark. Of the single marks only the openers ‘ and ‚ are checked (’ and ' are mostly
    apostrophes)."""
    with open(os.path.join(CORPUS, name + ".txt"), encoding="utf-8", newline="") as f:
        text = f.read()
    with open(os.path.join(CORPUS, name + ".gold.json"), encoding="utf-8") as f:
        data = json.load(f)
    offsets = utf16_index(text)
    to_cp = {u: i for i, u in enumerate(offsets)}
    regions = [(to_cp[s["begin"]], to_cp[s["end"]]) for q in data["quotes"] for s in q["spans"]]
    regions += [(to_cp[n["begin"]], to_cp[n["end"]]) for n in data["negatives"]]
    used = set()
    for b, e in regions:
        used.add(skip_space(text, b, -1) - 1)
        used.add(skip_space(text, e, +1))
        used.update(range(b, e))
    marks = set("\u201c\u201d\"\u00ab\u00bb\u201e\u2039\u203a\u2018\u201a")
    warnings = []
    for i, ch in enumerate(text):
        if ch in marks and i not in used:
            line = text.count("\n", 0, i) + 1
            start = max(text.rfind("\n", 0, i) + 1, i - 40)
            warnings.append("%s.txt:%d: unannotated %s ...%s..." % (name, line, ch, text[start:i + 40].replace("\n", " ")))
    return warnings


def main(argv):
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into head
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", help="annotated files to convert (default: all)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if an output is missing or stale")
    parser.add_argument("--show", action="store_true", help="print the gold of the named documents")
    parser.add_argument("--lint", action="store_true",
                        help="after converting, warn about double quotation marks that bound no span")
    args = parser.parse_args(argv)

    names = [n[:-4] if n.endswith(".txt") else n for n in (os.path.basename(x) for x in args.names)]
    if args.show:
        if not names:
            parser.error("--show needs document names")
        for name in names:
            show(name)
        return 0
    if not names:
        names = sorted(f[:-4] for f in os.listdir(ANNOTATED) if f.endswith(".txt"))
    if not names:
        print("no annotated/*.txt files in %s" % ANNOTATED, file=sys.stderr)
        return 2

    failed = False
    for name in names:
        path = os.path.join(ANNOTATED, name + ".txt")
        if not os.path.exists(path):
            print("annotated/%s.txt: no such file" % name, file=sys.stderr)
            failed = True
            continue
        with open(path, encoding="utf-8", newline="") as f:
            source = f.read()
        plain, gold, errors, warnings = convert(name, source)
        plain_path = os.path.join(CORPUS, name + ".txt")
        gold_path = os.path.join(CORPUS, name + ".gold.json")
        if name in PROTECTED and os.path.exists(plain_path):
            with open(plain_path, encoding="utf-8", newline="") as f:
                if f.read() != plain:
                    errors.add(None, "the markup does not reproduce %s.txt byte for byte; "
                                     "that file is kept as it is and must not change" % name)
        if errors.messages:
            failed = True
            for message in errors.messages:
                print(message, file=sys.stderr)
            print("%s: NOT converted (%d errors)" % (name, len(errors.messages)), file=sys.stderr)
            continue
        content = gold_json(gold)
        if args.check:
            stale = []
            for p, c in ((plain_path, plain), (gold_path, content)):
                if not os.path.exists(p):
                    stale.append(os.path.basename(p) + " missing")
                else:
                    with open(p, encoding="utf-8", newline="") as f:
                        if f.read() != c:
                            stale.append(os.path.basename(p) + " out of date")
            if stale:
                failed = True
                print("%s: %s" % (name, "; ".join(stale)), file=sys.stderr)
            continue
        changed = write_if_changed(plain_path, plain) | write_if_changed(gold_path, content)
        problems = verify_written(name, plain, gold)
        for p in problems:
            print(p, file=sys.stderr)
        failed = failed or bool(problems)
        print("%s: %d quotes, %d negatives%s" % (name, len(gold["quotes"]), len(gold["negatives"]),
                                                 " (written)" if changed else ""))
        if args.lint:
            for warning in warnings + lint(name):
                print("warning: " + warning)
    if failed:
        print("markup2gold: errors, see above", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
