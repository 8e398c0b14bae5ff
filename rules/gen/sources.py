#!/usr/bin/env python3
"""Generates rules/sources.json and the "source-placeholder" patterns of rules/citations.json.

The word lists below are the source of truth for those patterns: edit them here, run
`python3 rules/gen/sources.py`, and commit the regenerated JSON with this file. The generator factors
word lists into tries (a(?:cademics|nalysts)) so that PCRE2 rejects most positions on the first letter;
hand-written alternations of the same lists were ten times slower. Every entry keeps match/no_match
examples, which `make test` checks."""
import json, collections

import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..') + os.sep


def alt(*xs):
    return '(?:' + '|'.join(xs) + ')'


def words(s):
    """Splits s at top-level "|" (not inside parentheses or brackets); a space becomes \\s+."""
    out, depth, cur = [], 0, ''
    for c in s:
        if c in '([':
            depth += 1
        elif c in ')]':
            depth -= 1
        if c == '|' and depth == 0:
            out.append(cur)
            cur = ''
        else:
            cur += c
    out.append(cur)
    return [w.replace(' ', '\\s+') for w in out]


def _expand(w):
    """Expands the small regex bits used in word lists into literal variants, or returns None."""
    import re, itertools
    if re.search(r'\\[wsdb]|\\\\$', w.replace('\\s+', ' ').replace('\\.', '.')):
        return None
    w = w.replace('\\s+', ' ').replace('\\.', '.')
    parts = re.split(r'(\[[^\]]+\]|\((?:\?:)?[^()]*\)\??|[^()]\?)', w)
    opts = []
    for p in parts:
        if not p:
            continue
        if p.startswith('[') and p.endswith(']'):
            opts.append(list(p[1:-1]))
        elif len(p) == 2 and p[1] == '?' and p[0] not in ')]':
            opts.append([p[0], ''])
        elif p.startswith('('):
            opt = p.endswith('?')
            body = p[1:-2] if opt else p[1:-1]
            if body.startswith('?:'):
                body = body[2:]
            if any(c in body for c in '()[]?*+\\'):
                return None
            alts = body.split('|') + ([''] if opt else [])
            opts.append(alts)
        else:
            if any(c in p for c in '()[]?*+\\|'):
                return None
            opts.append([p])
    return [''.join(x) for x in itertools.product(*opts)]


def _esc(c):
    if c == ' ':
        return '\\s+'
    if c in '.^$*+?()[]{}|\\/':
        return '\\' + c
    return c


def trie(lits):
    """A factored alternation of literal words: (?:a(?:nalysts|cademics)|e...), first letter decides."""
    root = {}
    for w in lits:
        node = root
        for c in w:
            node = node.setdefault(c, {})
        node[''] = True

    def build(node):
        end = '' in node
        keys = sorted(k for k in node if k)
        branches = []
        for k in keys:
            sub = node[k]
            # compress a chain
            chain = _esc(k)
            while len(sub) == 1 and '' not in sub:
                (k2, sub2), = sub.items()
                chain += _esc(k2)
                sub = sub2
            rest = build(sub)
            branches.append(chain + rest)
        if not branches:
            return ''
        if len(branches) == 1 and not end:
            return branches[0]
        body = '|'.join(branches)
        # longest first is not needed: every alternative is followed by the caller's boundary, so order by
        # length only matters for a word that is a prefix of another; put the empty (end) option last
        return '(?:' + body + ')' + ('?' if end else '')

    return build(root)


def W(s):
    """An alternation of the words of s ("a|b c|d[ef]"); literal words are factored into a trie."""
    ws = words(s)
    lits, others = [], []
    for w in ws:
        ex = _expand(w)
        if ex is None:
            others.append(w)
        else:
            lits.extend(ex)
    parts = []
    if lits:
        t = trie(lits)
        parts.append(t if t.startswith('(?:') else '(?:' + t + ')')
    parts.extend(others)
    return parts[0] if len(parts) == 1 else alt(*parts)


# ================================================================ shared pieces
# a clause start: line start, after sentence/clause punctuation, or after a conjunction
CS = ('(?:^|(?<=[.!?;:(\\[—–"“”]\\s)|(?<=["“‘(\\[—–])|(?<=--\\s)|(?<=,\\s)'
      '|(?<=\\band\\s|\\bbut\\s|\\bwhile\\s|\\bthough\\s|\\balthough\\s|\\bwhereas\\s|\\byet\\s|\\bas\\s'
      '|\\bbecause\\s|\\bsince\\s|\\bthat\\s|\\bso\\s|\\bnow\\s|\\bstill\\s|\\bindeed\\s|\\bthus\\s'
      '|\\bif\\s|\\bwhen\\s|\\bwhere\\s|\\bor\\s|\\bhowever\\s|\\bmeanwhile\\s))')

QUANT_L = ('some|many|most|several|other|numerous|countless|various|few|a few|a number of|a lot of|lots of|'
           'plenty of|a host of|a growing number of|an increasing number of|a majority of|more and more|'
           'many of the|some of the|most of the|not all|a chorus of|a handful of|dozens of|hundreds of')
ADJ_L = ('leading|top|prominent|respected|senior|veteran|seasoned|independent|outside|mainstream|other|'
         'conservative|liberal|progressive|left-wing|right-wing|pro-\\w+|anti-\\w+|competent|knowledgeable|'
         'well-known|influential|skeptical|sceptical|concerned|private|serious|experienced|reputable|'
         'impartial|objective|informed|neutral|longtime|long-time')
NAT_L = ('western|eastern|european|american|u\\.s\\.|chinese|russian|british|french|german|japanese|indian|'
         'israeli|ukrainian|iranian|arab|asian|african|latin american|foreign|domestic|local|international|'
         'regional|global|wall street|middle east|china|russia|kremlin|fed|beltway|washington|beijing|moscow|'
         'brussels|gulf|pentagon|national|federal')
FIELD_L = ('industry|market|political|legal|health|public health|medical|security|military|defen[cs]e|'
           'financial|economic|energy|oil|climate|policy|foreign-policy|intelligence|government|academic|'
           'private-sector|tax|trade|banking|investment|bond|equity|stock|currency|credit|nuclear|arms|'
           'campaign|election|polling|constitutional|environmental|agricultural|farm|labou?r|business|'
           'technical|scientific|diplomatic|terrorism|counterterrorism|cyber|cybersecurity|tech|technology|'
           'auto|aviation|shipping|commodity|commodities|sector|sell-side|fiscal|monetary|social|public|space|'
           'food|education|housing|property|insurance|retail|media|sports?|risk|china|russia|safety|fire|'
           'transport|maritime|structural|rail|road|weather')
QUANT = W(QUANT_L)
GMOD = '(?:' + W(ADJ_L) + '\\s+)?(?:' + W(NAT_L) + '\\s+)?(?:' + W(FIELD_L) + '\\s+){0,2}'  # "rail safety experts"
# words that may not serve as the "previous word" before an expert group: determiners that make the group a
# specific one ("the analysts", "his lawyers"), and the group's own modifiers
PREV_NOT = '|'.join(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'both',
                     'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'such', 'all'] +
                    sorted({w for w in (QUANT_L + '|' + ADJ_L + '|' + NAT_L + '|' + FIELD_L).split('|')
                            if ' ' not in w and '\\' not in w}))
