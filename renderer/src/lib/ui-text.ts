import type { Language } from './localize.ts';
import type { PluralForms } from './plural.ts';

/** The kiosk's own words (buttons, labels, help). Agency text comes from the content only. */
export interface UiText {
  touchToBegin: string;
  attractHint: string;
  home: string;
  privacy: string;
  kioskControls: string;
  phone: string;
  scanToCall: string;
  scanToCallHint: string;
  scanToOpenWebPage: string;
  askAtReception: string;
  aboutProgram: string;
  keyFacts: string;
  aboutThisKiosk: string;
  privacyPolicyText: string;
  scrollUp: string;
  scrollDown: string;
  previousPage: string;
  nextPage: string;
  pageOf: string;
  policyDate: string;
  loading: string;
  loadFailed: string;
  tryAgain: string;
  idleTitle: string;
  idleMessage: string;
  idleSeconds: PluralForms;
  needMoreTime: string;
  language: string;
  translationNote: string;
  accessibility: string;
  accessibilityTitle: string;
  textSize: string;
  highContrast: string;
  readAloud: string;
  readAloudHint: string;
  reachMode: string;
  reducedMotion: string;
  on: string;
  off: string;
  close: string;
  listen: string;
  stop: string;
  repeat: string;
  listenWhere: string;
  listenKeys: string;
  keypadHelp: string;
  speechControls: string;
  previous: string;
  next: string;
  endOfScreen: string;
  missingVoiceEnglish: string;
  missingVoiceSpanish: string;
  idleKeepGoing: string;
  search: string;
  searchLabel: string;
  searchPrompt: string;
  keyboard: string;
  space: string;
  deleteLetter: string;
  clearAll: string;
  results: string;
  noResults: string;
  resultProgram: string;
  resultPhone: string;
  resultPrivacy: string;
  allPhoneNumbers: string;
  announcements: string;
  officeHours: string;
  openNow: string;
  closedNow: string;
  closedToday: string;
  closesAt: string;
  /** An early closing: "Closes at 12:00 PM today". */
  closesAtToday: string;
  /** A late opening, in the list of closures: "Opens at 10:00 AM". */
  opensLateAt: string;
  /** A closure of several days: "{from} to {to}". */
  dateRange: string;
  opensAt: string;
  today: string;
  tomorrow: string;
  closed: string;
  timeRange: string;
  upcomingClosures: string;
}

