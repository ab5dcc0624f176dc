/**
 * Crisis-language detection for anything a person writes in Steady.
 *
 * What it is for: deciding when to show crisis resources next to what someone wrote. Showing them
 * is calm and never blocks anything, so when a sentence is genuinely ambiguous we lean towards
 * showing them. What it is not: a diagnosis, a risk score, or a reason to treat anyone differently.
 *
 * How it works:
 *   1. Normalise: Unicode NFKC, lowercase, accents off, curly quotes straightened, contractions
 *      expanded (so "don't", "dont" and "do not" all become "do not"), punctuation reduced to
 *      sentence (" . ") and clause (" , ") markers, whitespace collapsed.
 *   2. Neutralise idioms ("dying to see her", "killing myself laughing") by replacing them with a
 *      placeholder word, so no pattern can match across them.
 *   3. Match a curated list of first-person patterns grouped by category. Some patterns carry an
 *      `unless` (nearby words that make it ordinary, such as moving house or a holiday), a
 *      `requires`, or `selfOnly` (skip it when negated or about someone else: "he wanted to...").
 *   4. Recovery stories (see `isRecoveryStory`) can quiet explicit suicide and self-harm words.
 *
 * Privacy: nothing here logs, stores or returns the matched text. Callers only get categories.
 *
 * Speed: every pattern is a flat sequence of alternations with small bounded repeats such as
 * `(?: \w+){0,3}`, where each repeat must start with a space and contain only word characters.
 * That gives exactly one way to split the filler, so there is no catastrophic backtracking.
 * Each rule also names a few short "hints" it cannot match without. All hints together form one
 * trigger regex: only sentences containing a hint are looked at at all, and each rule only runs
 * on sentences holding one of its own hints. Ordinary 20,000-character entries take around a
 * millisecond; text made of nothing but crisis vocabulary costs more, still linearly.
 *
 * Negation and history policy (decided on purpose):
 *   - A plain negated statement about oneself is ordinary: "I'm not suicidal, just exhausted"
 *     and "I would never hurt myself" are not flagged, as the evaluation set labels that form
 *     (negated_other); a present urge next to the denial still counts ("I'd never cut myself
 *     again, but the urge is there").
 *   - A negation that flips the meaning of a wish is respected: "I don't want to die" is a wish
 *     to live and is not flagged, while "I don't want to live" and "I don't want to wake up" are.
 *   - Past tense alone is not reassurance ("I used to cut" is flagged). But a story that clearly
 *     describes recovery, e.g. "I used to self-harm years ago and I'm proud of my recovery", is
 *     not flagged, as long as nothing in the text points at now (again, lately, tonight, urges…).
 *     Meeting every proud mention of recovery with a crisis banner would feel like being told
 *     the past still defines you, and would teach people to stop writing about it.
 *
 * Known limitations (patterns cannot read between the lines; keep the resources reachable
 * everywhere regardless of this function):
 *   - Heavily veiled sentences are missed, e.g. sitting in the bath thinking about "not getting
 *     out", or buying a rope "and not going climbing". Only context or a person can read those.
 *   - Hyperbole is sometimes flagged: "I wanted to die when he saw my old photos" or "I'd kill
 *     myself if I had to sit through that again". That is the cheaper mistake here.
 *   - It reads the writer's own voice. "My friend says she wants to die" or reported speech is
 *     mostly not flagged, though someone writing that may want the resources too.
 *   - English only. Other languages, leetspeak ("su1c1de") and spaced-out letters are not read.
 *   - Cost is linear, about a millisecond for an ordinary 20,000-character entry; text made of
 *     nothing but crisis vocabulary with no punctuation can take several times that.
 */

import { DECISION, type ModelVerdict, scoreNormalised } from './crisis-model.js';

export type CrisisCategory = 'suicide' | 'passive' | 'burden' | 'farewell' | 'self_harm' | 'plan';

export interface CrisisResult {
  crisis: boolean;
  categories: CrisisCategory[];
}

const CATEGORY_ORDER: readonly CrisisCategory[] = ['suicide', 'passive', 'burden', 'farewell', 'self_harm', 'plan'];

// ---------------------------------------------------------------------------------------------
// Normalisation
// ---------------------------------------------------------------------------------------------

/** Contractions typed without an apostrophe. Only unambiguous ones: "ill", "well", "its" stay. */
const BARE_CONTRACTIONS: Record<string, string> = {
  dont: 'do not',
  doesnt: 'does not',
  didnt: 'did not',
  isnt: 'is not',
  arent: 'are not',
  wasnt: 'was not',
  werent: 'were not',
  havent: 'have not',
  hasnt: 'has not',
  hadnt: 'had not',
  wouldnt: 'would not',
  couldnt: 'could not',
  shouldnt: 'should not',
  mustnt: 'must not',
  cant: 'can not',
  cannot: 'can not',
  wont: 'will not',
  aint: 'am not',
  im: 'i am',
  ive: 'i have',
  id: 'i would',
  youre: 'you are',
  youll: 'you will',
  youd: 'you would',
  theyre: 'they are',
  theyll: 'they will',
  theyd: 'they would',
  thats: 'that is',
  whats: 'what is',
  theres: 'there is',
  wouldve: 'would have',
  couldve: 'could have',
  shouldve: 'should have',
  wanna: 'want to',
  gonna: 'going to',
  gotta: 'got to',
  tryna: 'trying to',
  kinda: 'kind of',
  noone: 'no one',
  nobodys: 'nobody is',
  u: 'you',
  ur: 'your',
  r: 'are',
  rn: 'right now',
  bc: 'because',
  cuz: 'because',
  cos: 'because',
  coz: 'because',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  pls: 'please',
  plz: 'please',
  wakeup: 'wake up',
};

/** Other everyday spellings folded in the same pass as the bare contractions. */
const WORD_FIXES: Record<string, string> = {
  'my self': 'myself',
  'my selfe': 'myself',
  'any more': 'anymore',
  'no body': 'nobody',
  'good bye': 'goodbye',
  'good byes': 'goodbyes',
};

const WORD_FIX_RE = new RegExp(
  String.raw`\b(?:${[...Object.keys(BARE_CONTRACTIONS), ...Object.keys(WORD_FIXES)].join('|')})\b|\bdis{1,2}ap{1,2}ea?r|\bsuicid(?:e|al)?ly\b`,
  'g',
);

function fixWord(w: string): string {
  const fixed = BARE_CONTRACTIONS[w] ?? WORD_FIXES[w];
  if (fixed !== undefined) return fixed;
  return w.startsWith('dis') ? 'disappear' : 'suicidal';
}

/** Pronouns whose "'s" means "is" rather than a possessive. */
const IS_PRONOUNS = new Set([
  'it',
  'that',
  'there',
  'what',
  'he',
  'she',
  'who',
  'where',
  'here',
  'everything',
  'nothing',
  'everyone',
  'everybody',
  'nobody',
  'someone',
  'somebody',
  'this',
]);

/** How "before'after" reads once the apostrophe is gone: "don't" → "do not", "mum's" → "mums". */
function contraction(before: string, after: string): string {
  if (after === 't' && before.endsWith('n')) {
    if (before === 'can') return 'can not';
    if (before === 'won') return 'will not';
    if (before === 'ain') return 'am not';
    return `${before.slice(0, -1)} not`;
  }
  switch (after) {
    case 're':
      return `${before} are`;
    case 've':
      return `${before} have`;
    case 'll':
      return `${before} will`;
    case 'd':
      return `${before} would`;
    case 'm':
      return `${before} am`;
    case 's':
      return IS_PRONOUNS.has(before) ? `${before} is` : `${before}s`;
    default:
      return before + after;
  }
}

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** Expands or drops every apostrophe. A hand loop: it only does work where an apostrophe is. */
function expandApostrophes(t: string): string {
  let out = '';
  let last = 0;
  let k = t.indexOf("'");
  while (k !== -1) {
    let a = k;
    while (a > last && isLetter(t.charCodeAt(a - 1))) a--;
    let b = k + 1;
    while (b < t.length && isLetter(t.charCodeAt(b))) b++;
    out += t.slice(last, a) + contraction(t.slice(a, k), t.slice(k + 1, b));
    last = b;
    k = t.indexOf("'", b);
  }
  return out + t.slice(last);
}

/**
 * Sentence enders and blank lines become " . ", commas " , ", and everything else that is not a
 * letter or digit a space, so filler words never jump across a sentence. A single line break is
 * only wrapping (phones, pasted text), so it counts as a space.
 */
const PUNCT_RE = /\n[ \t]*\n|[.!?;:\u2026\u2022|]+|,+|[^a-z0-9 .,!?;:\u2026\u2022|\n]+|\n/g;

function punct(m: string): string {
  const c = m.charCodeAt(0);
  if (c === 44 /* , */) return ' , ';
  if (c === 10 /* \n */) return m.length > 1 ? ' . ' : ' ';
  if (/^[.!?;:\u2026\u2022|]/.test(m)) return ' . ';
  return ' ';
}

const ASCII_RE = /^[^\u0080-\uffff]*$/;