CAP_START = ('But|And|Yet|So|Now|Still|Meanwhile|However|Indeed|While|Although|Though|As|If|When|Because|'
             'Since|Even|Also|Thus|Hence|Instead|Privately|Publicly|Today|Here|There|Where|Whereas|Moreover|'
             'Furthermore|Nevertheless|Nonetheless|Overall|Not|Yesterday|Last|This')
# Every phrase entry starts by consuming the separator before its first word (a space, tab, line end, "(" or
# "["; or the text start), then drops it with \K: PCRE2 then only starts match attempts at those bytes,
# which keeps the many entries of a set cheap (a phrase glued to a quote mark is inside a quotation, where
# it is not reported anyway). Right after it each entry checks its first word with a lookahead on a word
# list, before any lookbehind.
G = '(?:[ \\t\\r\\n(\\[]|\\A)\\K'


def _lits(lst):
    out = []
    for w in lst.split('|'):
        ex = _expand(w.replace(' ', '\\s+'))
        if ex:
            out.extend(ex)
    return out


# An expert group is vague only when no organisation name ("Goldman Sachs analysts", "Agriculture Department
# economists"), possessive ("the bank's economists") or determiner ("the analysts", "his lawyers") comes
# right before it: the previous token must be the text start, punctuation, a lower-case word that is not a
# determiner or one of the group's own modifiers, or a capitalised sentence opener ("But", "Still").
# Fixed-length lookbehind branches (words of one length per branch), evaluated only once the first word of
# the group has matched; ASCII classes keep them cheap.
def _by_len(words_, fmt):
    groups = {}
    for w in words_:
        groups.setdefault(len(w), []).append(w)
    return '|'.join(fmt % trie(groups[n]) for n in sorted(groups))


# after a footnote marker glued to the end of a sentence or clause: "by a quarter.1 Scientists say"
AFTER_MARKER = '(?<=[.!?;:,”"’)]\\d\\s)|(?<=[.!?;:,”"’)]\\d\\d\\s)|(?<=[.!?;:,”"’)]\\d\\d\\d\\s)'

LEFT_OK = ('(?:(?<=[^\\w\\s\'’]\\s)|' + AFTER_MARKER + '|\\A|(?<=\\n\\n)|(?<=\\n\\r\\n)|(?<=[(\\[])'
           '|(?-i:(?<=[a-z]\\s)(?<=' + '|'.join('(?<![A-Za-z0-9_\'’.-])[a-z][A-Za-z0-9_-]{%d}\\s' % k
                                               for k in range(16)) + '))'
           '(?<!' + _by_len(sorted(set(x.lower() for x in _lits(PREV_NOT) if ' ' not in x)),
                            '(?<![\\w\'’.])%s\\s') + ')'
           '|(?-i:(?<=' + _by_len(CAP_START.split('|'), '(?<![\\w\'’.])%s\\s') + ')))')

CONJ = ('and|but|while|though|although|whereas|yet|as|because|since|that|so|now|still|indeed|thus|if|when|where|'
        'or|however|meanwhile')
CS = ('(?:^|\\A|(?<=[.!?;:,(\\[—–"“”]\\s)|' + AFTER_MARKER + '|(?<=["“‘(\\[—–])|(?<=--\\s)'
      '|(?<=' + _by_len(CONJ.split('|'), '(?<![\\w\'’])%s\\s') + '))')

# lawyers are an expert group only by their field ("employment lawyers say"): "defence lawyers", "his
# personal lawyers" are a party's, and "questioned by lawyers" says nothing about a claim
LAW_FIELD_L = ('employment|labou?r|tax|constitutional|immigration|competition|antitrust|human rights|'
               'environmental|planning|privacy|data protection|family|property|insurance|maritime|shipping|'
               'aviation|sports|media|trade|securities|bankruptcy|insolvency')
LAWYERS_L = '|'.join(f + ' ' + p for f in LAW_FIELD_L.split('|') for p in ('lawyers', 'attorneys'))
PROF_L = ('analysts|experts|economists|observers|commentators|pundits|scholars|scientists|researchers|'
          'historians|strategists|specialists|academics|insiders|watchers|diplomats|forecasters|pollsters|'
          'engineers|meteorologists|seismologists|geologists|volcanologists|hydrologists|climatologists|'
          'epidemiologists|virologists|doctors|physicians|campaigners|activists|locals|residents|fishermen|'
          'conservationists|environmentalists|ecologists|biologists|ornithologists|zoologists|naturalists|'
          'archaeologists|criminologists|psychologists|sociologists|statisticians|demographers|'
          'nutritionists|toxicologists|glaciologists|oceanographers|veterinarians|'
          'market participants|industry figures|industry sources|community members|' + LAWYERS_L)
STANCE_L = ('critics|opponents|supporters|proponents|skeptics|sceptics|detractors|advocates|defenders|'
            'backers|naysayers|doubters|cynics')
PROF = W(PROF_L)
STANCE = W(STANCE_L)
ADV = W('have|had|has|would|will|may|might|could|often|widely|generally|largely|broadly|also|now|still|long|'
        'privately|increasingly|repeatedly|publicly|already|mostly|almost universally|nearly all|all|too|'
        'however|even|further|openly|frequently|usually|have long|have also|had long|had also|would also|'
        'have repeatedly|have often|have increasingly')
VERB_P = W('say|said|says|agree|agreed|believe|believed|argue|argued|caution|cautioned|warn|warned|note|noted|'
           'suggest|suggested|claim|claimed|contend|contended|think|thought|fear|feared|estimate|estimated|'
           'predict|predicted|expect|expected|forecast|project|projected|point out|pointed out|maintain|'
           'maintained|insist|insisted|reckon|reckoned|speculate|speculated|concur|concurred|worry|worried|'
           'consider|considered|describe|described|see|view|question|questioned|doubt|doubted|disagree|'
           'disagreed|differ|are divided|were divided|remain divided|are split|were split|are skeptical|'
           'are sceptical|remain skeptical|remain sceptical|tell|told|assert|asserted|acknowledge|'
           'acknowledged|concede|conceded|wonder|wondered|suspect|suspected|attribute|attributed|calculate|'
           'calculated|regard|regarded|saw|viewed|point to|pointed to|are agreed|were agreed|are all agreed|'
           'were all agreed|are convinced|were convinced')
VERB_S = W('say|said|says|argue|argued|contend|contended|claim|claimed|charge|charged|complain|complained|'
           'warn|warned|fear|feared|worry|worried|note|noted|point out|pointed out|believe|believed|insist|'
           'insisted|maintain|maintained|allege|alleged|suggest|suggested|counter|countered|question|'
           'questioned|accuse|accused|assert|asserted|predict|predicted|describe|described|dismiss|'
           'dismissed|fault|faulted|deride|derided|decry|decried')
# "experts in the field", "observers on the ground"
PROF_TAIL = ('(?:\\s+(?:in|on|across|around|within|among)\\s+(?:the\\s+)?(?-i:\\p{Ll}[\\w-]*)'
             '(?:\\s+(?-i:\\p{Ll}[\\w-]*))??)?')
