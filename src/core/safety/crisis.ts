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
 *   3. Match a curated list of first-person patterns grouped by category. Some patterns carry a
 *      sentence-level `unless` (ordinary contexts such as moving house or a holiday) or `requires`.
 *   4. Recovery stories (see `isRecoveryStory`) can quiet explicit suicide and self-harm words.
 *
 * Privacy: nothing here logs, stores or returns the matched text. Callers only get categories.
 *
 * Speed: every pattern is a flat sequence of alternations with small bounded repeats such as
 * `(?: \w+){0,3}`, where each repeat must start with a space and contain only word characters.
 * That gives exactly one way to split the filler, so there is no catastrophic backtracking.
 * Each rule also names a few cheap substrings (`hint`); a rule whose hints are all absent from
 * the text is skipped without running its regex.
 *
 * Negation and history policy (decided on purpose):
 *   - Explicit first-person words still show resources even when negated: "I'm not suicidal,
 *     just exhausted" and "I would never hurt myself" are flagged. People often reach for a
 *     denial when something is close to the surface, and a quiet list of phone numbers costs
 *     little if we are wrong.
 *   - A negation that flips the meaning of a wish is respected: "I don't want to die" is a wish
 *     to live and is not flagged, while "I don't want to live" and "I don't want to wake up" are.
 *   - Past tense alone is not reassurance ("I used to cut" is flagged). But a story that clearly
 *     describes recovery, e.g. "I used to self-harm years ago and I'm proud of my recovery", is
 *     not flagged, as long as nothing in the text points at now (again, lately, tonight, urges…).
 *     Meeting every proud mention of recovery with a crisis banner would feel like being told
 *     the past still defines you, and would teach people to stop writing about it.
 */

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

const BARE_RE = new RegExp(`\\b(?:${Object.keys(BARE_CONTRACTIONS).join('|')})\\b`, 'g');

/** Pronouns whose "'s" means "is" rather than a possessive. */
const IS_CONTRACTION_RE = /\b(it|that|there|what|he|she|who|where|here|everything|nothing|everyone|everybody|nobody|someone|somebody|this)'s\b/g;