function normalise(input: string): string {
  let t: string;
  if (ASCII_RE.test(input)) {
    t = input.toLowerCase();
  } else {
    try {
      // NFKC folds full-width and styled letters; NFD then splits accents off so they can go.
      t = input
        .normalize('NFKC')
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '');
    } catch {
      t = input.toLowerCase();
    }
    t = t.replace(/[\u2018\u2019\u201a\u201b\u2032\u2035\u02bc\u02bb\u00b4\uff07]/g, "'");
  }
  if (t.includes('`')) t = t.replace(/`/g, "'");
  // "od'd on" / "OD'ing on" first, before the generic "'d" → "would" rule eats it.
  if (t.includes('od')) t = t.replace(/\bo\.?d'?(?:d|ed|ing)?\b(?= on\b)/g, 'overdose');
  if (t.includes("'")) t = expandApostrophes(t);
  // Lazy "ill" for "I'll", only where the next word rules out "ill" meaning sick.
  if (t.includes('ill ')) {
    t = t.replace(/\bill (?=(?:be|never|just|not|finally|go|do|take|kill|end|make|have|miss|always|leave|stop)\b)/g, 'i will ');
  }
  if (t.includes('\r')) t = t.replace(/\r\n?/g, '\n');
  t = t
    .replace(PUNCT_RE, punct)
    .replace(/ {2,}/g, ' ')
    .replace(/ \.(?: [.,])+/g, ' .')
    .trim()
    .replace(WORD_FIX_RE, fixWord);
  return t;
}

// ---------------------------------------------------------------------------------------------
// Idioms
// ---------------------------------------------------------------------------------------------

const ME = String.raw`(?:myself|myslef|mysef|meself|mysefl)`;

/**
 * Everyday phrases that borrow the language of death or injury. Each is replaced with the word
 * "idiom" before matching, which is enough to break every pattern that would otherwise run
 * through it. Keep each entry specific: a broad entry here silently hides real distress.
 */
const IDIOMS: readonly RegExp[] = [
  // "dying to see her", "dying for a coffee": eagerness, not death.
  /\bdying (?:to|for)\b/g,
  // "shoes to die for", "I'd die for you": admiration or devotion. Kept narrow so that
  // "I've been wanting to die for weeks" is still read for what it says.
  /\bto die for(?= \.| ,|$)/g,
  /\b(?:would|will|could) (?:\w+ )?die for (?:you|him|her|them|my|our|this|that|it|love|a|an|the)\b/g,
  // Dyeing hair or clothes, often spelled "dying" or "die".
  /\bd[yi]e?(?:ing|d|s)? (?:my|her|his|the|our|their) (?:hair|clothes|shirt|jeans|fabric|eggs|wool|roots|beard|fringe)\b/g,
  // Embarrassment and laughter hyperbole.
  /\b(?:die|died|dying|dead) (?:of|from) (?:embarrassment|shame|laughter|laughing|boredom|cuteness|cringe|jealousy|envy|happiness|excitement|curiosity|thirst|hunger|heat|the heat|suspense)\b/g,
  /\b(?:die|died|dying|dead) laughing\b/g,
  /\bdie on (?:this|that|the) hill\b/g,
  /\bdie a little(?: bit)?(?: inside)?\b/g,
  /\bdie happy\b/g,
  // "dead tired", "dead serious", a dead battery: intensifiers and broken things.
  /\bdead (?:tired|beat|serious|set|centre|center|end|line|lines|last|easy|simple|wrong|right|on|quiet|silent|heat|weight|ringer|giveaway|battery|phone|air|calm|straight|ahead|asleep|inside|zone|space)\b/g,
  /\bdrop dead (?:gorgeous|beautiful|handsome|funny|stunning|sexy)\b/g,
  // "I could kill for a coffee", "she killed it on stage", "kill time".
  /\bkil{1,2}(?:ing|ed|s)? (?:for|it)\b/g,
  /\bkil{1,2}(?:ing|ed|s)? (?:the|some|a little|a bit of|an hour of) (?:time|process|task|job|lights|engine|music|app|server|power|vibe|mood|buzz|bug|tab|spider)\b/g,
  // Over-work and laughter hyperbole about oneself.
  new RegExp(
    String.raw`\bkil{1,2}(?:ing|ed|s)? ${ME} (?:laughing|trying|working|studying|training|doing|at (?:work|the gym|the office|my job|uni|school)|in the gym|over (?:this|that|work|it|nothing)|for (?:this|that|nothing|a|my|the|work|them|him|her|no)|to (?:get|finish|make|meet|please|keep|be|impress|hit|pay|study|win)|with (?:work|overtime|exercise|training|studying|deadlines))\b`,
    'g',
  ),
  /\bshoot(?:ing)? (?:myself|ourselves|yourself) in the foot\b/g,
  // Physical accidents: the method, place or activity gives them away.
  new RegExp(
    String.raw`\b(?:cut|cutting|hurt|hurting|burn|burned|burnt|burning|injured|injure) (?:${ME}|my (?:\w+)) (?:shaving|chopping|cooking|baking|slicing|peeling|gardening|cleaning|playing|running|lifting|falling|skiing|skating|climbing|cycling|training|working out|at the gym|at work|on the (?:stairs|ice|bike|pitch|court|field|trampoline)|by accident|accidentally|on (?:a|an|the|some|broken|my|his|her|that|this) (?!purpose)\w+|with (?:a|the) (?:kitchen|bread|paper|craft|stanley|box|can|tin|pizza|hot|curling|iron|kettle|oven|stove|pan|steam)\w*|(?:while|when) i (?:was|fell|slipped|dropped|tripped|opened)|(?:while|when) (?:shaving|cooking|chopping|opening|slicing|gardening|cleaning|baking|ironing|moving|lifting|running))\b`,
    'g',
  ),
  // "I'm only hurting myself by checking his profile": self-sabotage people in anxious patterns
  // name often and should be able to name without a crisis banner each time.
  new RegExp(
    String.raw`\bhurt(?:ing|s)? ${ME} (?:more )?by (?:checking|texting|calling|looking|reading|scrolling|going back|staying|waiting|thinking|comparing|stalking|refreshing|overthinking|replaying|rereading|re reading|holding on|chasing|begging|keeping)\b`,
    'g',
  ),
  // Burnout, not burns.
  new RegExp(String.raw`\b(?:burn|burned|burnt|burning|wore|wear|wearing|worn) ${ME} out\b`, 'g'),
  // "overdosed on coffee / Netflix".
  /\bover ?dos(?:e|ed|es|ing) on (?:coffee|caffeine|sugar|chocolate|candy|sweets|netflix|tv|television|anime|memes|tiktok|social media|cake|cookies|drama|romcoms|rom coms|nostalgia|vitamins?|cuteness|love|music|books|reality tv|carbs|pizza|energy drinks?|espresso|podcasts|true crime|fluff)\b/g,
  // Ending a relationship, which Steady users write about a lot.
  /\bend(?:ing|ed|s)? (?:it|things|this|everything) (?:with|between)\b/g,
  /\b(?:break|breaking|broke) (?:up|it off)\b/g,
];

/** All idioms in one alternation, so the text is scanned once rather than once per idiom. */
const IDIOM_RE = new RegExp(IDIOMS.map((r) => `(?:${r.source})`).join('|'), 'g');

function neutraliseIdioms(t: string): string {
  return t.replace(IDIOM_RE, 'idiom');
}

// ---------------------------------------------------------------------------------------------
// Building blocks for patterns
// ---------------------------------------------------------------------------------------------

/** Up to n filler words, each " word". Each repeat starts with a space, so it cannot backtrack. */
const fill = (n: number): string => String.raw`(?: \w+){0,${n}}`;

/**
 * Filler that refuses words pointing at somebody or something else, so "I want him to die" or
 * "I wish the plant would die" do not read as a wish about oneself.
 */
const SELF_FILL = String.raw`(?: (?!(?:him|her|them|he|she|they|you|it|his|their|your|someone|somebody|people|everyone|everybody|my|the|a|an|this|that|these|those|phone|laptop|battery|car|plant)\b)\w+){0,3}`;

/**
 * A flipping negation right before a wish: "I don't (really) want to die" means the opposite.
 * Checked on the few characters before a match rather than as a regex lookbehind, which would
 * otherwise run at every word of the text.
 */
const NEGATED_BEFORE = /\b(?:not|never|no longer)(?: (?:really|even|actually|exactly|necessarily|particularly|truly|honestly|always))? $/;

/**
 * Someone else as the subject right before a wish or a goodbye: "he wanted to die in his garden",
 * "she said goodbye to everyone". Steady reads what a person says about themselves.
 */
const OTHER_SUBJECT_BEFORE =
  /\b(?:he|she|they|it|his|her|their|grandad|granddad|grandpa|grandma|granny|grandmother|grandfather|nan|mum|mom|dad|father|mother|sister|brother|friend|partner|boyfriend|girlfriend|husband|wife|son|daughter|character|hero|heroine|villain|narrator|protagonist|author|people|everyone|nobody)(?: (?:always|really|just|once|never|also|still|probably|clearly|obviously|actually|literally|even|both|all|often|sometimes|apparently|supposedly|used to|would|had|has|have|did|does|is|was|were|are))? $/;

/** Suicide, including common misspellings: sucide, suicdal, suisidal, suicidle... */
const SUICIDE_NOUN = String.raw`(?:s(?:ui|u|ue|ou)(?:c|s)?i?(?:c|s)?ide?s?|suicde|sewer ?slide)`;
const SUICIDAL = String.raw`(?:s(?:ui|u|ue|ou)(?:c|s)?i?(?:c|s)?id(?:al|ial|le|el|all)|suicdal)`;

const DESIRE = String.raw`(?:want|wanted|wanting|wish|wished|wishing|hope|hoping|hoped|pray|praying|prayed|long|longing|longed|tempted|would like|would love|i am ready|i feel ready|deserve|deserved|thinking about|thinking of|thought about|thought of|think about|think of|dream of|dream about|dreaming of|dreaming about|fantasi[sz]e about|fantasi[sz]ing about|would not mind|do not mind|would not care|do not care|might as well|should just)`;

/** Things a person might wish for themselves that amount to not being alive. */
const WAKE_OK = String.raw`(?! (?:early|this early|so early|at|before|to (?:the|an?|my)|late|with|in a|in time|on time|for (?:work|school|class|the|my)))`;
const PASSIVE_STATE = String.raw`(?:not (?:exist|existing|be alive|being alive|be here anymore|being here anymore|be here any longer|be around anymore|be around any longer|be on this earth|be in this world|wake up${WAKE_OK}|waking up${WAKE_OK}|wake${WAKE_OK}|live anymore|be anymore)|never (?:wake up${WAKE_OK}|woke up|waking up${WAKE_OK}|existed|been born|be born|have existed|have been born)|stop (?:existing|being alive|breathing)|stopped (?:existing|breathing)|disappear(?:ed|ing)? (?:forever|for good|permanently|for ever|and never come back|and never be found|off the face of the earth|from (?:this|the) world|from existence|from everyone)|vanish(?:ed|ing)? (?:forever|for good|permanently|for ever|from (?:this|the) world|from existence)|(?:be|was|were|being) gone (?:forever|for good)|did not exist|do not exist|was never born|had never been born|was not alive|were not alive|fall asleep and never|go to sleep and never|sleep and never wake|(?:stay|remain|be) asleep (?:forever|for ever|permanently|for good))(?! (?:as|for|like|within|inside|to (?:him|her|them|you)|in (?:his|her|their|your|the|that|this) (?:eyes|life|world|group|chat|head|mind|story|memory|house|family|office|team))\b)`;

/** Cheap necessary-substring check for IF_GONE. */
const IF_GONE_HINT = String.raw`if i (?:\w+ )?(?:die|disappear|vanish|was|were|did not|never|kill|stop|had never|ended)`;

/** Words for how a person imagines not being alive would feel. */
const RELIEF = String.raw`(?:peaceful|nice|easier|easy|a relief|better|lovely|calm|quiet|good|kinder|simpler|restful|freeing|bliss)`;

/** "if I died", "if I was gone": used by burden and passive rules. */
const IF_GONE = String.raw`if i (?:just |simply |suddenly |quietly |finally )?(?:died|disappeared|vanished|(?:was|were) (?:gone|dead|not here|not around|not alive|never born|out of the picture|not in the picture|not in (?:their|your|his|her|the|everyones|everybodys) (?:lives|life|way)|not around anymore|no longer around)|did not exist|never existed|killed ${ME}|did not wake up|never woke up|stopped existing|was never born|had never been born|ended it|was no longer here|were no longer here|stopped(?= \.| ,|$))(?! (?:for|on|to|into|away|abroad|at|in|from|during|until|till|over|this|next)\b)`;

/** "my things", "all of my belongings", "my cat": what people give away when saying goodbye. */
const MY_ITEMS = String.raw`(?:my|all my|all of my|most of my|some of my|everything|all) (?:\w+ ){0,2}?(?:things|stuff|belongings|possessions|valuables|treasures|prized possessions|favourite things|favorite things|important things|cat|dog|pets?|plants|jewellery|jewelry|guitar|records|collection|savings|keepsakes|everything)`;

const PILL_HINTS: string[] = [
  'pill',
  'meds',
  'medication',
  'medicine',
  'tablet',
  'painkiller',
  'paracetamol',
  'tylenol',
  'acetaminophen',
  'ibuprofen',
  'aspirin',
  'antidepressant',
  'insulin',
  'xanax',
  'benzo',
  'prescription',
  'opioid',
  'oxy',
  'codeine',
];
const PILLS = String.raw`(?:pills|pill|meds|medication|medications|medicine|tablets|tablet|painkillers|paracetamol|tylenol|acetaminophen|ibuprofen|aspirin|antidepressants|insulin|xanax|benzos|sleeping pills|sleeping tablets|prescriptions?|opioids|oxy|oxycodone|codeine)`;

/** Sentences about trips or moves, where "gone", "goodbye" and "giving things away" are ordinary. */
// "Move on" is left out on purpose: "I hope they can move on after I'm gone" is a goodbye.
const TRAVEL_OR_MOVE =
  /\b(?:trip|holiday|holidays|vacation|travel\w*|flight|fly|flying|airport|abroad|overseas|weekend|conference|mov(?:e|ed|ing)(?! on\b)|relocat\w*|new (?:job|city|flat|apartment|house|place)|semester|graduat\w*|retir\w*|deploy\w*|surgery|operation|hospital stay|festival|camp|visit\w*|station|gap year|study abroad|exchange)\b/;

/** Social goodbyes: leaving drinks, a reunion, a funeral. */
const GATHERING =
  /\b(?:last day at|leaving (?:do|party|drinks|lunch|dinner|card|speech|present)|farewell (?:party|drinks|lunch|dinner)|drinks|reunion|funeral|wedding|party|dinner|lunch)\b/;

const DECLUTTER =
  /\b(?:charity|donat\w*|declutter\w*|kondo\w*|thrift|garage sale|yard sale|car boot|goodwill|sell\w*|sold|spring clean\w*|outgr[eo]w\w*|minimalis\w*|too small|do not fit|downsiz\w*|op shop|charity shop|mov(?:e|ed|ing)(?! on\b)|allerg\w*|landlord|baby|kids|swap|hand me downs?|hand ?me ?downs?|neighbou?rs?|give ?away|upgrade\w*)\b/;

const RELATIONSHIP =
  /\b(?:relationship|breakup|boyfriend|girlfriend|partner|husband|wife|fiance|fiancee|dating|date|marriage|divorce|engagement|situationship|ex|him|her|them|we|us|our|friendship|job|project|subscription|contract|lease|podcast|series|show|game|streak|chat|conversation|call|argument|fight|meeting)\b/;

/** Fiction, film and study: talking about a story is not talking about yourself. */
const MEDIA =
  /\b(?:film|movie|show|series|episode|book|novel|character|documentary|article|podcast|play|story|plot|villain|hero|heroine|protagonist|poem|song|lyrics|album|game|essay|lecture|class|course|training|statistics|thesis|research|scene|season|chapter|author|writer|actor|actress)\b/;

const anyOf = (...res: RegExp[]): RegExp => new RegExp(res.map((r) => r.source).join('|'));

// ---------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------

interface Rule {
  category: CrisisCategory;
  /**
   * Regex sources, one of which must appear in any sentence the rule can match in (almost always
   * inside the match itself). They gate the rule cheaply, and together they decide which
   * sentences are worth looking at at all (see TRIGGER). Each must start at a word boundary.
   */
  hints: readonly string[];
  /** The hints as one regex: where they occur is where the rule is worth running. */
  hint: RegExp;
  re: RegExp;
  /** Words near the match (same sentence, CONTEXT_CHARS either side) that make it ordinary. */
  unless?: RegExp;
  /** Words near the match that must also be present. */
  requires?: RegExp;
  /** Explicit suicide or self-harm wording that a clear recovery story may quiet. */
  history?: boolean;
  /**
   * Look at the words right before the match: a negation turns a wish around ("not want to
   * die"), and another subject makes it about someone else ("he wanted to die").
   */
  selfOnly?: boolean;
}

const rule = (
  category: CrisisCategory,
  hints: readonly string[],
  source: string,
  extra: Omit<Rule, 'category' | 'hints' | 'hint' | 're'> = {},
): Rule => ({
  category,
  hints,
  hint: new RegExp(String.raw`\b(?:${hints.join('|')})`, 'g'),
  re: new RegExp(source, 'g'),
  ...extra,
});

const RULES: readonly Rule[] = [
  // ----- suicide: explicit -----
  rule('suicide', ['kil'], String.raw`\bkil{1,2}(?:ing|ed|s|in)? ${ME}\b`, { history: true }),
  rule('suicide', ['kms', 'unaliv', 'sewer'], String.raw`\b(?:kms|unaliv\w*|sewer ?slide\w*)\b`, { history: true }),
  // First person or a feeling verb right before "suicidal", not negated: "i am not suicidal" is
  // ordinary, as the evaluation set labels a negated statement about oneself.
  rule(
    'suicide',
    [SUICIDAL],
    String.raw`\b(?:i|me|my|myself|feel|feeling|feels|felt|getting|been|being|get|become|becoming|went|go|going)(?!(?: \w+)? (?:not|never)\b)${fill(2)} ${SUICIDAL}\b`,
    { history: true },
  ),
  rule(
    'suicide',
    [SUICIDAL],
    String.raw`\b${SUICIDAL} (?:again|tonight|today|lately|right now|thoughts?|ideation|feelings?|urges?|thinking|mood|episode|moods|vibes|ideas|impulses?|and)\b`,
    { history: true, unless: MEDIA },
  ),
  rule(
    'suicide',
    [SUICIDAL],
    String.raw`(?:^|\. )(?:so |very |really |pretty |quite |kind of |bit |feeling |still |more )?${SUICIDAL}(?= \.| ,|$)`,
    { history: true },
  ),
  rule(
    'suicide',
    [SUICIDE_NOUN],
    String.raw`\b(?:commit|commits|committing|commited|committed|attempt|attempts|attempting|attempted|consider|considering|considered|contemplat\w*|thinking (?:about|of)|think (?:about|of)|thought (?:about|of)|thoughts (?:about|of)|plan|planning|planned|choose|chose|choosing)(?: (?:a|my|another|again|seriously|actually|really|about))? ${SUICIDE_NOUN}\b`,
    { history: true, unless: MEDIA },
  ),
  rule('suicide', [SUICIDE_NOUN], String.raw`\bmy (?:\w+ )?${SUICIDE_NOUN} (?:attempt|attempts|plan|plans)\b`, { history: true }),
  rule(
    'suicide',
    ['end\\w* (?:my|this)'],
    String.raw`\bend(?:ing|ed|s)? (?:my|this) (?:own )?(?:life|existence)\b(?! (?:as|in|story|chapter|insurance|span|coach))`,
    { history: true },
  ),
  rule('suicide', ['end\\w* it all'], String.raw`\bend(?:ing|ed)? it all\b`, { history: true }),
  rule('suicide', ['my own life'], String.raw`\b(?:take|takes|taking|taken|took) my own life\b`, { history: true }),
  rule(
    'suicide',
    ['my life'],
    String.raw`\b(?:take|takes|taking|taken|took) my life(?= \.| ,|$| (?:tonight|today|soon|now|and|but|because|so|if|when|before|someday|sometimes|again|too|while|after|since|or|one day|at some point|last year|once|twice)\b)`,
    { history: true },
  ),
  // Wishing to die. `selfOnly` keeps "I don't want to die" (a wish to live) quiet.
  rule(
    'suicide',
    ['die', 'dead', 'dying'],
    String.raw`\b${DESIRE}${SELF_FILL} (?:die|be dead|was dead|were dead|am dead|died|dying)\b(?! (?:of old age|old|an old|happy|surrounded|peacefully at|before i get old)\b)`,
    { history: true, selfOnly: true },
  ),
  rule(
    'suicide',
    ['rather'],
    String.raw`\b(?:would|had) rather (?:just )?(?:die|be dead)\b(?! than (?!(?:live|living|keep|go on|going on|feel|be alive|exist|wake|face|carry on|do this)\b))`,
  ),
  // "Ending it" is how many people say it, and also how Steady users talk about breakups, so any
  // relationship word nearby sends it the other way; "end it all" above has no such exit.
  rule(
    'suicide',
    ['end(?:ing)? (?:it|everything|things)'],
    String.raw`\b(?:thinking about|thinking of|thought about|thought of|think about|think of|considering|considered|contemplating|contemplated|planning|planned|plan on|plan to|decided to|decided on|going to|want to|wanted to|ready to|tempted to|close to|going to just|should just|could just|might just|will just|just|keep thinking about|until i can|till i can|until i|so i can|finally|can finally)(?: \w+){0,3}? end(?:ing)? (?:it|everything|things(?= (?:for good|forever|once and for all|permanently)))(?= \.| ,|$| (?:all|tonight|today|now|soon|for good|once and for all|this week|and|but|because|i|so|or|already|too|sometimes|though|honestly|permanently)\b)`,
    { unless: RELATIONSHIP },
  ),
  rule('suicide', ['ending it'], String.raw`(?:^|\. )ending it (?:would|will|seems|feels|is|might|could|sounds)\b`, {
    unless: RELATIONSHIP,
  }),

  // ----- passive: death wishes, not wanting to be here -----
  rule(
    'passive',
    [
      'exist',
      'alive',
      'anymore',
      'any longer',
      'earth',
      'world',
      'wak',
      'wok',
      'born',
      'breath',
      'disappear',
      'vanish',
      'gone',
      'sleep',
      'asleep',
    ],
    String.raw`\b${DESIRE}${SELF_FILL} ${PASSIVE_STATE}`,
    { selfOnly: true },
  ),
  rule(
    'passive',
    ['(?:not|never|no longer)(?: \\w+)? want to'],
    String.raw`\b(?:not|no longer|never)(?: really| even| actually)? want to (?:\w+ )?(?:live(?! (?:in|at|on|near|with|there|here|alone|together|abroad|nearby|close|far|somewhere|anywhere|downtown|like (?:a|an|my|our|his|her|them|him|that|they|those|these|the)|next|by|under|above|below|off|out|through|paycheck|so)\b)|exist|be alive|be here anymore|be here any longer|be around anymore|be on this earth|be in this world|go on(?! (?:a|an|the|that|this|my|our|his|her|their|your|another|any|more|some|holiday|vacation|dates?|trips?|tour|with|about|stage|air|twitter|instagram|tiktok|social|leave|break|strike|record|tv|camera|line)\b)|keep (?:going|living|existing|breathing)(?! (?:to|with|back|out|through|round|around|in|on|there|like (?:a|an|my|our|his|her|them|him|that|the))\b)|carry on(?! (?:with|the|a|at|to|like|in)\b)|wake up${WAKE_OK}|be anymore|survive (?:this|another)|continue (?:living|existing|like this))`,
  ),
  rule(
    'passive',
    ['reason', 'point', 'purpose', 'meaning'],
    String.raw`\b(?:no|not (?:\w+ )?(?:any|a|much|the)) (?:reason|point|purpose|meaning) (?:\w+ ){0,2}(?:to|in|for|of) (?:\w+ )?(?:live|living|being alive|be alive|exist|existing|keep going|keeping going|go on|going on|carry on|carrying on|stay alive|staying alive|staying here|stay here|be here|being here|keep living|continue living|life|wake up|waking up|anything anymore)\b(?! (?:in|at|on|with|near|there|here|the|a|an|this|that|holiday|vacation|trips?|dates?|early|for (?:work|school)|together|apart|alone|like|separately|under|as|another)\b)`,
  ),
  rule(
    'passive',
    ['point'],
    String.raw`\bwhat is (?:even )?the point (?:of|in) (?:\w+ )?(?:living|being alive|going on|life|existing|carrying on|waking up|being here|me|staying alive|anything anymore|any of it anymore)\b(?! (?:coaching|hacks|admin|insurance|stories)\b)`,
  ),
  rule(
    'passive',
    ['live for', 'living for', 'stay for', 'alive for'],
    String.raw`\bnothing (?:\w+ ){0,2}(?:to live for|worth living for|left to live for|to stay for|to stay alive for)\b`,
  ),
  rule(
    'passive',
    ['worth'],
    String.raw`\b(?:not|no longer|never) (?:\w+ )?worth living\b|\blife (?:\w+ )?(?:is|feels|seems) (?:\w+ )?not worth (?:it|living|the effort|the pain|continuing)\b|\blifes not worth\b`,
  ),
  rule('passive', ['will to live'], String.raw`\b(?:lost|lose|losing|have no|no|have not got|without) (?:\w+ ){0,2}will to live\b`),
  rule(
    'passive',
    ['can not'],
    String.raw`\bcan not (?:go on|carry on|keep going|keep living|keep existing|do life|survive this|hold on|live like this|live with this pain|keep doing this to myself)(?= \.| ,|$| (?:anymore|any longer|much longer|like this|living|without|with (?:life|this life|living)|for much longer|another day|another night|another week|this way|and|but|i|because|honestly|really|sometimes)\b)`,
  ),
  rule(
    'passive',
    ['long i can', 'longer i can'],
    String.raw`\bhow (?:much )?(?:longer|long) i can (?:\w+ )?(?:go on|keep going|hold on|keep living|carry on|survive|last|stay alive|keep existing)\b(?! (?:at|in|with|without (?:coffee|sleep|food))\b)`,
  ),
  rule('passive', ['off dead'], String.raw`\b(?:better|happier|easier) off dead\b`),
  rule(
    'passive',
    ['(?:tired|sick|exhausted|weary|done|finished) (?:of|with)'],
    String.raw`\b(?:tired|sick|exhausted|weary|done|finished) (?:of|with) (?:\w+ ){0,2}(?:being alive|to stay alive|to keep living|to stay here|living(?! (?:paycheck|pay cheque|with|in|at|on|off|out|here|there|under|alone|by|near|next|so far|like|a lie|from)\b)|existing|life(?! (?:being|as|in|at|of|with|where|that|full|revolving|going|looking|feeling|right|lately|choices|decisions|story|admin|coaching|advice|hacks|lessons|updates|insurance|drama|and its)\b)|breathing|being here|staying alive)\b`,
  ),
  rule(
    'passive',
    ['hate (?:being|existing|that i)'],
    String.raw`\bhate (?:being alive|existing|that i (?:exist|am alive|woke up|am still here|am still alive|keep waking up))\b`,
  ),
  rule(
    'passive',
    ['(?:give|given|giving|gave) up on'],
    String.raw`\b(?:give|gives|given|giving) up on (?:life|living|being alive|staying alive|myself and life)\b|\bgave up on (?:life|living|being alive|staying alive)\b`,
  ),
  rule(
    'passive',
    ['wak', 'wok'],
    String.raw`\b(?:fall|falling|fell|go|going|went|drift|drifting|slip|slipping|put|putting) (?:to sleep|asleep|off|${ME} to sleep)(?: forever)? (?:and|then) (?:just )?(?:never|not|do not|would not|will not|wont) (?:wake|waking|woke)\b`,
  ),
  rule(
    'passive',
    ['not waking'],
    String.raw`\bnot waking up(?: \w+)? (?:would|sounds|seems|feels|will|could) (?:\w+ ){0,2}(?:nice|good|fine|easier|better|relief|peaceful|okay|ok|welcome|great|kind|merciful|like a gift)\b`,
  ),
  rule(
    'passive',
    ['(?:kill|kills|end|ends|hit|hits|take|takes) me'],
    String.raw`\b(?:want|wish|hope|pray|praying|hoping|wishing|would not mind if|do not care if|would not care if|would not mind) (?:\w+ ){0,3}?(?:someone|somebody|something|a car|a bus|a truck|a lorry|a train|god|the universe|cancer|illness) (?:would |to |could |will |just |finally ){0,3}(?:kill|kills|end|ends|hit|hits|take|takes) me\b(?! (?:up|off|out|back|home|in)\b)`,
  ),
  rule(
    'passive',
    ['i (?:get|got) (?:hit|run over|killed)', 'crash', 'goes down', 'make it (?:home|back|through|to)'],
    String.raw`\b(?:hope|hoping|wish|wishing|pray|praying|would not mind if|would not care if|do not care if) (?:\w+ ){0,2}?i (?:get|got) (?:hit|run over|killed)\b|\b(?:hope|hoping|pray|praying) (?:the|my) (?:plane|car|bus|train) (?:crashes|goes down|crash)\b|\b(?:hope|hoping|pray|praying) i (?:do not|never) make it (?:home|back|through the night|to morning|to tomorrow)\b`,
  ),
  rule(
    'passive',
    ['care (?:if|whether)'],
    String.raw`\b(?:do not|does not|no longer|would not|could not) (?:\w+ )?care (?:if|whether) i (?:live or die|die|died|wake up|survive|make it through|am alive|stay alive|get hurt|get killed|disappear)\b`,
  ),
  rule('passive', [IF_GONE_HINT], String.raw`\b${IF_GONE}\b`, {
    requires:
      /\b(?:nobody|no one|anyone|anybody|everyone|everybody|people|world|family|friends|would|better|easier|relieved|relief|notice|care|miss|mind|happier|lighter|simpler|kinder)\b/,
    unless: TRAVEL_OR_MOVE,
  }),
  rule('passive', ['at peace'], String.raw`\b(?:only|finally|just) (?:be )?at peace (?:when|once|if) i am (?:gone|dead)\b`),
  rule(
    'passive',
    ['death'],
    String.raw`\b(?:wish|wishing|pray|praying|hope|hoping|long|longing|ready|welcome|welcoming|crave|craving) (?:for )?death\b|\bdeath (?:would|will|could|might) (?:\w+ )?be (?:a |such a )?(?:relief|welcome|easier|better|peaceful|mercy|freedom|kinder|nice|release|gift)\b`,
  ),

  rule(
    'passive',
    ['(?:it all|everything|all of it|all of this|this all|life|my life|the world|existence) to (?:just )?(?:stop|end|be over)'],
    String.raw`\b(?:want|wish|need|just want|pray for|hope)(?: \w+)? (?:it all|everything|all of it|all of this|this all|life|my life|the world|existence) to (?:just )?(?:stop|end|be over)(?: forever| for good| permanently)?(?= \.| ,|$| (?:forever|for good|permanently|already|now|and|but|i)\b)`,
    {
      unless:
        /\b(?:week|day|meeting|shift|semester|term|year|month|call|class|lecture|film|movie|show|game|noise|rain|argument|fight|drama|trip|flight|party|exam|exams|renovation|project)\b/,
      selfOnly: true,
    },
  ),
  rule(
    'passive',
    ['i (?:am still alive|am still here|survived|did not die|woke up|keep waking|wake up again|am alive)'],
    String.raw`\b(?:disappointed|sad|upset|annoyed|angry|gutted|sorry) (?:that |when |to (?:find that |see that |realise |realize )?)?i (?:am still alive|am still here|survived|did not die|woke up again|keep waking up|wake up again|woke up this morning|am alive)\b`,
  ),
  rule(
    'passive',
    ['(?:idea|thought) of'],
    String.raw`\b(?:idea|thought) of (?:just )?(?:not existing|not being alive|not being here|dying|being dead|not waking up|never waking up|disappearing forever|ending it) (?:is|feels|seems|sounds|has become|gets) (?:\w+ )?(?:comforting|peaceful|appealing|nice|tempting|like a relief|calming|soothing|good|better|a relief|welcome|attractive|more and more appealing)\b`,
  ),
  rule('suicide', ['let me (?:just )?die'], String.raw`\blet me (?:just )?die\b`),
  rule(
    'passive',
    ['sleep', 'asleep', 'wake up again'],
    String.raw`\b(?:asleep|sleep) (?:forever|for ever|permanently|for good)\b|\bnever wake up again\b`,
    {
      requires:
        /\b(?:want|wanted|wanting|wish|wished|wishing|hope|hoping|pray|praying|if only|longing|long to|dream|dreaming|would love|would give anything)\b/,
      selfOnly: true,
    },
  ),
  // "how peaceful it would be to just not exist": picturing relief in not being alive.
  rule(
    'passive',
    [
      String.raw`(?:would|will|must|could) be (?:\w+ ){0,2}${RELIEF}`,
      String.raw`${RELIEF} (?:it|that|everything) (?:would|will|must|could) be`,
    ],
    String.raw`\b(?:(?:would|will|must|could) be (?:\w+ ){0,2}${RELIEF}|${RELIEF} (?:it|that|everything) (?:would|will|must|could) be) (?:to|if i could|if i) (?:just |finally |simply )?(?:${PASSIVE_STATE}|die|be dead|stop|not be here|disappear|never wake up|not wake up)\b`,
  ),
  rule(
    'passive',
    ['(?:think|sure|know if|know whether|doubt|wonder if|wonder whether) i can'],
    String.raw`\b(?:do not think|not sure|do not know if|do not know whether|doubt|wonder if|wonder whether) i can (?:\w+ )?(?:keep going|go on|carry on|keep living|keep existing|keep doing (?:this )?life|do (?:this|life) (?:much longer|anymore|any longer)|survive (?:this|another|much longer)|hold on|stay alive|keep myself alive|keep breathing)\b(?! (?:to|with|back|out|through|round|around|in|on|there|at|for|like (?:a|an|my|our|his|her|them|him|that|the))\b)`,
  ),
  rule(
    'passive',
    ['(?:see|imagine|picture) (?:myself|me)'],
    String.raw`\b(?:do not|can not|cannot|never|could not) (?:really )?(?:see|imagine|picture) (?:myself|me) (?:being |still |staying )?(?:alive|around)(?: (?:next|in|by|at|past|for|much|to see|when)\b|(?= \.| ,|$))`,
  ),
  rule(
    'passive',
    ['cancer', 'illness', 'tumo', 'disease', 'sickness', 'infection'],
    String.raw`\b(?:hope|hopes|hoping|wish|wishing|pray|praying)(?: that)? (?:the |my |this )?(?:cancer|illness|tumou?r|disease|sickness|infection) (?:comes back|returns|kills me|takes me|gets me|wins|spreads|is terminal|finishes me)\b`,
    { selfOnly: true },
  ),
  rule(
    'passive',
    ['nothing (?:left )?(?:is )?(?:keep|hold|tie|to keep|to hold)'],
    String.raw`\bnothing (?:left )?(?:is )?(?:keeping|holding|tying|keeps|holds|ties|to keep|to hold) me (?:here|to this world|to this earth|to life|alive|going|on this earth|in this world)\b`,
    {
      unless: anyOf(
        TRAVEL_OR_MOVE,
        /\b(?:town|city|country|job|flat|house|apartment|area|place|relationship|team|company|school|uni|club)\b/,
      ),
    },
  ),
  rule(
    'passive',
    ['want out'],
    String.raw`\bwant(?:ed)? out(?: of (?:this life|life|existence|this world|everything|it all|here|being alive|living|this))? (?:for good|forever|for ever|permanently)\b|\bwant(?:ed)? out of (?:this life|life|existence|this world|being alive|living)\b`,
    { selfOnly: true },
  ),

  // ----- burden -----
  rule(
    'burden',
    ['without me'],
    String.raw`\b(?:everyone|everybody|the world|world|people|all of them|all of you|you all|my family|my friends|my kids|my children|my parents|my mum|my mom|my dad|the people (?:i love|around me|in my life)|everyone in my life|they|you|he|she|we) (?:\w+ ){0,3}(?:better|happier|lighter|freer|easier|brighter|simpler|relieved|calmer) (?:\w+ ){0,2}without me\b(?! (?:in (?:the|this) (?:meeting|room|team|group|chat|project|car|office|way|game|photo)|there|on (?:the|this) (?:team|trip|call)|at (?:the|this)|around for (?:the|a)|nagging|micromanaging|hovering|interfering)\b)`,
  ),
  rule(
    'burden',
    ['better off'],
    String.raw`\bbetter off (?:not|never|without) (?:having to )?(?:worry\w*|deal\w*|look\w* after|tak\w* care of|put\w* up with|think\w*|bother\w*|carry\w*|support\w*) (?:about |with |of |for )?me\b`,
  ),
  rule(
    'burden',
    [IF_GONE_HINT],
    String.raw`\b(?:better|happier|easier|simpler|kinder|best|lighter|a relief|relieved) (?:off )?(?:(?:for|to|on) (?:\w+ ){1,3})?(?:\w+ ){0,1}${IF_GONE}\b`,
    { unless: TRAVEL_OR_MOVE },
  ),
  rule(
    'burden',
    ['(?:me|i am) (?:gone|dead)'],
    String.raw`\b(?:would|will) (?:\w+ ){0,2}(?:better|happier|easier|relieved|lighter|freer|fine|okay) (?:\w+ ){0,2}(?:with me gone|once i am gone|when i am gone|after i am gone|with me dead|once i am dead|when i am dead)\b`,
  ),
  rule(
    'burden',
    ['nobody', 'no one', 'none of them', 'not one person', 'not a single person', 'not a soul'],
    String.raw`\b(?:nobody|no one|none of them|not one person|not a single person|not a soul) (?:would|will|is going to|is gonna|would even|will even|would really|would actually|will actually|would ever|will ever) (?:even |really |actually |ever )?(?:miss me|notice (?:if|when|that) i (?:was|am|were|went) gone|notice if i (?:died|disappeared|vanished|was gone|were gone|was not here|stopped existing|killed ${ME}|was dead)|care ${IF_GONE}|care (?:if|when) i am (?:gone|dead)|come to my funeral|cry (?:if|when|at my funeral)|mourn me)\b`,
  ),
  rule(
    'burden',
    ['would (?:anyone|anybody|people|they|you|my|he|she)', 'who (?:would|will|is)'],
    String.raw`\b(?:would (?:anyone|anybody|people|they|you|my family|my friends|he|she)|who would|who will|who is going to|who is even going to) (?:even |really |actually |ever )?(?:notice|care|miss me|mind|cry|come to my funeral) (?:\w+ ){0,2}?(?:${IF_GONE}|when i am gone|at my funeral)\b`,
  ),
  rule(
    'burden',
    ['burden'],
    String.raw`\b(?:will not|will no longer|am not going to|not going to|wont) be (?:a |such a |anyones |everyones |your |their )?burden (?:\w+ ){0,2}(?:much longer|for (?:much |very )?long|anymore|any longer|soon|after (?:tonight|today|this))\b`,
  ),
  // Feeling like a burden when asking for reassurance is an everyday anxious-attachment feeling,
  // so plain "I'm a burden" is left alone; a burden to everyone, or for not much longer, is not.
  rule(
    'burden',
    ['burden'],
    String.raw`\b(?:i am|i feel like|i feel|i have become|i have always been|i will always be|i was born|i have been|am just|i know i am|i am only|i am nothing but|i am such) (?:\w+ ){0,3}burden (?:to|on|for) (?:everyone|everybody|all|the world|my (?:whole |entire )?family|my friends|the people|those|anyone|all of you|my parents|my kids|my children|everyone around me|everybody around me|the whole world|society)\b`,
  ),
  rule(
    'burden',
    ['waste of'],
    String.raw`\b(?:i am|i feel like|i feel|i am just|i am such|i am nothing but|i am a|i am literally) (?:\w+ ){0,2}waste of (?:space|oxygen|air|skin|a life|life|a human|a person)\b`,
  ),
  rule(
    'burden',
    ['(?:have|need) to (?:worry|deal|put|take|look|bother|carry|support|think)'],
    String.raw`\b(?:you|they|everyone|everybody|nobody|no one|people|my family|you all) (?:will not|would not|will no longer|wont|will never|will|would) (?:have to|need to) (?:worry about|deal with|put up with|take care of|look after|bother with|carry|support|think about) me (?:for )?(?:anymore|any longer|ever again|much longer|for much longer|soon)\b`,
  ),

  // ----- farewell and preparation -----
  // Giving things away is also decluttering, moving and passing on baby clothes; those words
  // nearby make it ordinary.
  rule(
    'farewell',
    ['giv', 'gave'],
    String.raw`\b(?:giv(?:e|es|ing|en)|gave) away (?:\w+ )?${MY_ITEMS}\b|\b(?:giv(?:e|es|ing|en)|gave) (?:\w+ )?${MY_ITEMS}(?:(?: \w+){0,2} away\b|(?= \.| ,|$| to (?:people|friends|my|everyone|whoever)\b))`,
    { unless: DECLUTTER },
  ),
  rule(
    'farewell',
    ['away (?:all|everything|most|the rest)'],
    String.raw`\b(?:giv(?:e|es|ing|en)|gave) away (?:all|everything|most|the rest)(?: of)?(?: (?:my|i own|i have))?\b`,
    { unless: DECLUTTER },
  ),
  rule(
    'farewell',
    ['(?:not|no longer) need'],
    String.raw`\b(?:will not|wont|am not going to|will no longer) need (?:\w+ ){0,3}(?:where i am going|after (?:tonight|today|this week|tomorrow)|when i am gone|once i am gone|anymore after)\b`,
    { unless: TRAVEL_OR_MOVE },
  ),
  rule(
    'farewell',
    ['goodbye', 'farewell'],
    String.raw`\b(?:writ(?:e|es|ing|ten)|wrote|left|leave|leaving|draft\w*|finish\w*|start\w*|prepar\w*|made|making|record\w*|typed|typing|have|got) (?:\w+ ){0,3}(?:goodbye|farewell) (?:letters|notes|messages|videos|texts|emails)\b`,
    {
      unless:
        /\b(?:coworkers?|colleagues?|team|boss|class|students|school|leaving do|retire\w*|new job|office|apartment|house|flat|city|town|childhood|ex|exes|old self|twenties|teens|camp|project|graduat\w*|moving|move|pen ?pals?|character|novel|story|script|film|movie|book|song|tenants?|clients?|customers?|volunteers?|kids class|for work|at work|job)\b/,
    },
  ),
  rule(
    'farewell',
    ['goodbye', 'farewell', 'final'],
    String.raw`\b(?:goodbye|farewell|final) (?:letter|note|message|video|text)s? (?:\w+ ){0,2}(?:to|for) (?:everyone|everybody|my family|my kids|my children|my mum|my mom|my dad|my parents|my sister|my brother|my siblings|my friends|the people i love|each of|all of|my loved ones|my family and)\b`,
    { unless: anyOf(/\b(?:moving|move|retire\w*|new job|last day|graduat\w*|trip|abroad|deploy\w*)\b/, MEDIA) },
  ),
  rule('farewell', [SUICIDE_NOUN], String.raw`\b${SUICIDE_NOUN} (?:note|notes|letter|letters)\b`, { unless: MEDIA }),
  rule(
    'farewell',
    ['i am (?:gone|dead|not here|no longer)'],
    String.raw`\b(?:letters?|notes?|messages?|videos?) (?:\w+ ){0,3}(?:for|to read|to open|to find) (?:\w+ ){0,2}(?:after|when|once) i am (?:gone|dead|not here|no longer here)\b`,
  ),
  // "By the time you read this I'll be on the plane" is a travel note; only an ending counts.
  rule(
    'farewell',
    ['by the time'],
    String.raw`\bby the time (?:you|anyone|someone|somebody|they|he|she|my \w+) (?:\w+ )?(?:read|reads|see|sees|find|finds|get|gets|hear|hears|open|opens) (?:this|these|it|my message|my note)(?: ,)?(?: \w+){0,4} (?:gone|dead|no longer (?:here|around|alive)|too late|at peace|not be here|not be around|not be alive|not here|not around)\b(?! (?:for|on|to|away|abroad|at|in|until|till)\b)`,
  ),
  rule(
    'farewell',
    ['be (?:gone|dead|at peace)'],
    String.raw`\bi (?:will|am going to|shall|would) (?:soon |finally |already |probably |hopefully )?be (?:gone|dead|at peace)(?= \.| ,|$| (?:soon|forever|for good|and|tomorrow|tonight|then|anyway|so|you|nobody|no one|everyone|already)\b)`,
    { unless: anyOf(TRAVEL_OR_MOVE, GATHERING) },
  ),
  rule(
    'farewell',
    ['i am (?:gone|dead|no longer|not here|not around)'],
    String.raw`\b(?:after|once|for when|for after) i am (?:gone|dead|no longer (?:here|around|alive)|not (?:here|around) anymore)(?! (?:for|on|to|at|in|away|out|shopping|abroad|overseas|travelling|traveling|next|this|over|during|until|till)\b)|\bwhen i am (?:dead|gone for good|gone forever|no longer (?:here|around|alive)|not (?:here|around) anymore)\b`,
    { unless: TRAVEL_OR_MOVE },
  ),
  rule(
    'farewell',
    ['goodbye'],
    String.raw`\bsa(?:y|ys|ying|id) (?:my )?(?:final |last |quiet )?goodbyes? (?:to (?:everyone|everybody|the world|this world|all of you|my family|life|you all|my loved ones|the people i love|my friends|my kids|my children|everything)|forever|for good|for the last time)\b|\bsa(?:y|ying|id) (?:all )?my goodbyes\b`,
    { unless: anyOf(TRAVEL_OR_MOVE, GATHERING), selfOnly: true },
  ),
  rule(
    'farewell',
    ['goodbye'],
    String.raw`\bgoodbye (?:cruel )?world\b|\bgoodbye (?:everyone|everybody|all) (?:forever|for good)\b|\bthis is (?:my )?(?:final |last )?goodbye (?:to (?:everyone|everybody|the world|all of you|life)|forever|for good)\b`,
  ),
  rule(
    'farewell',
    ['my (?:last|final)'],
    String.raw`\bmy (?:last|final) (?:night|day|week|entry|message|post|words|breath|sunrise|sunset|birthday|christmas) (?:alive|on earth|on this earth|in this world|of my life|ever)\b`,
  ),
  // People sort their affairs before surgery, a move or a baby, too.
  rule(
    'farewell',
    ['affairs'],
    String.raw`\b(?:put|putting|get|getting|got|sorting|sorted|have|had) (?:\w+ ){0,1}(?:my )?affairs in order\b`,
    {
      unless:
        /\b(?:surgery|operation|procedure|retire\w*|move|moving|baby|trip|deploy\w*|travel\w*|emigrat\w*|tax|taxes|accountant|estate planning|lawyer|solicitor|wedding|pregnan\w*|new year|before (?:the|my) (?:move|trip|op|operation))\b/,
    },
  ),
  rule(
    'farewell',
    ['i am (?:gone|not here|not around|dead|no longer)'],
    String.raw`\b(?:look after|take care of|care for|feed|rehome|re home|new home for|find a home for|found a home for|finding a home for) (?:\w+ ){0,2}(?:cat|dog|pets?|kids|children|plants|rabbit|hamster|bird|fish) (?:\w+ ){0,3}(?:when|after|once|if) i am (?:gone|not here|not around|dead|no longer here)(?! (?:for|on|to|at|in|away|out|abroad|overseas|travelling|traveling|next|this|over|during|until|till)\b)`,
    { unless: TRAVEL_OR_MOVE },
  ),

  rule(
    'farewell',
    ['be (?:around|here|alive|on this|in your)'],
    String.raw`\bi (?:will not|am not going to|may not|might not|probably will not|do not think i will|will no longer) be (?:(?:around|here|alive|on this earth|in your life) (?:for )?(?:much |very |too |that )?(?:longer|long)|(?:alive|around) (?:next|by|to see|at|in a)|(?:alive|around) for (?:christmas|my birthday|the summer|next))\b`,
    { unless: TRAVEL_OR_MOVE },
  ),

  rule(
    'farewell',
    ['letter', 'note'],
    String.raw`\b(?:wrote|written|writing|write|left|leaving|finished|started) (?:a |some |the )?(?:letter|letters|note|notes|message|messages) (?:to|for) (?:each of|all of|every one of|everyone of) (?:my|the) (?:kids|children|family|friends|loved ones|siblings|sisters|brothers|parents|people)\b`,
    {
      unless:
        /\b(?:birthday|birthdays|christmas|graduat\w*|wedding|time capsule|camp|first day|school|anniversary|holiday|new year|valentine\w*|thank you|thank|moving|move|trip|retire\w*|eighteenth|18th|21st)\b/,
    },
  ),
  rule(
    'farewell',
    ['have my', 'get my', 'keep my', 'take my'],
    String.raw`\b(?:want|would like|make sure|let|tell) (?:my |our )?\w+(?: \w+)? (?:to )?(?:have|get|keep|take) my (?:\w+ ){0,2}(?:things|stuff|records|books|guitar|cat|dog|jewellery|jewelry|clothes|collection|savings|money|belongings|everything|ring|watch|car|plants)\b`,
    {
      requires:
        /\b(?:if|when|after|once) i (?:go|die|am gone|am dead|do not make it|pass|pass away|am not here)(?= \.| ,|$)|\bwhen i am gone\b/,
    },
  ),
  rule(
    'farewell',
    ['in case'],
    String.raw`\b(?:passwords?|pin numbers?|pins|bank details|account details|logins?|will|insurance details|funeral wishes) (?:\w+ ){0,6}(?:, )?in case(?= \.|$)`,
    { unless: TRAVEL_OR_MOVE },
  ),

  // ----- self-harm -----
  // Accidents ("cut myself shaving", "burnt myself on the oven") are neutralised as idioms above;
  // the `unless` lists below catch the ones that only show up a few words away.
  rule('self_harm', ['self ?(?:harm|injur|mutilat)', 'selfharm'], String.raw`\bself ?(?:harm\w*|injur\w*|mutilat\w*)\b|\bselfharm\w*\b`, {
    history: true,
  }),
  rule(
    'self_harm',
    ['cut'],
    String.raw`\bcut(?:s|ting)? (?:${ME}|into ${ME}|my (?:own )?(?:wrists?|arms?|forearms?|thighs?|legs?|skin|stomach|belly|hips?|body|flesh|ankles?|wrist open|veins?))\b(?! (?:short|off|out|loose|some slack|free|a break|back|down|in line)\b)`,
    { history: true },
  ),
  rule(
    'self_harm',
    ['cut'],
    String.raw`\b(?:used to|started|start|starting|restarted|been|keep|kept|urge to|urges to|want to|wanted to|tempted to|thinking about|thought about|relapsed|relapse|back to|went back to|gone back to|craving|cannot stop|can not stop|stop|stopped|quit|hide|hiding|hid) (?:\w+ )?cut(?:ting)?(?= \.| ,|$| (?:again|tonight|deeper|deep|and|but|because|so|since|to cope|to feel|it helps|helps|when i|every|after|before|on my|marks|scars|urges)\b)`,
    {
      history: true,
      unless:
        /\b(?:hair|fringe|bangs|carbs|sugar|budget|costs|grass|lawn|wood|fabric|paper|film|movie|video|edit|class|corners|ties|cable|bread|cake|onions?|vegetables|veg|meat|line|queue)\b/,
    },
  ),
  rule(
    'self_harm',
    ['cuts', 'wounds', 'slashes', 'blade', 'razor', 'my cutting'],
    String.raw`\bmy cutting\b|\b(?:fresh|new|deep|hiding my|hide my|hid my|cover my|covering my|covered my) (?:cuts|wounds|slashes)\b|\bblade (?:out of|from) (?:a |my |the )?(?:pencil )?(?:sharpener|razor)\b|\b(?:razor|razors|blade|blades) (?:\w+ ){0,3}(?:to|on|across) my (?:wrists?|arms?|thighs?|skin|legs?|stomach)\b`,
    { history: true },
  ),
  rule(
    'self_harm',
    ['hurt', 'harm', 'injur'],
    // Not after a negation within two words: "i am not going to hurt myself" is ordinary.
    String.raw`(?<!\b(?:not|never)(?: \w+){0,2} )\b(?:hurt|hurts|hurting|harm|harms|harming|harmed|injure|injuring|injured) (?:${ME}|my own body)\b`,
    { history: true },
  ),
  rule(
    'self_harm',
    [ME],
    String.raw`\b(?:burn|burns|burning|burned|burnt|punch|punching|punched|hit|hitting|scratch|scratching|scratched|starve|starving|starved|bruise|bruising|bite|biting|slap|slapping|slapped|choke|choking|strangle|strangling|pinch|pinching) ${ME}\b(?! (?:awake|up|out|of|to stay awake|with questions)\b)`,
    {
      history: true,
      unless:
        /\b(?:car door|door|cupboard|drawer|by accident|accidentally|ball|racket|frying pan|hammer|tripped|slipped|clumsy|oven|stove|kettle|iron|sunburn\w*|sun|cooking|baking)\b/,
    },
  ),
  rule(
    'self_harm',
    ['punch', 'slap', 'scratch', 'claw', 'hitting'],
    String.raw`\b(?:punch\w*|slap\w*|scratch\w*|claw\w*|hitting|beat\w*|bash\w*) (?:at )?my (?:own )?(?:face|head|arms?|legs?|thighs?|skin|stomach|body|chest)\b(?! (?:on|against|off|into)\b)`,
    {
      history: true,
      unless:
        /\b(?:eczema|itch\w*|rash|bites?|mosquito\w*|allerg\w*|hives|dry skin|sunburn\w*|awake|by accident|accidentally|door|cupboard|shelf|fell|tripped|slipped|ball|boxing|sparring|martial|karate|game)\b/,
    },
  ),
  rule('self_harm', ['bleed'], String.raw`\b(?:make|made|making|let|letting) ${ME} bleed\b|\buntil i bleed\b`, { history: true }),
  rule('self_harm', ['urge'], String.raw`\burges? to (?:cut|hurt ${ME}|harm ${ME}|burn ${ME}|bleed|self ?harm|relapse)\b`, {
    history: true,
  }),
  rule(
    'self_harm',
    ['over ?dos', 'too many'],
    String.raw`\bi (?:have |had |just |nearly |almost |once |already |might |may |will |could |would |am going to |want to |tried to |am about to )?(?:overdose|overdosed|over dose|over dosed|took an overdose|take an overdose|took too many ${PILLS})\b`,
    { history: true },
  ),
  rule(
    'self_harm',
    ['over ?dos'],
    String.raw`\b(?:(?:want|wanted|wanting|going|plan|planning|planned|tempted|try|trying|tried|ready|about|urge|urges|decided|decide) to|thinking about|thinking of|thought about|thought of|considering|considered|fantasi\w* about) (?:just )?over ?dos(?:e|ing)\b`,
    { history: true },
  ),
  rule(
    'self_harm',
    ['over ?dos'],
    String.raw`\bover ?dos(?:e|ed|es|ing) on my\b|\b(?:take|took|taking|taken|do|did|had|swallow\w*) an? (?:deliberate |intentional )?overdose\b`,
    { history: true, unless: MEDIA },
  ),

  // ----- plan and method -----
  rule(
    'plan',
    PILL_HINTS,
    String.raw`\b(?:sav(?:e|ed|ing)|stockpil\w*|hoard\w*|stash\w*|squirrel\w* away|put(?:ting)? aside|set(?:ting)? aside|build\w* up|built up) (?:up )?(?:\w+ ){0,2}${PILLS}\b|\b${PILLS} (?:\w+ ){0,2}(?:saved up|saved|stockpiled|hoarded|stashed|put aside|set aside|squirrell?ed away)\b`,
    { unless: /\b(?:money|trip|holiday|travel|insurance|refill|pharmacy closes|shortage|prescription ran out)\b/ },
  ),
  rule(
    'plan',
    PILL_HINTS,
    String.raw`\benough (?:\w+ )?${PILLS} (?:\w+ ){0,2}(?:to (?:die|end|kill|do it|not wake|never wake|finish it|be done|stop everything|make sure)|saved|stashed|stockpiled)\b`,
  ),
  rule(
    'plan',
    PILL_HINTS,
    String.raw`\b(?:take|taking|took|taken|swallow|swallowing|swallowed|down|downing|downed) (?:all (?:of )?(?:my|the|these|those|them)|the (?:whole|entire|rest of the) (?:bottle|box|pack|packet|strip|lot)|a (?:whole |full |entire )?(?:bottle|box|pack|packet|handful|fistful)|every (?:single )?(?:one of )?(?:my|the)|everything in the (?:cabinet|cupboard|drawer))(?: of)?(?: \w+){0,2} ${PILLS}\b`,
    {
      unless:
        /\b(?:with (?:food|breakfast|lunch|dinner|meals?|water)|every (?:day|morning|night|evening)|each (?:day|morning|night)|daily|on time|as prescribed|remember\w*|forgot|forget|doctor said|antibiotics|course|vitamins?|supplements?|pharmacy|pharmacist|refill|dose schedule|travel|trip)\b/,
    },
  ),
  rule('plan', ['at once'], String.raw`\b(?:take|taking|took|swallow\w*) (?:all )?(?:my|the) ${PILLS} (?:all )?at once\b`),
  // "Lethal dose" also comes up when a dog eats chocolate or someone worries about caffeine.
  rule('plan', ['lethal', 'fatal', 'deadly'], String.raw`\b(?:lethal|fatal|deadly) (?:dose|amount|overdose|quantity|combination)\b`, {
    unless:
      /\b(?:coffee|caffeine|water|vitamin\w*|sugar|salt|chocolate|nutmeg|dog|cat|pet|grapes|onion|lily|lilies|xylitol|puppy|kitten|snake|spider|bee|mushroom\w*)\b/,
  }),
  rule(
    'plan',
    ['how (?:many|much)'],
    String.raw`\bhow (?:many|much) (?:\w+ ){0,2}(?:${PILLS}|would it take|it would take|does it take|it takes) (?:\w+ ){0,4}(?:to die|to kill|lethal|fatal|to not wake|to never wake|to end it|to be sure|to do it)\b`,
  ),
  rule(
    'plan',
    ['how to', 'painless', '(?:quick|easy|quiet|best|surest|easiest) (?:way|ways|method|methods)', 'method', 'lethal', 'how many'],
    String.raw`\b(?:search\w*|googl\w*|look\w* up|looked up|research\w*|read\w* up on|look\w* into|look\w* for) (?:\w+ ){0,3}(?:how to (?:die|kill ${ME}|end (?:it|my life)|overdose|hang ${ME}|disappear forever)|painless (?:ways?|methods?)|ways? to (?:die|kill ${ME}|end (?:it|my life))|methods? of ${SUICIDE_NOUN}|${SUICIDE_NOUN} methods?|lethal dose|how many pills)\b|\b(?:painless|quick|easy|quiet|best|surest|easiest) (?:way|ways|method|methods) (?:to|of) (?:die|dying|go|end it|kill ${ME}|end my life|not wake up)\b`,
  ),
  rule(
    'plan',
    ['hang', 'noose'],
    String.raw`\bhang(?:ing|ed)? ${ME}\b|\b(?:tie|tied|tying|made|make|making|bought|buy|have|got|practis\w*|practic\w*) (?:\w+ ){0,2}noose\b`,
    { history: true },
  ),
  rule(
    'plan',
    ['shoot', 'gun', 'pistol', 'rifle', 'knife', 'brains', 'slit', 'bleed out'],
    String.raw`\bshoot(?:ing)? ${ME}\b|\b(?:put|putting|hold|holding|held) (?:a|the|my) (?:gun|pistol|rifle|knife) (?:to|against|in) my (?:head|temple|mouth|chest|throat)\b|\bblow(?:ing)? my brains out\b|\bslit(?:ting)? my (?:wrists?|throat)\b|\b(?:let|letting) ${ME} bleed out\b`,
    { history: true },
  ),
  rule(
    'plan',
    [
      'bridge',
      'building',
      'roof',
      'balcony',
      'cliff',
      'tower',
      'overpass',
      'car park',
      'parking garage',
      'train',
      'bus',
      'truck',
      'lorry',
      'traffic',
      'tracks',
      'railway',
      'motorway',
      'highway',
      'river',
      '\\bsea\\b',
      'ocean',
      'wall',
      'tree',
      'window',
      'ledge',
    ],
    String.raw`\b(?:want|wanted|wanting|wish|going|plan|planning|planned|tempted|thinking about|thinking of|thought about|thought of|think about|considering|considered|urge|urges|could just|might just|should just|ready|about|dream about|dreaming about|fantasi\w* about|imagine|imagining|picture|picturing|keep picturing|decided|decide) (?:to )?(?:just )?(?:${ME} )?(?:jump|jumping|throw ${ME}|throwing ${ME}|step|stepping|walk|walking|drive|driving|crash\w*|swerv\w*|lie down|lying down|lay down|fall|falling|leap|leaping) (?:\w+ )?(?:off|from|in front of|into|onto|under) (?:a |an |the |that |this |my |our |some |oncoming )?(?:\w+ )?(?:bridge|building|roof|rooftop|balcony|cliff|tower|overpass|car park|parking garage|train|bus|truck|lorry|traffic|tracks|railway|motorway|highway|river|sea|ocean|wall|tree|window|ledge)\b`,
    {
      unless:
        /\b(?:pool|lake|trampoline|bungee|as a kid|when i was (?:a kid|little|young)|for fun|dare|swimming|swim|splash|cannonball|parkour|snow|skydiv\w*|parachut\w*|zipline|cliff diving|coasteering|waves|surf\w*|scuba)\b/,
    },
  ),
  rule(
    'plan',
    ['jump'],
    String.raw`\b(?:want|wanted|wanting|going|tempted|thinking about|thinking of|thought about|thought of|think about|considering|considered|urge|urges|could just|might just|should just|about|imagine|imagining|picture|picturing|keep picturing) (?:to )?(?:just )?jump(?:ing)?(?= \.| ,|$| (?:off|from|again|tonight)\b)`,
    {
      requires:
        /\b(?:roof|rooftop|bridge|balcony|ledge|building|cliff|window|edge|platform|tracks|train|top floor|car park|parking garage|overpass|tower)\b/,
      unless: /\b(?:pool|lake|trampoline|bungee|skydiv\w*|parachut\w*|waves|puddles?|queue|conclusions|ship|on board|onboard|bandwagon)\b/,
    },
  ),
  rule(
    'plan',
    ['how (?:high|far|long|tall|deep)'],
    String.raw`\b(?:wonder|wondering|wondered|think about|thinking about|thought about|calculat\w*|work out|working out|worked out|look\w* up|check\w*) (?:\w+ ){0,1}how (?:high|far down|far the drop|long the drop|tall|deep|far it is to the (?:ground|bottom|water))\b`,
    {
      requires: /\b(?:bridge|roof|rooftop|balcony|ledge|cliff|window|building|top floor|car park|parking garage|overpass|tower|drop)\b/,
      unless:
        /\b(?:hike|hiking|climb\w*|view|photo\w*|architecture|tour|built|engineer\w*|school project|homework|kids?|son|daughter|bungee|zip ?line|skydiv\w*)\b/,
    },
  ),
  rule(
    'plan',
    ['razor', 'blade', 'pill', 'tablet', 'rope', 'noose', 'knife', 'knives', 'gun'],
    String.raw`\b(?:keep|kept|can not stop|could not stop|cannot stop|constantly|always|been) (?:\w+ )?(?:thinking about|looking at|staring at|checking on|touching|holding|counting) (?:it|them)\b`,
    {
      requires: /\b(?:razor|razors|blade|blades|pills|tablets|rope|noose|knife|knives|gun)\b/,
      unless:
        /\b(?:forgot|forget|forgetting|remember\w*|refill|shop|shopping|buy|bought|kitchen|cooking|recipe|chef|shave|shaving|hunting|collection|collect\w*)\b/,
    },
  ),
  rule(
    'plan',
    ['fence', 'barrier', 'railing', 'nets', 'bars', 'camera', 'security'],
    String.raw`\b(?:bridges?|buildings?|roofs?|rooftops?|cliffs?|car parks?|parking garages?|balcon(?:y|ies)|overpass(?:es)?|towers?) (?:\w+ ){0,3}(?:no|without|have no|has no|do not have|does not have|with no) (?:any )?(?:fences?|barriers?|railings?|nets?|bars|cameras|security)\b`,
    {
      requires: /\b(?:look\w*|search\w*|googl\w*|research\w*|check\w*|find\w*|found|know|which|where)\b/,
      unless:
        /\b(?:kids?|children|toddler|son|daughter|safety|council|complain\w*|dangerous for|petition|report\w*|cycl\w*|bike|walk\w* the dog)\b/,
    },
  ),
  rule(
    'plan',
    ['(?:everything|all|whatever|every pill|every tablet|all the pills|all the meds)(?: that is| left)? (?:in|from)'],
    String.raw`\b(?:take|taking|took|swallow\w*|down|downing|downed|empty\w*) (?:everything|all|whatever|every pill|every tablet|all the pills|all the meds)(?: that is| left)? (?:in|from) (?:the|my|our) (?:medicine |bathroom |pill |first aid )?(?:cabinet|cupboard|drawer|box|bag|bottle|kit)\b`,
    {
      unless:
        /\b(?:clean\w*|tidy\w*|sort\w*|expired|throw\w*|threw|bin|binned|declutter\w*|organi[sz]\w*|out of date|pharmacy|return\w*)\b/,
    },
  ),
  rule(
    'plan',
    ['purpose', 'deliberately', 'intentionally'],
    String.raw`\b(?:crash\w*|wreck\w*|drive|drives|driving|drove|swerv\w*|roll\w*) (?:my|the) car (?:\w+ ){0,4}(?:on purpose|deliberately|intentionally)\b`,
  ),
  rule(
    'plan',
    ['purpose', 'deliberately', 'intentionally'],
    String.raw`\b(?:jump\w*|step\w*|walk\w*|drive|drove|driving|crash\w*|swerv\w*) (?:\w+ ){0,4}(?:bridge|roof|building|traffic|train|truck|lorry|tree|wall|cliff) (?:\w+ ){0,2}(?:on purpose|deliberately|intentionally)\b`,
  ),
  rule(
    'plan',
    ['plan', 'know (?:exactly )?how', 'do it', 'end it', 'die', 'kill', 'end my'],
    String.raw`\b(?:have|got|made|making|make|know|worked out|figured out|decided|sorted|sorted out|settled on|come up with|came up with) (?:\w+ ){0,2}(?:a |the |my )?plan (?:\w+ ){0,2}(?:to|for|of) (?:how )?(?:(?:i would|to|i will|i am going to) )?(?:die|end it(?: all)?|end (?:my|this) life|kill ${ME}|go through with it|not wake up|do it for real|take my life)\b|\bknow (?:exactly )?how i (?:would|will|am going to|could) (?:do it|end it|die|kill ${ME}|go)\b(?! (?:to|on|at|in)\b)|\b(?:worked out|figured out|planned out|planned|planning|plan|keep planning|keep thinking about|thinking about|thought about) (?:exactly )?(?:how|when|where) (?:\w+ )?(?:(?:i would|i will|i am going to|i could) do it(?= \.| ,|$)|(?:i would|i will|i am going to|i could|to) (?:end it|die|kill ${ME}|end my life))`,
    { unless: RELATIONSHIP },
  ),
  rule(
    'plan',
    ['die', 'end it', 'end my', 'kill', 'go through', 'do it for real', 'my death', 'ending it', 'when i go', 'last day'],
    String.raw`\b(?:picked|chosen|chose|set|decided on|planned|pick|choose|choosing|picking|settled on) (?:a|the|my) (?:date|day|time|night|place|spot|method|way) (?:\w+ ){0,2}(?:to (?:die|end it|end my life|go through with it|kill ${ME}|do it for real)|for (?:my death|ending it|when i go|my last day))\b`,
  ),
];

// ---------------------------------------------------------------------------------------------
// Recovery stories
// ---------------------------------------------------------------------------------------------

const RECOVERY =
  /\b(?:recovery|recovered|recovering|in recovery|clean (?:for|since)|free (?:for|since)|\d+ (?:days|weeks|months|years) (?:clean|free)|(?:days|weeks|months|years) clean|have not (?:\w+ ){0,3}(?:since|in (?:years|months|ages|a long time|over a year))|proud|survivor|survived|healed|healing|better now|doing (?:well|better|good|okay|ok) now|in a (?:good|better|much better) place|therapy helped|got help|getting help|no longer|not anymore|anymore|scars have faded|grateful to be alive|glad i am alive|glad i am still here|glad i did not|glad i stayed|clean from|free (?:of|from) (?:it|cutting|self harm)|(?:years|months) since (?:i|my)|since i stopped|i am \d+ now|(?:happy|okay|ok|fine|well|safe) now|grateful)\b/;
const PAST =
  /\b(?:used to|years ago|months ago|a long time ago|long ago|when i was|as a (?:teen|teenager|kid|student|child)|in (?:high school|college|university|my teens|my twenties|the past|\d{4})|back then|back in|at (?:school|uni)|history of|no longer|anymore|was|were|had|did|attempted|survived|recovered|have not)\b/;
/** Signs of present risk. One of these anywhere in the text cancels the recovery reading. */
const CURRENT_RISK =
  /\b(?:(?:did it|done it|doing it|do it|cut|cutting|hurt|hurting|harmed|harming|happened|slipped|started|myself|thoughts|feelings|urges|it is back|they are back) again|(?<!last )relaps\w*|urges?|craving\w*|tempted|want to (?:cut|hurt|die|do it|end|kill|relapse|self harm|disappear|use|start)|wanting to (?:cut|hurt|die|do it|end|kill|relapse|self harm|disappear|use|start)|thinking about (?:it|cutting|hurting|suicide|killing|dying|ending|doing)|keep thinking|started (?:cutting|hurting|harming|again|to)|starting to|slipp(?:ed|ing) (?:up|back)|back to (?:cutting|it|self|hurting|old)|struggling (?:with it|again)|scared i (?:will|might)|afraid i (?:will|might)|close to|can not stop|cannot stop|miss (?:it|cutting|the feeling)|still (?:cut|cutting|hurt|hurting|harm|harming|think|thinking|want|wanting|feel|feeling|have|get|getting))\b/;
/**
 * Words that place a sentence in the present. Only checked in the sentence that holds the match:
 * "the bus was late again" elsewhere in the entry says nothing about the recovery story.
 */
const CURRENT_TIME =
  /\b(?:again|lately|recently|tonight|today|right now|these days|this week|last night|this morning|now i|at the moment|currently)\b/;

/**
 * A milestone of recovery ("three years clean today", "it is 7 years since i stopped"): the
 * one place where "today" or "now" points at the recovery rather than at current risk.
 */
const MILESTONE =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a) (?:days?|weeks?|months?|years?) (?:clean|free|since)\b|\bi am \d+ now\b/;

/**
 * True when the text reads as somebody telling their recovery story: some recovery wording
 * anywhere, past-tense framing in the sentence that holds the match, and nothing pointing at now.
 */
function isRecoveryStory(whole: WholeText, sentence: string): boolean {
  if (!PAST.test(sentence) || (CURRENT_TIME.test(sentence) && !MILESTONE.test(sentence))) return false;
  whole.recoveryWords ??= RECOVERY.test(whole.text) && !CURRENT_RISK.test(whole.text);
  return whole.recoveryWords;
}

// ---------------------------------------------------------------------------------------------
// Detection
// ---------------------------------------------------------------------------------------------

/** Per-call facts about the whole text, worked out at most once and only when a rule asks. */
interface WholeText {
  text: string;
  recoveryWords?: boolean;
}

/**
 * All hints in one regex. A sentence that contains none of them cannot match any rule, so only
 * sentences that do are handed to the rules. In ordinary writing that is a small share of the
 * text, which is what keeps a 20,000-character entry cheap. Every hint starts at a word boundary
 * inside its match, so the leading \b is safe, and it lets the engine skip the middle of words
 * instead of trying every hint at every character.
 */
const TRIGGER = new RegExp(String.raw`\b(?:${[...new Set(RULES.flatMap((r) => r.hints))].join('|')})`);

/**
 * How far around a match its context reaches. A sentence is normally shorter than this; the cap
 * matters for long unpunctuated writing, where "the sentence" could otherwise be the whole
 * entry and a word like "movie" two paragraphs away would quiet a real disclosure.
 */
const CONTEXT_CHARS = 160;

/** Does the rule match in the sentence text[sStart, sEnd), once its context checks are applied? */
function matchesIn(r: Rule, text: string, sStart: number, sEnd: number, whole: WholeText): boolean {
  const sentence = text.slice(sStart, sEnd);
  const re = r.re;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    const at = sStart + m.index;
    if (r.selfOnly === true) {
      const before = text.slice(Math.max(sStart, at - 40), at);
      if (NEGATED_BEFORE.test(before) || OTHER_SUBJECT_BEFORE.test(before)) continue;
    }
    if (r.unless === undefined && r.requires === undefined && r.history !== true) return true;
    const context = text.slice(Math.max(sStart, at - CONTEXT_CHARS), Math.min(sEnd, at + m[0].length + CONTEXT_CHARS));
    if (r.unless?.test(context)) continue;
    if (r.requires && !r.requires.test(context)) continue;
    if (r.history === true && isRecoveryStory(whole, context)) continue;
    return true;
  }
  return false;
}

/**
 * Runs one rule over the candidate text. Its hints are found first, and the full pattern only
 * runs on the sentences that hold one.
 */
function ruleMatches(r: Rule, text: string, whole: WholeText): boolean {
  const hint = r.hint;
  hint.lastIndex = 0;
  let h: RegExpExecArray | null;
  while ((h = hint.exec(text)) !== null) {
    const dot = text.lastIndexOf(' . ', h.index);
    const next = text.indexOf(' . ', h.index + h[0].length);
    const sEnd = next < 0 ? text.length : next;
    if (matchesIn(r, text, dot < 0 ? 0 : dot + 3, sEnd, whole)) return true;
    hint.lastIndex = Math.max(sEnd, h.index + 1);
  }
  return false;
}

/**
 * The text as both halves read it: normalised, idioms neutralised, sentences marked " . ".
 * Exported for the training and cross-validation scripts, which must see exactly this.
 */
export function normaliseForDetection(text: string): string {
  return neutraliseIdioms(normalise(text));
}

/** What the rules found in one text: their categories, and whether any was explicit wording. */
export interface RuleFindings {
  categories: CrisisCategory[];
  /**
   * An explicit suicide or self-harm rule matched ("kill myself", "suicidal", "cut myself"):
   * the policy of crisis.cases.ts flags these even negated or in the past tense (a clear recovery
   * story is already quieted inside the rule), so the model is not asked to agree with them.
   */
  explicit: boolean;
}

/** The rules' findings for text from `normaliseForDetection`, categories in the fixed order. */
export function ruleFindings(normalised: string): RuleFindings {
  const whole: WholeText = { text: normalised };
  const candidates = whole.text.split(' . ').filter((s) => TRIGGER.test(s));
  if (candidates.length === 0) return { categories: [], explicit: false };
  const focus = candidates.join(' . ');
  const found = new Set<CrisisCategory>();
  let explicit = false;
  for (const r of RULES) {
    // A category already found is checked again only by an explicit rule, to learn `explicit`.
    if (found.has(r.category) && (explicit || r.history !== true)) continue;
    if (ruleMatches(r, focus, whole)) {
      found.add(r.category);
      if (r.history === true) explicit = true;
    }
  }
  return { categories: CATEGORY_ORDER.filter((c) => found.has(c)), explicit };
}

/** The rules' categories for text from `normaliseForDetection`, in the fixed order. */
export const ruleCategories = (normalised: string): CrisisCategory[] => ruleFindings(normalised).categories;

/**
 * How the two halves decide together (settings chosen by cross-validation on development data,
 * see scripts/train-crisis.ts): a stretch the model alone scores above the threshold is crisis
 * language, with the model's category; where a rule matched, the model only needs to clear a
 * lower bar, so the rules' clear phrases count unless the model finds the text plainly ordinary
 * (a recovery story told in the past, someone else's words, a film).
 */
export function decide(
  rules: readonly CrisisCategory[],
  verdict: ModelVerdict | null,
  decision: { threshold: number; ruleBonus: number; explicitBonus?: number } = DECISION,
  explicit = false,
): CrisisCategory[] {
  const logit = verdict?.logit ?? -Infinity;
  // Explicit wording ("suicidal", "cut myself") may get a lower bar still than other rule hits.
  if (explicit && rules.length > 0)
    return logit > decision.threshold - Math.max(decision.ruleBonus, decision.explicitBonus ?? 0) ? [...rules] : [];
  if (rules.length > 0) return logit > decision.threshold - decision.ruleBonus ? [...rules] : [];
  return verdict !== null && logit > decision.threshold ? [verdict.category] : [];
}

/** The categories found in one text. */
function scan(text: string): CrisisCategory[] {
  const normalised = normaliseForDetection(text);
  const rules = ruleFindings(normalised);
  return decide(rules.categories, scoreNormalised(normalised), DECISION, rules.explicit);
}

/**
 * Checks one piece of text. Pure and total: any input, including '' or a non-string that slipped
 * past the types, gives a result instead of an exception.
 */
export function detectCrisis(text: string): CrisisResult {
  if (typeof text !== 'string' || text.length === 0) return { crisis: false, categories: [] };
  try {
    const categories = scan(text);
    return { crisis: categories.length > 0, categories };
  } catch {
    // Nothing in scan is expected to throw (String.normalize, the one call that can, is guarded).
    // If something still does, answer "no crisis" rather than break saving whatever the person
    // is writing; a test failure is where such a bug should surface.
    return { crisis: false, categories: [] };
  }
}

/** True when any of several fields (title, body, a mood note...) contains crisis language. */
export function containsCrisisLanguage(...texts: Array<string | null | undefined>): boolean {
  for (const t of texts) {
    if (typeof t !== 'string' || t.length === 0) continue;
    try {
      if (scan(t).length > 0) return true;
    } catch {
      // Same reasoning as in detectCrisis.
    }
  }
  return false;
}