# "critics of the plan"
STANCE_TAIL = ('(?:\\s+of\\s+(?:(?!(?:who|which|that|and|but)\\b)[\\w’\'.-]+\\s+){0,4}?'
               '(?!(?:who|which|that|and|but)\\b)[\\w’\'.-]+)?')
NOT_THE = ('(?<!\\bthe\\s|\\bthese\\s|\\bthose\\s|\\bboth\\s|\\btwo\\s|\\bthree\\s|\\bfour\\s|\\bfive\\s'
           '|\\bsuch\\s)')
SING_PROF = W('analyst|expert|economist|observer|commentator|strategist|insider|trader|banker|critic|scholar|'
              'historian|researcher|scientist|pundit|specialist|academic|watcher|fund manager|investor|'
              'consultant|political scientist')
SAYV = W('said|says|say|told|noted|warned|added|argued|suggested|explained|observed|remarked|put it|quipped|'
         'cautioned|estimated|predicted|reckoned|speculated|commented|wrote|insisted|conceded|complained')
NAMED_AFTER = '(?!,?\\s+(?-i:\\p{Lu}[\\p{Ll}.]+\\s+\\p{Lu}))'
NOT_AT = ('(?!,?\\s+(?:at|from|with|for|of|in|on|including|such\\s+as|like|led\\s+by|who\\s+works|named|'
          'called|whose\\s+name|by|published|commissioned|released|conducted|carried|cited|quoted|compiled|'
          'issued)\\b)')
NOT_GLUED = '(?![-’\'])'
# a parenthetical author-year or bracketed numeric citation later in the same sentence: the claim is cited
CITED = ('(?![^.!?\\n]{0,300}?(?:\\(\\s*(?-i:\\p{Lu})[^()\\n]{0,80}?\\b(?:1[5-9]|20)\\d\\d[a-z]?\\s*\\)'
         '|\\[\\d{1,3}(?:\\s*[,–-]\\s*\\d{1,3})*\\]))')

vague = []


def entry(lst, id_, regex, match, no_match, message=None):
    if lst is not globals().get('ph'):
        regex = G + '(?:' + regex + ')'
    e = collections.OrderedDict([('id', id_), ('regex', regex)])
    if message:
        e['message'] = message
    e['match'] = match
    e['no_match'] = no_match
    lst.append(e)


G2FIRST = W('|'.join(sorted({w.split(' ')[0] for w in (ADJ_L + '|' + NAT_L + '|' + FIELD_L + '|' + PROF_L).split('|')})))
ALLFIRST = W('|'.join(sorted({w.split(' ')[0] for w in (QUANT_L + '|' + ADJ_L + '|' + NAT_L + '|' + FIELD_L + '|' +
                                                          PROF_L + '|' + STANCE_L).split('|')})))
# One entry for both kinds of group, so that one word-list lookahead serves both: experts ("analysts say") need
# an unattributed left context; stance groups ("critics say", "the plan's critics argue") only must not be
# "the critics" or "both opponents".
entry(vague, 'group-says',
      '(?=' + ALLFIRST + '(?!\\w))(?:'
      '(?:(?=' + W('|'.join(sorted({w.split(' ')[0] for w in QUANT_L.split('|')}))) + '\\s)' + QUANT + '\\s+'
      '|(?=' + G2FIRST + '(?!\\w))' + LEFT_OK + ')' + GMOD + PROF + PROF_TAIL + '\\s+(?:' + ADV + '\\s+)?' + VERB_P +
      '|' + NOT_THE + '(?:' + QUANT + '\\s+)?' + GMOD + STANCE + STANCE_TAIL + '\\s+(?:' + ADV + '\\s+)?' + VERB_S +
      ')\\b' + NOT_GLUED + CITED,
      ['analysts say', 'fell by a quarter.1 Scientists say', 'grew by a quarter,12 experts say', 'Experts agree that', 'Some analysts caution against', 'many economists believe',
       'A frequent pitfall, experts warn, is',
       'some observers consider Moscow', 'weakening, analysts say, with', 'Western diplomats fear',
       'Some government scientists say privately', 'legal experts have long argued',
       'experts in the field warn', 'observers note that', 'Most economists expect a cut',
       'Top scientists have warned', 'A frequent pitfall, experts warn, is', 'but competent observers believe',
       'Some observers speculated that', 'Wall Street analysts expect', 'Analysts say the merger will fail.',
       'Analysts saw the move as', 'and military experts were all agreed that', 'Experts point to the thinning',
       'would ease their task, diplomats conceded', 'some experts believe', 'Safety experts say the clamps',
       'Engineers say flat roofs', 'Locals say the road', 'Meteorologists warn that', 'Rail safety experts say', 'Road safety experts say heavy lorries',
       'Employment lawyers say the ruling', 'Tax lawyers warn that',
       'critics say', 'critics have argued', 'Some critics say that', 'Critics of the plan say',
       'Opponents generally argued that', 'supporters insist', 'the plan\'s critics contend'],
      ['analysts will be closely watching', 'the experts\' report', 'economists at the IMF estimate',
       'Agriculture Department economists estimate the cost', 'Goldman Sachs analysts say',
       'the bank\'s economists expect', 'Goldman\'s top analysts say', 'the analysts said', 'his lawyers said',
       'Ms Ruiz\'s lawyers said', 'lawyers for the company said', 'the defendants\' lawyers argued',
       'Defense lawyers contended that', 'one of his personal lawyers saw', 'Lawyers say the ruling',
       'two analysts said', 'Sachs\' analysts say', 'IMF economists estimate', 'people said to be',
       'the critics said', 'critics\' say', 'critics of the plan were not convinced', 'both opponents said',
       'the error which their opponents see and attack'])

entry(vague, 'one-analyst',
      '(?=(?:one|an?|another)\\s)(?:one|an?|another)\\s+' + GMOD + SING_PROF + '\\s+(?:' + ADV + '\\s+)?' + SAYV +
      '\\b' + NOT_GLUED,
      ['one analyst said', 'An economist noted', 'a Western analyst said'],
      ['an analyst at Citi said', 'a Goldman analyst said', 'the analyst said'])

entry(vague, 'people-say',
      '(?=(?:some|many|most|a|lots|plenty|more|countless)\\s)(?<!\\bhow\\s|\\btoo\\s|\\bso\\s)(?:some|many|most|a\\s+lot\\s+of|lots\\s+of|plenty\\s+of|a\\s+growing\\s+number\\s+of|'
      'more\\s+and\\s+more|countless)\\s+people\\s+(?:' + ADV + '\\s+)?'
      '(?:say|believe|think|claim|argue|feel|fear|suspect|assume|insist|maintain|contend|agree)\\b'
      '(?!\\s+(?:of|about|with|on)\\b)' + NOT_GLUED,
      ['Some people believe she did', 'many people think', 'Many people would argue that'],
      ['the American people expect them', 'Many of our young people think it would', 'how many people think', 'the way too many people feel',
       'Too many people think that a degree',
       'some people say-so'])

