#!/usr/bin/env python3
"""Write docs/, key.json and README.md for heldout89 from docs_spec.py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docs_spec as S

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def layout():
    """Return {basename: {tag: (line_no, text, trap, must_not)}} and {basename: [line texts]}."""
    tags, texts = {}, {}
    for d in S.DOCS:
        base = os.path.basename(d["path"])
        tags[base], texts[base] = {}, []
        for i, entry in enumerate(d["lines"], 1):
            if entry == "":
                texts[base].append("")
                continue
            tag, text = entry[0], entry[1]
            trap = entry[2] if len(entry) > 2 else None
            must_not = entry[3] if len(entry) > 3 else True
            assert tag not in tags[base], (base, tag)
            tags[base][tag] = (i, text, trap, must_not)
            texts[base].append(text)
    return tags, texts

def words(lines):
    return sum(len(l.split()) for l in lines)

def main():
    tags, texts = layout()
    for d in S.DOCS:
        path = os.path.join(OUT, "docs", d["path"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(texts[os.path.basename(d["path"])]) + "\n")
    def conv(items):
        return [{"id": f["id"], "rules": f["rules"],
                 "at": [[b, tags[b][t][0]] for b, t in f["at"]], "what": f["what"]} for f in items]
    traps, must_not = [], []
    for d in S.DOCS:
        b = os.path.basename(d["path"])
        for t, (ln, text, trap, mn) in sorted(tags[b].items(), key=lambda kv: kv[1][0]):
            if trap:
                traps.append({"file": b, "line": ln, "what": trap})
                if mn:
                    must_not.append([b, ln, trap])
    key = {"expected": conv(S.EXPECTED), "notes": conv(S.NOTES), "traps": traps, "must_not": must_not}
    with open(os.path.join(OUT, "key.json"), "w", encoding="utf-8") as fh:
        json.dump(key, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    write_readme(tags, texts, key)
    print(f"wrote {len(S.DOCS)} documents, {len(key['expected'])} findings, {len(key['notes'])} notes, "
          f"{len(traps)} traps ({len(must_not)} must_not)")

EVENTS = [
 ("Brightwave mobile outage, Tuesday 10 March 2026 (docs/outage/)",
  "Fault began 04:52 GMT after a faulty update to the subscriber database; rolled back 13:10; fully restored 17:40 (5.40pm); "
  "6.2 million of 9.4 million customers affected at peak (66%, two-thirds); 1,284 failed 999 calls (CSA provisional); "
  "\u00a315 credit per affected customer (about \u00a393m); shares closed 212p from 233p (-9.0%), intraday 223p (-4.3%); "
  "previous worst outage June 2023, five hours, about 1.1 million customers. Okafor: \u201cWe have no evidence that this was a cyber attack.\u201d",
  "F1 2.6 million (live); F2 1,824 (newsletter prose); F12 \u00a310 credit (live); A2 '13 per cent' (wire); D1 5.52am (live) vs 04:52; "
  "Q1 'new evidence' (live); FN2 [^3] undefined (newsletter); notes N1 anonymous engineer, N2 'Industry analysts say'."),
 ("Tour of the Fenwold stage 4 crash, Thursday 14 May 2026 (docs/cycling/)",
  "Crash on Harrow Bank descent 23km (14 miles) from the finish, about 70km/h (43mph); 27 riders fell; nine abandoned; four to hospital "
  "(Joren Vaesen, 24, collarbone); neutralised 40 minutes; 168km (104-mile) stage won by Tom\u00e1s Ferrer, 29; 148 starters, 131 left (17 out); "
  "final stage 151km (94 miles). Marsh: \u201cThe road was cleaned twice before the race passed\u201d.",
  "F3 '70mph (113km/h)' (tabloid); F4 'thirty-seven' (feature); F5 'around 25 minutes' (tabloid); F13 six to hospital (tabloid); "
  "A1 'more than a fifth' (tabloid); D2 'Wednesday, 14 May' (feature); Q2 'never cleaned' (tabloid); U1 pull-quote (feature); "
  "FN3 markers with no notes (feature); notes N3 brackets, N8 anonymous team boss."),
 ("Port Carrick fish market fire, Sunday 19 April 2026 (docs/harbour/)",
  "Alarm 2.15am, under control 7am, 60 firefighters, 12 engines; 38 tonnes of stock lost worth \u00a3410,000; hall built 1978, 1,900 m\u00b2; "
  "replacement \u00a36.5m; landings diverted to Ballinrue 64 km (40 miles) north; temporary auction from Monday 27 April; 74 boats, about 310 jobs; "
  "2025 throughput 18,600 t worth \u00a352.3m (2024: 17,200 t). Dunne: \u201c... half this fleet will be tied up by the summer\u201d.",
  "F6 48 t (newsletter); F7 'about \u00a3300,000' (wire); F8 \u00a38.5m (newsletter prose vs its own key figures); D4 Tuesday 28 April (newsletter); "
  "Q3 'all of this fleet' (wire); notes N4 'Critics say', N5 person familiar with the insurer's assessment."),
 ("Port of Ardlow annual statistics 2025 (standalone)",
  "Landings 21,450 t in 2025 (table rows sum to it), 21,340 t in 2024; 2,318 vessel arrivals; 1.42m t cargo; 186,000 ferry passengers.",
  "F9 21,950 t in text vs table total; F10 2,518 arrivals vs label 2,318; U3 epigraph."),
 ("Hollins Vale horse sanctuary spring bulletin (standalone)",
  "143 horses and ponies in care; 38 arrivals and 22 rehomed since October; founded 1999 (27 years); open day Sunday 7 June 2026.",
  "F11 163 in the manager's text; U2 testimonial; note N7 ellipsis in a quote."),
 ("Fernside Homes lettings and income report 2025/26 (standalone)",
  "684 lettings (731 the year before, -6.4%); 412 nominations households; arrears \u00a31.84m to \u00a32.07m (+12.5%); formed 1978 (48 years in 2026).",
  "F14 'nearly 500' vs 412; A3 '21%'; D3 '50th anniversary'; FN1 footnotes 1, 2, 3, 5 (4 missing); note N6 footnote [6] unused."),
]

def write_readme(tags, texts, key):
    L = ["# heldout89 \u2014 blind planted set for factlint", "",
         "Twelve invented 2026 documents (three stories each told by three outlets in different house styles, plus three "
         "stand-alone documents) written by a helper that never read factlint's code, tests, rules or earlier planted sets. "
         "`key.json` lists 30 planted findings (`expected`, with every line where a correct tool could point), 8 low-severity "
         "`notes`, and a `traps` entry for every other non-empty line saying what could fool a checker there; `must_not` holds "
         "the traps that must stay silent. The sources are in `gen/` (`docs_spec.py` is the truth, `build.py` writes the set, "
         "`validate.py` checks it). `eval.py` (a copy of the shared one) scores a built `./factlint` from the project checkout.", "",
         "## Files", "", "| file | event | outlet / house style | words |", "|---|---|---|---|"]
    for d in S.DOCS:
        b = os.path.basename(d["path"])
        L.append(f"| docs/{d['path']} | {d['event']} | {d['style']} | {words(texts[b])} |")
    L += ["", "## Events: true figures and planted errors", ""]
    for title, truth, planted in EVENTS:
        L += [f"### {title}", "", f"True: {truth}", "", f"Planted: {planted}", ""]
    L += ["## Findings", "", "| id | rules | lines | what |", "|---|---|---|---|"]
    for f in key["expected"]:
        L.append(f"| {f['id']} | {', '.join(f['rules'])} | {'; '.join(f'{a}:{b}' for a, b in f['at'])} | {f['what']} |")
    L += ["", "## Notes (not scored as recall)", "", "| id | rules | lines | what |", "|---|---|---|---|"]
    for f in key["notes"]:
        L.append(f"| {f['id']} | {', '.join(f['rules'])} | {'; '.join(f'{a}:{b}' for a, b in f['at'])} | {f['what']} |")
    L.append("")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))

if __name__ == "__main__":
    main()