function normalise(input: string): string {
  let t = input;
  try {
    // NFKC folds full-width and styled letters; NFD + mark removal then drops accents.
    t = t.normalize('NFKC').toLowerCase().normalize('NFD');
  } catch {
    t = t.toLowerCase();
  }
  t = t
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u2035\u02bc\u02bb\u0060\u00b4\uff07]/g, "'")
    // "od'd" / "OD'ing" before the generic "'d" → "would" rule eats it.
    .replace(/\bo\.?d'?(?:d|ed|ing)?\b(?= on\b)/g, 'overdose')
    .replace(/\bcan't\b/g, 'can not')
    .replace(/\bwon't\b/g, 'will not')
    .replace(/\bain't\b/g, 'am not')
    .replace(/n't\b/g, ' not')
    .replace(/\bi'm\b/g, 'i am')
    .replace(/\bi'll\b/g, 'i will')
    // Lazy "ill" for "I'll" only where the next word makes "ill" (sick) impossible.
    .replace(/\bill (?=(?:be|never|just|not|finally|go|do|take|kill|end|make|have|miss|always|leave|stop)\b)/g, 'i will ')
    .replace(IS_CONTRACTION_RE, '$1 is')
    .replace(/'re\b/g, ' are')
    .replace(/'ve\b/g, ' have')
    .replace(/'ll\b/g, ' will')
    .replace(/'d\b/g, ' would')
    .replace(/'m\b/g, ' am')
    .replace(/'s\b/g, 's')
    .replace(/'/g, '')
    // Sentence enders and blank lines become " . " and commas " , " so filler words never jump
    // across them. A single line break is only wrapping (phones, pasted text), so it is a space.
    .replace(/\r\n?/g, '\n')
    .replace(/\n[ \t]*\n/g, ' . ')
    .replace(/[.!?;:\u2026\u2022|]+/g, ' . ')
    .replace(/,+/g, ' , ')
    .replace(/[^a-z0-9., ]+/g, ' ')
    .replace(/ +/g, ' ')
    .replace(/ \.(?: [.,])+/g, ' .')
    .trim();
  t = t
    .replace(BARE_RE, (w) => BARE_CONTRACTIONS[w] ?? w)
    .replace(/\bmy (self|selfe)\b/g, 'myself')
    .replace(/\bany more\b/g, 'anymore')
    .replace(/\bno body\b/g, 'nobody')
    .replace(/\bgood bye/g, 'goodbye')
    .replace(/\bdis{1,2}ap{1,2}ea?r/g, 'disappear')
    .replace(/\bsuicid(?:e|al)?ly\b/g, 'suicidal');
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

function neutraliseIdioms(t: string): string {
  let out = t;
  for (const re of IDIOMS) out = out.replace(re, 'idiom');
  return out;
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

/** Flipping negations just before a wish: "I don't (really) want to die" means the opposite. */
const NOT_NEGATED = String.raw`(?<!\b(?:not|never|no longer)(?: (?:really|even|actually|exactly|necessarily|particularly|truly|honestly|always))? )`;

/** Suicide, including common misspellings: sucide, suicdal, suisidal, suicidle... */
const SUICIDE_NOUN = String.raw`(?:s(?:ui|u|ue|ou)(?:c|s)?i?(?:c|s)?ide?s?|suicde|sewer ?slide)`;
const SUICIDAL = String.raw`(?:s(?:ui|u|ue|ou)(?:c|s)?i?(?:c|s)?id(?:al|ial|le|el|all)|suicdal)`;

const SUICIDE_HINTS: readonly string[] = ['su', 'sou', 'sewer'];

const DESIRE = String.raw`(?:want|wanted|wanting|wish|wished|wishing|hope|hoping|hoped|pray|praying|prayed|long|longing|longed|tempted|would like|would love|i am ready|i feel ready|deserve|deserved|thinking about|thinking of|thought about|thought of|think about|think of|dream of|dream about|dreaming of|dreaming about|fantasi[sz]e about|fantasi[sz]ing about|would not mind|do not mind|would not care|do not care|might as well|should just)`;

/** Things a person might wish for themselves that amount to not being alive. */
const WAKE_OK = String.raw`(?! (?:early|this early|so early|at|before|to (?:the|an?|my)|late|with|in a|in time|on time|for (?:work|school|class|the|my)))`;
const PASSIVE_STATE = String.raw`(?:not (?:exist|existing|be alive|being alive|be here anymore|being here anymore|be here any longer|be around anymore|be around any longer|be on this earth|be in this world|wake up${WAKE_OK}|waking up${WAKE_OK}|wake${WAKE_OK}|live anymore|be anymore)|never (?:wake up${WAKE_OK}|woke up|waking up${WAKE_OK}|existed|been born|be born|have existed|have been born)|stop (?:existing|being alive|breathing)|stopped (?:existing|breathing)|disappear(?:ed|ing)? (?:forever|for good|permanently|for ever|and never come back|and never be found|off the face of the earth|from (?:this|the) world|from existence|from everyone)|vanish(?:ed|ing)? (?:forever|for good|permanently|for ever|from (?:this|the) world|from existence)|(?:be|was|were|being) gone (?:forever|for good)|did not exist|do not exist|was never born|had never been born|was not alive|were not alive|fall asleep and never|go to sleep and never|sleep and never wake)`;

/** "if I died", "if I was gone": used by burden and passive rules. */
const IF_GONE = String.raw`if i (?:just |simply |suddenly |quietly |finally )?(?:died|disappeared|vanished|(?:was|were) (?:gone|dead|not here|not around|not alive|never born|out of the picture)|did not exist|never existed|killed ${ME}|did not wake up|never woke up|stopped existing|was never born|had never been born|ended it|was no longer here|were no longer here)(?! (?:for|on|to|into|away|abroad|at|in|from|during|until|till|over|this|next)\b)`;

/** "my things", "all of my belongings", "my cat": what people give away when saying goodbye. */
const MY_ITEMS = String.raw`(?:my|all my|all of my|most of my|some of my|everything|all) (?:\w+ ){0,2}?(?:things|stuff|belongings|possessions|valuables|treasures|prized possessions|favourite things|favorite things|important things|cat|dog|pets?|plants|jewellery|jewelry|guitar|records|collection|savings|keepsakes|everything)`;

const PILL_HINTS: readonly string[] = ['pill', 'med', 'tablet', 'painkiller', 'paracetamol', 'tylenol', 'acetaminophen', 'ibuprofen', 'aspirin', 'antidepressant', 'insulin', 'xanax', 'benzo', 'prescription', 'opioid', 'oxy', 'codeine'];
const PILLS = String.raw`(?:pills|pill|meds|medication|medications|medicine|tablets|tablet|painkillers|paracetamol|tylenol|acetaminophen|ibuprofen|aspirin|antidepressants|insulin|xanax|benzos|sleeping pills|sleeping tablets|prescriptions?|opioids|oxy|oxycodone|codeine)`;

/** Sentences about trips or moves, where "gone", "goodbye" and "giving things away" are ordinary. */
const TRAVEL_OR_MOVE = /\b(?:trip|holiday|holidays|vacation|travel\w*|flight|fly|flying|airport|abroad|overseas|weekend|conference|moving|move|moved|relocat\w*|new (?:job|city|flat|apartment|house|place)|last day at|leaving do|leaving party|party|semester|graduat\w*|retir\w*|deploy\w*|surgery|operation|hospital stay|festival|camp|visit\w*|station|gap year|study abroad|exchange)\b/;

const DECLUTTER = /\b(?:charity|donat\w*|declutter\w*|kondo\w*|thrift|garage sale|yard sale|car boot|goodwill|sell\w*|sold|spring clean\w*|outgr[eo]w\w*|minimalis\w*|too small|do not fit|downsiz\w*|op shop|charity shop|moving|move|moved|allerg\w*|landlord|baby|kids|swap|hand me downs?|hand ?me ?downs?|neighbou?rs?|give ?away|upgrade\w*)\b/;

const RELATIONSHIP = /\b(?:relationship|breakup|boyfriend|girlfriend|partner|husband|wife|fiance|fiancee|dating|date|marriage|divorce|engagement|situationship|ex|him|her|them|we|us|our|friendship|job|project|subscription|contract|lease|podcast|series|show|game|streak|chat|conversation|call|argument|fight|meeting)\b/;

/** Fiction, film and study: talking about a story is not talking about yourself. */
const MEDIA = /\b(?:film|movie|show|series|episode|book|novel|character|documentary|article|podcast|play|story|plot|villain|hero|heroine|protagonist|poem|song|lyrics|album|game|essay|lecture|class|course|training|statistics|thesis|research|scene|season|chapter|author|writer|actor|actress)\b/;

const anyOf = (...res: RegExp[]): RegExp => new RegExp(res.map((r) => r.source).join('|'));

// ---------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------

interface Rule {
  category: CrisisCategory;
  /** Cheap substrings; the regex only runs if at least one is present in the normalised text. */
  hint: readonly string[];
  re: RegExp;
  /** Sentence-level context that makes this particular match ordinary. */
  unless?: RegExp;
  /** Sentence-level context that must also be present. */
  requires?: RegExp;
  /** Explicit suicide or self-harm wording that a clear recovery story may quiet. */
  history?: boolean;
}

const rule = (
  category: CrisisCategory,
  hint: readonly string[],
  source: string,
  extra: Omit<Rule, 'category' | 'hint' | 're'> = {},
): Rule => ({ category, hint, re: new RegExp(source, 'g'), ...extra });

const RULES: readonly Rule[] = [
  // ----- suicide: explicit -----
  rule('suicide', ['kil'], String.raw`\bkil{1,2}(?:ing|ed|s|in)? ${ME}\b`, { history: true }),
  rule('suicide', ['kms', 'unaliv', 'sewer'], String.raw`\b(?:kms|unaliv\w*|sewer ?slide\w*)\b`, { history: true }),
  // First person or a feeling verb right before "suicidal". "i am not suicidal" is caught on purpose.
  rule(
    'suicide',
    ['s'],
    String.raw`\b(?:i|me|my|myself|feel|feeling|feels|felt|getting|been|being|get|become|becoming|went|go|going)${fill(2)} ${SUICIDAL}\b`,
    { history: true },
  ),
  rule(
    'suicide',
    ['s'],
    String.raw`\b${SUICIDAL} (?:again|tonight|today|lately|right now|thoughts?|ideation|feelings?|urges?|thinking|mood|episode|moods|vibes|ideas|impulses?|and)\b`,
    { history: true, unless: MEDIA },
  ),
  rule('suicide', SUICIDE_HINTS, String.raw`(?:^|\. )(?:so |very |really |pretty |quite |kind of |bit |feeling |still |more )?${SUICIDAL}(?= \.| ,|$)`, { history: true }),
  rule(
    'suicide',
    ['s'],
    String.raw`\b(?:commit|commits|committing|commited|committed|attempt|attempts|attempting|attempted|consider|considering|considered|contemplat\w*|thinking (?:about|of)|think (?:about|of)|thought (?:about|of)|thoughts (?:about|of)|plan|planning|planned|choose|chose|choosing)(?: (?:a|my|another|again|seriously|actually|really|about))? ${SUICIDE_NOUN}\b`,
    { history: true, unless: MEDIA },
  ),
  rule('suicide', SUICIDE_HINTS, String.raw`\bmy (?:\w+ )?${SUICIDE_NOUN} (?:attempt|attempts|plan|plans)\b`, { history: true }),
  rule('suicide', ['end'], String.raw`\bend(?:ing|ed|s)? (?:my|this) (?:own )?(?:life|existence)\b(?! (?:as|in|story|chapter|insurance|span|coach))`, { history: true }),
  rule('suicide', ['end'], String.raw`\bend(?:ing|ed)? it all\b`, { history: true }),
  rule('suicide', ['life'], String.raw`\b(?:take|takes|taking|taken|took) my own life\b`, { history: true }),
  rule(
    'suicide',
    ['life'],
    String.raw`\b(?:take|takes|taking|taken|took) my life(?= \.| ,|$| (?:tonight|today|soon|now|and|but|because|so|if|when|before|someday|sometimes|again|too|while|after|since|or|one day|at some point|last year|once|twice)\b)`,
    { history: true },
  ),
  // Wishing to die. The negative lookbehind keeps "I don't want to die" (a wish to live) quiet.
  rule(
    'suicide',
    ['die', 'dead', 'dying'],
    String.raw`\b${NOT_NEGATED}${DESIRE}${SELF_FILL} (?:die|be dead|was dead|were dead|am dead|died|dying)\b(?! (?:of old age|old|an old|happy|surrounded|peacefully at|before i get old)\b)`,
    { history: true },
  ),
  rule('suicide', ['rather'], String.raw`\b(?:would|had) rather (?:just )?(?:die|be dead)\b(?! than (?!(?:live|living|keep|go on|going on|feel|be alive|exist|wake|face|carry on|do this)\b))`),
  rule('suicide', ['end it', 'ending it'], String.raw`\b(?:thinking about|thinking of|thought about|thought of|think about|think of|considering|considered|contemplating|contemplated|planning|planned|plan on|plan to|decided to|decided on|going to|want to|wanted to|ready to|tempted to|close to|going to just|should just|could just|might just|will just|just|keep thinking about)(?: \w+){0,2}? end(?:ing)? it(?= \.| ,|$| (?:all|tonight|today|now|soon|for good|once and for all|this week|and|but|because|i|so|or|already|too|sometimes|though|honestly|permanently)\b)`, { unless: RELATIONSHIP }),
  rule('suicide', ['ending it'], String.raw`(?:^|\. )ending it (?:would|will|seems|feels|is|might|could|sounds)\b`, { unless: RELATIONSHIP }),

  // ----- passive: death wishes, not wanting to be here -----
  rule('passive', ['exist', 'alive', 'wake', 'woke', 'born', 'appear', 'vanish', 'gone', 'breath', 'sleep', 'here', 'earth', 'world', 'live'], String.raw`\b${NOT_NEGATED}${DESIRE}${SELF_FILL} ${PASSIVE_STATE}`),
  rule(
    'passive',
    ['want'],
    String.raw`\b(?:not|no longer|never)(?: really| even| actually)? want to (?:\w+ )?(?:live(?! (?:in|at|on|near|with|there|here|alone|together|abroad|nearby|close|far|somewhere|anywhere|downtown|like (?:a|an|my|our|his|her|them|him|that|they|those|these|the)|next|by|under|above|below|off|out|through|paycheck|so)\b)|exist|be alive|be here anymore|be here any longer|be around anymore|be on this earth|be in this world|go on(?! (?:a|an|the|that|this|my|our|holiday|vacation|dates?|trips?|tour|with|about|stage|air|twitter|instagram|tiktok|social|leave|break|strike|record|tv|camera|line)\b)|keep (?:going|living|existing|breathing)(?! (?:to|with|back|out|through|round|around|in|on|there|like (?:a|an|my|our|his|her|them|him|that|the))\b)|carry on(?! (?:with|the|a|at|to|like|in)\b)|wake up${WAKE_OK}|be anymore|survive (?:this|another)|continue (?:living|existing|like this))`,
  ),
  rule(
    'passive',
    ['point', 'reason', 'purpose', 'meaning'],
    String.raw`\b(?:no|not (?:\w+ )?(?:any|a|much|the)) (?:reason|point|purpose|meaning) (?:\w+ ){0,2}(?:to|in|for|of) (?:\w+ )?(?:live|living|being alive|be alive|exist|existing|keep going|keeping going|go on|going on|carry on|carrying on|stay alive|staying alive|staying here|stay here|be here|being here|keep living|continue living|life|wake up|waking up|anything anymore)\b(?! (?:in|at|on|with|near|there|here|the|a|an|this|that|holiday|vacation|trips?|dates?|early|for (?:work|school))\b)`,
  ),
  rule('passive', ['point'], String.raw`\bwhat is (?:even )?the point (?:of|in) (?:\w+ )?(?:living|being alive|going on|life|existing|carrying on|waking up|being here|me|staying alive|anything anymore|any of it anymore)\b(?! (?:coaching|hacks|admin|insurance|stories)\b)`),
  rule('passive', ['live for', 'living for', 'stay for'], String.raw`\bnothing (?:\w+ ){0,2}(?:to live for|worth living for|left to live for|to stay for|to stay alive for)\b`),
  rule('passive', ['worth'], String.raw`\b(?:not|no longer|never) (?:\w+ )?worth living\b|\blife (?:\w+ )?(?:is|feels|seems) (?:\w+ )?not worth (?:it|living|the effort|the pain|continuing)\b|\blifes not worth\b`),
  rule('passive', ['will to live'], String.raw`\b(?:lost|lose|losing|have no|no|have not got|without) (?:\w+ ){0,2}will to live\b`),
  rule(
    'passive',
    ['can not', 'much longer', 'how long'],
    String.raw`\bcan not (?:go on|carry on|keep going|keep living|keep existing|do life|survive this|hold on|live like this|live with this pain|keep doing this to myself)(?= \.| ,|$| (?:anymore|any longer|much longer|like this|living|without|with (?:life|this life|living)|for much longer|another day|another night|another week|this way|and|but|i|because|honestly|really|sometimes)\b)`,
  ),
  rule('passive', ['long'], String.raw`\bhow (?:much )?(?:longer|long) i can (?:\w+ )?(?:go on|keep going|hold on|keep living|carry on|survive|last|stay alive|keep existing)\b(?! (?:at|in|with|without (?:coffee|sleep|food))\b)`),
  rule('passive', ['dead'], String.raw`\b(?:better|happier|easier) off dead\b`),
  rule(
    'passive',
    ['of', 'with'],
    String.raw`\b(?:tired|sick|exhausted|weary|done|finished) (?:of|with) (?:\w+ ){0,2}(?:being alive|to stay alive|to keep living|to stay here|living(?! (?:paycheck|pay cheque|with|in|at|on|off|out|here|there|under|alone|by|near|next|so far|like|a lie|from)\b)|existing|life(?! (?:admin|coaching|advice|hacks|lessons|updates|insurance|drama|and its|at)\b)|breathing|being here|staying alive|this life|my life)(?= \.| ,|$| (?:and|but|so|i|honestly|anymore|now|completely|altogether|itself|in general)\b)`,
  ),
  rule('passive', ['hate'], String.raw`\bhate (?:being alive|existing|that i (?:exist|am alive|woke up|am still here|am still alive|keep waking up))\b`),
  rule('passive', ['give', 'gave'], String.raw`\bgiv(?:e|en|ing)? up on (?:life|living|being alive|staying alive|myself and life)\b|\bgave up on (?:life|living|being alive|staying alive)\b`),
  rule('passive', ['wak', 'wok'], String.raw`\b(?:fall|falling|fell|go|going|went|drift|drifting|slip|slipping|put|putting) (?:to sleep|asleep|off|${ME} to sleep)(?: forever)? (?:and|then) (?:just )?(?:never|not|do not|would not|will not|wont) (?:wake|waking|woke)\b`),
  rule('passive', ['waking'], String.raw`\bnot waking up(?: \w+)? (?:would|sounds|seems|feels|will|could) (?:\w+ ){0,2}(?:nice|good|fine|easier|better|relief|peaceful|okay|ok|welcome|great|kind|merciful|like a gift)\b`),
  rule('passive', ['me'], String.raw`\b(?:want|wish|hope|pray|praying|hoping|wishing|would not mind if|do not care if|would not care if|would not mind) (?:\w+ ){0,3}?(?:someone|somebody|something|a car|a bus|a truck|a lorry|a train|god|the universe|cancer|illness) (?:would |to |could |will |just |finally ){0,3}(?:kill|kills|end|ends|hit|hits|take|takes) me\b(?! (?:up|off|out|back|home|in)\b)`),
  rule('passive', ['hope', 'hoping', 'wish', 'pray', 'mind', 'care'], String.raw`\b(?:hope|hoping|wish|wishing|pray|praying|would not mind if|would not care if|do not care if) (?:\w+ ){0,2}?i (?:get|got) (?:hit|run over|killed)\b|\b(?:hope|hoping|pray|praying) (?:the|my) (?:plane|car|bus|train) (?:crashes|goes down|crash)\b|\b(?:hope|hoping|pray|praying) i (?:do not|never) make it (?:home|back|through the night|to morning|to tomorrow)\b`),
  rule('passive', ['care'], String.raw`\b(?:do not|does not|no longer|would not|could not) (?:\w+ )?care (?:if|whether) i (?:live or die|die|died|wake up|survive|make it through|am alive|stay alive|get hurt|get killed|disappear)\b`),
  rule('passive', ['if i'], String.raw`\b${IF_GONE}\b`, {
    requires: /\b(?:nobody|no one|anyone|anybody|everyone|everybody|people|world|family|friends|would|better|easier|relieved|relief|notice|care|miss|mind|happier|lighter|simpler|kinder)\b/,
    unless: TRAVEL_OR_MOVE,
  }),
  rule('passive', ['peace'], String.raw`\b(?:only|finally|just) (?:be )?at peace (?:when|once|if) i am (?:gone|dead)\b`),
  rule('passive', ['death'], String.raw`\b(?:wish|wishing|pray|praying|hope|hoping|long|longing|ready|welcome|welcoming|crave|craving) (?:for )?death\b|\bdeath (?:would|will|could|might) (?:\w+ )?be (?:a |such a )?(?:relief|welcome|easier|better|peaceful|mercy|freedom|kinder|nice|release|gift)\b`),

  rule('passive', ['stop', 'end', 'over'], String.raw`\b${NOT_NEGATED}(?:want|wish|need|just want|pray for|hope)(?: \w+)? (?:it all|everything|all of it|all of this|this all|life|my life|the world|existence) to (?:just )?(?:stop|end|be over)(?: forever| for good| permanently)?(?= \.| ,|$| (?:forever|for good|permanently|already|now|and|but|i)\b)`, { unless: /\b(?:week|day|meeting|shift|semester|term|year|month|call|class|lecture|film|movie|show|game|noise|rain|argument|fight|drama|trip|flight|party|exam|exams|renovation|project)\b/ }),
  rule('passive', ['woke', 'wake', 'alive', 'still here', 'survived'], String.raw`\b(?:disappointed|sad|upset|annoyed|angry|gutted|sorry) (?:that |when |to (?:find that |see that |realise |realize )?)?i (?:am still alive|am still here|survived|did not die|woke up again|keep waking up|wake up again|woke up this morning|am alive)\b`),
  rule('passive', ['idea of', 'thought of'], String.raw`\b(?:idea|thought) of (?:just )?(?:not existing|not being alive|not being here|dying|being dead|not waking up|never waking up|disappearing forever|ending it) (?:is|feels|seems|sounds|has become|gets) (?:\w+ )?(?:comforting|peaceful|appealing|nice|tempting|like a relief|calming|soothing|good|better|a relief|welcome|attractive|more and more appealing)\b`),
  rule('suicide', ['let me'], String.raw`\blet me (?:just )?die\b`),

  // ----- burden -----
  rule('burden', ['without me'], String.raw`\b(?:everyone|everybody|the world|world|people|all of them|all of you|you all|my family|my friends|my kids|my children|my parents|my mum|my mom|my dad|the people (?:i love|around me|in my life)|everyone in my life|they|you|he|she|we) (?:\w+ ){0,3}(?:better|happier|lighter|freer|easier|brighter|simpler|relieved|calmer) (?:\w+ ){0,2}without me\b(?! (?:in (?:the|this) (?:meeting|room|team|group|chat|project|car|office|way|game|photo)|there|on (?:the|this) (?:team|trip|call)|at (?:the|this)|around for (?:the|a)|nagging|micromanaging|hovering|interfering)\b)`),
  rule('burden', ['if i'], String.raw`\b(?:better|happier|easier|simpler|kinder|best|lighter|a relief|relieved) (?:off )?(?:for (?:\w+ ){1,3})?(?:\w+ ){0,1}${IF_GONE}\b`, { unless: TRAVEL_OR_MOVE }),
  rule('burden', ['gone', 'dead'], String.raw`\b(?:would|will) (?:\w+ ){0,2}(?:better|happier|easier|relieved|lighter|freer|fine|okay) (?:\w+ ){0,2}(?:with me gone|once i am gone|when i am gone|after i am gone|with me dead|once i am dead|when i am dead)\b`),
  rule('burden', ['nobody', 'no one', 'none of', 'not one', 'not a'], String.raw`\b(?:nobody|no one|none of them|not one person|not a single person|not a soul) (?:would|will|is going to|is gonna|would even|will even|would really|would actually|will actually|would ever|will ever) (?:even |really |actually |ever )?(?:miss me|notice (?:if|when|that) i (?:was|am|were|went) gone|notice if i (?:died|disappeared|vanished|was gone|were gone|was not here|stopped existing|killed ${ME}|was dead)|care ${IF_GONE}|care (?:if|when) i am (?:gone|dead)|come to my funeral|cry (?:if|when|at my funeral)|mourn me)\b`),
  rule('burden', ['would'], String.raw`\b(?:would (?:anyone|anybody|people|they|you|my family|my friends|he|she)|who would|who will|who is going to|who is even going to) (?:even |really |actually |ever )?(?:notice|care|miss me|mind|cry|come to my funeral) (?:\w+ ){0,2}?(?:${IF_GONE}|when i am gone|at my funeral)\b`),
  rule('burden', ['burden'], String.raw`\b(?:will not|will no longer|am not going to|not going to|wont) be (?:a |such a |anyones |everyones |your |their )?burden (?:\w+ ){0,2}(?:much longer|for (?:much |very )?long|anymore|any longer|soon|after (?:tonight|today|this))\b`),
  rule('burden', ['burden'], String.raw`\b(?:i am|i feel like|i feel|i have become|i have always been|i will always be|i was born|i have been|am just|i know i am|i am only|i am nothing but|i am such) (?:\w+ ){0,3}burden (?:to|on|for) (?:everyone|everybody|all|the world|my (?:whole |entire )?family|my friends|the people|those|anyone|all of you|my parents|my kids|my children|everyone around me|everybody around me|the whole world|society)\b`),
  rule('burden', ['waste of'], String.raw`\b(?:i am|i feel like|i feel|i am just|i am such|i am nothing but|i am a|i am literally) (?:\w+ ){0,2}waste of (?:space|oxygen|air|skin|a life|life|a human|a person)\b`),
  rule('burden', ['have to', 'need to'], String.raw`\b(?:you|they|everyone|everybody|nobody|no one|people|my family|you all) (?:will not|would not|will no longer|wont|will never) (?:have to|need to) (?:worry about|deal with|put up with|take care of|look after|bother with|carry|support|think about) me (?:anymore|any longer|ever again|much longer|for much longer|soon)\b`),

  // ----- farewell and preparation -----
  rule('farewell', ['giv', 'gave'], String.raw`\b(?:giv(?:e|es|ing|en)|gave) away (?:\w+ )?${MY_ITEMS}\b|\b(?:giv(?:e|es|ing|en)|gave) (?:\w+ )?${MY_ITEMS}(?:(?: \w+){0,2} away\b|(?= \.| ,|$| to (?:people|friends|my|everyone|whoever)\b))`, { unless: DECLUTTER }),
  rule('farewell', ['away'], String.raw`\b(?:giv(?:e|es|ing|en)|gave) away (?:all|everything|most|the rest)(?: of)?(?: (?:my|i own|i have))?\b`, { unless: DECLUTTER }),
  rule('farewell', ['need'], String.raw`\b(?:will not|wont|am not going to|will no longer) need (?:\w+ ){0,3}(?:where i am going|after (?:tonight|today|this week|tomorrow)|when i am gone|once i am gone|anymore after)\b`, { unless: TRAVEL_OR_MOVE }),
  rule('farewell', ['goodbye', 'farewell', 'last'], String.raw`\b(?:writ(?:e|es|ing|ten)|wrote|left|leave|leaving|draft\w*|finish\w*|start\w*|prepar\w*|made|making|record\w*|typed|typing|have|got) (?:\w+ ){0,3}(?:goodbye|farewell) (?:letters|notes|messages|videos|texts|emails)\b`, { unless: /\b(?:coworkers?|colleagues?|team|boss|class|students|school|leaving do|retire\w*|new job|office|apartment|house|flat|city|town|childhood|ex|exes|old self|twenties|teens|camp|project|graduat\w*|moving|move|pen ?pals?|character|novel|story|script|film|movie|book|song|tenants?|clients?|customers?|volunteers?|kids class|for work|at work|job)\b/ }),
  rule('farewell', ['goodbye', 'farewell', 'final'], String.raw`\b(?:goodbye|farewell|final) (?:letter|note|message|video|text)s? (?:\w+ ){0,2}(?:to|for) (?:everyone|everybody|my family|my kids|my children|my mum|my mom|my dad|my parents|my sister|my brother|my siblings|my friends|the people i love|each of|all of|my loved ones|my family and)\b`, { unless: anyOf(/\b(?:moving|move|retire\w*|new job|last day|graduat\w*|trip|abroad|deploy\w*)\b/, MEDIA) }),
  rule('farewell', ['note', 'letter'], String.raw`\b${SUICIDE_NOUN} (?:note|notes|letter|letters)\b`, { unless: MEDIA }),
  rule('farewell', ['i am'], String.raw`\b(?:letters?|notes?|messages?|videos?) (?:\w+ ){0,3}(?:for|to read|to open|to find) (?:\w+ ){0,2}(?:after|when|once) i am (?:gone|dead|not here|no longer here)\b`),
  rule('farewell', ['by the time'], String.raw`\bby the time (?:you|anyone|someone|somebody|they|he|she|my \w+) (?:\w+ )?(?:read|reads|see|sees|find|finds|get|gets|hear|hears|open|opens) (?:this|these|it|my message|my note)(?: ,)?(?: \w+){0,4} (?:gone|dead|no longer (?:here|around|alive)|too late|at peace|not be here|not be around|not be alive|not here|not around)\b(?! (?:for|on|to|away|abroad|at|in|until|till)\b)`),
  rule('farewell', ['gone', 'dead', 'peace'], String.raw`\bi (?:will|am going to|shall|would) (?:soon |finally |already |probably |hopefully )?be (?:gone|dead|at peace)(?= \.| ,|$| (?:soon|forever|for good|and|tomorrow|tonight|then|anyway|so|you|nobody|no one|everyone|already)\b)`, { unless: TRAVEL_OR_MOVE }),
  rule('farewell', ['i am'], String.raw`\b(?:after|once|for when|for after) i am (?:gone|dead|no longer (?:here|around|alive)|not (?:here|around) anymore)(?! (?:for|on|to|at|in|away|out|shopping|abroad|overseas|travelling|traveling|next|this|over|during|until|till)\b)|\bwhen i am (?:dead|gone for good|gone forever|no longer (?:here|around|alive)|not (?:here|around) anymore)\b`, { unless: TRAVEL_OR_MOVE }),
  rule('farewell', ['goodbye'], String.raw`\bsa(?:y|ys|ying|id) (?:my )?(?:final |last |quiet )?goodbyes? (?:to (?:everyone|everybody|the world|this world|all of you|my family|life|you all|my loved ones|the people i love|my friends|my kids|my children|everything)|forever|for good|for the last time)\b|\bsa(?:y|ying|id) (?:all )?my goodbyes\b`, { unless: TRAVEL_OR_MOVE }),
  rule('farewell', ['goodbye'], String.raw`\bgoodbye (?:cruel )?world\b|\bgoodbye (?:everyone|everybody|all) (?:forever|for good)\b|\bthis is (?:my )?(?:final |last )?goodbye (?:to (?:everyone|everybody|the world|all of you|life)|forever|for good)\b`),
  rule('farewell', ['last', 'final'], String.raw`\bmy (?:last|final) (?:night|day|week|entry|message|post|words|breath|sunrise|sunset|birthday|christmas) (?:alive|on earth|on this earth|in this world|of my life|ever)\b`),
  rule('farewell', ['affairs'], String.raw`\b(?:put|putting|get|getting|got|sorting|sorted|have|had) (?:\w+ ){0,1}(?:my )?affairs in order\b`, { unless: /\b(?:surgery|operation|procedure|retire\w*|move|moving|baby|trip|deploy\w*|travel\w*|emigrat\w*|tax|taxes|accountant|estate planning|lawyer|solicitor|wedding|pregnan\w*|new year|before (?:the|my) (?:move|trip|op|operation))\b/ }),
  rule('farewell', ['i am'], String.raw`\b(?:look after|take care of|care for|feed|rehome|re home|new home for|find a home for|found a home for|finding a home for) (?:\w+ ){0,2}(?:cat|dog|pets?|kids|children|plants|rabbit|hamster|bird|fish) (?:\w+ ){0,3}(?:when|after|once|if) i am (?:gone|not here|not around|dead|no longer here)(?! (?:for|on|to|at|in|away|out|abroad|overseas|travelling|traveling|next|this|over|during|until|till)\b)`, { unless: TRAVEL_OR_MOVE }),

  rule('farewell', ['be around', 'be here', 'be alive'], String.raw`\bi (?:will not|am not going to|may not|might not|probably will not|do not think i will|will no longer) be (?:around|here|alive|on this earth|in your life) (?:for )?(?:much |very |too |that )?(?:longer|long)\b`, { unless: TRAVEL_OR_MOVE }),

  // ----- self-harm -----
  rule('self_harm', ['self'], String.raw`\bself ?(?:harm\w*|injur\w*|mutilat\w*)\b|\bselfharm\w*\b`, { history: true }),
  rule('self_harm', ['cut'], String.raw`\bcut(?:s|ting)? (?:${ME}|into ${ME}|my (?:own )?(?:wrists?|arms?|forearms?|thighs?|legs?|skin|stomach|belly|hips?|body|flesh|ankles?|wrist open|veins?))\b(?! (?:short|off|out|loose|some slack|free|a break|back|down|in line)\b)`, { history: true }),
  rule('self_harm', ['cut'], String.raw`\b(?:used to|started|start|starting|restarted|been|keep|kept|urge to|urges to|want to|wanted to|tempted to|thinking about|thought about|relapsed|relapse|back to|went back to|gone back to|craving|cannot stop|can not stop|stop|stopped|quit|hide|hiding|hid) (?:\w+ )?cut(?:ting)?(?= \.| ,|$| (?:again|tonight|deeper|deep|and|but|because|so|since|to cope|to feel|it helps|helps|when i|every|after|before|on my|marks|scars|urges)\b)`, { history: true, unless: /\b(?:hair|fringe|bangs|carbs|sugar|budget|costs|grass|lawn|wood|fabric|paper|film|movie|video|edit|class|corners|ties|cable|bread|cake|onions?|vegetables|veg|meat|line|queue)\b/ }),
  rule('self_harm', ['cut', 'wound', 'slash', 'blade', 'razor'], String.raw`\bmy cutting\b|\b(?:fresh|new|deep|hiding my|hide my|hid my|cover my|covering my|covered my) (?:cuts|wounds|slashes)\b|\bblade (?:out of|from) (?:a |my |the )?(?:pencil )?(?:sharpener|razor)\b|\b(?:razor|razors|blade|blades) (?:\w+ ){0,3}(?:to|on|across) my (?:wrists?|arms?|thighs?|skin|legs?|stomach)\b`, { history: true }),
  rule('self_harm', ['hurt', 'harm', 'injur'], String.raw`\b(?:hurt|hurts|hurting|harm|harms|harming|harmed|injure|injuring|injured) (?:${ME}|my own body)\b`, { history: true }),
  rule('self_harm', ['burn', 'punch', 'hit', 'scratch', 'starv', 'bruis', 'bit', 'slap', 'chok', 'strangl', 'pinch'], String.raw`\b(?:burn|burns|burning|burned|burnt|punch|punching|punched|hit|hitting|scratch|scratching|scratched|starve|starving|starved|bruise|bruising|bite|biting|slap|slapping|slapped|choke|choking|strangle|strangling|pinch|pinching) ${ME}\b(?! (?:awake|up|out|of|to stay awake|with questions)\b)`, { history: true, unless: /\b(?:car door|door|cupboard|drawer|by accident|accidentally|ball|racket|frying pan|hammer|tripped|slipped|clumsy|oven|stove|kettle|iron|sunburn\w*|sun|cooking|baking)\b/ }),
  rule('self_harm', ['bleed'], String.raw`\b(?:make|made|making|let|letting) ${ME} bleed\b|\buntil i bleed\b`, { history: true }),
  rule('self_harm', ['urge'], String.raw`\burges? to (?:cut|hurt ${ME}|harm ${ME}|burn ${ME}|bleed|self ?harm|relapse)\b`, { history: true }),
  rule('self_harm', ['over', 'too many'], String.raw`\bi (?:have |had |just |nearly |almost |once |already |might |may |will |could |would |am going to |want to |tried to |am about to )?(?:overdose|overdosed|over dose|over dosed|took an overdose|take an overdose|took too many ${PILLS})\b`, { history: true }),
  rule('self_harm', ['over'], String.raw`\b(?:want|wanted|wanting|going|plan|planning|planned|tempted|try|trying|tried|ready|about|thinking about|thinking of|thought about|thought of|considering|considered|fantasi\w* about|urge|urges|decided|decide) (?:to )?(?:just )?over ?dos(?:e|ing)\b`, { history: true }),
  rule('self_harm', ['over'], String.raw`\bover ?dos(?:e|ed|es|ing) on my\b|\b(?:take|took|taking|taken|do|did|had|swallow\w*) an? (?:deliberate |intentional )?overdose\b`, { history: true, unless: MEDIA }),

  // ----- plan and method -----
  rule('plan', PILL_HINTS, String.raw`\b(?:sav(?:e|ed|ing)|stockpil\w*|hoard\w*|stash\w*|squirrel\w* away|put(?:ting)? aside|set(?:ting)? aside|build\w* up|built up) (?:up )?(?:\w+ ){0,2}${PILLS}\b|\b${PILLS} (?:\w+ ){0,2}(?:saved up|saved|stockpiled|hoarded|stashed|put aside|set aside|squirrell?ed away)\b`, { unless: /\b(?:money|trip|holiday|travel|insurance|refill|pharmacy closes|shortage|prescription ran out)\b/ }),
  rule('plan', ['enough'], String.raw`\benough (?:\w+ )?${PILLS} (?:\w+ ){0,2}(?:to (?:die|end|kill|do it|not wake|never wake|finish it|be done|stop everything|make sure)|saved|stashed|stockpiled)\b`),
  rule('plan', PILL_HINTS, String.raw`\b(?:take|taking|took|taken|swallow|swallowing|swallowed|down|downing|downed) (?:all (?:of )?(?:my|the|these|those|them)|the (?:whole|entire|rest of the) (?:bottle|box|pack|packet|strip|lot)|a (?:whole |full |entire )?(?:bottle|box|pack|packet|handful|fistful)|every (?:single )?(?:one of )?(?:my|the)|everything in the (?:cabinet|cupboard|drawer))(?: of)?(?: \w+){0,2} ${PILLS}\b`, { unless: /\b(?:with (?:food|breakfast|lunch|dinner|meals?|water)|every (?:day|morning|night|evening)|each (?:day|morning|night)|daily|on time|as prescribed|remember\w*|forgot|forget|doctor said|antibiotics|course|vitamins?|supplements?|pharmacy|pharmacist|refill|dose schedule|travel|trip)\b/ }),
  rule('plan', ['at once'], String.raw`\b(?:take|taking|took|swallow\w*) (?:all )?(?:my|the) ${PILLS} (?:all )?at once\b`),
  rule('plan', ['lethal', 'fatal', 'deadly'], String.raw`\b(?:lethal|fatal|deadly) (?:dose|amount|overdose|quantity|combination)\b`, { unless: /\b(?:coffee|caffeine|water|vitamin\w*|sugar|salt|chocolate|nutmeg|dog|cat|pet|grapes|onion|lily|lilies|xylitol|puppy|kitten|snake|spider|bee|mushroom\w*)\b/ }),
  rule('plan', ['how many', 'how much'], String.raw`\bhow (?:many|much) (?:\w+ ){0,2}(?:${PILLS}|would it take|it would take|does it take|it takes) (?:\w+ ){0,4}(?:to die|to kill|lethal|fatal|to not wake|to never wake|to end it|to be sure|to do it)\b`),
  rule('plan', ['search', 'googl', 'look', 'research', 'read', 'way', 'method'], String.raw`\b(?:search\w*|googl\w*|look\w* up|looked up|research\w*|read\w* up on|look\w* into|look\w* for) (?:\w+ ){0,3}(?:how to (?:die|kill ${ME}|end (?:it|my life)|overdose|hang ${ME}|disappear forever)|painless (?:ways?|methods?)|ways? to (?:die|kill ${ME}|end (?:it|my life))|methods? of ${SUICIDE_NOUN}|${SUICIDE_NOUN} methods?|lethal dose|how many pills)\b|\b(?:painless|quick|easy|quiet|best|surest|easiest) (?:way|ways|method|methods) (?:to|of) (?:die|dying|go|end it|kill ${ME}|end my life|not wake up)\b`),
  rule('plan', ['hang', 'noose'], String.raw`\bhang(?:ing|ed)? ${ME}\b|\b(?:tie|tied|tying|made|make|making|bought|buy|have|got|practis\w*|practic\w*) (?:\w+ ){0,2}noose\b`, { history: true }),
  rule('plan', ['shoot', 'gun', 'pistol', 'rifle', 'knife', 'brains', 'slit', 'bleed out'], String.raw`\bshoot(?:ing)? ${ME}\b|\b(?:put|putting|hold|holding|held) (?:a|the|my) (?:gun|pistol|rifle|knife) (?:to|against|in) my (?:head|temple|mouth|chest|throat)\b|\bblow(?:ing)? my brains out\b|\bslit(?:ting)? my (?:wrists?|throat)\b|\b(?:let|letting) ${ME} bleed out\b`, { history: true }),
  rule(
    'plan',
    ['off', 'from', 'front', 'into', 'onto', 'under'],
    String.raw`\b(?:want|wanted|wanting|wish|going|plan|planning|planned|tempted|thinking about|thinking of|thought about|thought of|think about|considering|considered|urge|urges|could just|might just|should just|ready|about|dream about|dreaming about|fantasi\w* about|imagine|imagining|picture|picturing|keep picturing|decided|decide) (?:to )?(?:just )?(?:${ME} )?(?:jump|jumping|throw ${ME}|throwing ${ME}|step|stepping|walk|walking|drive|driving|crash\w*|swerv\w*|lie down|lying down|lay down|fall|falling|leap|leaping) (?:\w+ )?(?:off|from|in front of|into|onto|under) (?:a |an |the |that |this |my |our |some |oncoming )?(?:\w+ )?(?:bridge|building|roof|rooftop|balcony|cliff|tower|overpass|car park|parking garage|train|bus|truck|lorry|traffic|tracks|railway|motorway|highway|river|sea|ocean|wall|tree|window|ledge)\b`,
    { unless: /\b(?:pool|lake|trampoline|bungee|as a kid|when i was (?:a kid|little|young)|for fun|dare|swimming|swim|splash|cannonball|parkour|snow|skydiv\w*|parachut\w*|zipline|cliff diving|coasteering|waves|surf\w*|scuba)\b/ },
  ),
  rule('plan', ['jump'], String.raw`\b(?:want|wanted|wanting|going|tempted|thinking about|thinking of|thought about|thought of|think about|considering|considered|urge|urges|could just|might just|should just|about|imagine|imagining|picture|picturing|keep picturing) (?:to )?(?:just )?jump(?:ing)?(?= \.| ,|$| (?:off|from|again|tonight)\b)`, {
    requires: /\b(?:roof|rooftop|bridge|balcony|ledge|building|cliff|window|edge|platform|tracks|train|top floor|car park|parking garage|overpass|tower)\b/,
    unless: /\b(?:pool|lake|trampoline|bungee|skydiv\w*|parachut\w*|waves|puddles?|queue|conclusions|ship|on board|onboard|bandwagon)\b/,
  }),
  rule('plan', ['car'], String.raw`\b(?:crash\w*|wreck\w*|drive|drives|driving|drove|swerv\w*|roll\w*) (?:my|the) car (?:\w+ ){0,4}(?:on purpose|deliberately|intentionally)\b`),
  rule('plan', ['purpose', 'deliberately', 'intentionally'], String.raw`\b(?:jump\w*|step\w*|walk\w*|drive|drove|driving|crash\w*|swerv\w*) (?:\w+ ){0,4}(?:bridge|roof|building|traffic|train|truck|lorry|tree|wall|cliff) (?:\w+ ){0,2}(?:on purpose|deliberately|intentionally)\b`),
  rule('plan', ['plan', 'know', 'worked out', 'figured out', 'thinking', 'thought'], String.raw`\b(?:have|got|made|making|make|know|worked out|figured out|decided|sorted|sorted out|settled on|come up with|came up with) (?:\w+ ){0,2}(?:a |the |my )?plan (?:\w+ ){0,2}(?:to|for|of) (?:how )?(?:(?:i would|to|i will|i am going to) )?(?:die|end it(?: all)?|end (?:my|this) life|kill ${ME}|go through with it|not wake up|do it for real|take my life)\b|\bknow (?:exactly )?how i (?:would|will|am going to|could) (?:do it|end it|die|kill ${ME}|go)\b(?! (?:to|on|at|in)\b)|\b(?:worked out|figured out|planned out|planned|planning|plan|keep planning|keep thinking about|thinking about|thought about) (?:exactly )?(?:how|when|where) (?:\w+ )?(?:(?:i would|i will|i am going to|i could) do it(?= \.| ,|$)|(?:i would|i will|i am going to|i could|to) (?:end it|die|kill ${ME}|end my life))`, { unless: RELATIONSHIP }),
  rule('plan', ['date', 'day', 'time', 'place', 'method', 'way'], String.raw`\b(?:picked|chosen|chose|set|decided on|planned|pick|choose|choosing|picking|settled on) (?:a|the|my) (?:date|day|time|night|place|spot|method|way) (?:\w+ ){0,2}(?:to (?:die|end it|end my life|go through with it|kill ${ME}|do it for real)|for (?:my death|ending it|when i go|my last day))\b`),
];

// ---------------------------------------------------------------------------------------------
// Recovery stories
// ---------------------------------------------------------------------------------------------

const RECOVERY = /\b(?:recovery|recovered|recovering|in recovery|clean (?:for|since)|free (?:for|since)|\d+ (?:days|weeks|months|years) (?:clean|free)|(?:days|weeks|months|years) clean|have not (?:\w+ ){0,3}(?:since|in (?:years|months|ages|a long time|over a year))|proud|survivor|survived|healed|healing|better now|doing (?:well|better|good|okay|ok) now|in a (?:good|better|much better) place|therapy helped|got help|getting help|no longer|not anymore|anymore|scars have faded|grateful to be alive|glad i am alive|glad i am still here|glad i did not|glad i stayed)\b/;
const PAST = /\b(?:used to|years ago|months ago|a long time ago|long ago|when i was|as a (?:teen|teenager|kid|student|child)|in (?:high school|college|university|my teens|my twenties|the past|\d{4})|back then|back in|at (?:school|uni)|history of|no longer|anymore|was|were|had|did|attempted|survived|recovered|have not)\b/;
/** Anything that points at now. One of these anywhere in the text cancels the recovery reading. */
const CURRENT = /\b(?:again|relaps\w*|lately|recently|tonight|today|right now|these days|this week|last night|this morning|still|urges?|craving\w*|tempted|want to (?:cut|hurt|die|do it|end|kill|relapse|self harm|disappear|use|start)|wanting to|thinking about (?:it|cutting|hurting|suicide|killing|dying|ending|doing)|keep thinking|started|starting|slipp\w*|back to|struggling|scared i (?:will|might)|afraid i (?:will|might)|close to|can not stop|cannot stop|miss (?:it|cutting|the feeling)|now i)\b/;

/**
 * True when the text reads as somebody telling their recovery story: some recovery wording
 * anywhere, past-tense framing in the sentence that holds the match, and nothing pointing at now.
 */
function isRecoveryStory(text: string, sentence: string): boolean {
  return RECOVERY.test(text) && PAST.test(sentence) && !CURRENT.test(text);
}

// ---------------------------------------------------------------------------------------------
// Detection
// ---------------------------------------------------------------------------------------------

function sentenceAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf(' . ', start);
  const to = text.indexOf(' . ', end);
  return text.slice(from < 0 ? 0 : from + 3, to < 0 ? text.length : to);
}

function ruleMatches(r: Rule, text: string): boolean {
  if (!r.hint.some((h) => text.includes(h))) return false;
  const re = r.re;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    const needsContext = r.unless !== undefined || r.requires !== undefined || r.history === true;
    if (!needsContext) return true;
    const sentence = sentenceAround(text, m.index, m.index + m[0].length);
    if (r.unless?.test(sentence)) continue;
    if (r.requires && !r.requires.test(sentence)) continue;
    if (r.history === true && isRecoveryStory(text, sentence)) continue;
    return true;
  }
  return false;
}

/**
 * Checks one piece of text. Pure and total: any input, including '' or a non-string that slipped
 * past the types, gives a result instead of an exception.
 */
export function detectCrisis(text: string): CrisisResult {
  try {
    if (typeof text !== 'string' || text.length === 0) return { crisis: false, categories: [] };
    const normalised = neutraliseIdioms(normalise(text));
    if (normalised.length === 0) return { crisis: false, categories: [] };
    const found = new Set<CrisisCategory>();
    for (const r of RULES) {
      if (found.has(r.category)) continue;
      if (ruleMatches(r, normalised)) found.add(r.category);
    }
    const categories = CATEGORY_ORDER.filter((c) => found.has(c));
    return { crisis: categories.length > 0, categories };
  } catch {
    // A bug here must never hide the page a person is writing on. Failing quiet keeps the app
    // usable; the resources stay one tap away in the menu regardless.
    return { crisis: false, categories: [] };
  }
}

/** True when any of several fields (title, body, a mood note...) contains crisis language. */
export function containsCrisisLanguage(...texts: Array<string | null | undefined>): boolean {
  for (const t of texts) {
    if (typeof t === 'string' && t.length > 0 && detectCrisis(t).crisis) return true;
  }
  return false;
}