entry(vague, 'some-say',
      '\\b(?=(?:some|many|most|others)\\s)' + CS + '(?:(?:some|many|most)\\s+(?:' + ADV + '\\s+)?'
      '(?:say|argue|believe|claim|contend|suggest|fear|worry|insist|maintain|speculate|suspect|feel|think|'
      'allege|charge|complain|have\\s+(?:argued|said|suggested|claimed|speculated|warned|questioned|alleged|'
      'charged|complained)|would\\s+(?:say|argue|contend|suggest|add)|might\\s+(?:say|argue)|'
      'may\\s+(?:say|argue))'
      '|others\\s+(?:' + ADV + '\\s+)?(?:say|argue|contend|claim|insist|maintain|allege|charge|complain|'
      'have\\s+(?:argued|said|claimed|alleged|charged|complained|warned)|would\\s+(?:say|argue|contend)))'
      '\\b' + NOT_GLUED + '(?!\\s+(?:in|over|on|of|about)\\b)',
      ['Some say', 'while others argue', 'Many believe that', 'some would argue', 'Others have argued',
       'While some think we move too fast'],
      ['some say-so', 'put some claim jumper on the moon', 'residents want some say in the plan',
       'have some say over', 'Some say in the matter', 'some of the poems express joy; others suggest loss'])

NOUNS_L = 'studies|research|reports|surveys|polls|data|estimates|analyses|evidence'
NOUNS_R = W(NOUNS_L)
VERBS_R = W('show|shows|showed|have shown|has shown|have consistently shown|suggest|suggests|suggested|'
            'have suggested|has suggested|indicate|indicates|indicated|have indicated|prove|proves|proved|'
            'have proved|have proven|found|have found|has found|find|finds|confirm|confirms|confirmed|'
            'have confirmed|demonstrate|demonstrates|demonstrated|have demonstrated|reveal|reveals|revealed|'
            'point to|points to|pointed to|conclude|concluded|have concluded|put|puts|place|places')
QUANT_RL = ('some|many|most|several|numerous|countless|multiple|various|other|recent|new|previous|earlier|past|'
            'independent|scientific|published|a number of|a growing number of|a body of|a growing body of|'
            'a wealth of|a series of|a few|dozens of|hundreds of|growing|mounting|more and more|a raft of|'
            'a slew of|numerous other|more recent|some recent|many recent|several recent|some new|unconfirmed|'
            'media|press|news|local|conflicting')
QUANT_R = W(QUANT_RL)
NOT_OWNED = ('(?<!\'s\\s|’s\\s|s\'\\s|s’\\s|\\bthe\\s|\\bthese\\s|\\bthose\\s|\\btheir\\s|\\bits\\s|\\bhis\\s'
             '|\\bher\\s|\\bour\\s|\\bmy\\s|\\byour\\s)')
A_STUDY = ('(?:an?|one)\\s+(?:(?:recent|new|previous|separate|landmark|major|widely\\s+cited|frequently\\s+cited|'
           'oft-cited|much-cited|often-cited)\\s+)?(?:study|report|survey|poll|analysis)')
entry(vague, 'studies-show',
      '(?:(?=' + NOUNS_R + '\\s)' + CS + NOUNS_R +
      '|(?=' + QUANT_R + '\\s+' + NOUNS_R + '\\s)' + NOT_OWNED + QUANT_R + '\\s+' + NOUNS_R +
      '|(?=' + A_STUDY + '\\s)' + CS + A_STUDY + ')'
      '\\s+(?:(?:clearly|consistently|repeatedly|also|now|increasingly|generally|overwhelmingly)\\s+)?'
      '(?:' + VERBS_R + '|(?<=reports\\s)(?:say|said|claim|claimed))'
      '\\b(?!\\s+(?:by|from|of|at|in|out|up)\\b)' + NOT_GLUED + CITED,
      ['studies show', 'Research suggests that', 'Recent studies have shown', 'Numerous studies show',
       'Polls show support', 'A recent study found', 'Reports suggest that Beijing',
       'a growing body of research shows', 'Studies consistently show', 'Media reports said',
       'Some reports say he was rescued'],
      ['U.S. Treasury Secretary reports suggest that Beijing may defer', 'Harvard\'s recent studies show',
       'the report found', 'a 2023 study by Harvard shows', 'Commerce Department data show',
       'the ministry\'s new figures show', 'reports found in the archive', 'He reports suggest',
       'the IMF\'s reports suggest'])

entry(vague, 'it-is-said',
      '(?=it|is|are|was|were|has|have|had|being|there|rumo)(?:\\b(?:it\\s+(?:is|was|has\\s+been|had\\s+been|is\\s+now|will\\s+be)|it[’\']s)\\s+'
      '(?:(?:widely|generally|commonly|often|now|increasingly|popularly|universally|sometimes|frequently|also|'
      'further|long|privately|usually|broadly|still)\\s+)?'
      '(?:said|believed|thought|claimed|reported|rumou?red|argued|alleged|understood|felt|feared|estimated|'
      'contended|asserted|maintained|whispered|speculated|supposed|(?<=been\\s|was\\s|often\\s|widely\\s|commonly\\s|sometimes\\s|frequently\\s)suggested)\\s+that\\b(?!\\s*:)' + CITED +
      '|\\bit\\s+(?:is|has\\s+been|is\\s+now)\\s+(?:(?:widely|generally|commonly|now|broadly|also|further)\\s+)?'
      'expected\\s+that\\b'
      '|\\b(?:is|are|was|were|has\\s+been|have\\s+been|had\\s+been|being)\\s+'
      '(?:widely|generally|commonly|popularly|universally|broadly|often|frequently)\\s+'
      '(?:believed|thought|considered|regarded|seen|viewed|expected|assumed|accepted|acknowledged|held|said|'
      'reported|rumou?red|described|credited|deemed|perceived|touted|hailed|cited|blamed)'
      '\\s+(?:to|as|that|by\\s+(?:many|some|most|experts|analysts|observers))\\b'
      '|\\bit\\s+(?:is|was|has\\s+(?:long\\s+)?been|[’\']s)\\s+(?:common\\s+knowledge|no\\s+secret|an\\s+open\\s+secret|'
      'well\\s+known|widely\\s+known|well\\s+established|widely\\s+accepted|generally\\s+accepted|'
      'universally\\s+acknowledged|widely\\s+acknowledged|'
      'commonly\\s+accepted|widely\\s+held|often\\s+said|frequently\\s+said)\\s+that\\b'
      '|\\bthere\\s+(?:is|was|has\\s+been|are|were)\\s+(?:a\\s+|an\\s+)?(?:growing|broad|wide|general|'
      'widespread|emerging|increasing|scientific|strong)\\s+(?:consensus|agreement|belief|feeling|sense|'
      'perception|view|suspicion|speculation)\\s+(?:among\\s+(?:\\w+\\s+){1,2}?)?that\\b'
      '|\\bit\\s+(?:is|was)\\s+(?:often\\s+|sometimes\\s+|also\\s+)?said(?=\\s*,)(?<=,\\s' + 'it\\sis\\ssaid|,\\sit\\swas\\ssaid|,\\sit\\sis\\soften\\ssaid|,\\sit\\sis\\salso\\ssaid|,\\sit\\swas\\salso\\ssaid|,\\sit\\sis\\ssometimes\\ssaid)'
      '|\\brumou?r\\s+has\\s+it\\b|\\brumou?rs\\s+(?:are|were)\\s+(?:swirling|circulating|'
      'rife|flying)\\b)',
      ['it is widely believed that', 'It is said that', 'He is widely regarded as the best',
       'it is well known that', 'There is a growing consensus that', 'Rumor has it', 
       'it\'s generally thought that', 'it is argued that open sessions', 'it is estimated that', 'It is expected that',
       'the only limitation, it is said, is that'],
      ['it is said to be', 'it was agreed that the committee', 'It is understood that: (A) Such loans', 'it is said, he said, that', 'Now it is said,', 'It was generally agreed that the subject',
       'It was expected that the comparison would',  'follow generally accepted practices',
       'it is known as', 'is widely known as', 'It is thought to be'])