export const UI_TEXT: Readonly<Record<Language, UiText>> = {
  en: {
    touchToBegin: 'Touch to begin',
    attractHint: 'Program phone numbers and the privacy notice',
    home: 'Home',
    privacy: 'Privacy',
    kioskControls: 'Kiosk controls',
    phone: 'Phone',
    scanToCall: 'Scan to call',
    scanToCallHint: 'Point your phone’s camera at the code to call this number.',
    scanToOpenWebPage: 'Scan to open the web page',
    askAtReception: 'Please ask at the reception desk',
    aboutProgram: 'About this program',
    keyFacts: 'Key facts',
    aboutThisKiosk: 'About this kiosk',
    privacyPolicyText: 'Privacy policy text',
    scrollUp: 'Scroll up',
    scrollDown: 'Scroll down',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    pageOf: 'Page {page} of {pages}',
    policyDate: 'Policy Date:',
    loading: 'One moment, please',
    loadFailed: 'The information for this screen could not be loaded.',
    tryAgain: 'Try again',
    idleTitle: 'Are you still there?',
    idleMessage: 'For the next visitor’s privacy, this screen will start over.',
    idleSeconds: { one: 'second left', other: 'seconds left' },
    needMoreTime: 'I need more time',
    language: 'Language',
    // English is the original: there is nothing to note.
    translationNote: '',
    accessibility: 'Accessibility',
    accessibilityTitle: 'Accessibility options',
    textSize: 'Text size',
    highContrast: 'High contrast',
    readAloud: 'Read aloud',
    readAloudHint: 'Touch any text to hear it.',
    reachMode: 'Reach mode: controls lower on the screen',
    reducedMotion: 'Reduced motion',
    on: 'On',
    off: 'Off',
    close: 'Close',
    listen: 'Listen',
    stop: 'Stop',
    repeat: 'Repeat',
    listenWhere:
      'For spoken help, touch the Listen button at the bottom left corner of the screen.',
    listenKeys:
      'For spoken help, press 0. The arrow keys move, Enter chooses, 5 goes home and the dot goes back.',
    keypadHelp:
      'Keypad: 0 Listen, 5 Home, dot Back, + Next, − Previous, * Repeat, / Stop; arrows move, Enter chooses.',
    speechControls: 'Speech controls',
    previous: 'Previous',
    next: 'Next',
    endOfScreen: 'End of the screen.',
    missingVoiceEnglish:
      'This kiosk has no English voice, so English text may be hard to understand.',
    missingVoiceSpanish:
      'This kiosk has no Spanish voice, so Spanish text may be hard to understand.',
    idleKeepGoing: 'Touch the screen or press any key to keep going.',
    search: 'Search',
    searchLabel: 'Search for a program, a word or a phone number',
    searchPrompt: 'Type with the keys below.',
    keyboard: 'Keyboard',
    space: 'Space',
    deleteLetter: 'Delete letter',
    clearAll: 'Clear',
    results: 'Results',
    noResults: 'No results.',
    resultProgram: 'Program',
    resultPhone: 'Phone number',
    resultPrivacy: 'Privacy notice',
    allPhoneNumbers: 'All phone numbers',
    announcements: 'Announcements',
    officeHours: 'Office hours',
    openNow: 'Open now',
    closedNow: 'Closed now',
    closedToday: 'Closed today',
    closesAt: 'Closes at {time}',
    closesAtToday: 'Closes at {time} today',
    opensLateAt: 'Opens at {time}',
    dateRange: '{from} to {to}',
    opensAt: 'Opens {day} at {time}',
    today: 'today',
    tomorrow: 'tomorrow',
    closed: 'Closed',
    timeRange: '{opens} to {closes}',
    upcomingClosures: 'Upcoming closures',
  },
  es: {
    touchToBegin: 'Toque para comenzar',
    attractHint: 'Teléfonos de los programas y el aviso de privacidad',
    home: 'Inicio',
    privacy: 'Privacidad',
    kioskControls: 'Controles del quiosco',
    phone: 'Teléfono',
    scanToCall: 'Escanee para llamar',
    scanToCallHint: 'Apunte la cámara de su teléfono al código para llamar a este número.',
    scanToOpenWebPage: 'Escanee para abrir la página web',
    askAtReception: 'Por favor, pregunte en la recepción',
    aboutProgram: 'Acerca de este programa',
    keyFacts: 'Datos clave',
    aboutThisKiosk: 'Acerca de este quiosco',
    privacyPolicyText: 'Texto de la política de privacidad',
    scrollUp: 'Subir',
    scrollDown: 'Bajar',
    previousPage: 'Página anterior',
    nextPage: 'Página siguiente',
    pageOf: 'Página {page} de {pages}',
    policyDate: 'Fecha de la política:',
    loading: 'Un momento, por favor',
    loadFailed: 'No se pudo cargar la información de esta pantalla.',
    tryAgain: 'Intentar de nuevo',
    idleTitle: '¿Sigue usted ahí?',
    idleMessage: 'Por la privacidad del próximo visitante, esta pantalla volverá al inicio.',
    idleSeconds: { one: 'segundo restante', other: 'segundos restantes' },
    needMoreTime: 'Necesito más tiempo',
    language: 'Idioma',
    translationNote:
      'Traducción del texto original en inglés de POST. En caso de diferencia, el texto en inglés es el oficial.',
    accessibility: 'Accesibilidad',
    accessibilityTitle: 'Opciones de accesibilidad',
    textSize: 'Tamaño del texto',
    highContrast: 'Alto contraste',
    readAloud: 'Leer en voz alta',
    readAloudHint: 'Toque cualquier texto para escucharlo.',
    reachMode: 'Modo de alcance: controles más abajo en la pantalla',
    reducedMotion: 'Menos movimiento',
    on: 'Activado',
    off: 'Desactivado',
    close: 'Cerrar',
    listen: 'Escuchar',
    stop: 'Detener',
    repeat: 'Repetir',
    listenWhere:
      'Para recibir ayuda hablada, toque el botón Escuchar en la esquina inferior izquierda de la pantalla.',
    listenKeys:
      'Para recibir ayuda hablada, pulse 0. Las flechas mueven, Intro elige, 5 vuelve al inicio y el punto vuelve atrás.',
    keypadHelp:
      'Teclado numérico: 0 Escuchar, 5 Inicio, punto Atrás, + Siguiente, − Anterior, * Repetir, / Detener; las flechas mueven, Intro elige.',
    speechControls: 'Controles de voz',
    previous: 'Anterior',
    next: 'Siguiente',
    endOfScreen: 'Fin de la pantalla.',
    missingVoiceEnglish:
      'Este quiosco no tiene voz en inglés, así que el texto en inglés puede ser difícil de entender.',
    missingVoiceSpanish:
      'Este quiosco no tiene voz en español, así que el texto en español puede ser difícil de entender.',
    idleKeepGoing: 'Toque la pantalla o pulse cualquier tecla para continuar.',
    search: 'Buscar',
    searchLabel: 'Busque un programa, una palabra o un número de teléfono',
    searchPrompt: 'Escriba con las teclas de abajo.',
    keyboard: 'Teclado',
    space: 'Espacio',
    deleteLetter: 'Borrar letra',
    clearAll: 'Borrar todo',
    results: 'Resultados',
    noResults: 'No hay resultados.',
    resultProgram: 'Programa',
    resultPhone: 'Número de teléfono',
    resultPrivacy: 'Aviso de privacidad',
    allPhoneNumbers: 'Todos los teléfonos',
    announcements: 'Avisos',
    officeHours: 'Horario de atención',
    openNow: 'Abierto ahora',
    closedNow: 'Cerrado ahora',
    closedToday: 'Cerrado hoy',
    closesAt: 'Hora de cierre: {time}',
    closesAtToday: 'Hoy cierra temprano: {time}',
    opensLateAt: 'Hora de apertura: {time}',
    dateRange: 'Del {from} al {to}',
    // "A las" would be wrong at one o'clock ("a la 1:00"): the colon form avoids the article.
    opensAt: 'Vuelve a abrir: {day}, {time}',
    today: 'hoy',
    tomorrow: 'mañana',
    closed: 'Cerrado',
    timeRange: '{opens} a {closes}',
    upcomingClosures: 'Próximos días de cierre',
  },
};
