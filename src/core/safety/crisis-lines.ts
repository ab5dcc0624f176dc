import type { CrisisRegionEntry } from '../../contracts/support/safety.js';

/**
 * Crisis lines by region (ISO 3166-1 alpha-2), as data. Every number here was checked against the
 * page named in `source` on the date in `checked`; a detail the page did not state (hours, languages)
 * is left out rather than guessed. `crisis-lines.test.ts` validates the whole table against
 * `CrisisRegionEntry`. To add or correct a line: find the service's own page (or an official one),
 * change the entry, and update `source` and `checked`.
 *
 * Descriptions are Steady's own words. The 116 123 number is only listed where a source confirmed
 * it is that country's emotional-support line (GB, IE, DE).
 */
const CHECKED = '2026-12-03';
const ANY_TIME = 'Any time, day or night';
const EU_112 = 'https://politico.eu/article/dial-112-dont-die-of-ignorance';

export const CRISIS_LINES: Readonly<Record<string, CrisisRegionEntry>> = {
  US: {
    emergency: ['911'],
    emergencySource: 'https://988lifeline.org/terms-of-service',
    lines: [
      {
        name: '988 Suicide & Crisis Lifeline',
        description:
          'Call, text or chat with a trained counselor, free and confidential. On the call, press 2 for Spanish; by text, send AYUDA.',
        phone: '988',
        sms: '988',
        chat: 'https://988lifeline.org',
        url: 'https://988lifeline.org',
        hours: ANY_TIME,
        languages: ['en', 'es'],
        source: 'https://988lifeline.org/get-help/what-to-expect',
        checked: CHECKED,
      },
      {
        name: 'Crisis Text Line',
        description: 'A free text conversation with a trained volunteer, whatever is going on.',
        sms: '741741',
        smsKeyword: 'HOME',
        hours: ANY_TIME,
        languages: ['en'],
        source: 'https://www.alexproject.org/crisis-text-line-text-home-to-741741',
        checked: CHECKED,
      },
    ],
  },
  GB: {
    emergency: ['999', '112'],
    emergencySource: EU_112,
    lines: [
      {
        name: 'Samaritans',
        description:
          'Free to call from any phone, even without credit, and it won’t show on your bill. A volunteer listens to whatever is on your mind.',
        phone: '116 123',
        url: 'https://www.samaritans.org',
        hours: ANY_TIME,
        languages: ['en'],
        source: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
        checked: CHECKED,
      },
      {
        name: 'Shout',
        description: 'A free text conversation with a trained volunteer, for when talking out loud is too much.',
        sms: '85258',
        hours: ANY_TIME,
        languages: ['en'],
        source: 'https://resources.penniesforpoverty.org/resources/crisis-text-line/',
        checked: CHECKED,
      },
    ],
  },
  IE: {
    emergency: ['112'],
    emergencySource: EU_112,
    lines: [
      {
        name: 'Samaritans',
        description: 'Free to call anywhere on the island of Ireland. A volunteer listens to whatever is on your mind.',
        phone: '116 123',
        url: 'https://www.samaritans.org',
        hours: ANY_TIME,
        languages: ['en'],
        source:
          'https://www.irishexaminer.com/breakingnews/ireland/samaritans-answer-29m-calls-since-2014-charity-to-play-crucial-role-in-new-mental-help-phone-service-914684.html',
        checked: CHECKED,
      },
      {
        name: '50808',
        description: 'A free text conversation with a trained volunteer, funded by the HSE, for anything from a calming chat to a crisis.',
        sms: '50808',
        smsKeyword: 'TALK',
        hours: ANY_TIME,
        languages: ['en'],
        source: 'https://todayfm.com/news/247-mental-health-text-support-service-officially-launched-1031466',
        checked: CHECKED,
      },
    ],
  },
  CA: {
    emergency: ['911'],
    emergencySource: 'https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/',
    lines: [
      {
        name: '988 Suicide Crisis Helpline',
        description: 'Call or text to reach a trained responder, free, in English or French. No one is turned away.',
        phone: '988',
        sms: '988',
        hours: ANY_TIME,
        languages: ['en', 'fr'],
        source: 'https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/',
        checked: CHECKED,
      },
    ],
  },
  AU: {
    emergency: ['000'],
    emergencySource: 'https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/',
    lines: [
      {
        name: 'Lifeline',
        description: 'Talk, text or chat with a trained crisis supporter who will listen without judgement.',
        phone: '13 11 14',
        sms: '0477 13 11 14',
        chat: 'https://www.lifeline.org.au',
        url: 'https://www.lifeline.org.au',
        hours: ANY_TIME,
        languages: ['en'],
        source: 'https://www.thepushupchallenge.com.au/blog/what-happens-when-you-call-lifeline-',
        checked: CHECKED,
      },
    ],
  },
  NZ: {
    emergency: ['111'],
    emergencySource: 'https://www.police.govt.nz/contact-us/calling-emergency-111',
    lines: [
      {
        name: '1737, Need to talk?',
        description: 'Free to call or text for a conversation with a trained counsellor, about anything that feels like too much.',
        phone: '1737',
        sms: '1737',
        hours: ANY_TIME,
        languages: ['en'],
        source: 'https://www.pegasus.health.nz/?p=6300',
        checked: CHECKED,
      },
      {
        name: 'Lifeline Aotearoa',
        description: 'A free call from anywhere in New Zealand to a trained counsellor.',
        phone: '0800 543 354',
        url: 'https://www.lifeline.org.nz',
        hours: ANY_TIME,
        languages: ['en'],
        source: 'http://www.lifeline.co.nz/history-lifeline/',
        checked: CHECKED,
      },
      {
        name: 'Lifeline Aotearoa by text',
        description: 'A free text conversation with a Lifeline counsellor or trained volunteer. 4357 spells HELP on the keypad.',
        sms: '4357',
        languages: ['en'],
        source: 'https://teaomaori.news/lifeline-opens-text-support-service',
        checked: CHECKED,
      },
    ],
  },
  IN: {
    emergency: ['112'],
    emergencySource:
      'https://www.businesstoday.in/current/economy-politics/20-states-join-pan-india-single-emergency-helpline-number-112/story/338636.html',
    lines: [
      {
        name: 'Tele-MANAS',
        description:
          'The national mental health line: free, in around 20 languages, which you choose when the call connects. 1-800-891-4416 reaches it too.',
        phone: '14416',
        hours: ANY_TIME,
        source:
          'https://www.livemint.com/news/india/govts-mental-health-helpline-tele-manas-receives-over-2-lakh-calls-since-launch-11690014660473.html',
        checked: CHECKED,
      },
    ],
  },
  ZA: {
    emergency: ['112', '10111', '10177'],
    emergencySource:
      'https://mybroadband.co.za/news/telecoms/568418-south-africa-could-say-goodbye-to-10111-and-other-emergency-numbers.html',
    lines: [
      {
        name: 'SADAG Mental Health Helpline',
        description: 'A free call to a counsellor at the South African Depression and Anxiety Group.',
        phone: '0800 456 789',
        url: 'https://www.sadag.org',
        hours: ANY_TIME,
        languages: ['en'],
        source: 'http://www.pressreader.com/south-africa/the-star-early-edition/20190212/281668256233737',
        checked: CHECKED,
      },
      {
        name: 'SADAG by SMS or WhatsApp',
        description: 'Send an SMS and a counsellor calls you back, or chat live on WhatsApp, for free.',
        sms: '31393',
        whatsapp: '+27 87 163 2030',
        hours: 'WhatsApp every day, 8:00 to 17:00',
        languages: ['en'],
        source: 'https://www.sabcnews.com/sabcnews/sadag-encourages-the-mentally-fatigued-to-reach-out-amid-world-suicide-prevention-day/',
        checked: CHECKED,
      },
    ],
  },
  ES: {
    emergency: ['112'],
    emergencySource: EU_112,
    lines: [
      {
        name: 'Línea 024',
        description: 'A free, confidential line for anyone thinking about suicide and for the people close to them.',
        phone: '024',
        hours: ANY_TIME,
        languages: ['es'],
        source: 'https://www.rtve.es/noticias/20220509/sanidad-presenta-telefono-prevencion-suicidio/2347183.shtml',
        checked: CHECKED,
      },
    ],
  },
  MX: {
    emergency: ['911'],
    emergencySource:
      'https://www.proceso.com.mx/ciencia-tecnologia/salud/2025/10/11/se-triplican-llamadas-la-linea-de-la-vida-en-el-primer-trimestre-de-2025-360581.html',
    lines: [
      {
        name: 'Línea de la Vida',
        description: 'Free emotional support and guidance from the national health service, for you or someone you care about.',
        phone: '800 911 2000',
        hours: ANY_TIME,
        languages: ['es'],
        source:
          'https://www.eluniversal.com.mx/nacion/promueven-la-linea-de-la-vida-tras-presentar-encuesta-sobre-consumo-de-drogas-asi-puedes-pedir-ayuda/',
        checked: CHECKED,
      },
    ],
  },
  AR: {
    emergency: ['911'],
    emergencySource: 'http://emergencias911.mseg.gba.gov.ar/preguntas',
    lines: [
      {
        name: 'Línea de salud mental del Ministerio de Salud',
        description: 'A free, anonymous national line for emotional support.',
        phone: '0800 999 0091',
        hours: ANY_TIME,
        languages: ['es'],
        source:
          'https://lapostacomodorense.com.ar/2025/09/03/septiembre-mes-de-la-prevencion-del-suicidio-la-importancia-de-escuchar-acompanar-y-abrazar/',
        checked: CHECKED,
      },
      {
        name: 'Centro de Asistencia al Suicida (Buenos Aires)',
        description: 'Volunteers who listen, free and anonymous. Dial 135 from the city of Buenos Aires and its surroundings.',
        phone: '135',
        hours: 'Every day, 8:00 to midnight',
        languages: ['es'],
        source: 'https://elauditor.info/actualidad/-es-muy-importante-la-tarea-de-prevencion-del-suicidio-_a603ce26796773412c05b098e',
        checked: CHECKED,
      },
      {
        name: 'Centro de Asistencia al Suicida (rest of the country)',
        description: 'The same volunteers, reached from anywhere else in Argentina.',
        phone: '011 5275-1135',
        hours: 'Every day, 8:00 to midnight',
        languages: ['es'],
        source: 'https://elauditor.info/actualidad/-es-muy-importante-la-tarea-de-prevencion-del-suicidio-_a603ce26796773412c05b098e',
        checked: CHECKED,
      },
    ],
  },
  CO: {
    emergency: ['123'],
    emergencySource: 'https://www.radiosantafe.com/2025/09/11/bogota-refuerza-su-apoyo-en-el-dia-mundial-para-la-prevencion-del-suicidio/',
    lines: [
      {
        name: 'Línea 106 (Bogotá)',
        description: 'Free support from psychologists of Bogotá’s health department, by phone from Bogotá or on WhatsApp.',
        phone: '106',
        whatsapp: '+57 300 754 8933',
        hours: ANY_TIME,
        languages: ['es'],
        source: 'https://www.canalcapital.gov.co/actualidad/linea-106-salud-mental-herramienta-virtual-bogota',
        checked: CHECKED,
      },
    ],
  },
  CL: {
    emergency: ['131', '133'],
    emergencySource:
      'https://www.latercera.com/nacional/noticia/la-ultima-apuesta-del-gobierno-en-seguridad-publica-tener-un-acceso-unico-similar-al-911-y-crear-un-sistema-de-proteccion-integrado/',
    lines: [
      {
        name: 'Línea de Prevención del Suicidio *4141',
        description:
          'Free and confidential, from any mobile phone: a trained psychologist listens and helps you through the hardest moments.',
        phone: '*4141',
        hours: ANY_TIME,
        languages: ['es'],
        source:
          'https://www.biobiochile.cl/noticias/nacional/chile/2023/01/06/no-estas-solo-minsal-lanza-fono-confidencial-4141-para-auxiliar-a-personas-con-ideacion-suicida.shtml',
        checked: CHECKED,
      },
    ],
  },
  PE: {
    emergency: ['106', '105'],
    emergencySource:
      'https://larepublica.pe/amp/sociedad/2022/10/07/mtc-lima-y-callao-tendran-al-911-como-unica-linea-de-ayuda-para-emergencias-y-urgencias-samu-pnp-mimp-linea-100-bomberos-del-peru',
    lines: [
      {
        name: 'Línea 113, opción 5',
        description: 'Free mental health support from the Ministry of Health. Call 113 and choose option 5 to talk with a psychologist.',
        phone: '113',
        hours: ANY_TIME,
        languages: ['es'],
        source:
          'https://www.infobae.com/peru/2025/08/16/crisis-silenciosa-jovenes-de-18-a-29-anos-son-quienes-mas-buscan-ayuda-por-ansiedad-y-depresion/',
        checked: CHECKED,
      },
    ],
  },
  DE: {
    emergency: ['112'],
    emergencySource: EU_112,
    lines: [
      {
        name: 'TelefonSeelsorge',
        description: 'Free and anonymous, and the call won’t appear on your bill. 0800 111 0 222 reaches the same service.',
        phone: '0800 111 0 111',
        chat: 'https://www.telefonseelsorge.de',
        hours: ANY_TIME,
        languages: ['de'],
        source: 'https://www.domradio.de/artikel/telefonseelsorge-jetzt-unter-oekumenischem-dachverband',
        checked: CHECKED,
      },
      {
        name: 'TelefonSeelsorge (116 123)',
        description: 'The same listeners, on the short European number for emotional support.',
        phone: '116 123',
        hours: ANY_TIME,
        languages: ['de'],
        source: 'http://ansbach-evangelisch.de/jeder-braucht-mal-hilfe/',
        checked: CHECKED,
      },
    ],
  },
  FR: {
    emergency: ['112', '15'],
    emergencySource: EU_112,
    lines: [
      {
        name: '3114',
        description:
          'The national suicide prevention line: free and confidential, answered by nurses and psychologists, for you or someone you worry about.',
        phone: '3114',
        url: 'https://3114.fr',
        hours: ANY_TIME,
        languages: ['fr'],
        source: 'https://www.mayotte.ars.sante.fr/3114-le-numero-national-de-prevention-du-suicide',
        checked: CHECKED,
      },
    ],
  },
  IT: {
    emergency: ['112'],
    emergencySource: EU_112,
    lines: [
      {
        name: 'Telefono Amico Italia',
        description: 'Volunteers who listen, anonymously, by phone or on WhatsApp.',
        phone: '02 2327 2327',
        whatsapp: '+39 324 011 7252',
        url: 'https://www.telefonoamico.it',
        hours: 'Phone every day, 10:00 to midnight; WhatsApp every day, 18:00 to 21:00',
        languages: ['it'],
        source: 'https://www.ilgiorno.it/monza-brianza/cronaca/non-solo-fragilita-piu-disturbi-psichiatrici-7153c156',
        checked: CHECKED,
      },
    ],
  },
  NL: {
    emergency: ['112'],
    emergencySource: EU_112,
    lines: [
      {
        name: '113 Zelfmoordpreventie',
        description: 'Free and anonymous, by phone or chat, if you are thinking about suicide. 0800-0113 works too.',
        phone: '113',
        chat: 'https://www.113.nl',
        hours: ANY_TIME,
        languages: ['nl'],
        source: 'https://www.upday.com/nl/binnenland/nummer-113-nu-gratis-betere-hulp-bij-zelfdodingsgedachten/pj8neqt',
        checked: CHECKED,
      },
    ],
  },
  BE: {
    emergency: ['112'],
    emergencySource: EU_112,
    lines: [
      {
        name: 'Zelfmoordlijn 1813',
        description: 'Free and anonymous, by phone or chat, for anyone thinking about suicide and the people around them.',
        phone: '1813',
        chat: 'https://www.zelfmoord1813.be',
        hours: 'Phone any time; chat every day, 17:00 to midnight',
        languages: ['nl'],
        source: 'https://www.nieuwsblad.be/cnt/dmf20220324_94345735',
        checked: CHECKED,
      },
      {
        name: 'Centre de Prévention du Suicide',
        description: 'A free, anonymous listening line in French for anyone with thoughts of suicide.',
        phone: '0800 32 123',
        url: 'https://www.preventionsuicide.be',
        hours: ANY_TIME,
        languages: ['fr'],
        source:
          'https://www.lalibre.be/belgique/societe/2023/02/21/le-centre-de-prevention-du-suicide-est-confronte-a-une-hausse-du-nombre-dappels-A54EZGXFSJB3HNFT4ZSPCEPJ5I/',
        checked: CHECKED,
      },
    ],
  },
  SE: {
    emergency: ['112'],
    emergencySource: EU_112,
    lines: [
      {
        name: 'Självmordslinjen (Mind)',
        description: 'Call or chat anonymously with a trained volunteer if you have thoughts of ending your life.',
        phone: '90101',
        chat: 'https://mind.se',
        hours: ANY_TIME,
        languages: ['sv'],
        source: 'http://www.kronprinsessparetsstiftelse.se/projekt/sjalvmordsupplysningen.html',
        checked: CHECKED,
      },
    ],
  },
  AT: {
    emergency: ['144'],
    emergencySource: 'https://burgenland.orf.at/stories/3027145/',
    lines: [
      {
        name: 'Telefonseelsorge 142',
        description: 'A free call from any phone, without an area code, or an anonymous chat.',
        phone: '142',
        chat: 'https://chat.onlineberatung-telefonseelsorge.at',
        hours: 'Phone any time; chat every day, 16:00 to 23:00',
        languages: ['de'],
        source: 'https://wienerbezirksblatt.at/hochwasser-tlefonseelsorge-jetzt-rund-um-die-uhr-erreichbar/',
        checked: CHECKED,
      },
    ],
  },
  CH: {
    emergency: ['144', '112'],
    emergencySource: 'https://hallo.gr.ch/en/gesundheit/notfall/Seiten/default.aspx?isdlg=1',
    lines: [
      {
        name: 'Die Dargebotene Hand / Telefono Amico 143',
        description: 'Someone listens, whatever it is, by phone or online chat.',
        phone: '143',
        chat: 'https://www.143.ch',
        hours: ANY_TIME,
        languages: ['de', 'it'],
        source: 'https://winterthur.143.ch/Beratung/Beratungsangebot/Copy_of_Nacht',
        checked: CHECKED,
      },
    ],
  },
  PT: {
    emergency: ['112'],
    emergencySource:
      'https://24noticias.sapo.pt/atualidade/artigos/nova-linha-nacional-para-prevencao-do-suicidio-entra-em-funcionamento-como-funciona',
    lines: [
      {
        name: 'Linha 1411',
        description: 'The national suicide prevention line: free, answered by psychologists and mental health nurses.',
        phone: '1411',
        hours: ANY_TIME,
        languages: ['pt'],
        source:
          'https://24noticias.sapo.pt/atualidade/artigos/nova-linha-nacional-para-prevencao-do-suicidio-entra-em-funcionamento-como-funciona',
        checked: CHECKED,
      },
      {
        name: 'SOS Voz Amiga',
        description: 'Volunteers who listen, anonymously. 912 802 669 and 963 524 660 reach them too.',
        phone: '213 544 545',
        url: 'https://www.sosvozamiga.org',
        hours: 'Every day, 15:30 to 00:30',
        languages: ['pt'],
        source:
          'https://24noticias.sapo.pt/atualidade/artigos/nova-linha-nacional-para-prevencao-do-suicidio-entra-em-funcionamento-como-funciona',
        checked: CHECKED,
      },
    ],
  },
  BR: {
    emergency: ['192'],
    emergencySource: 'https://www.opovo.com.br/noticias/brasil/2025/12/10/bombeiros-ou-samu-saiba-quem-acionar-em-caso-de-emergencia.html',
    lines: [
      {
        name: 'CVV – Centro de Valorização da Vida',
        description: 'Free emotional support from volunteers, in complete confidence, by phone or online chat.',
        phone: '188',
        chat: 'https://www.cvv.org.br',
        hours: ANY_TIME,
        languages: ['pt'],
        source:
          'https://redeglobo.globo.com/rj/tvriosul/Acontece/noticia/cvv-oferece-apoio-emocional-e-atua-na-prevencao-do-suicidio.ghtml',
        checked: CHECKED,
      },
    ],
  },
  JP: {
    emergency: ['119', '110'],
    emergencySource: 'https://www.ucia.or.jp/emergency_eng.html',
    lines: [
      {
        name: 'Yorisoi Hotline (よりそいホットライン)',
        description: 'A free call from any phone, about any worry. From Iwate, Miyagi or Fukushima, call 0120-279-226.',
        phone: '0120-279-338',
        hours: ANY_TIME,
        languages: ['ja'],
        source:
          'https://kotobank.jp/word/%E3%82%88%E3%82%8A%E3%81%9D%E3%81%84%E3%81%BB%E3%81%A4%E3%81%A8%E3%82%89%E3%81%84%E3%82%93-3193813',
        checked: CHECKED,
      },
      {
        name: 'Yorisoi Hotline in other languages',
        description: 'Call the same number and press 2 after the recorded message. Which languages are answered changes by day.',
        phone: '0120-279-338',
        hours: 'Every day, 10:00 to 22:00',
        languages: ['en', 'zh', 'ko', 'es', 'pt', 'tl', 'th', 'vi'],
        source: 'https://e-town-iwakuni.net/?p=8947',
        checked: CHECKED,
      },
      {
        name: 'TELL Lifeline',
        description: 'Free, confidential telephone counselling in English, from anywhere in Japan.',
        phone: '03-5774-0992',
        url: 'https://telljp.com',
        hours: 'Every day, 9:00 to 23:00',
        languages: ['en'],
        source: 'https://japantoday.com/category/national/tell-tokyo-inochi-no-denwa-facebook-partner-to-prevent-suicide-in-japan',
        checked: CHECKED,
      },
    ],
  },
  KR: {
    emergency: ['119', '112'],
    emergencySource: 'https://www.chosun.com/national/welfare-medical/2023/10/23/7FAR6H2VNVGDHMRGOEFS2PEPUA/?outputType=amp',
    lines: [
      {
        name: 'Suicide prevention line 109 (자살예방상담전화)',
        description: 'The national line for anyone thinking about suicide, open to everyone.',
        phone: '109',
        hours: ANY_TIME,
        languages: ['ko'],
        source: 'https://newspim.com/news/view/20240102000281',
        checked: CHECKED,
      },
    ],
  },
  PH: {
    emergency: ['911'],
    emergencySource:
      'https://mb.com.ph/article/10883568/philippines/national/span-stylefont-weight-400-text-align-start-white-space-normal-color-rgb34-34-34-font-family-dilg-nationwide-unified-emergency-hotline-911-rollout-starts-on-sept-11-span',
    lines: [
      {
        name: 'NCMH Crisis Hotline',
        description: 'Free support from the National Center for Mental Health. 0919 057 1553 and 0917 899 8727 reach it too.',
        phone: '1553',
        hours: ANY_TIME,
        source: 'https://www.sunstar.com.ph/cebu/nearly-700-call-ncmh-during-the-holidays',
        checked: CHECKED,
      },
    ],
  },
  SG: {
    emergency: ['995'],
    emergencySource: 'https://www.scdf.gov.sg/home/about-us/information-on-ems/scdf-emergency-medical-services',
    lines: [
      {
        name: 'Samaritans of Singapore (SOS)',
        description: 'Confidential support from trained volunteers, by phone or by WhatsApp text (CareText).',
        phone: '1767',
        whatsapp: '+65 9151 1767',
        hours: ANY_TIME,
        languages: ['en'],
        source: 'https://www.channelnewsasia.com/singapore/suicide-whatsapp-service-caretext-samaritans-singapore-help-2929241',
        checked: CHECKED,
      },
    ],
  },
  KE: {
    emergency: ['999', '112'],
    emergencySource: 'https://www.the-star.co.ke/news/2022-08-07-police-announce-toll-free-emergency-contacts-ahead-of-polls',
    lines: [
      {
        name: 'Kenya Red Cross 1199',
        description: 'A toll-free line where trained counsellors from the Kenya Red Cross listen and help you find support.',
        phone: '1199',
        hours: ANY_TIME,
        source: 'https://www.redcross.or.ke/single-article/37-Psychosocial-Support-for-Healthcare-Workers-in-Midst-of-COVID-19-Pandemic',
        checked: CHECKED,
      },
    ],
  },
  NG: {
    emergency: ['112'],
    emergencySource: 'https://technologytimes.ng/dial-122-how-nigerias-three-digit-emergency-number-works/',
    lines: [
      {
        name: 'SURPIN helpline',
        description:
          'A toll-free line to counsellors of the Suicide Research and Prevention Initiative. Paid lines: 0903 440 0009 (English), 0814 224 1007 (Hausa).',
        phone: '0800 078 7746',
        languages: ['en', 'ha'],
        source: 'https://healthwise.punchng.com/ngo-launches-toll-free-hotline-for-assistance-on-mental-health',
        checked: CHECKED,
      },
    ],
  },
};