entry(vague, 'everyone-knows',
      '\\b(?=(?:every|as\\s|we\\s))(?:(?:^|(?<=[.!?;:,(\\[—–"“”]\\s)|(?<=["“‘(\\[—–])|(?<=--\\s)|(?<=\\band\\s|\\bbut\\s|\\bnow\\s|\\byet\\s'
      '|\\bas\\s|\\bsurely\\s|\\bso\\s|\\bof\\scourse\\s))(?:everyone|everybody)\\s+'
      '(?:knows|know|agrees|agree|understands|understand|recognizes|recognises|will\\s+tell\\s+you|'
      'can\\s+see|is\\s+aware)(?!\\s+(?:him|her|them|me|us|you|each|his|my|your|their|how\\s+to|it)\\b)'
      '|\\b(?:everyone|everybody|we\\s+all)\\s+(?:knows|know|agrees|agree|understands|understand|recognizes|'
      'recognises)\\s+that|\\bas\\s+(?:we\\s+all|all\\s+of\\s+us|most\\s+of\\s+us)\\s+know)\\b',
      ['everyone knows', 'Now, everyone knows -- or knew', 'as we all know', 'Everybody agrees that'],
      ['when everybody knows I have a big car', 'not everyone knows how', 'everyone knows him',
       'We all know what is going to happen'])

# "according to analysts", "by some estimates", and the inverted "…, say analysts"
# participles of judging and saying: "considered by experts", "praised by critics" (not "patrolled by observers")
PASSIVE = W('considered|regarded|seen|viewed|described|deemed|criticized|criticised|questioned|praised|dismissed|'
            'condemned|disputed|challenged|estimated|predicted|expected|believed|thought|blamed|hailed|welcomed|'
            'rejected|recommended|suggested|proposed|urged|assured|told|advised|warned|cautioned|offered|'
            'advanced|put forward|acclaimed|panned|derided|attacked|doubted|contested|endorsed|favou?red|'
            'backed|opposed|projected|forecast|calculated|reckoned|judged|rated|ranked|labell?ed|called')
INV_VERBS = W('say|says|said|warn|warns|warned|note|notes|noted|argue|argues|argued|caution|cautions|cautioned|'
              'add|adds|added|agree|agreed|believe|believes|suggest|suggests|contend|contends|predict|predicts|'
              'explain|explains|observe|observes|claim|claims|quipped|remarked')
entry(vague, 'according-to-group',
      '(?:\\b(?:according\\s+to|in\\s+the\\s+(?:view|opinion|words)\\s+of)'
      '|\\b(?=' + INV_VERBS + '\\s)(?<=,\\s|”\\s|"\\s|\\(\\s|\\()' + INV_VERBS + ')\\s+'
      '(?:(?:' + QUANT + '|one|an?|another)\\s+)?'
      '(?:(?:recent|unconfirmed|media|press|news|published|conflicting|early|initial|preliminary|unofficial|'
      'credible)\\s+)?' + GMOD +
      '(?:' + PROF_L + '|' + STANCE_L + '|' + SING_PROF[3:-1] + '|reports|estimates|estimate|studies|study|'
      'research|surveys|polls|rumou?rs|accounts|people)\\b' + NOT_AT +
      '(?!,?\\s+(?:familiar|close|briefed|who|involved|knowledgeable|aware|privy|having)\\b)' + NAMED_AFTER + CITED +
      '(?!\\s+(?:man|men|woman|women|firm|group|team|institute|cent(?:er|re)|company|unit|staff|paper|fellow|'
      'director|note|project|organi[sz]ation|department|division|house|agency|bureau|official|officials|'
      'associate|assistant|chief|head|council|body|panel|committee)\\b)' +
      '(?!\\s+(?-i:\\p{Lu}))' + NOT_GLUED +
      '|(?<=\\s)(?=' + PASSIVE + '\\s+by\\s)' + PASSIVE + '\\s+by\\s+(?:(?:some|many|most|several|numerous|other|various)\\s+)?'
      '(?:(?!(?:the|these|those|his|her|its|their|our|my|your|both|two|three)\\s)(?-i:\\p{Ll}[\\w-]*)\\s+)?'
      '(?:' + PROF_L + '|' + STANCE_L + ')\\b(?!,?\\s+(?:at|from|with|for|of|including|such\\s+as|like|led\\s+by|'
      'who\\s+work)\\b)' +
      NAMED_AFTER + '(?!\\s+(?-i:\\p{Lu}))' + NOT_GLUED +
      '|\\bby\\s+(?:some|many|most|all|one|several|other|conservative|official|independent)\\s+'
      '(?:accounts|account|estimates|estimate|reckonings|calculations)\\b(?!\\s+(?:by|from|of)\\b)',
      ['according to experts', 'according to some analysts', 'is considered by experts in the field to be too low',
       'in economic aid alone last year, according to Western estimates',
       'I am assured by experts that', 'one answer offered by experts',
       'was criticised by some economists', 'according to reports', 'By some estimates',
       'by all accounts', 'according to media reports', 'weakening, say analysts', 'is wrong,” say critics',
       'it will fail, warn some economists', 'prices will rise, said one analyst'],
      ['according to analysts at Goldman Sachs', 'according to reports in the Financial Times',
       'according to estimates by the IMF', 'according to research published in Nature',
       'according to experts from the WHO', 'according to critics Jane Doe and John Roe',
       'weakening, say analysts at Citi', ', said analysts John Smith and Jane Roe', 'he said critics\' arguments',
       'said one analyst at Citi', 'said an analyst, John Smith', 'was written by critics at the Times',
       'was praised by critics Jane Doe and John Roe', 'a cease-fire patrolled by outside observers',
       'information provided by the scientists in industrial anthropology', 'They are written by specialists',
       'according to a research man quoted by Sponsor', 'according to people familiar with the matter', 'according to studies (Smith and Jones, 1998)'])

# ================================================================ anonymous sources
anon = []
DETQ_L = ('an?|one|two|three|four|five|six|several|some|the|multiple|various|other|many|a number of|a few|'
         'a handful of|at least one|at least two|at least three|more than two|more than three|half a dozen|'
         'dozens of')
DETQ = W(DETQ_L)
MODW_L = ('senior|junior|high-ranking|high-level|top|former|current|veteran|western|administration|'
                  'government|military|intelligence|security|defen[cs]e|trade|diplomatic|ministry|industry|'
                  'company|party|campaign|congressional|police|palace|cabinet|federal|state|city|regional|'
                  'council|county|municipal|hospital|union|court|board|club|airline|port|school|university|'
                  'agency|department|regulatory|judicial|prison|army|navy|fire|health|bank|'
                  'other|mid-level|midlevel|lower-level|rank-and-file|retired|serving|knowledgeable|'
                  'well-placed|well-informed|informed|reliable|high|high-placed|highly-placed|two|three|four|five|trusted|authoritative|unnamed|anonymous|'
                  'unidentified|official|local|foreign|several|multiple|various|political|banking|market')
