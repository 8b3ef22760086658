// Every kind of line a news page holds, judged by the parser's line-level steps (lineFeatures,
// isSentenceLike, isHeadingLike, detectLanguage) and, for bylines and whole pages, by parsePage.
// All lines are real: copied verbatim from the shared readability corpus
// (../shared/corpus/readability/NAME.txt), with the page named in a comment. Expected values
// say what a correct parser does with the line; where the parser does not do it yet, the
// assertion is marked `todo` (it shows as TODO, not as a failure). Dates: dates.test.ts.
import { readFileSync } from 'node:fs'
import t, { type Test } from 'tap'
import { isHeadingLike } from '../../src/parse/classify.js'
import { parsePage } from '../../src/parse/index.js'
import { detectLanguage } from '../../src/parse/lang.js'
import { NOISE } from '../../src/parse/patterns.js'
import { isSentenceLike, lineFeatures } from '../../src/parse/prose.js'

const label = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}…` : s)
const ws = (s: string): string => s.replace(/\s+/gu, ' ').trim()
const paragraphsOf = (p: { sections: { paragraphs: string[] }[] }): string[] => p.sections.flatMap((s) => s.paragraphs)

// ---------------------------------------------------------------------------------------------
// Article paragraphs, a few per page. Each set is also the sample its language is detected from.

const EN_ACLU = [
  'There are at least two major categories of information available to Facebook about non-participants like me: information from other Facebook users, and information from sites on the open web.',
  "Similarly, I'm sure that I'm in some photographs that someone has uploaded to Facebook — and I'm probably tagged in some of them. I've never agreed to this, but Facebook could still be keeping track.",
  "So even if you decide you need to join Facebook, remember that you might be giving the company information about someone else who didn't agree to be part of its surveillance platform.",
]
const EN_CNET = [
  "Anyone who has ever been involved in closing a billion-dollar acquisition deal will tell you that you don't go in without a clear, well thought out plan.",
  'It also pays to be weary of competing suitors for your startup, Zuckerberg said, and be willing to move fast to stave off rivals and get the deal done.',
  "It wasn't clear why these strategies didn't work on Snapchat CEO Evan Spiegel, who famously rebuffed a $3 billion takeover offer from Facebook in 2013.",
]
const EN_HERALD_SUN = [
  'A HIGH-powered federal government team has been doing the rounds of media organisations in the past few days in an attempt to allay concerns about the impact of new surveillance legislation on press freedom. It failed.',
  'Those CEOs should make it clear they are just as angry about this as they were about Stephen Conroy’s attempt to impinge on press freedom through media regulation under the previous Labor government.',
  'Memories of the grief Conroy brought down on his head would undoubtedly make Abbott sit up and take notice.',
]
const FR_LEMONDE = [
  "Ont voté contre : 10 députés socialistes (sur 288), 35 UMP (sur 198), 11 écologistes (sur 18), 11 UDI (sur 30), 12 députés Front de gauche (sur 15) et 7 non-inscrits (sur 9). Le détail est disponible sur le site de l'Assemblée nationale.",
  "Pouria Amirshahi, député socialiste des Français de l'étranger qui a également voté contre, a annoncé qu'il transmettrait un « mémorandum argumenté » au Conseil constitutionnel et demanderait à se faire auditionner sur le projet de loi. D'autres députés ont prévu de faire la même démarche.",
  'Ce texte, fortement décrié par la société civile pour son manque de contre-pouvoir et le caractère intrusif des techniques qu’il autorise, entend donner un cadre aux pratiques des services de renseignement, rendant légales certaines pratiques qui, jusqu’à présent, ne l’étaient pas.',
]
const FR_LIBERATION = [
  '2 209 Français ont été localisés sains et saufs tandis que 393 n’ont pas encore pu être joints, selon le Quai d’Orsay. Environ 400 Français ont demandé à être rapatriés dans les vols mis en place par la France.',
  'Le séisme a fait près de 5 500 morts et touche huit des 28 millions d’habitants du Népal. Des dizaines de milliers de personnes sont sans abri.',
]
const ES_CNET = [
  'Twitter ha dado a conocer que Twitter Lite llegará a un total de 24 nuevos países a partir de hoy, 11 de ellos de América Latina.',
  'Según explicó en un comunicado Twitter Lite ahora estará disponible en Bolivia, Brasil, Chile, Colombia, Costa Rica, Ecuador, México, Panamá, Perú, El Salvador y Venezuela.',
  'Twitter Lite es la versión ligera de la aplicación de la red social para Android, disponible en la Google Play Store. Con este app los usuarios que experimentan fallos de red o que viven en países con redes con poca velocidad de conexión como Venezuela podrán descargar los tuits de forma más rápida.',
  'Además, el app ocupa menos espacio en tu teléfono móvil, al reducir a 3MB su peso.',
]
const ES_LA_NACION = [
  'Seamos claros: ningún individuo u organización tiene derecho a violar la ley. Pero el problema histórico del Estado argentino no fue tanto quiénes lo desafiaron como quiénes lo gobernaron. Cambiemos.',
]
const PT_FOLHA = [
  'Após rechaçar um encontro da seleção brasileira com o presidente eleito Jair Bolsonaro, o técnico Tite declarou que errou ao levar a taça da Copa Libertadores de 2012, conquistada pelo Corinthians, ao ex-presidente Luiz Inácio Lula da Silva.',
  'Ao lado de representantes do clube paulista, o atual comandante do Brasil ainda entregou uma réplica do troféu a Lula.',
  'Na ocasião, Tite e outros representantes do Corinthians foram ao Instituto Lula para mostrar a taça original da Libertadores ao ex-presidente.',
]
const DE_HEISE = [
  'Das in der iOS-Version bereits enthaltene TOTP-Feature ist nun auch für OS X 10.10 verfügbar. Zudem gibt es neue Zusatzfelder in der Datenbank und weitere Verbesserungen.',
  'Update 5.3 des Passwortmanagers liefert auch noch weitere Verbesserungen. So gibt es die Möglichkeit, FaceTime-Audio- oder Skype-Anrufe aus 1Password zu starten, die Zahl der Zusatzfelder in der Datenbank wurde erweitert und der Umgang mit unterschiedlichen Zeitzonen klappt besser. Die Engine zur Passworteingabe im Browser soll beschleunigt worden sein.',
]
const CS_AKTUALNE = [
  'Pět vítězných soutěžních duelů v řadě, během nich jediný inkasovaný gól. Čtvrté místo v lize, stejný bodový zisk jako loňský šampion Manchester City a nadšené ohlasy z tábora těch nejrenomovanějších komentátorů ostrovního fotbalu.',
  '"Stali se excelentním týmem. Jsou skvělí ve všech částech hřiště a David Moyes si zaslouží obrovský kredit za to, do jaké pozice je dostal," píše na Twitter Gary Lineker.',
  '"Nenapadá mě jediný důvod, proč by letos nemohli skončit v elitní čtyřce," přidává se Emile Heskey, někdejší útočník Liverpoolu. "Je fér říct, že vypadají fantasticky. Moyes je neskutečně oživil."',
  'Zatímco v minulé sezoně Souček častokrát zastínil svého kolegu Rice, letos je to právě anglický reprezentant, kdo si užívá zasloužené ódy na svou adresu.',
]
const ZH_QQ = [
  '谷歌(微博) 在2014年收购的人工智能公司DeepMind开发出一款能够用自己的记忆学习新知识并利用这些知识来回答问题的计算机。',
  '这款产品具有极其重要的意义，因为这意味着未来的人工智能技术可能不需要人类来教它就能回答人类提出的问题。',
  'DeepMind表示，这款名为DNC（可微神经计算机）的AI模型可以接受家谱和伦敦地铁网络地图这样的信息，还可以回答与那些数据结构中的不同项目之间的关系有关的复杂问题。',
]
const ZH_YOUTH = [
  '在采访中，我们了解到不少学子在出国前就每年守在电脑前观看两会直播。但是，随着年龄和阅历的增长，学子对两会的关注点在出国前后发生了很大的变化。',
  '在英国求学6年后，李博灏希望能够学有所用，为国家发展过程中遇到的难题寻求解决办法。因此随着课题研究的深入，他更加关注国家和社会目前所面临的挑战，比如中等收入陷阱、供给侧改革、创意创新产业的发展等议题。',
]
const JA_YAHOO = [
  '2020年の東京オリンピック・パラリンピックの開催などを見据え、フリーWi-Fi（公衆無線LAN）の設置が促進され、フリーWi-Fiの利用者も増加している。',
  '一方で、脆弱な設定のフリーWi-Fiや攻撃者が設置した偽のフリーWi-Fiへの接続などによる情報漏えい、通信の盗み見などのセキュリティリスクが危惧されているという。',
  // Spaces around the Latin words: still the unspaced branch, the page language is Japanese.
  'フリーWi-Fiプロテクションは、App Storeおよび、Google Playにて販売され、既に提供しているスマホ・タブレット向け総合セキュリティ対策アプリ「ウイルスバスター モバイル」と併用することで、不正アプリや危険なウェブサイトからの保護に加え、通信の盗み見を防ぐことができる。',
]

const PAGES = [
  { page: 'aclu', code: 'en', paragraphs: EN_ACLU },
  { page: 'cnet', code: 'en', paragraphs: EN_CNET },
  { page: 'herald-sun-1', code: 'en', paragraphs: EN_HERALD_SUN },
  { page: 'lemonde-1', code: 'fr', paragraphs: FR_LEMONDE },
  { page: 'liberation-1', code: 'fr', paragraphs: FR_LIBERATION },
  { page: 'cnet-svg-classes', code: 'es', paragraphs: ES_CNET },
  { page: 'la-nacion', code: 'es', paragraphs: ES_LA_NACION },
  { page: 'folha', code: 'pt', paragraphs: PT_FOLHA },
  { page: 'heise', code: 'de', paragraphs: DE_HEISE },
  { page: 'aktualne', code: 'cs', paragraphs: CS_AKTUALNE },
  { page: 'qq', code: 'zh', paragraphs: ZH_QQ },
  { page: 'youth', code: 'zh', paragraphs: ZH_YOUTH },
  { page: 'yahoo-4', code: 'ja', paragraphs: JA_YAHOO },
] as const

t.test('detectLanguage: the ISO 639-1 code of a few real paragraphs of each page', (t) => {
  for (const { page, code, paragraphs } of PAGES) {
    const lang = detectLanguage(paragraphs)
    t.equal(lang.code, code, `${page}: ${code}`)
    t.equal(lang.spaced, code !== 'zh' && code !== 'ja', `${page}: ${code} is ${lang.spaced ? '' : 'not '}written with spaces`)
  }
  t.end()
})

t.test('detectLanguage: each paragraph on its own', (t) => {
  // One real paragraph is enough sample for franc when it is a full sentence or more.
  for (const { page, code, paragraphs } of PAGES) {
    for (const p of paragraphs) t.equal(detectLanguage([p]).code, code, `${page}: ${label(p)}`)
  }
  t.end()
})

t.test('lineFeatures: article paragraphs are prose, in every language', (t) => {
  for (const { page, paragraphs } of PAGES) {
    for (const p of paragraphs) {
      const lang = detectLanguage([p, ...paragraphs.filter((q) => q !== p)])
      const f = lineFeatures(p, lang)
      t.equal(f.cls, 'prose', `${page}: ${label(p)}`)
      t.ok(f.endsSentence, `${page}: ends a sentence`)
    }
  }
  t.end()
})

t.test('lineFeatures: short Czech paragraphs are prose too', (t) => {
  // aktualne.txt — real one-sentence paragraphs of the article. Czech stopword density stays
  // near 0.2 (the prose threshold is 0.3 for lines under 200 characters).
  const lang = detectLanguage(CS_AKTUALNE)
  for (const p of [
    'West Ham je opět v kurzu, nadšené ohlasy po nedělní jasné výhře 4:1 na hřišti Aston Villy zaplnily anglický mediální prostor.',
    'Tomáš Souček zůstává nepostradatelným členem základní sestavy, navzdory tomu, že jeho poslední výkony působí nenápadně.',
  ]) {
    const f = lineFeatures(p, lang)
    t.not(f.cls, 'noise', `aktualne: ${label(p)} is not noise`)
    t.equal(f.cls, 'prose', `aktualne: ${label(p)}`)
    t.ok(isSentenceLike(p, f, lang), 'at least sentence-like, so context can carry it')
  }
  t.end()
})

// ---------------------------------------------------------------------------------------------
// Page furniture: NOISE, whatever the page language.

const EN = detectLanguage(EN_ACLU)

interface NoiseLine {
  page: string
  line: string
  todo?: string
}

function checkNoise(t: Test, lines: readonly NoiseLine[]): void {
  for (const { page, line, todo } of lines) {
    const cls = lineFeatures(line, EN).cls
    if (todo) t.equal(cls, 'noise', `${page}: ${label(line)}`, { todo: `not matched yet: ${todo}` })
    else t.equal(cls, 'noise', `${page}: ${label(line)}`)
  }
}

t.test('noise: share and social buttons', (t) => {
  checkNoise(t, [
    { page: 'ars-1', line: 'Share on Facebook' },
    { page: 'ars-1', line: 'Share this story' },
    { page: 'guardian-1', line: 'Share via Email' },
    { page: 'keep-images', line: 'Share by email' },
    { page: 'wordpress', line: 'Click to share on Twitter (Opens in new window)' },
    { page: 'wordpress', line: 'Click to email this to a friend (Opens in new window)' },
    { page: 'wordpress', line: 'Share this:' },
    { page: 'citylab-1', line: 'Tweet' },
    { page: 'msn', line: 'SHARE' },
    { page: 'wapo-1', line: 'Share on TwitterTweet' },
    { page: 'liberation-1', line: 'Facebook :Facebook' },
    { page: 'wikia', line: 'Share Tweet Share' },
    { page: 'videos-1', line: 'tweet share Reddit Pocket Flipboard Email' },
  ])
  t.end()
})

t.test('noise: advertisements', (t) => {
  checkNoise(t, [
    { page: 'bbc-1', line: 'Advertisement' },
    { page: 'breitbart', line: 'advertisement' },
    { page: 'cnet', line: 'ADVERTISING' },
    { page: 'aktualne', line: 'reklama' },
    { page: 'liberation-1', line: 'Publicité' },
    { page: 'heise', line: 'Anzeige' },
    { page: 'nytimes-2', line: 'Advertisement Continue reading the main story' },
  ])
  t.end()
})

t.test('noise: cookie, account and subscription prompts', (t) => {
  checkNoise(t, [
    { page: 'medicalnewstoday', line: 'Please accept our privacy terms' },
    { page: 'guardian-1', line: 'Cookie policy' },
    { page: 'herald-sun-1', line: 'Subscribe now to access Herald Sun.' },
    { page: 'citylab-1', line: 'Sign up for CityLab Daily:' },
    { page: 'citylab-1', line: 'Subscribe to our other newsletters here.' },
    { page: 'breitbart', line: 'SIGN UP FOR OUR NEWSLETTER' },
    { page: 'ars-1', line: 'Newsletter Signup' },
    { page: 'herald-sun-1', line: 'Forgot your password?' },
    {
      page: 'lemonde-1',
      line: 'En poursuivant votre navigation sur ce site, vous acceptez l’utilisation de cookies pour vous proposer des contenus et services adaptés à vos centres d’intérêts. En savoir plus et gérer ces paramètres.',
    },
    { page: 'lemonde-1', line: 'Abonnez-vous à partir de 1 €' },
    { page: 'lemonde-1', line: 'Gérez votre abonnement' },
    { page: 'article-author-tag', line: 'Get Our Email Newsletter' },
    {
      page: 'citylab-1',
      line: 'Cities are changing fast. Keep up with the CityLab Daily newsletter. The best way to follow issues you care about.',
      todo: 'newsletter pitch written as sentences',
    },
  ])
  // medicalnewstoday.txt — the cookie banner's own text, in full.
  const banner = readFileSync(new URL('../../../shared/corpus/readability/medicalnewstoday.txt', import.meta.url), 'utf8')
    .split('\n')
    .find((l) => l.startsWith('We use cookies and similar technologies'))
  t.ok(banner, 'the banner line is on the page')
  t.equal(lineFeatures(banner ?? '', EN).cls, 'noise', 'medicalnewstoday: "We use cookies and similar technologies …"')
  t.end()
})

t.test('noise: "read more", "related" and their translations', (t) => {
  checkNoise(t, [
    { page: 'herald-sun-1', line: 'Read more' },
    { page: 'wapo-1', line: 'Read more:' },
    { page: 'breitbart', line: 'Read More Stories About:' },
    { page: 'aclu', line: 'Related Stories' },
    { page: 'nytimes-2', line: 'Related Coverage' },
    { page: 'cnn', line: "Related: Chicago is America's most segregated city" },
    { page: 'liberation-1', line: 'Sur le même sujet' },
    { page: 'lemonde-1', line: 'Lire aussi : Les critiques de la CNIL contre le projet de loi sur le renseignement' },
    // `\b` after a final non-ASCII letter (í) never matches in a JS regex, even with the u flag.
    { page: 'aktualne', line: 'Související' },
  ])
  t.end()
})

t.test('noise: comment widgets', (t) => {
  checkNoise(t, [
    { page: 'ars-1', line: 'reader comments 75 with 51 posters participating' },
    { page: 'aclu', line: 'reply' },
    { page: 'engadget', line: 'Comments' },
    { page: 'lwn-1', line: 'Comments (5 posted)' },
    { page: 'quanta-1', line: 'Comment on this article' },
  ])
  t.end()
})

t.test('noise: image captions and credits', (t) => {
  checkNoise(t, [
    { page: 'breitbart', line: 'JIM WATSON/AFP/Getty Images' },
    { page: 'breitbart', line: 'Reuters' },
    { page: 'liberation-1', line: 'AFP' },
    { page: 'keep-images', line: 'Photo: Joseph Cox' },
    { page: 'la-nacion', line: 'Foto: LA NACION' },
    { page: 'aktualne', line: 'Spokojený Tomáš Souček po vítězství ve Villa Parku. | Foto: Reuters' },
    { page: 'citylab-1', line: 'The Moulin Rouge cabaret in Paris Benoit Tessier/Reuters' },
    { page: 'telegraph', line: 'A man walks past an armoured personnel carrier parked on a Harare street on Thursday Credit: STR/AFP' },
    { page: 'liberation-1', line: 'Un Népalais prie à Katmandou, le 30 avril 2015. (Photo Prakash Mathema. AFP)' },
    { page: 'bbc-1', line: 'Media caption Mr Obama told the BBC that gun control was his biggest frustration' },
    { page: 'bbc-1', line: 'Media caption Barack Obama: "Great Britain has always been our best partner"' },
    { page: 'guardian-1', line: 'Whale expert Hori Parata. Photograph: Adrian Malloch for the Guardian' },
    { page: 'keep-images', line: 'Fernando Caudevilla, AKA DoctorX. Photo: Joseph Cox' },
    { page: 'heise', line: '(Bild: Hersteller)' },
  ])
  t.end()
})

// ---------------------------------------------------------------------------------------------
// Navigation: one- to three-word menu entries. lineFeatures leaves them 'short' on purpose
// (a single word may be a subhead); the region step drops runs of them. Never prose.

t.test('navigation lines are never prose, and a menu run stays out of the article', (t) => {
  const menus = [
    { page: 'bbc-1', lines: ['Home', 'World', 'Business', 'Politics', 'Science', 'Health'] },
    { page: 'cnet', lines: ['News', 'Tech Industry'] },
    { page: 'guardian-1', lines: ['News', 'Opinion', 'Sport', 'Culture'] },
    { page: 'aktualne', lines: ['Domácí', 'Zahraničí', 'Sport'] },
    { page: 'liberation-1', lines: ['Accueil ›', 'Monde'] },
  ]
  for (const { page, lines } of menus) {
    for (const line of lines) {
      const f = lineFeatures(line, EN)
      t.not(f.cls, 'prose', `${page}: ${line}`)
      t.ok(f.words <= 3, `${page}: ${line} is a menu-sized line`)
    }
  }
  // bbc-1.txt menu above aclu.txt prose: the menu goes to boilerplate, the prose is the article.
  const menu = menus[0]?.lines ?? []
  const parsed = parsePage([...menu, ...EN_ACLU].join('\n'))
  t.strictSame(paragraphsOf(parsed), EN_ACLU, 'the article is the prose only')
  for (const line of menu) t.ok(parsed.boilerplate.includes(line), `"${line}" is boilerplate`)
  t.end()
})

// ---------------------------------------------------------------------------------------------
// Titles and headings: short and unpunctuated. Never prose, always heading-like.

t.test('titles and subheads are short and heading-like', (t) => {
  const headings = [
    { page: 'aclu', lang: EN_ACLU, line: 'Facebook Is Tracking Me Even Though I’m Not on Facebook' },
    { page: 'aclu', lang: EN_ACLU, line: 'Information from other Facebook users' },
    { page: 'cnet', lang: EN_CNET, line: "Zuckerberg offers peek at Facebook's acquisition strategies" },
    { page: 'herald-sun-1', lang: EN_HERALD_SUN, line: 'Angry media won’t buckle over new surveillance laws' },
    { page: 'guardian-1', lang: EN_ACLU, line: "'What is the sea telling us?': Māori tribes fearful over whale strandings" },
    { page: 'liberation-1', lang: FR_LIBERATION, line: 'Un troisième Français mort dans le séisme au Népal' },
    { page: 'lemonde-1', lang: FR_LEMONDE, line: "Le projet de loi sur le renseignement massivement approuvé à l'Assemblée" },
    { page: 'lemonde-1', lang: FR_LEMONDE, line: 'Définition des objectifs des services' },
    { page: 'heise', lang: DE_HEISE, line: '1Password für Mac generiert Einmal-Passwörter' },
    { page: 'aktualne', lang: CS_AKTUALNE, line: 'West Ham hrozí gigantům, okouzlil i Linekera. Součka je snadné přehlédnout' },
    { page: 'youth', lang: ZH_YOUTH, line: '出国前后关注点大不同' },
    { page: 'youth', lang: ZH_YOUTH, line: '两会成为了解国情的窗口' },
  ]
  for (const { page, lang, line } of headings) {
    const f = lineFeatures(line, detectLanguage(lang))
    t.equal(f.cls, 'short', `${page}: ${line}`)
    t.notOk(f.endsSentence, `${page}: does not end a sentence`)
    t.ok(isHeadingLike(line), `${page}: heading-like`)
    t.notOk(isSentenceLike(line, f, detectLanguage(lang)), `${page}: not sentence-like`)
  }
  t.end()
})

t.test('isHeadingLike: sentences and long prose are not headings', (t) => {
  t.notOk(isHeadingLike(EN_ACLU[0] ?? ''), 'aclu: a paragraph')
  t.notOk(isHeadingLike('Heba Habib contributed to this report.'), 'wapo-1: a one-line sentence')
  t.notOk(isHeadingLike('Analysts provided a few theories:'), 'seattletimes-1: a lead-in ending in a colon')
  // youth.txt — a Chinese caption sentence ending in 。 (full stop): a sentence, not a heading.
  t.notOk(isHeadingLike('图为马素湘在澳大利亚悉尼游玩时的近影。'), 'youth: a sentence ending in 。')
  t.notOk(isHeadingLike('出国前：政治科目会出啥考题？'), 'youth: a question ending in ？')
  t.end()
})

// ---------------------------------------------------------------------------------------------
// Short sentences: too short for prose, but they read as sentences (quotes, credits, lead-ins).

t.test('isSentenceLike: short real sentences, spaced scripts', (t) => {
  const lines = [
    { page: 'wapo-1', lang: EN_ACLU, line: 'Heba Habib contributed to this report.' },
    { page: 'schema-org-context-object', lang: EN_ACLU, line: 'Stella Kim is an NBC News freelance producer based in Seoul.' },
    { page: 'seattletimes-1', lang: EN_ACLU, line: 'Analysts provided a few theories:' },
    { page: 'heise', lang: DE_HEISE, line: '1Password scannt auch QR-Codes.' },
  ]
  for (const { page, lang, line } of lines) {
    const l = detectLanguage(lang)
    const f = lineFeatures(line, l)
    t.equal(f.cls, 'short', `${page}: ${line} is short`)
    t.ok(isSentenceLike(line, f, l), `${page}: ${line} is sentence-like`)
  }
  // Too few words to be a sentence, even with the punctuation (wapo-1.txt).
  const readMore = lineFeatures('Read more:', EN)
  t.notOk(isSentenceLike('Read more:', readMore, EN), 'wapo-1: "Read more:" is not a sentence')
  t.end()
})

t.test('lineFeatures and isSentenceLike: unspaced scripts (Chinese, Japanese)', (t) => {
  const zh = detectLanguage(ZH_QQ)
  const ja = detectLanguage(JA_YAHOO)
  t.notOk(zh.spaced, 'Chinese is unspaced')
  t.notOk(ja.spaced, 'Japanese is unspaced')

  // qq.txt — a real one-sentence paragraph: 36 characters, under the 40 needed for prose,
  // but with 。 and ， it reads as a sentence.
  const short = 'DeepMind称，DNC还可以帮你规划从沼泽门到皮卡迪利广场的最佳路线。'
  const fShort = lineFeatures(short, zh)
  t.equal(fShort.cls, 'short', 'qq: a short sentence is not prose on its own')
  t.ok(fShort.endsSentence, 'qq: 。 ends a sentence')
  t.ok(isSentenceLike(short, fShort, zh), 'qq: … but it is sentence-like')

  // youth.txt — caption sentences; headings and widget labels without sentence punctuation.
  const caption = '图为马素湘在澳大利亚悉尼游玩时的近影。'
  t.ok(isSentenceLike(caption, lineFeatures(caption, zh), zh), 'youth: a caption sentence is sentence-like')
  for (const [page, line] of [['youth', '出国前后关注点大不同'], ['qq', '转播到腾讯微博'], ['qq', 'TNW中文站 10月14日报道'], ['qq', '精彩视频推荐']] as const) {
    const f = lineFeatures(line, zh)
    t.equal(f.cls, 'short', `${page}: ${line} is short`)
    t.notOk(isSentenceLike(line, f, zh), `${page}: ${line} is not sentence-like`)
  }
  // qq.txt — a widget label that happens to contain full-width punctuation: still not prose.
  t.equal(lineFeatures('[责任编辑：alonliu]', zh).cls, 'short', 'qq: editor credit is short')

  // A line with no space at all takes the unspaced branch whatever the page language says.
  const youth = ZH_YOUTH[0] ?? ''
  t.equal(lineFeatures(youth, EN).cls, 'prose', 'youth: a Chinese paragraph on a page detected as English is still prose')
  t.equal(lineFeatures('出国前后关注点大不同', EN).cls, 'short', 'youth: a Chinese heading on an English page is still short')
  t.equal(lineFeatures(JA_YAHOO[2] ?? '', ja).cls, 'prose', 'yahoo-4: a Japanese paragraph with spaced Latin words is prose')
  t.end()
})

// ---------------------------------------------------------------------------------------------
// Bylines and dates through parsePage: a small page of real lines, laid out the way article
// headers are: [menu…, title, byline, date, three paragraphs]. Menu lines: bbc-1.txt, cnet.txt.

const MENU = ['Home', 'World', 'Tech Industry', 'Politics', 'Business']

function header(title: string, meta: readonly string[], paragraphs: readonly string[]) {
  const parsed = parsePage([...MENU, title, ...meta, ...paragraphs].join('\n'))
  return { parsed, paragraphs: paragraphsOf(parsed) }
}

t.test('byline: "By Name, Job title, Organisation" (aclu)', (t) => {
  const title = 'Facebook Is Tracking Me Even Though I’m Not on Facebook'
  const { parsed, paragraphs } = header(title, [
    'By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project',
    'April 5, 2018 | 6:00 PM',
  ], EN_ACLU)
  t.equal(parsed.title, title)
  t.equal(parsed.byline, 'Daniel Kahn Gillmor', 'the name, without the job title after the comma')
  t.equal(parsed.publishedAt, '2018-04-05T18:00:00Z', 'the date, and the time after " | "')
  t.strictSame(paragraphs, EN_ACLU)
  t.end()
})

t.test('byline: "by Name Month D, YYYY H:MM PM PST" (cnet)', (t) => {
  const title = "Zuckerberg offers peek at Facebook's acquisition strategies"
  // cnet.txt: the byline line holds the date too; `@stevenmusil` follows on its own line.
  const { parsed, paragraphs } = header(title, ['by Steven Musil January 18, 2017 11:00 PM PST', '@stevenmusil'], EN_CNET)
  t.equal(parsed.title, title)
  t.equal(parsed.byline, 'Steven Musil', 'the name, without the date')
  t.equal(parsed.publishedAt, '2017-01-19T07:00:00Z', '11:00 PM PST is 07:00 UTC the next day')
  t.strictSame(paragraphs, EN_CNET)
  t.end()
})

t.test('byline: "by: Name" (herald-sun-1)', (t) => {
  const title = 'Angry media won’t buckle over new surveillance laws'
  // herald-sun-1.txt: byline, publication, date, in this order.
  const { parsed, paragraphs } = header(title, ['by: Laurie Oakes', 'From: Herald Sun', 'March 13, 2015 9:00PM'], EN_HERALD_SUN)
  t.equal(parsed.title, title)
  t.equal(parsed.byline, 'Laurie Oakes')
  t.equal(parsed.publishedAt, '2015-03-13T21:00:00Z')
  t.strictSame(paragraphs, EN_HERALD_SUN)
  t.end()
})

t.test('byline: "Par Name" (liberation-1)', (t) => {
  const title = 'Un troisième Français mort dans le séisme au Népal'
  // liberation-1.txt: `Par Service Etranger` is the byline line of one of its stories.
  const { parsed, paragraphs } = header(title, ['Par Service Etranger', 'AFP 30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)'], FR_LIBERATION.concat(FR_LEMONDE[2] ?? ''))
  t.equal(parsed.title, title)
  t.equal(parsed.byline, 'Service Etranger')
  t.equal(parsed.publishedAt, '2015-04-30T07:19:00Z', 'published, not updated')
  t.equal(parsed.lang, 'fr')
  t.equal(paragraphs.length, 3)
  t.end()
})

t.test('byline: names followed by a handle or a date (cnn, nytimes-2)', (t) => {
  // Real byline lines under their real titles; the paragraphs are aclu.txt's.
  const cnn = header('The \'birth lottery\' and economic mobility', ['by Ahiza Garcia @ahiza_garcia February 1, 2016: 12:41 PM ET'], EN_ACLU)
  t.equal(cnn.parsed.byline, 'Ahiza Garcia', 'cnn: the handle is not part of the name')
  t.equal(cnn.parsed.publishedAt, '2016-02-01T17:41:00Z', 'cnn: 12:41 PM ET in February is 17:41 UTC')
  const nyt = header('Yahoo’s Sale to Verizon Leaves Shareholders With Little Say', ['Deal Professor', 'By STEVEN DAVIDOFF SOLOMON JULY 29, 2016'], EN_ACLU)
  t.equal(nyt.parsed.byline, 'STEVEN DAVIDOFF SOLOMON', 'nytimes-2: the date is not part of the name')
  t.equal(nyt.parsed.publishedAt, '2016-07-29T00:00:00Z')
  t.end()
})

t.test('byline: role notes and mid-line bylines (guardian-1, lemonde-1)', (t) => {
  const guardian = header("'What is the sea telling us?': Māori tribes fearful over whale strandings", [
    'by Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)',
    'Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST',
  ], EN_ACLU)
  t.match(guardian.parsed.byline, /^Eleanor Ainge Roy\b/u, 'guardian-1: the writer comes first')
  t.equal(guardian.parsed.byline, 'Eleanor Ainge Roy', 'guardian-1: the writer, not the photographer')
  t.equal(guardian.parsed.publishedAt, '2019-01-03T07:00:00Z')

  // lemonde-1.txt: one header line holds publisher, dates and, after the last `|`, the byline.
  const LEMONDE_META = 'Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin Untersinger (avec Damien Leloup et Morgane Tual)'
  const lemonde = header("Le projet de loi sur le renseignement massivement approuvé à l'Assemblée", [LEMONDE_META], FR_LEMONDE)
  // 25 words with many French stopwords, but fields joined by ` | ` and ` • `: a header, not prose.
  t.not(lineFeatures(LEMONDE_META, detectLanguage(FR_LEMONDE)).cls, 'prose', 'lemonde-1: the header line is not prose')
  t.equal(lemonde.parsed.publishedAt, '2015-05-04T13:36:00Z', 'lemonde-1: published, not updated')
  t.strictSame(lemonde.paragraphs, FR_LEMONDE, 'lemonde-1: the header line is not a paragraph')
  t.equal(lemonde.parsed.byline, 'Martin Untersinger (avec Damien Leloup et Morgane Tual)', 'lemonde-1: "Par …" after the last "|"')
  t.end()
})

// ---------------------------------------------------------------------------------------------
// Whole real pages: the article's paragraphs are found, and no page furniture gets into them.

for (const name of ['aclu', 'guardian-1', 'keep-images']) {
  t.test(`whole page: ${name}`, (t) => {
    const dir = new URL('../../../shared/corpus/readability/', import.meta.url)
    const text = readFileSync(new URL(`${name}.txt`, dir), 'utf8')
    const expected = (JSON.parse(readFileSync(new URL(`${name}.expected.json`, dir), 'utf8')) as { paragraphs: string[] }).paragraphs
    const predicted = paragraphsOf(parsePage(text))
    const found = new Set(predicted.map(ws))
    const missing = expected.filter((p) => !found.has(ws(p)))
    t.ok(expected.length > 0, 'the page has expected paragraphs')
    t.ok(missing.length <= expected.length * 0.1, `at least 90% of ${expected.length} expected paragraphs found`, { missing: missing.map(label) })
    const noisy = predicted.filter((p) => NOISE.some(({ pattern }) => pattern.test(p)))
    t.strictSame(noisy, [], 'no predicted paragraph is a NOISE line')
    t.end()
  })
}

// ---------------------------------------------------------------------------------------------
// Datelines: a wire dateline opens the article's first paragraph; it names the source and stays
// in the text. yahoo-2.txt line 340 is a real one.
t.test('a real wire dateline names the source and stays in the article', (t) => {
  const page = readFileSync(new URL('../../../shared/corpus/readability/yahoo-2.txt', import.meta.url), 'utf8')
  const parsed = parsePage(page)
  t.same(parsed.source, { name: 'AP' })
  const paragraphs = parsed.sections.flatMap((s) => s.paragraphs)
  t.ok(paragraphs.some((p) => p.startsWith('MOSCOW (AP) — An unmanned Russian cargo spaceship')), 'the dateline paragraph is article text')
  t.notOk(parsed.boilerplate.some((b) => b.startsWith('MOSCOW (AP)')), 'and not boilerplate')
  t.end()
})
