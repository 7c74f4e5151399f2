#!/usr/bin/env python3
"""Validate a BBC answer-key file: the checks of ../shared/eval/validate_gold.py, plus the
`change` field, plus the few exclusions listed below (see README.md, "Not annotated").

usage: python3 validate.py SOURCE.txt GOLD.jsonl [--validator PATH/validate_gold.py]
       python3 validate.py --all [CORPUS_DIR]   (every *.gold.jsonl next to this script)"""
import importlib.util, json, os, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..', '..', '..', '..', 'shared')
DEFAULT_VALIDATOR = os.path.join(ROOT, 'eval', 'validate_gold.py')
DEFAULT_CORPUS = os.path.join(ROOT, 'corpus', 'bbc')

# Exclusions beyond those of validate_gold.py: each an exact phrase in which a number word
# does not state a quantity.
EXTRA_EXCL = [
    (r"\bboth(?= in political and economic terms| the general election and| his new party and UKIP| UKIP and Kilroy-Silk)"
     r"|\bboth(?= panda breeding and| hurt their reputation| economic prosperity and| the neighbouring communities and)"
     r"|\bBoth(?= UKIP and RK-S| Foxx and Swank| Boeing and Airbus)|\bboth(?= by PCs and| visually, by| make sense and| in the UK and)",
     "correlative 'both ... and'"),
    (r"\b[Nn]o[- ]one\b", "pronoun 'no-one', 'no one'"),
    (r"\b[Oo]n one hand\b", "idiom 'on one hand'"),
    (r"\bfor one (?:thing|minute)\b", "idioms 'for one thing', 'not for one minute'"),
    (r"\bOnce again\b", "'once again' (anew) opening a sentence"),
    (r"\b(?:who|he|I|Kilroy-Silk) once\b|, once(?= Russia's richest)", "adverb 'once' (formerly)"),
    (r"\bonce(?= software patents are granted| they had left shops| you have left| the call has been made| this fraud"
     r"| you realise| they had seen| I got the scans)|\bOnce(?= it's built| this significant number)",
     "conjunction 'once' (as soon as)"),
    (r"\bsecondly\b", "list marker 'secondly'"),
    (r"\bany one(?= know)", "pronoun 'any one' (anyone)"),
    (r"\b(?:That|this) one\b|\bif not a legal one\b|\bOne can only (?:hope|have)\b|\bbe one(?= of sustained demand)|\bthe one(?= you have)"
     r"|\banother one(?= making)|\bwas one(?= like I've)|\bas one(?= in which)|\bsome one\b|\bone(?= which does not| which lets)|\ba good one\b"
     r"|\bone(?= I am very comfortable)|\bone's(?= identity)",
     "pronoun 'one'"),
    (r"\bone iota\b", "idiom 'not one iota'"),
    (r"\b(?:first|second|Italian|their) half\b|\bhalf[ -]time\b|\b(?:[Ss]crum|[Ff]ly)-half\b",
     "'half' naming a half of a match or of the pitch, or the positions scrum-half and fly-half"),
    (r"&#\d+;", "an HTML character reference left in the text ('America&#191;s')"),
]

def load(path):
    spec = importlib.util.spec_from_file_location('validate_gold', path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.EXCL = mod.EXCL + EXTRA_EXCL
    return mod

def check_change(gold):
    bad = 0
    for n, line in enumerate((l for l in open(gold, encoding='utf-8') if l.strip()), 1):
        d = json.loads(line)
        if 'change' not in d:
            print(f'ERROR #{n} missing change'); bad += 1
        elif d['change'] not in ('up', 'down', None):
            print(f'ERROR #{n} bad change {d["change"]!r}'); bad += 1
    return bad

def currency_of_rates(gold):
    """A copy of `gold` in which a money rate's unit ("USD/day") is its currency, which the
    shared validator checks as ISO 4217; the rate's own part is checked here."""
    out, bad = [], 0
    for n, line in enumerate((l for l in open(gold, encoding='utf-8') if l.strip()), 1):
        d = json.loads(line)
        unit = d.get('unit') or ''
        if d.get('kind') == 'money' and '/' in unit:
            currency, _, per = unit.partition('/')
            if not per.strip() or '/' in per:
                print(f'ERROR #{n} bad rate unit {unit!r}'); bad += 1
            d['unit'] = currency
        out.append(json.dumps(d, ensure_ascii=False))
    tmp = tempfile.NamedTemporaryFile('w', suffix='.gold.jsonl', delete=False, encoding='utf-8')
    tmp.write('\n'.join(out) + '\n')
    tmp.close()
    return tmp.name, bad

def validate(mod, src, gold):
    checked, bad = currency_of_rates(gold)
    try:
        rc = mod.main(src, checked)
    finally:
        os.unlink(checked)
    return 1 if check_change(gold) or rc or bad else 0

def main(argv):
    validator = DEFAULT_VALIDATOR
    if '--validator' in argv:
        i = argv.index('--validator'); validator = argv[i + 1]; del argv[i:i + 2]
    mod = load(validator)
    if argv and argv[0] == '--all':
        corpus = argv[1] if len(argv) > 1 else DEFAULT_CORPUS
        rc = 0
        for f in sorted(os.listdir(HERE)):
            if f.endswith('.gold.jsonl'):
                cat, num = f[:-len('.gold.jsonl')].split('-')
                print(f'== {cat}/{num}.txt')
                rc |= validate(mod, os.path.join(corpus, cat, num + '.txt'), os.path.join(HERE, f))
        return rc
    if len(argv) != 2:
        print(__doc__); return 2
    return validate(mod, argv[0], argv[1])

if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