MODW = '(?:' + W(MODW_L) + '|(?-i:\\p{Lu}[\\w.’\'&-]*))'
PERS_L = ('people|persons?|sources?|officials?|individuals?|insiders?|aides?|advisers?|advisors?|diplomats?|'
         'executives?|staffers?|employees?|members?|lawmakers?|bankers?|lawyers?|investors?|officers?|'
         'figures?|directors?|managers?|associates?|confidants?|allies|ally|colleagues?|someone|somebody|'
         'those|others|traders?|negotiators?|envoys?')
PERS = W(PERS_L)
WHO = '(?:' + DETQ + '\\s+(?:' + MODW + '\\s+){0,3}|(?:' + W(MODW_L) + '\\s+){0,2})' + PERS
LINK = ('(?:,?\\s+(?:who|that)\\s+(?:is|are|was|were|has\\s+been|have\\s+been|had\\s+been|had))?'
        '(?:\\s+(?:directly|closely|personally|intimately|fully|also|previously|otherwise|deeply|both|all))?'
        '\\s+')
PHRASE = W('familiar with|close to|briefed on|briefed about|(?:with|having|who have|who has) '
           '(?:direct |first-?hand |detailed |personal |intimate |inside |some )?knowledge of|knowledgeable about|'
           'knowledgeable of|privy to|with access to|apprised of|in the know about|'
           '(?:who|that) (?:has|have|had) (?:seen|read|reviewed|viewed)|briefed by')
# weaker phrases ("persons involved in the investigation" may be its subjects): only before a speech verb
WEAK = W('involved in|aware of|informed about|informed of|present at|present during|in the room for|'
         'participating in|taking part in|consulted on|(?:who|that) saw')
WEAK_SAY = ('(?=,?\\s+(?:(?:who|have|had|also|later|privately)\\s+)?(?:said|say|says|told|tell|added|noted|'
            'confirmed|described|insisted|spoke|speaking|asked|requested|declined|cautioned|warned|tells|'
            'explained|estimated|expect|expected|believe|believed)\\b)')
OBJN = W('matters?|situation|response|handling|reaction|approach|talks|negotiations|discussions|deliberations|plans?|planning|deals?|decisions?|'
         'investigation|probe|inquiry|process|thinking|case|issue|documents?|reports?|details|conversations?|'
         'meetings?|proposals?|company|firm|administration|government|transaction|agreement|accord|offer|bid|'
         'sale|merger|acquisition|strategy|policy|review|calls?|visit|summit|programm?e|operations?|effort|'
         'arrangements?|dispute|incident|findings|assessment|intelligence|briefing|preparations|contract|'
         'transcript|memo|letter|exchanges?|relationship|family|president|prime minister|chancellor|minister|'
         'leader|leadership|king|queen|crown prince|campaign|white house|kremlin|pentagon|board|team|ministry|'
         'department|agency|bank|fund|project|budget|orders?|request|results|data|figures|list|draft|text|terms|'
         'timing|schedule|sanctions|shipments?|cargoes|pipeline|contents|dialogue|correspondence|'
         'communications?|readout|remarks|comments|sessions?|hearings?|deliberation|vote|nomination|'
         'appointment|selection|search|candidacy|bill|legislation|package|framework|ceasefire|truce|plot|attack|'
         'raid|strikes?|killing|crash|accident|collapse|shooting|estimates|evidence|recordings?|footage|images|'
         'emails|messages|chats|filings?|restructuring|layoffs|cuts|listing|ipo|funding|financing|loans?|debt')
OBJ = ('(?:(?:the|this|these|those|its|their|his|her|a|an|such|internal|private|ongoing|confidential|'
       'closed-door|recent|latest)\\s+)?'
       '(?:(?!(?:said|say|says|told|and|or|but|who|that|which|to|in|on|at|was|were|is|are)\\b)'
       '[\\w’\'.-]+\\s+){0,2}?' + OBJN + '\\b')
# any object, when a speech verb follows: "a person familiar with the club's finances said"
OBJ_SAY = ('(?:(?!(?:said|say|says|told|tell|tells|and|or|but|who|that|which|was|were|is|are)\\b)[\\w’\'.-]+\\s+){0,4}?'
           '(?!(?:said|say|says|told|tell|tells|and|or|but|who|that|which|was|were|is|are)\\b)[\\w’\'.-]+' + WEAK_SAY)
CLOSE_TO_NAME = 'close\\s+to\\s+(?-i:\\p{Lu}[\\p{Ll}’\'.-]+)(?:\\s+(?-i:\\p{Lu}[\\p{Ll}’\'.-]+)){0,2}\\b(?![’\'])'
ANONVP = ('(?:(?:has|have|had)\\s+)?(?:spoke|speak|spoken|speaking|asked|requested|declined|refused|insisted|'
          'demanded|did\\s+not\\s+want|didn[’\']t\\s+want|(?:was|were)\\s+(?:granted|given|promised))\\s+'
          '(?:on\\s+(?:the\\s+)?condition\\s+(?:of\\s+anonymity|(?:that\\s+)?(?:he|she|they|his\\s+name|'
          'her\\s+name|their\\s+names?|the\\s+source|it)\\s+(?:not\\s+be|would\\s+not\\s+be|was\\s+not|'
          'were\\s+not|not)\\s+(?:named|identified|used|published|disclosed|quoted))|not\\s+to\\s+be\\s+'
          '(?:named|identified|quoted\\s+by\\s+name)|to\\s+be\\s+(?:named|identified)|anonymity|anonymously|'
          'on\\s+(?:deep\\s+)?background|for\\s+anonymity|(?:that\\s+)?(?:his|her|their)\\s+names?\\s+'
          '(?:not\\s+be|be\\s+withheld|be\\s+not|not)|privately)'
          '|(?:(?:is|are|was|were)\\s+not|(?:isn|aren|wasn|weren)[’\']t)\\s+authori[sz]ed\\s+to\\s+'
          '(?:speak|talk|comment|discuss|be\\s+(?:named|quoted|identified))'
          '|(?:cannot|could\\s+not|can[’\']t|couldn[’\']t)\\s+be\\s+named')
# "a European official briefed on the talks", "a senior official who asked not to be named"
entry(anon, 'familiar-with',
      '(?=' + W(DETQ_L + '|' + MODW_L + '|' + PERS_L) + '(?!\\w))' + WHO + '(?:' + LINK + '(?:' + PHRASE + '\\s+' + OBJ + '|' + PHRASE + '\\s+' + OBJ_SAY + '|' + CLOSE_TO_NAME + '|' + WEAK + '\\s+' + OBJ + WEAK_SAY + ')'
      '|,?\\s+(?:who|which|that)\\s+(?:' + ANONVP + '))',
      ['people familiar with the matter', 'a European official briefed on the talks',
       'a person briefed on the talks', 'sources close to the negotiations', 'people with knowledge of the plans',
       'a senior Biden administration official familiar with the deliberations',
       'people who have seen the document', 'a person close to Musk', 'officials familiar with the company\'s plans',
       'two people directly involved in the negotiations said', 'an aide who asked not to be named',
       'a diplomat who spoke on condition of anonymity', 'a senior official who asked not to be named',
       'two officials who were not authorized to speak', 'a source who cannot be named',
       'a person familiar with the club\'s finances said', 'A person familiar with the school\'s response tells us'],
      ['people familiar with the city', 'a person close to him', 'people close to the border',
       'residents familiar with the area said the plan', 'the European official said on Monday',
       'two officials from the ministry', 'an official who declined to comment',
       'a man who could not be identified', 'about 200 persons involved in the election investigation',
       'the other party to a dispute'])

entry(anon, 'anonymity',
      '(?=' + W('on|declined|refused|did|didn|asked|asking|requested|requesting|spoke|speaking|wished|wishing|'
                'preferred|prefers|wishes|wanting|condition|insisted|granted|demanded|was|were|is|are|isn|aren|'
                'wasn|weren|sought|seeking|in|under|speak|talking|talked|spoken|briefed|told|briefing|anonymous|'
                'unnamed|unidentified') + '(?!\\w))(?:on\\s+(?:the\\s+)?condition\\s+of\\s+(?:anonymity|not\\s+being\\s+(?:named|identified))'
      '|on\\s+(?:the\\s+)?condition\\s+(?:that\\s+)?(?:he|she|they|his\\s+name|her\\s+name|their\\s+names?|'
      'the\\s+source)\\s+(?:not\\s+be|would\\s+not\\s+be|not)\\s+(?:named|identified|used|quoted)'
      '|(?:declined|refused|did\\s+not\\s+want|didn[’\']t\\s+want)\\s+to\\s+be\\s+(?:named|identified|'
      'quoted\\s+by\\s+name)'
      '|(?:asked|asking|requested|requesting|spoke|speaking|wished|wishing|preferred|prefers|wishes|wanting|'
      'condition)\\s+not\\s+to\\s+be\\s+(?:named|identified|quoted\\s+by\\s+name)'
      '|(?:asked|asking|requested|requesting|insisted\\s+on|granted|demanded|(?:was|were)\\s+promised|'
      'sought|seeking|in\\s+exchange\\s+for|under\\s+the\\s+cloak\\s+of|on\\s+promise\\s+of)\\s+anonymity'
      '|(?:speaking|spoke|speak|talking|talked|spoken)\\s+(?:anonymously|on\\s+(?:deep\\s+)?background)'
      '|(?:briefed|told|briefing)\\s+reporters\\s+on\\s+(?:deep\\s+)?background'
      '|(?:(?:is|are|was|were)\\s+not|(?:isn|aren|wasn|weren)[’\']t)\\s+authori[sz]ed\\s+to\\s+'
      '(?:(?:speak|talk|comment)\\s+(?:publicly|on\\s+the\\s+record|to\\s+the\\s+(?:media|press)|'
      'to\\s+(?:reporters|journalists)|on\\s+the\\s+(?:matter|subject|record|issue)|about\\s+(?:the|it|this))'
      '|discuss\\s+(?:the|it|this|internal|private|confidential)|be\\s+(?:named|quoted|identified))'
      '|anonymous\\s+(?:sources?|officials?|insiders?|diplomats?|whistle-?blowers?|'
      'aides?|advisers?|executives?|staffers?|employees?|informants?|officers?)'
      '|(?:unnamed|unidentified)\\s+(?:' + MODW + '\\s+){0,2}(?:sources?|officials?|insiders?|diplomats?|'
      'executives?|aides?|advisers?|staffers?|employees?|informants?|investigators?|lawmakers?|ministers?|'
      'bankers?|analysts?|experts?|associates?))\\b',
      ['on condition of anonymity', 'asked not to be named', 'who requested anonymity',
       'was not authorized to speak publicly', 'unnamed officials', 'anonymous sources',
       'spoke on condition of anonymity', 'speaking on background', 'declined to be identified',
       'unnamed U.S. officials', 'in exchange for anonymity'],
      ['the anonymous donor\'s gift', 'unnamed road', 'is not authorized to speak for the company',
       'an unidentified man', 'anonymous letters', 'calls from anonymous persons', 'anonymous tipsters', 'asked to be named chairman'])

SVERB = ('(?:said|say|says|told|tell|tells|confirmed|indicated|suggested|added|claimed|insisted|revealed|'
         'disclosed|reported|reckon|believe|cautioned|warned|noted|described|estimated|expect|expected|'
         'stressed|contend|maintain|explained|'
         '(?:put|puts|place|places|placed)\\s+(?:the|its|their)\\s+(?:[\\w-]+\\s+)?'
         '(?:value|cost|figure|number|toll|total|bill|loss|losses|damage|price|tally|count)\\b(?=[^.!?\\n]{0,80}?\\bat\\b))')
# where a source sits: "sources in the ministry said", "a source at the fire service told"
SOURCE_AT = ('(?:\\s+(?:in|at|within|inside)(?:\\s+(?!(?:said|say|says|told|tells)\\b)'
             '[\\w’\'.-]+){1,4}?)?')
entry(anon, 'sources-said',
      '(?=according|told|citing|cited|quoting|quoted|sources|said|says|an?\\s|one\\s|another\\s)(?:(?:according\\s+to|told\\s+by|citing|cited|quoting|quoted)\\s+(?:' + MODW + '\\s+){0,2}'
      'sources\\b(?!\\s+(?:of|for)\\b)' + NOT_GLUED +
      '|sources' + SOURCE_AT + '\\s+(?:(?:have|had|also|privately|now|later|previously|separately)\\s+)?'
      + SVERB + '\\b'
      '|(?:(?:according\\s+to|citing|quoting|told\\s+by)\\s+|(?<=,\\s|”\\s|"\\s)(?:said|says)\\s+)'
      '(?:an?|one|another)\\s+(?:' + MODW + '\\s+)?(?:source|insider)\\b' + NOT_GLUED +
      '|(?:an?|one|another)\\s+(?:' + MODW + '\\s+){0,2}source' + SOURCE_AT + '\\s+(?:(?:also|later|privately)\\s+)?' + SVERB + '\\b)',
      ['sources said', 'according to two sources', 'several sources told', 'diplomatic sources say',
       'a source said', 'the talks failed, said one source', 'a high official source disclosed',
       'A Highway Department source said', 'Sources in the ministry said', 'according to sources',
       'A council source said', 'one hospital source told', 'A source at the fire service tells us', 'Industry sources put the value of the cargo at'],
      ['energy sources', 'sources of revenue', 'multiple sources of funding', 'renewable sources provide',
       'according to sources of funding', 'renewable sources put the grid at risk'])

OFF = '(?:officials?|diplomats?|aides?|insiders?)'
entry(anon, 'unnamed-official',
      '(?=(?:an?|one|another|two|three|four|several|multiple)\\s)(?<!\\bthe\\s)(?:an?|one|another|two|three|four|several|multiple)\\s+(?:' + MODW + '\\s+){0,3}' + OFF +
      '\\s+(?:(?:also|later|privately|separately)\\s+)?(?:said|says|say|told|confirmed|acknowledged|conceded|'
      'insisted|disclosed|revealed|admitted)\\b' + NOT_GLUED +
      '|(?=said|says|according)(?<=,\\s|”\\s|"\\s)(?:said|says|according\\s+to)\\s+(?:an?|one|another|two|three|several)\\s+'
      '(?:' + MODW + '\\s+){0,3}' + OFF + '\\b' + NAMED_AFTER +
      '(?!,?\\s+(?:briefed|familiar|close|with|who|involved|knowledgeable|aware|privy|present|speaking|that)\\b)' + '(?!\\s+(?:of|from|for|at|with)\\s+(?-i:\\p{Lu}))' +
      NOT_GLUED,
      ['a senior official said', 'two U.S. officials said', 'a European official said on Monday',
       'and one U.S. official said', 'carried out by religious groups, according to an official of the corps', 'the deal collapsed, said a European diplomat',
       'one Western diplomat told'],
      ['the official said', 'two officials from the ministry', 'an official of Acme said',
       ', said an official, John Smith'])

sources = collections.OrderedDict()
sources['pack'] = 'sources'
sources['description'] = ('Vague and anonymous attributions in news English. Each entry has examples that the '
                          'test suite checks: a match example must be reported by that entry, a no_match example '
                          'by no entry of its set. Every entry starts by consuming the separator before the phrase '
                          '(space, tab, line end, "(" or "[", or the text start) and drops it with \\K, then checks '
                          'the first word with a lookahead, so PCRE2 tries each entry only at word starts; word lists '
                          'are factored by first letters (a(?:cademics|nalysts)|e(?:conomists|xperts)) for speed. '
                          'Expert groups ("analysts say") count only when no organisation name, possessive or '
                          'determiner comes right before them ("Goldman Sachs analysts", "the bank\'s economists", '
                          '"the analysts"); "studies show" only at a clause start or after an unowned quantifier; a '
                          'claim followed in its sentence by an author-year or [n] citation is not reported.')
sources['patterns'] = collections.OrderedDict([('vague-source', vague), ('anonymous-source', anon)])
with open(OUT + 'sources.json', 'w') as f:
    json.dump(sources, f, ensure_ascii=False, indent=2)
    f.write('\n')

# ================================================================ placeholders (citations.json)
ph = []
entry(ph, 'source-link-alone',
      '^[ \\t>*_#-]*(?:source|sources|via|link|read more|original article|full story|more|read the full story|'
      'full article|read the report|see)(?:[ \\t]*[:\\-–—][ \\t]*|[ \\t]+)(?:link|here|url|\\[link\\]|\\(link\\))'
      '[ \\t*_.]*$',
      ['Source link', '  source link  ', 'Read more here', 'Source: link', 'Via: link', '**Source link**'],
      ['Source link: https://example.org/report', 'The source link was broken.', 'See here for details'],
      '"{match}" with no link: the source was lost')
entry(ph, 'tk',
      '\\b(?:(?:source|sources|citation|cite|link|ref|reference|attribution|data|figure|number|quote|stat|url|'
      'credit|via)s?[ \\t]*[:=][ \\t]*(?:(?-i:TK|TKTK|TBD|TBC|TBA|XXX?)\\b|\\?{2,}|to\\s+come\\b|tk\\b|tbd\\b|'
      '\\.\\.\\.|…|\\[\\s*\\]|\\(\\s*\\))'
      '|(?:source|sources|citation|cite|link|ref|reference|attribution|url)s?[ \\t]*[:=][ \\t]*'
      '(?:pending|needed|missing|none|n/a)[ \\t]*$)',
      ['Source: TK', 'source: tbd', 'Citation: needed', 'Data: XX', 'Source: ???', 'Sources: TKTK',
       'Link: []', 'Source: ...', 'Credit: TK', 'Source: none', 'Source: N/A'],
      ['Source: Reuters', 'Source: TKO Holdings annual report', 'Source: National Bureau of Statistics',
       'Data: the ministry', 'Missing data: none', 'Source: none of the above agencies', 'Source: NASA'],
      'placeholder instead of a source: "{match}"')
entry(ph, 'tk-bare',
      '(?-i:\\bTK(?:TK)+\\b|\\[TK\\]|\\(TK\\)|\\{TK\\}|\\[(?:TK|TBD|XX+)[ \\t]+(?:source|link|cite|citation|'
      'ref|url|quote|data)\\])',
      ['revenue of TKTK', '[TK]', 'growth of (TK) percent', 'TKTKTK', 'TKTK'],
      ['TK Elevator', 'the TK-1 rocket', 'Tk 500', 'TK'],
      'placeholder "{match}" left in the text')
entry(ph, 'citation-needed',
      '\\[(?:citation|source|reference|ref|cite|link|url|quote|attribution|verification|clarification|when|who|'
      'by whom|according to whom|which|dubious|unreliable source\\??|better source needed|failed verification|'
      'not in citation given|page needed|full citation needed|original research\\??|weasel words|'
      'unbalanced opinion\\??|non-primary source needed|third-party source needed|link to come|link tk|'
      'link)(?:[ \\t]+(?:needed|required|missing|here|TK|TBD|to come|pending|please))?[ \\t]*\\??\\]'
      '|\\{\\{[ \\t]*(?:citation needed|cn|fact|cite needed|source needed|unreferenced|refimprove|'
      'more citations needed|better source|dubious|who|by whom|according to whom|weasel inline|'
      'unreliable source\\??)[ \\t]*(?:\\|[^{}\\n]{0,80})?\\}\\}'
      '|\\((?:citation|source|reference|link|cite) (?:needed|required|missing|TK|TBD|to come)\\)',
      ['[citation needed]', '[source?]', '[link]', '[by whom?]', '[Source needed]', '[URL]',
       '{{citation needed|date=May 2024}}', '{{cn}}', '(citation needed)', '[link to come]', '[weasel words]'],
      ['[1]', '[sic]', '[does]', '[the company]', '[source code]', '{{Infobox country}}', '(citation)'],
      'placeholder "{match}" instead of a source')
entry(ph, 'insert-link',
      '(?:\\[|\\(|<|\\{)[ \\t]*(?:(?:todo|tk|note)[ \\t]*:?[ \\t]*)?(?:insert|add|paste|need|needs|include|put|find|get)[ \\t]+'
      '(?:a[ \\t]+|the[ \\t]+|an[ \\t]+|proper[ \\t]+|real[ \\t]+)?(?:link|source|citation|cite|url|reference|'
      'hyperlink|footnote|attribution|ref)s?(?:[ \\t]+(?:here|to[ \\t]+[^\\]\\)>}\\n]{1,40}|for[ \\t]+'
      '[^\\]\\)>}\\n]{1,40}))?[ \\t]*(?:\\]|\\)|>|\\})',
      ['[insert link]', '(add source here)', '<insert citation>', '[need a source]', '[INSERT LINK HERE]',
       '[add link to report]', '(TODO: add source)'],
      ['(insert coin)', '[links]', '(add more)'],
      'placeholder "{match}" instead of a source')
entry(ph, 'lorem-ipsum',
      '\\blorem ipsum\\b',
      ['Lorem ipsum dolor sit amet'],
      ['lorem'],
      'placeholder text "{match}"')

cit = json.load(open(OUT + 'citations.json'), object_pairs_hook=collections.OrderedDict)
cit['patterns']['source-placeholder'] = ph
with open(OUT + 'citations.json', 'w') as f:
    json.dump(cit, f, ensure_ascii=False, indent=2)
    f.write('\n')
